/**
 * Makes links in Markdown safe and base-aware:
 * - root-relative links (`/models/`) get the site's base path, so authors never write `/home`;
 * - external links open with `rel="noopener noreferrer"` and carry a hint for screen-reader users
 *   (kept out of the search index: it would make every page match "external site").
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../paths.ts';

export interface RehypeLinksOptions {
	base: string;
	/** Visually hidden text appended to external links, per language. */
	externalHint: Record<string, string>;
	defaultLang: string;
	/** Maps a source file path to its language (content under a `zh-cn/` folder is Chinese). */
	langOf?: (filePath: string | undefined) => string;
}

export function rehypeLinks(options: RehypeLinksOptions) {
	return (tree: Root, file: { path?: string; history?: string[] }) => {
		const lang = options.langOf?.(file.path ?? file.history?.[0]) ?? options.defaultLang;
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a') return;
			const href = node.properties?.href;
			if (typeof href !== 'string') return;
			if (href.startsWith('/') && !href.startsWith('//')) {
				node.properties.href = withBase(options.base, href);
				return;
			}
			if (/^https?:\/\//i.test(href)) {
				node.properties.rel = ['noopener', 'noreferrer'];
				const hint: ElementContent = {
					type: 'element',
					tagName: 'span',
					properties: { className: ['sr-only'], dataPagefindIgnore: '' },
					children: [{ type: 'text', value: ` (${options.externalHint[lang] ?? options.externalHint[options.defaultLang]})` }],
				};
				node.children.push(hint);
			}
		});
	};
}
