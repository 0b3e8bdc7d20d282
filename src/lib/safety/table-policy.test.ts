import { describe, expect, it } from 'vitest';
import { tableProblem } from './table-policy.ts';

const table = (columns: number, rows: number) => ({
	children: Array.from({ length: rows }, (_, index) => ({ children: Array.from({ length: index === 0 ? columns : 1 }, () => ({})) })),
});

describe('tableProblem', () => {
	it('accepts ordinary tables', () => {
		expect(tableProblem(table(6, 40))).toBeUndefined();
	});

	it('refuses a header wider than the limit, counted on the header row', () => {
		expect(tableProblem(table(3000, 2))).toMatch(/^table has 3000 columns/);
	});

	it('refuses more cells than the limit, counting each short row at the header width', () => {
		expect(tableProblem(table(50, 30_000))).toMatch(/^table has 30000 rows of 50 cells/);
	});
});
