import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed, intBetween, pickWeighted, sample, zipfIndex } from './random.ts';

describe('seeded random', () => {
	it('repeats for the same seed and differs for another', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		const c = createRandom(43);
		const first = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(first);
		expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
		expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
	});

	it('derives independent seeds from parts', () => {
		expect(hashSeed(1, 2, 'x')).toBe(hashSeed(1, 2, 'x'));
		expect(hashSeed(1, 2, 'x')).not.toBe(hashSeed(1, 2, 'y'));
		expect(hashSeed(12, 3)).not.toBe(hashSeed(1, 23));
	});

	it('keeps integers, weighted picks, Zipf indexes and samples in range', () => {
		const random = createRandom(7);
		for (let i = 0; i < 2000; i++) {
			const n = intBetween(random, 3, 5);
			expect(n >= 3 && n <= 5 && Number.isInteger(n)).toBe(true);
			const z = zipfIndex(random, 10);
			expect(z >= 0 && z < 10).toBe(true);
		}
		const counts = { a: 0, b: 0 };
		for (let i = 0; i < 2000; i++)
			counts[
				pickWeighted(random, [
					['a', 9],
					['b', 1],
				] as const)
			]++;
		expect(counts.a).toBeGreaterThan(counts.b * 5);
		const picked = sample(random, ['a', 'b', 'c', 'd', 'e'], 3);
		expect(new Set(picked).size).toBe(3);
		expect([...picked].sort()).toEqual(picked);
		expect(sample(random, ['a'], 4)).toEqual(['a']);
	});

	it('makes Zipf indexes skewed towards the head', () => {
		const random = createRandom(9);
		const hits = new Array(100).fill(0);
		for (let i = 0; i < 5000; i++) hits[zipfIndex(random, 100)]++;
		expect(hits[0]).toBeGreaterThan(hits[50] * 5);
	});
});
