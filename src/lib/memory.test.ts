import { describe, expect, it } from 'vitest';
import { formatMemory, kvCacheBytes, runsOn, weightBytes } from './memory.ts';

describe('weightBytes', () => {
	it('is parameters × bits ÷ 8', () => {
		expect(weightBytes(8_200_000_000, 16)).toBe(16_400_000_000);
		expect(weightBytes(8_200_000_000, 8)).toBe(8_200_000_000);
		expect(weightBytes(8_200_000_000, 4)).toBe(4_100_000_000);
	});
});

describe('kvCacheBytes', () => {
	it('counts keys and values for every layer, key/value head and position at 16-bit', () => {
		// Qwen3-8B's config: 36 layers, 8 key/value heads of 128 dimensions; 32,768 positions.
		expect(kvCacheBytes({ num_hidden_layers: 36, num_key_value_heads: 8, head_dim: 128 }, 32_768)).toBe(2 * 36 * 8 * 128 * 32_768 * 2);
		expect(kvCacheBytes({ num_hidden_layers: 36, num_key_value_heads: 8, head_dim: 128 }, 32_768) / 2 ** 30).toBeCloseTo(4.5, 5);
	});
});

describe('runsOn', () => {
	it('puts each model in the smallest tier that holds its 4-bit weights with a fifth more', () => {
		expect(runsOn(82_000_000)).toBe('phone');
		expect(runsOn(3_000_000_000)).toBe('phone'); // 1.5 GB × 1.2 = 1.8 GB
		expect(runsOn(8_200_000_000)).toBe('laptop-8gb'); // 4.1 GB × 1.2 = 4.9 GB
		expect(runsOn(24_000_000_000)).toBe('computer-16gb'); // 12 GB × 1.2 = 14.4 GB
		expect(runsOn(32_000_000_000)).toBe('gpu-24gb'); // 16 GB × 1.2 = 19.2 GB
		expect(runsOn(70_000_000_000)).toBe('larger');
	});
	it('has the tier boundaries inclusive', () => {
		expect(runsOn(4e9 / 1.2 / 0.5)).toBe('phone');
		expect(runsOn(4e9 / 1.2 / 0.5 + 10)).toBe('laptop-8gb');
	});
	it('says nothing without a parameter count', () => {
		expect(runsOn(undefined)).toBeUndefined();
	});
});

describe('formatMemory', () => {
	it('rounds to what a reader needs', () => {
		expect(formatMemory(16_400_000_000, 'en')).toBe('16.4 GB');
		expect(formatMemory(140_000_000_000, 'en')).toBe('140 GB');
		expect(formatMemory(4_100_000_000, 'en')).toBe('4.1 GB');
		expect(formatMemory(460_000_000, 'zh-cn')).toBe('0.46 GB');
	});
	it('gives a small model megabytes, never "0 GB"', () => {
		// YOLOv8n's 3.2M parameters at 8-bit and 4-bit.
		expect(formatMemory(3_200_000, 'en')).toBe('3.2 MB');
		expect(formatMemory(1_600_000, 'zh-cn')).toBe('1.6 MB');
		expect(formatMemory(99_000_000, 'en')).toBe('99 MB');
		expect(formatMemory(100_000_000, 'en')).toBe('0.1 GB');
	});
});
