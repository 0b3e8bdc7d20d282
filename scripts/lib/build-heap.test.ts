import { describe, expect, it } from 'vitest';
import { baseHeapMb, buildEnvironment, buildHeapMb, buildNodeOptions } from './build-heap.ts';

describe('build heap', () => {
	it('is 1.5 GB up to 5,000 cards and grows by 256 MB per further 1,000', () => {
		expect(buildHeapMb(46)).toBe(baseHeapMb);
		expect(buildHeapMb(5000)).toBe(1536);
		expect(buildHeapMb(5001)).toBe(1792);
		expect(buildHeapMb(10_000)).toBe(1536 + 5 * 256);
	});

	it('takes a size from OPENMODELS_BUILD_HEAP_MB, and refuses nonsense with the fix', () => {
		expect(buildHeapMb(46, '4096')).toBe(4096);
		expect(buildHeapMb(46, '')).toBe(baseHeapMb);
		expect(() => buildHeapMb(46, 'lots')).toThrow('OPENMODELS_BUILD_HEAP_MB must be a whole number of megabytes (256 or more), not "lots"');
		expect(() => buildHeapMb(46, '100')).toThrow(/256 or more/);
	});

	it('bounds the old space and the young generation of every isolate', () => {
		expect(buildNodeOptions(1536)).toEqual(['--max-old-space-size=1536', '--max-semi-space-size=8']);
	});

	it('bounds glibc malloc arenas, unless the environment already does', () => {
		expect(buildEnvironment({ PATH: '/bin' })).toEqual({ PATH: '/bin', MALLOC_ARENA_MAX: '2' });
		expect(buildEnvironment({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
	});
});
