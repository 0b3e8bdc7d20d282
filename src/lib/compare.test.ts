import { describe, expect, it } from 'vitest';
import { alignedResults, comparedIds, comparedSearch, requestedIds, withCompared } from './compare.ts';

describe('comparedIds', () => {
	it('reads up to four well-formed ids, without repeats', () => {
		expect(comparedIds('?models=qwen3-8b,gemma-3-12b-it,qwen3-8b')).toEqual(['qwen3-8b', 'gemma-3-12b-it']);
		expect(comparedIds('?models=a,b,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
		// What was asked for, so the page can say it shows only the first four.
		expect(requestedIds('?models=a,b,c,d,e,a')).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(comparedIds('?models=../etc,<script>,ok-1')).toEqual(['ok-1']);
		expect(comparedIds('')).toEqual([]);
	});
	it('writes the shareable query back', () => {
		expect(comparedSearch(['a', 'b'])).toBe('?models=a,b');
		expect(comparedSearch([])).toBe('');
	});
});

describe('withCompared', () => {
	it('adds a model last, keeps a chosen one where it is, and lets the first chosen make room', () => {
		expect(withCompared([], 'a')).toEqual(['a']);
		expect(withCompared(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
		expect(withCompared(['a', 'b'], 'a')).toEqual(['a', 'b']);
		expect(withCompared(['a', 'b', 'c', 'd'], 'e')).toEqual(['b', 'c', 'd', 'e']);
	});
});

describe('alignedResults', () => {
	const result = (dataset: string, split: string | undefined, metric: string, value: number) => ({
		task: { type: 'text-generation' },
		dataset: { type: dataset, name: dataset.toUpperCase(), split },
		metrics: [{ type: metric, value }],
	});
	it('lines up only results on the same task, dataset, split and metric', () => {
		const a = { 'model-index': [{ results: [result('mmlu', 'test', 'accuracy', 70), result('gsm8k', 'test', 'accuracy', 80)] }] };
		const b = { 'model-index': [{ results: [result('mmlu', 'test', 'accuracy', 65), result('gsm8k', 'train', 'accuracy', 90)] }] };
		const c = {};
		expect(alignedResults([a, b, c])).toEqual([
			{ key: 'text-generation · mmlu ·  · test ·  · accuracy ·  ·  · ', label: 'MMLU (test) — accuracy', values: [70, 65, undefined] },
		]);
	});
	it('keeps figures measured another way apart: shots and chain of thought are in the metric’s name, config or arguments', () => {
		const gsm8k = (metric: { value: number; name?: string; args?: unknown }) => ({
			'model-index': [
				{ results: [{ task: { type: 'text-generation' }, dataset: { type: 'openai/gsm8k', name: 'GSM8K' }, metrics: [{ type: 'accuracy', ...metric }] }] },
			],
		});
		expect(alignedResults([gsm8k({ value: 88.6, name: 'GSM8K (8-shot, CoT)' }), gsm8k({ value: 94.4, name: 'GSM8K (0-shot)' })])).toEqual([]);
		expect(alignedResults([gsm8k({ value: 1, args: { num_few_shot: 5 } }), gsm8k({ value: 2, args: { num_few_shot: 0 } })])).toEqual([]);
		// The same setting, written in other letter case or key order, is the same measurement.
		const same = alignedResults([
			gsm8k({ value: 88.6, name: 'GSM8K (8-shot, CoT)', args: { shots: 8, cot: true } }),
			gsm8k({ value: 80.1, name: 'gsm8k  (8-shot, cot)', args: { cot: true, shots: 8 } }),
		]);
		expect(same.map((row) => row.values)).toEqual([[88.6, 80.1]]);
		// The metric's name already names the dataset: the label says it once.
		expect(same[0]!.label).toBe('GSM8K (8-shot, CoT)');
	});
	it('shows nothing when no two models share a measurement', () => {
		expect(alignedResults([{ 'model-index': [{ results: [result('mmlu', 'test', 'accuracy', 70)] }] }, {}])).toEqual([]);
	});
});
