/** The batch related-models index the model pages use must agree with the per-model definition. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { relatedModels, relatedModelsById } from '../../../src/lib/related.ts';
import { libraryList, organizationList, licenseList, taskList } from '../../../src/schemas/vocabularies.ts';
import { syntheticCards } from './cards.ts';

type Model = { id: string; data: { base_model?: string | string[]; hub_id?: string; pipeline_tag: string } };

describe('relatedModelsById', () => {
	it('gives every synthetic model the same list as relatedModels', () => {
		const cards = syntheticCards(5, 600, {
			tasks: taskList,
			licenses: licenseList,
			libraries: libraryList,
			organizations: organizationList,
			workingGroups: ['education', 'healthcare'],
		});
		const models: Model[] = cards.map((card) => ({ id: card.id, data: parse(/^---\n([\s\S]*?)\n---/.exec(card.markdown)![1]!) }));
		const index = relatedModelsById(models);
		let withSharedBase = 0;
		for (const model of models) {
			const expected = relatedModels(model, models);
			expect(
				index.get(model.id)!.map((m) => m.id),
				model.id,
			).toEqual(expected.map((m) => m.id));
			if (expected.some((other) => other.data.base_model || model.data.base_model)) withSharedBase++;
		}
		expect(withSharedBase).toBeGreaterThan(50);
	});

	it('agrees on edge cases: list bases, a base that is its own hub id, limits, lone tasks', () => {
		const model = (id: string, pipeline_tag: string, extra: Partial<Model['data']> = {}): Model => ({ id, data: { pipeline_tag, ...extra } });
		const models = [
			model('base', 'text-generation', { hub_id: 'o/base' }),
			model('self', 'text-generation', { hub_id: 'o/self', base_model: 'o/self' }),
			model('ft-a', 'text-generation', { base_model: ['o/base', 'o/other', 'o/base'] }),
			model('ft-b', 'text-classification', { base_model: 'o/base' }),
			model('ft-c', 'summarization', { base_model: ['o/other'] }),
			model('grand', 'text-generation', { base_model: 'o/ft-a', hub_id: 'o/grand' }),
			...Array.from({ length: 8 }, (_, i) => model(`zz-${i}`, 'text-generation')),
			model('lonely', 'depth-estimation'),
		];
		for (const limit of [1, 3, 6, 20]) {
			const index = relatedModelsById(models, limit);
			for (const entry of models)
				expect(
					index.get(entry.id)!.map((m) => m.id),
					`${entry.id} limit ${limit}`,
				).toEqual(relatedModels(entry, models, limit).map((m) => m.id));
		}
		expect(relatedModelsById(models).get('lonely')).toEqual([]);
	});
});
