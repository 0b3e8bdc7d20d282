import { describe, expect, it } from 'vitest';
import { citationFor, licenseInfo, sizeBucket, usageSnippet } from './model-facts.ts';
import { evaluationRows } from './evaluation.ts';
import { knownTaskName } from '../schemas/vocabularies.ts';
import { seriesNeighbours } from './series.ts';

describe('model facts', () => {
	it('reads licence categories from the vocabulary, and from the card for "other"', () => {
		expect(licenseInfo({ license: 'apache-2.0' })).toMatchObject({
			name: 'Apache License 2.0',
			category: 'permissive',
			url: 'https://spdx.org/licenses/Apache-2.0.html',
		});
		expect(licenseInfo({ license: 'cc-by-nc-4.0' }).category).toBe('non-commercial');
		expect(licenseInfo({ license: 'openrail++' }).category).toBe('restricted');
		expect(licenseInfo({ license: 'agpl-3.0' }).category).toBe('copyleft');
		expect(
			licenseInfo({ license: 'other', license_name: 'an-unlisted-licence', license_link: 'https://example.org/l', license_category: 'restricted' }),
		).toEqual({
			id: 'an-unlisted-licence',
			name: 'an-unlisted-licence',
			category: 'restricted',
			url: 'https://example.org/l',
		});
	});

	it('explains a named licence from the vocabulary, for `other` and where the Hub tag covers only the code', () => {
		expect(licenseInfo({ license: 'other', license_name: 'llama4' })).toMatchObject({
			id: 'llama4',
			category: 'restricted',
			entry: { commercial: 'conditions' },
		});
		expect(licenseInfo({ license: 'mit', license_name: 'deepseek-license' })).toMatchObject({ id: 'deepseek-license', category: 'restricted' });
		expect(licenseInfo({ license: 'llama3.1' }).entry?.conditions).toContain('user-threshold');
	});

	it('says where Llama 4 withholds rights, sourced to the acceptable-use policy that does', () => {
		const entry = licenseInfo({ license: 'other', license_name: 'llama4' }).entry!;
		expect(entry.conditions).toContain('regional-restriction');
		expect(entry.policy?.url).toMatch(/USE_POLICY\.md$/);
		expect(entry.policy?.quote).toContain('European Union');
		// The exception for end users of products built on the models is part of the answer.
		expect(entry.summary?.en).toMatch(/end users/);
		expect(entry.summary?.['zh-cn']).toMatch(/最终用户/);
	});

	it.each([
		[undefined, 'unknown'],
		[22_000_000, 'under-100m'],
		[110_000_000, '100m-1b'],
		[7_000_000_000, '1b-10b'],
		[70_000_000_000, '10b-100b'],
		[405_000_000_000, 'over-100b'],
	])('puts %s parameters in bucket %s', (parameters, bucket) => {
		expect(sizeBucket(parameters)).toBe(bucket);
	});

	it('writes a usage snippet for the card’s library', () => {
		expect(usageSnippet({ hub_id: 'openai/whisper-large-v3', library_name: 'transformers', pipeline_tag: 'automatic-speech-recognition' })?.code).toContain(
			'pipeline("automatic-speech-recognition", model="openai/whisper-large-v3")',
		);
		expect(usageSnippet({ hub_id: 'x/y', library_name: 'sentence-transformers', pipeline_tag: 'sentence-similarity' })?.code).toContain(
			'SentenceTransformer("x/y")',
		);
		expect(usageSnippet({ library_name: 'transformers', pipeline_tag: 'fill-mask' })).toBeUndefined();
	});

	it('prefers the card’s own BibTeX and otherwise cites the paper', () => {
		expect(citationFor({ title: 'T', organization: 'O', citation: '@article{x}\n', links: {} }, 'x')).toBe('@article{x}');
		expect(
			citationFor({ title: 'Tiny', organization: 'Lab', release_date: new Date('2024-01-02'), links: { paper: 'https://arxiv.org/abs/1' } }, 'tiny-model'),
		).toBe('@misc{tiny_model,\n  title = {Tiny},\n  author = {{Lab}},\n  year = {2024},\n  url = {https://arxiv.org/abs/1}\n}');
		expect(citationFor({ title: 'T', organization: 'O', links: {} }, 'x')).toBeUndefined();
	});

	it('does not repeat a config the dataset’s name already says', () => {
		const rows = evaluationRows([
			{
				name: 'm',
				results: [
					{
						task: { type: 'text-generation' },
						dataset: { type: 'allenai/ai2_arc', name: 'ARC-Challenge', config: 'ARC-Challenge' },
						metrics: [{ type: 'accuracy', value: 79.8 }],
					},
				],
			},
		]);
		expect(rows[0]!.dataset).toBe('ARC-Challenge');
	});

	it('flattens model-index results into rows', () => {
		const rows = evaluationRows([
			{
				name: 'm',
				results: [
					{
						task: { type: 'automatic-speech-recognition', name: 'ASR' },
						dataset: { type: 'librispeech_asr', name: 'LibriSpeech', config: 'clean', split: 'test' },
						metrics: [
							{ type: 'wer', value: 3.4, name: 'WER' },
							{ type: 'cer', value: '1.2%' },
						],
						source: { url: 'https://arxiv.org/abs/2006.11477' },
					},
				],
			},
		]);
		expect(rows).toEqual([
			{ task: 'ASR', dataset: 'LibriSpeech · clean · test', metric: 'WER', value: '3.4', sourceUrl: 'https://arxiv.org/abs/2006.11477', sourceName: undefined },
			{
				task: 'ASR',
				dataset: 'LibriSpeech · clean · test',
				metric: 'cer',
				value: '1.2%',
				sourceUrl: 'https://arxiv.org/abs/2006.11477',
				sourceName: undefined,
			},
		]);
	});

	it('names each task with the label function a page passes', () => {
		const modelIndex = [
			{
				name: 'm',
				results: [
					{ task: { type: 'text-generation' }, dataset: { type: 'd', name: 'D' }, metrics: [{ type: 'accuracy', value: 0.5 }] },
					{ task: { type: 'custom-task', name: 'Custom' }, dataset: { type: 'd', name: 'D' }, metrics: [{ type: 'accuracy', value: 0.5 }] },
				],
			},
		];
		expect(evaluationRows(modelIndex).map((row) => row.task)).toEqual(['text-generation', 'Custom']);
		const zh = (task: { type: string; name?: string }) => knownTaskName(task.type, 'zh-cn') ?? task.name ?? task.type;
		expect(evaluationRows(modelIndex, zh).map((row) => row.task)).toEqual(['文本生成', 'Custom']);
	});
});

describe('seriesNeighbours', () => {
	const t = (id: string, series?: { id: string; order: number }) => ({ id, data: { series } });
	const all = [t('c', { id: 's', order: 3 }), t('a', { id: 's', order: 1 }), t('b', { id: 's', order: 2 }), t('x', { id: 'other', order: 1 }), t('lone')];

	it('links the previous and next parts of a series', () => {
		expect(seriesNeighbours(all[2]!, all)).toEqual({ previous: all[1], next: all[0] });
		expect(seriesNeighbours(all[1]!, all)).toEqual({ previous: undefined, next: all[2] });
		expect(seriesNeighbours(all[4]!, all)).toEqual({});
	});
});
