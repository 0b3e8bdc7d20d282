/**
 * "Will it run?" on every model page, in both languages, against the card's own facts: memory
 * figures only from a sourced parameter count, and quantised builds listed whether or not the
 * count is known. Also the licence answers for a card that states no licence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/dist.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';

interface Card {
	id: string;
	parameters?: number;
	license: string;
	quantized_builds?: { name: string; url: string }[];
	config?: { source: { url: string } };
	context_length?: number;
}
const cards: Card[] = readdirSync(join(projectRoot, 'content/models'))
	.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
	.map((name) => ({ id: name.slice(0, -3), ...(parseContentFile(readFileSync(join(projectRoot, 'content/models', name), 'utf8')).data as Omit<Card, 'id'>) }));
const locales = [
	{ prefix: '', strings: en },
	{ prefix: 'zh-cn/', strings: zhCN },
] as const;
const pageOf = (prefix: string, id: string) => parse(readFileSync(join(distDir, prefix, 'models', id, 'index.html'), 'utf8'));

describe('will it run, on model pages', () => {
	it('answers on every page, and lists every quantised build, also where the parameter count is not confirmed', () => {
		const withoutCount = cards.filter((card) => card.parameters === undefined && card.quantized_builds?.length);
		expect(withoutCount.length, 'cards with builds but no confirmed count').toBeGreaterThan(0);
		for (const card of cards)
			for (const { prefix, strings } of locales) {
				// Always there: a reader who finds no estimate learns why.
				const section = pageOf(prefix, card.id).querySelector('section.om-run')!;
				const builds = card.quantized_builds ?? [];
				expect(section, `${prefix}${card.id}`).not.toBeNull();
				expect(section.querySelectorAll('li a').map((link) => link.getAttribute('href'))).toEqual(builds.map((build) => build.url));
				expect(section.querySelectorAll('table').length, `${prefix}${card.id}`).toBe(card.parameters === undefined ? 0 : 1);
				if (card.parameters === undefined) expect(section.text).toContain(strings['model.run.noSize']);
			}
	});

	it('links the architecture figures behind a full-context estimate to their source', () => {
		const withConfig = cards.filter((card) => card.config && card.context_length && card.parameters !== undefined);
		expect(withConfig.length).toBeGreaterThan(0);
		for (const card of withConfig)
			for (const { prefix } of locales) {
				const links = pageOf(prefix, card.id)
					.querySelectorAll('section.om-run .om-source a, section.om-run a.om-source')
					.map((link) => link.getAttribute('href'));
				expect(links, `${prefix}${card.id}`).toContain(card.config!.source.url);
			}
	});

	it('says a card without a licence leaves it to the authors, with no licence text to read', () => {
		const unlicensed = cards.filter((card) => card.license === 'unknown');
		expect(unlicensed.length).toBeGreaterThan(0);
		for (const card of unlicensed)
			for (const { prefix, strings } of locales) {
				const text = pageOf(prefix, card.id).querySelector('section.om-use')!.text;
				expect(text).toContain(strings['model.use.noLicence']);
				expect(text).not.toContain(strings['model.use.basis']);
			}
	});
});
