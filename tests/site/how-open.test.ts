/**
 * "How open is it?" on every model page, in both languages, against the card's own recorded
 * components: the class, and for the next class exactly the components still to record (a
 * component merely not recorded is named without a reason; one under a closed licence says so).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/dist.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';
import { opennessClass } from '../../src/lib/openness.ts';
import type { OpennessComponents } from '../../src/schemas/openness.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';

const cards = readdirSync(join(projectRoot, 'content/models'))
	.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
	.map((name) => {
		const data = parseContentFile(readFileSync(join(projectRoot, 'content/models', name), 'utf8')).data;
		return { id: name.slice(0, -3), components: (data.openness_components ?? {}) as OpennessComponents };
	});
const locales = [
	{ prefix: '', strings: en },
	{ prefix: 'zh-cn/', strings: zhCN },
] as const;
const sectionOf = (prefix: string, id: string) =>
	parse(readFileSync(join(distDir, prefix, 'models', id, 'index.html'), 'utf8')).querySelector('section.om-open')!;

describe('how open a model is, on its page', () => {
	it('lists exactly the components the next class still needs, with a reason only where one applies', () => {
		for (const card of cards) {
			const result = opennessClass(card.components);
			for (const { prefix, strings } of locales) {
				const section = sectionOf(prefix, card.id);
				expect(section.querySelector('[data-openness]')!.getAttribute('data-openness'), `${prefix}${card.id}`).toBe(result.class ?? 'unclassified');
				const items = section.querySelectorAll('dd ul li').map((item) => item.text.trim());
				const expected = result.missingForNext.map((gap) => {
					const name = strings[`model.open.component.${gap.component}` as keyof typeof strings];
					const labelled = strings['text.labelled'].replace('{label}', name).replace('{value}', '');
					return gap.reason === 'missing' ? name : expect.stringMatching(new RegExp(`^${labelled.replace(/[()（）]/g, '\\$&')}.+`));
				});
				expect(items, `${prefix}${card.id}`).toEqual(expected);
			}
		}
	});

	it('names a component released without a licence in words, never by the raw id', () => {
		const unlicensed = cards.filter((card) => Object.values(card.components).some((component) => component?.license === 'unlicensed'));
		expect(unlicensed.length).toBeGreaterThan(0);
		for (const card of unlicensed) {
			for (const { prefix, strings } of locales) {
				const released = sectionOf(prefix, card.id).querySelector('details')!.text;
				expect(released, `${prefix}${card.id}`).not.toContain('unlicensed');
				expect(released).toContain(strings['text.aside'].replace('{text}', '').replace('{aside}', strings['model.open.reason.unlicensed']));
			}
		}
	});
});
