import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectionSpecs } from '../../../src/schemas/collections.ts';
import { ID_PATTERN } from '../../../src/schemas/shared.ts';
import { libraryList, organizationList, licenseList, taskList } from '../../../src/schemas/vocabularies.ts';
import { checkContentFile } from '../../../src/lib/validation/check-file.ts';
import { syntheticCard, syntheticCards, type Vocabularies } from './cards.ts';

const vocab: Vocabularies = {
	tasks: taskList,
	licenses: licenseList,
	libraries: libraryList,
	organizations: organizationList,
	workingGroups: ['education', 'finance', 'healthcare', 'transportation'],
};
const cards = syntheticCards(1234, 400, vocab, { translated: 0.2 });
const frontMatter = (markdown: string) => parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1]!) as Record<string, unknown>;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('synthetic model cards', () => {
	it('pass the same checks as `npm run validate`, translations included', () => {
		for (const card of cards) {
			const check = checkContentFile({ spec: collectionSpecs.models, file: `content/models/${card.id}.md`, id: card.id, locale: 'en', source: card.markdown });
			expect(check.problems, card.id).toEqual([]);
			if (card.translation) {
				const translation = checkContentFile({
					spec: collectionSpecs.models,
					file: `content/models/zh-cn/${card.id}.md`,
					id: card.id,
					locale: 'zh-cn',
					source: card.translation,
				});
				expect(translation.problems, `zh-cn/${card.id}`).toEqual([]);
			}
		}
	});

	it('are deterministic, and card i does not depend on how many cards are made', () => {
		expect(syntheticCards(1234, 400, vocab, { translated: 0.2 })).toEqual(cards);
		expect(syntheticCards(1234, 10, vocab, { translated: 0.2 })).toEqual(cards.slice(0, 10));
		expect(syntheticCard(1234, 123, vocab, { translated: 0.2 })).toEqual(cards[123]);
		expect(syntheticCard(99, 0, vocab).markdown).not.toBe(syntheticCard(1234, 0, vocab).markdown);
	});

	it('have unique, valid ids', () => {
		expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
		for (const card of cards) expect(card.id).toMatch(ID_PATTERN);
	});

	it('have bodies as long as the real cards, with the sections, a table and a code block', () => {
		const lengths = cards.map((card) => words(card.body));
		const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
		expect(mean).toBeGreaterThan(220);
		expect(mean).toBeLessThan(320);
		for (const card of cards) {
			expect(card.body).toMatch(/^## Intended use$/m);
			expect(card.body).toMatch(/^\| --- \| ---: \| --- \|$/m);
			expect(card.body).toMatch(/^```(python|sh|js)$/m);
		}
		// Varied text: many distinct first sentences.
		expect(new Set(cards.map((card) => card.body.split('\n')[0])).size).toBeGreaterThan(cards.length * 0.9);
	});

	it('spread over every facet', () => {
		const data = cards.map((card) => frontMatter(card.markdown));
		const values = (key: string) => new Set(data.flatMap((card) => [card[key]].flat().filter((value) => value !== undefined)));
		expect(values('modality').size).toBe(8);
		expect(values('pipeline_tag').size).toBeGreaterThan(25);
		expect(values('license').has('other')).toBe(true);
		expect(values('license').size).toBeGreaterThan(15);
		expect(values('library_name').size).toBeGreaterThan(15);
		expect(values('organization').size).toBeGreaterThan(organizationList.length / 2);
		expect(values('working_groups')).toEqual(new Set(vocab.workingGroups));
		expect(values('language').size).toBeGreaterThan(30);
		const sizes = data.map((card) => card.parameters as number | undefined).filter((value) => value !== undefined);
		expect(Math.min(...sizes)).toBeLessThan(1e8);
		expect(Math.max(...sizes)).toBeGreaterThan(1e11);
		const years = values('release_date');
		expect(new Set([...years].map((date) => String(date).slice(0, 4))).size).toBeGreaterThan(6);
		expect(data.filter((card) => card.release_date === undefined).length).toBeGreaterThan(0);
		expect(cards.filter((card) => card.translation).length).toBeGreaterThan(40);
	});

	it('derive some models from earlier ones by hub id, so related models have shared bases', () => {
		const data = cards.map((card) => frontMatter(card.markdown));
		const hubIds = data.map((card) => card.hub_id as string | undefined);
		const derived = data.map((card, index) => ({ card, index })).filter(({ card }) => card.base_model);
		expect(derived.length).toBeGreaterThan(40);
		for (const { card, index } of derived) {
			const base = card.base_model as string;
			const at = hubIds.indexOf(base);
			// The base is an earlier card (its hub id is written even when that card leaves hub_id out).
			if (at !== -1) expect(at).toBeLessThan(index);
			expect(card.base_model_relation).toBeDefined();
		}
		expect(derived.filter(({ card }) => hubIds.includes(card.base_model as string)).length).toBeGreaterThan(20);
	});
});
