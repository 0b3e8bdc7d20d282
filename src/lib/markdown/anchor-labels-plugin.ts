/**
 * Starlight labels each heading's anchor link for screen readers ("Section titled “Usage”") in
 * the language it infers from a file's path under src/content/docs, so pages in
 * content/**\/zh-cn/ got English labels. This relabels the anchors of files in another language.
 * It must run after Starlight's heading-links plugin (src/integrations/heading-anchors.ts).
 */
import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { langOfFileURL, type ContentLang } from './file-lang.ts';
import { classesOf } from './hast-classes.ts';

/** An anchor's label for a heading's text, per language other than English. */
export type AnchorLabels = Partial<Record<Exclude<ContentLang, 'en'>, (title: string) => string>>;

export function anchorLabelsPlugin(labels: AnchorLabels): HastPluginEntry {
	return ({ fileURL }) => {
		const lang = langOfFileURL(fileURL);
		const label = lang === 'en' ? undefined : labels[lang];
		if (!label) return undefined;
		return {
			name: 'openmodels-anchor-labels',
			element: {
				filter: ['div'],
				visit(wrapper, ctx) {
					if (!classesOf(wrapper).includes('sl-heading-wrapper')) return;
					const elements = wrapper.children.filter((child): child is Element => child.type === 'element');
					const heading = elements.find((child) => /^h[1-6]$/.test(child.tagName));
					const link = elements.find((child) => child.tagName === 'a' && classesOf(child).includes('sl-anchor-link'));
					if (!heading || !link) return;
					const text = label(ctx.textContent(heading));
					for (const span of link.children) {
						if (span.type !== 'element' || !classesOf(span).includes('sr-only')) continue;
						for (const child of span.children) if (child.type === 'text') ctx.setProperty(child, 'value', text);
					}
				},
			},
		};
	};
}
