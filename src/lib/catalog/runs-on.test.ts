import { describe, expect, it } from 'vitest';
import { RUNS_ON_TIERS } from '../memory.ts';
import { cumulativeRunsOnCounts, MACHINE_TIERS, runsOnMatches, runsOnOrder } from './runs-on.ts';

describe('runs-on facet', () => {
	it('gives the memory tiers their machines, smallest first, and "larger" last', () => {
		expect(RUNS_ON_TIERS.map((tier) => tier.id)).toEqual([...MACHINE_TIERS.map((tier) => tier.id), 'larger']);
	});

	it('finds every model that fits the machine chosen, smaller ones included', () => {
		expect(runsOnMatches(['laptop-8gb'])).toEqual(['phone', 'laptop-8gb']);
		expect(runsOnMatches(['phone', 'gpu-24gb'])).toEqual(['phone', 'laptop-8gb', 'computer-16gb', 'gpu-24gb']);
		expect(runsOnMatches(['larger'])).toEqual(['larger']);
		expect(runsOnMatches(['phone', 'unknown'])).toEqual(['phone', 'unknown']);
		expect(runsOnMatches([])).toEqual([]);
	});

	it('counts a machine’s models with the smaller machines’ ones', () => {
		expect(cumulativeRunsOnCounts({ phone: 9, 'laptop-8gb': 3, 'gpu-24gb': 2, larger: 5, unknown: 1 })).toEqual({
			phone: 9,
			'laptop-8gb': 12,
			'computer-16gb': 12,
			'gpu-24gb': 14,
			larger: 5,
			unknown: 1,
		});
		// Before any model, no machine shows a count of its own.
		expect(cumulativeRunsOnCounts({ larger: 2 })).toEqual({ larger: 2 });
	});

	it('orders machines by size, then larger machines, then unknown sizes', () => {
		expect(['unknown', 'larger', 'gpu-24gb', 'phone', 'laptop-8gb'].sort(runsOnOrder)).toEqual(['phone', 'laptop-8gb', 'gpu-24gb', 'larger', 'unknown']);
	});
});
