/**
 * Starlight draws the link icon of every heading anchor as an inline SVG (~370 bytes each, six or
 * more on a model card). This empties those icon spans; `custom.css` draws the same icon once, as
 * a CSS mask, so the page carries one copy in the cached stylesheet instead of one per heading.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export function rehypeAnchorIcons() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const classes = node.properties?.className;
			if (node.tagName !== 'span' || !Array.isArray(classes) || !classes.includes('sl-anchor-icon')) return;
			if (node.children.some((child) => child.type === 'element' && child.tagName === 'svg')) node.children = [];
		});
	};
}
