import { describe, expect, it } from 'vitest';
import { datasetLabel } from './evaluation.ts';

describe('datasetLabel', () => {
	it('names the dataset, then a config or split its name does not already say', () => {
		expect(datasetLabel({ name: 'GPQA Diamond', config: 'gpqa_diamond' })).toBe('GPQA Diamond');
		expect(datasetLabel({ name: 'ARC-Challenge', config: 'ARC-Challenge', split: 'test' })).toBe('ARC-Challenge · test');
		expect(datasetLabel({ name: 'MMLU', config: 'all', split: 'test' })).toBe('MMLU · all · test');
		expect(datasetLabel({ type: 'mteb/banking77' })).toBe('mteb/banking77');
	});
});
