/**
 * Starlight picks aside labels ("Note", "Tip"…) by a file's path under src/content/docs, so
 * pages in content/**\/zh-cn/ get English labels. This sets the labels of default-titled
 * asides from the file's language.
 */
import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { langOfFileURL, type ContentLang } from './file-lang.ts';
import { classesOf } from './hast-classes.ts';

export type AsideLabels = Record<ContentLang, Record<string, string>>;

export function localizeAsidesPlugin(labels: AsideLabels): HastPluginEntry {
	return ({ fileURL }) => {
		const lang = langOfFileURL(fileURL);
		if (lang === 'en') return undefined;
		const localized = labels[lang];
		const english = labels.en;
		return {
			name: 'openmodels-localize-asides',
			element: {
				filter: ['aside'],
				visit(aside, ctx) {
					const classes = classesOf(aside);
					const variant = classes.find((name) => name.startsWith('starlight-aside--'))?.slice('starlight-aside--'.length);
					// A custom title ("[Before you start]") is left as the author wrote it.
					if (!classes.includes('starlight-aside') || !variant || !localized[variant] || aside.properties?.['aria-label'] !== english[variant]) return;
					ctx.setProperty(aside, 'aria-label', localized[variant]);
					const title = aside.children.find((child): child is Element => child.type === 'element' && classesOf(child).includes('starlight-aside__title'));
					for (const child of title?.children ?? []) {
						if (child.type === 'text' && child.value.trim() === english[variant]) ctx.setProperty(child, 'value', localized[variant]);
					}
				},
			},
		};
	};
}
