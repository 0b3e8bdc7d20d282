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
import { opennessComponentIds, type OpennessComponents } from '../../src/schemas/openness.ts';
import { spdxSpelling } from '../../src/schemas/openness-licenses.ts';
import { findLicenseAnySpelling } from '../../src/schemas/vocabularies.ts';
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

	it('names each released component’s licence as the licence vocabulary or SPDX does, and in words where it has none, never by a raw id', () => {
		const shown = (license: string, strings: (typeof locales)[number]['strings'], prefix: string) => {
			if (license === 'unlicensed') return strings['model.open.reason.unlicensed'];
			if (license === 'other') return strings['model.open.otherLicence'];
			const entry = findLicenseAnySpelling(license);
			return entry ? ((prefix ? entry.name_zh : undefined) ?? entry.name) : spdxSpelling(license);
		};
		let named = 0;
		for (const card of cards) {
			const ids = opennessComponentIds.filter((id) => card.components[id]);
			if (ids.length === 0) continue;
			for (const { prefix, strings } of locales) {
				const items = sectionOf(prefix, card.id)
					.querySelectorAll('details li')
					.map((item) => item.text.trim());
				expect(items, `${prefix}${card.id}`).toEqual(
					ids.map((id) =>
						strings['text.labelled']
							.replace('{label}', strings[`model.open.component.${id}` as keyof typeof strings])
							.replace('{value}', shown(card.components[id]!.license, strings, prefix)),
					),
				);
				named += ids.filter((id) => findLicenseAnySpelling(card.components[id]!.license)?.hub === false).length;
			}
		}
		// Some components are under licences only the vocabulary names (e.g. "DeepSeek 模型许可证").
		expect(named).toBeGreaterThan(0);
	});
});
