import { describe, expect, it } from 'vitest';
import { prerenderWorkers } from './prerender-workers.ts';

describe('prerenderWorkers', () => {
	it('gives every core a worker by default', () => {
		expect(prerenderWorkers(2, undefined)).toBe(2);
		expect(prerenderWorkers(8, '')).toBe(8);
		expect(prerenderWorkers(1, undefined)).toBe(1);
	});

	it('takes a count from OPENMODELS_PRERENDER_WORKERS and rejects anything but a whole number from 1', () => {
		expect(prerenderWorkers(2, '1')).toBe(1);
		expect(prerenderWorkers(2, '3')).toBe(3);
		expect(() => prerenderWorkers(2, '0')).toThrow(/OPENMODELS_PRERENDER_WORKERS must be a whole number of threads, 1 or more; it is "0"/);
		expect(() => prerenderWorkers(2, 'two')).toThrow(/it is "two"/);
	});
});
