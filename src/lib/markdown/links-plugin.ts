/**
 * Makes links in Markdown safe and base-aware:
 * - root-relative links (`/models/`) get the site's base path, so authors never write `/home`;
 * - external links get `rel="noreferrer"` (which implies `noopener`: no Referer header and no
 *   `window.opener` for the other site) and carry a hint for screen-reader users
 *   (kept out of the search index: it would make every page match "external site").
 */
import type { HastPluginEntry } from 'satteri';
import { withBase } from '../paths.ts';
import { langOfFileURL, type ContentLang } from './file-lang.ts';

export interface LinksPluginOptions {
	base: string;
	/** Visually hidden text appended to external links, per language. */
	externalHint: Record<ContentLang, string>;
}

export function linksPlugin(options: LinksPluginOptions): HastPluginEntry {
	return ({ fileURL }) => {
		const hint = ` (${options.externalHint[langOfFileURL(fileURL)]})`;
		return {
			name: 'openmodels-links',
			element: {
				filter: ['a'],
				visit(node, ctx) {
					const href = node.properties?.href;
					if (typeof href !== 'string') return;
					if (href.startsWith('/') && !href.startsWith('//')) {
						ctx.setProperty(node, 'href', withBase(options.base, href));
					} else if (/^https?:\/\//i.test(href)) {
						ctx.setProperty(node, 'rel', 'noreferrer');
						ctx.appendChild(node, {
							type: 'element',
							tagName: 'span',
							properties: { class: 'sr-only', 'data-pagefind-ignore': '' },
							children: [{ type: 'text', value: hint }],
						});
					}
				},
			},
		};
	};
}
