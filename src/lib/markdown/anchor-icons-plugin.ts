/**
 * Starlight draws the link icon of every heading anchor as an inline SVG (~370 bytes each, six or
 * more on a model card). This empties those icon spans; `custom.css` draws the same icon once, as
 * a CSS mask, so the page carries one copy in the cached stylesheet instead of one per heading.
 */
import type { HastPluginDefinition } from 'satteri';
import { classesOf } from './hast-classes.ts';

export function anchorIconsPlugin(): HastPluginDefinition {
	return {
		name: 'openmodels-anchor-icons',
		element: {
			filter: ['svg'],
			visit(node, ctx) {
				const parent = ctx.parent(node);
				if (parent?.type === 'element' && classesOf(parent).includes('sl-anchor-icon')) ctx.removeNode(node);
			},
		},
	};
}
