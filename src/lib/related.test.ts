import { describe, expect, it } from 'vitest';
import { backlinks, buildReverseIndex, relatedModels } from './related.ts';

describe('reverse references', () => {
	const index = buildReverseIndex({
		models: [
			{ id: 'whisper', data: { working_groups: ['healthcare', 'education'] } },
			{ id: 'bert', data: { working_groups: [] } },
		],
		tutorials: [
			{ id: 'asr', data: { models: ['whisper', 'whisper'], working_groups: ['education'] } },
			{ id: 'intro', data: { models: ['bert'], working_groups: [] } },
		],
		caseStudies: [{ id: 'clinic', data: { sector: 'healthcare', models: ['whisper'] } }],
		events: [{ id: 'meetup', data: { working_groups: ['healthcare'] } }],
	});

	it('finds what references a model, once per entry', () => {
		expect(backlinks(index, 'models', 'whisper')).toEqual(['clinic', 'asr']);
		expect(backlinks(index, 'models', 'whisper', 'tutorials')).toEqual(['asr']);
		expect(backlinks(index, 'models', 'nothing')).toEqual([]);
	});

	it('gathers everything tagged with a working group, including case-study sectors', () => {
		expect(backlinks(index, 'workingGroups', 'healthcare', 'caseStudies')).toEqual(['clinic']);
		expect(backlinks(index, 'workingGroups', 'healthcare', 'events')).toEqual(['meetup']);
		expect(backlinks(index, 'workingGroups', 'healthcare', 'models')).toEqual(['whisper']);
		expect(backlinks(index, 'workingGroups', 'education')).toEqual(['whisper', 'asr']);
	});
});

describe('relatedModels', () => {
	const model = (id: string, pipeline_tag: string, extra: object = {}) => ({ id, data: { pipeline_tag, ...extra } });
	const base = model('llama', 'text-generation', { hub_id: 'meta/llama' });
	const finetune = model('llama-med', 'text-generation', { base_model: 'meta/llama' });
	const sibling = model('llama-code', 'text-generation', { base_model: ['meta/llama'] });
	const sameTask = model('mistral', 'text-generation');
	const other = model('whisper', 'automatic-speech-recognition');

	it('puts shared bases before shared tasks and ignores unrelated models', () => {
		expect(relatedModels(base, [base, other, sameTask, finetune, sibling]).map((m) => m.id)).toEqual(['llama-code', 'llama-med', 'mistral']);
		expect(relatedModels(finetune, [base, other, sameTask, finetune, sibling]).map((m) => m.id)).toEqual(['llama', 'llama-code', 'mistral']);
		expect(relatedModels(other, [base, other, sameTask])).toEqual([]);
	});

	it('respects the limit', () => {
		expect(relatedModels(base, [finetune, sibling, sameTask], 1).map((m) => m.id)).toEqual(['llama-code']);
	});
});
