/**
 * Chinese pages punctuate as Chinese is written: the site's own words around facts use
 * full-width colons and brackets (权重可下载：是, 已发布的组件（5）), no space between sentences
 * or between two Chinese words, on every model page and the catalog. Words inside English text (lang="en") are not
 * checked: they are English.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/dist.ts';

const ids = readdirSync(join(projectRoot, 'content/models'))
	.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
	.map((name) => name.slice(0, -3));

/** The text of an element without what it marks as another language. */
function chineseText(element: HTMLElement): string {
	return element.childNodes
		.map((child) => {
			if (child.nodeType === 3) return child.text;
			if (child.nodeType !== 1) return '';
			const el = child as HTMLElement;
			const lang = el.getAttribute('lang');
			// Stands for a word in another script, which Chinese text spaces off.
			if ((lang && !lang.startsWith('zh')) || ['script', 'style', 'code', 'pre'].includes(el.tagName.toLowerCase())) return 'x';
			return chineseText(el);
		})
		.join('');
}

const han = '[\\u3400-\\u9fff]';
const problems = (text: string) =>
	[
		...text.matchAll(new RegExp(`${han}: `, 'g')),
		...text.matchAll(new RegExp(`${han} ?\\((?![a-z]{2,3}\\))`, 'g')),
		...text.matchAll(/[。！？] (?=[\u3400-\u9fff])/g),
		// A space between two Chinese words, or two bracketed asides in a row.
		...text.matchAll(new RegExp(`${han} +(?=${han})`, 'g')),
		...text.matchAll(/）（/g),
	].map((match) => text.slice(Math.max(0, match.index - 12), match.index + 12).replace(/\s+/g, ' '));

describe('Chinese punctuation', () => {
	it('uses full-width colons and brackets and no sentence gaps in the site’s words on every Chinese model page and the catalog', () => {
		const found: string[] = [];
		for (const path of [...ids.map((id) => `zh-cn/models/${id}/`), 'zh-cn/models/']) {
			const root = parse(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
			// Each block on its own: the white space between blocks is not a gap a reader sees.
			for (const block of root.querySelectorAll('main :is(p, li, dt, dd, summary, th, td, h1, h2, h3, h4, caption, label, div.om-meta)'))
				if (!block.querySelector('p, li, dt, dd, summary, th, td')) for (const snippet of problems(chineseText(block))) found.push(`${path}: …${snippet}…`);
		}
		expect([...new Set(found)]).toEqual([]);
	});
});
