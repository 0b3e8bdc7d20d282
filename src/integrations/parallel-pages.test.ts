import { describe, expect, it } from 'vitest';
import { choosePageThread, pageThreadPlan } from './parallel-pages.ts';

describe('pageThreadPlan', () => {
	it('starts one page thread where there is a second core, none on one core', () => {
		expect(pageThreadPlan(2, undefined)).toEqual({ threads: 1, only: false });
		expect(pageThreadPlan(8, '')).toEqual({ threads: 1, only: false });
		expect(pageThreadPlan(1, undefined)).toEqual({ threads: 0, only: false });
	});

	it('takes a number of threads, or "only", from OPENMODELS_PAGE_THREADS', () => {
		expect(pageThreadPlan(2, '0')).toEqual({ threads: 0, only: false });
		expect(pageThreadPlan(2, '3')).toEqual({ threads: 3, only: false });
		expect(pageThreadPlan(1, 'only')).toEqual({ threads: 1, only: true });
	});

	it('rejects any other setting, saying what it takes', () => {
		expect(() => pageThreadPlan(2, 'two')).toThrow(/OPENMODELS_PAGE_THREADS must be a whole number of threads .* or "only"; it is "two"/);
		expect(() => pageThreadPlan(2, '-1')).toThrow(/it is "-1"/);
		expect(() => pageThreadPlan(2, '1.5')).toThrow(/it is "1.5"/);
	});
});

describe('choosePageThread', () => {
	it('gives the page to a page thread with room, else to Astro’s thread', () => {
		expect(choosePageThread([0], 2, false)).toBe(0);
		expect(choosePageThread([1], 2, false)).toBe(0);
		expect(choosePageThread([2], 2, false)).toBeUndefined();
	});

	it('picks the page thread with the fewest pages in hand', () => {
		expect(choosePageThread([2, 1, 0], 2, false)).toBe(2);
		expect(choosePageThread([2, 2], 2, false)).toBeUndefined();
	});

	it('with "only", gives every page to a page thread however full', () => {
		expect(choosePageThread([5], 2, true)).toBe(0);
		expect(choosePageThread([4, 3], 2, true)).toBe(1);
	});

	it('renders on Astro’s thread when there is no page thread', () => {
		expect(choosePageThread([], 2, false)).toBeUndefined();
		expect(choosePageThread([], 2, true)).toBeUndefined();
	});
});
