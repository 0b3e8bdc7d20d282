/**
 * Private seam (seams.ts): adds a Markdown plugin after Expressive Code's in the Sätteri
 * processor's plugin list.
 *
 * Expressive Code labels its copy button ("Copy to clipboard", "Copied!") and an untitled
 * terminal frame ("Terminal window") in the language Starlight infers from a file's path under
 * `src/content/docs/<locale>/`. Content here lives in `content/<collection>/zh-cn/`, so Chinese
 * pages got English labels. Expressive Code's own option for this (`getBlockLocale`) is a
 * function, which its `<Code>` component (used on model pages) refuses in the Astro config, and
 * its config file (`ec.config.mjs`) would have to sit at the project root. So a plugin relabels
 * the rendered blocks of Chinese files; it must run after Expressive Code's, which
 * astro-expressive-code appends to `markdown.processor.options.hastPlugins` while it is set up.
 * This integration appends its plugin to the same list once every integration is set up.
 */
import type { AstroIntegration } from 'astro';
import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { langOfFileURL, type ContentLang } from '../../lib/markdown/file-lang.ts';
import { classesOf } from '../../lib/markdown/hast-classes.ts';
import { seamMessage } from './seams.ts';

export interface CodeBlockLabels {
	copy: string;
	copied: string;
	terminal: string;
}

const childElements = (node: Element): Element[] => node.children.filter((child: ElementContent): child is Element => child.type === 'element');

/** Relabels Expressive Code's frames (`figure.frame`) in files of a language other than English. */
export function codeBlockLabelsPlugin(labels: Partial<Record<ContentLang, CodeBlockLabels>>): HastPluginEntry {
	return ({ fileURL }) => {
		const localized = labels[langOfFileURL(fileURL)];
		if (!localized || langOfFileURL(fileURL) === 'en') return undefined;
		return {
			name: 'openmodels-code-block-labels',
			element: {
				filter: ['figure'],
				visit(figure, ctx) {
					if (!classesOf(figure).includes('frame')) return;
					for (const child of childElements(figure)) {
						const classes = classesOf(child);
						if (child.tagName === 'figcaption' && classes.includes('header') && classesOf(figure).includes('is-terminal')) {
							for (const label of childElements(child).filter((element) => classesOf(element).includes('sr-only')))
								for (const text of label.children) if (text.type === 'text') ctx.setProperty(text, 'value', localized.terminal);
						}
						if (child.tagName === 'div' && classes.includes('copy')) {
							for (const button of childElements(child).filter((element) => element.tagName === 'button')) {
								ctx.setProperty(button, 'title', localized.copy);
								ctx.setProperty(button, 'dataCopied', localized.copied);
							}
						}
					}
				},
			},
		};
	};
}

interface SatteriProcessorShape {
	name?: unknown;
	options?: { hastPlugins?: unknown };
}

/** The processor's plugin list, if the configured processor has the shape astro-expressive-code also relies on. */
export function satteriHastPlugins(processor: unknown): HastPluginEntry[] | undefined {
	const candidate = processor as SatteriProcessorShape | undefined;
	return candidate?.name === 'satteri' && Array.isArray(candidate.options?.hastPlugins) ? (candidate.options.hastPlugins as HastPluginEntry[]) : undefined;
}

export function codeBlockLabels(labels: Partial<Record<ContentLang, CodeBlockLabels>>): AstroIntegration {
	return {
		name: 'openmodels:code-block-labels',
		hooks: {
			'astro:config:done': ({ config, logger }) => {
				const plugins = satteriHastPlugins((config.markdown as { processor?: unknown }).processor);
				if (!plugins) {
					logger.warn(
						'The Markdown processor changed shape: code blocks on Chinese pages keep English labels (see src/build/private-seams/code-block-labels.ts)',
					);
					return;
				}
				plugins.push(codeBlockLabelsPlugin(labels));
				logger.info(seamMessage('code-block-labels', `code-block labels follow the page language, after ${plugins.length - 1} Markdown plugins`));
			},
		},
	};
}
