/**
 * A small seeded random source, so synthetic content is identical from run to run and card `i`
 * is the same card whatever the total count (each card draws from its own stream).
 */

export type Random = () => number;

/** 32-bit FNV-1a over the parts, for deriving independent seeds: `hashSeed(seed, index, 'body')`. */
export function hashSeed(...parts: readonly (string | number)[]): number {
	let hash = 0x811c9dc5;
	for (const char of parts.join('\u0000')) {
		hash ^= char.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/** Mulberry32: fast, good enough for test data, and the same in every JavaScript engine. */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An integer in [min, max], both included. */
export function intBetween(random: Random, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
	return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
	if (items.length === 0) throw new Error('pick from an empty list');
	return items[Math.floor(random() * items.length)]!;
}

/** Picks by weight; weights need not sum to 1. */
export function pickWeighted<T>(random: Random, items: readonly (readonly [T, number])[]): T {
	const total = items.reduce((sum, [, weight]) => sum + weight, 0);
	let target = random() * total;
	for (const [item, weight] of items) {
		target -= weight;
		if (target < 0) return item;
	}
	return items[items.length - 1]![0];
}

/** Index in [0, size) with a Zipf-like distribution: a few values are common, most are rare. */
export function zipfIndex(random: Random, size: number, exponent = 1.1): number {
	// Inverse-CDF of the continuous approximation (x^-s on [1, size+1]), good enough here.
	const u = random();
	const s = exponent;
	const max = size + 1;
	const x = s === 1 ? Math.exp(u * Math.log(max)) : Math.pow(1 + u * (Math.pow(max, 1 - s) - 1), 1 / (1 - s));
	return Math.min(size - 1, Math.max(0, Math.floor(x) - 1));
}

/** `count` distinct items in their original order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
	const indexes = items.map((_, index) => index);
	for (let i = indexes.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
	}
	return indexes
		.slice(0, Math.min(count, items.length))
		.sort((a, b) => a - b)
		.map((index) => items[index]!);
}
