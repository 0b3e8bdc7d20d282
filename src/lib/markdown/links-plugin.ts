/**
 * Makes links in Markdown safe and base-aware:
 * - root-relative links (`/models/`) get the site's base path, so authors never write `/home`;
 *   in an English page's body, a link to another page is written relative to the page instead,
 *   so that the same body on its Chinese fallback page leads to Chinese pages (page-links.ts);
 * - external links get `rel="noreferrer"` (which implies `noopener`: no Referer header and no
 *   `window.opener` for the other site) and carry a hint for screen-reader users
 *   (kept out of the search index: it would make every page match "external site").
 */
import type { HastPluginEntry } from 'satteri';
import { fileURLToPath } from 'node:url';
import { hasBase, withBase } from '../paths.ts';
import { langOfFileURL, type ContentLang } from './file-lang.ts';
import { isLocalizedPagePath, pagePathOfContentFile, relativeHref } from './page-links.ts';

export interface LinksPluginOptions {
	base: string;
	/** Visually hidden text appended to external links, per language. */
	externalHint: Record<ContentLang, string>;
	/** The content folder, to know which page a file renders as. */
	contentDir: string;
}

export function linksPlugin(options: LinksPluginOptions): HastPluginEntry {
	return ({ fileURL }) => {
		const lang = langOfFileURL(fileURL);
		const hint = lang === 'zh-cn' ? `（${options.externalHint[lang]}）` : ` (${options.externalHint[lang]})`;
		const page = fileURL && pagePathOfContentFile(options.contentDir, fileURLToPath(fileURL));
		return {
			name: 'openmodels-links',
			element: {
				filter: ['a'],
				visit(node, ctx) {
					const href = node.properties?.href;
					if (typeof href !== 'string') return;
					if (href.startsWith('/') && !href.startsWith('//')) {
						const path = href.split(/[?#]/, 1)[0]!;
						const relative = page !== undefined && !hasBase(options.base, href) && isLocalizedPagePath(path);
						ctx.setProperty(node, 'href', relative ? relativeHref(page, href) : withBase(options.base, href));
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
