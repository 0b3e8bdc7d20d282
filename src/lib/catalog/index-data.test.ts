import { describe, expect, it } from 'vitest';
import { modelIndexData, resultFactList } from './index-data.ts';

const card = {
	title: 'Bark',
	organization: 'suno',
	modality: 'audio',
	pipeline_tag: 'text-to-speech',
	license: 'mit',
	working_groups: ['education'],
	language: ['en', 'de', 'en'],
	release_date: new Date('2023-04-20'),
	description: 'Text to audio.',
};

describe('modelIndexData', () => {
	it('gives the facets with values, the sort keys, and what catalog results show', () => {
		const { filters, meta } = modelIndexData(card, 'en');
		expect(filters).toEqual({
			task: ['text-to-speech'],
			commercial: ['yes'],
			runs_on: ['unknown'],
			openness: ['not-recorded'],
			modality: ['audio'],
			license: ['mit'],
			license_type: ['permissive'],
			organization: ['suno'],
			working_group: ['education'],
			language: ['en', 'de'],
			size: ['unknown'],
		});
		expect(meta).toEqual({
			sort_name: 'bark',
			sort_released: '2023-04-20',
			sort_parameters: '000000000000000',
			organization: 'Suno',
			task: 'Text-to-Speech',
			license: 'MIT',
			commercial: 'Commercial use: Allowed',
			description: 'Text to audio.',
		});
	});

	it('marks a card shown untranslated, in the page language, and only then', () => {
		expect(modelIndexData(card, 'zh-cn', { inEnglish: true }).meta.in_english).toBe('英文');
		expect(modelIndexData(card, 'zh-cn').meta).not.toHaveProperty('in_english');
	});

	it('says under each result who made it, its task and size, commercial use, what it runs on and how open it is', () => {
		const olmoLike = {
			...card,
			parameters: 7_000_000_000,
			openness_components: { 'model-architecture': { license: 'Apache-2.0', url: 'https://example.org/', quote: 'x' } },
		};
		expect(resultFactList(olmoLike, 'en')).toEqual([
			'Suno',
			'Text-to-Speech',
			'7B',
			'Commercial use: Allowed',
			expect.stringMatching(/^Runs on: /),
			'Openness: Not classified',
		]);
		expect(resultFactList(olmoLike, 'zh-cn').at(-1)).toBe('开放程度：未达到等级');
		// Unknown facts are left out rather than shown as "unknown".
		expect(resultFactList(card, 'en')).toEqual(['Suno', 'Text-to-Speech', 'Commercial use: Allowed']);
	});

	it('writes the parameter count in the page language', () => {
		expect(modelIndexData({ ...card, parameters: 7_000_000_000 }, 'en').meta.parameters).toBe('7B');
		expect(modelIndexData({ ...card, parameters: 7_000_000_000 }, 'zh-cn').meta.parameters).not.toBe('');
	});
});
