/**
 * "Will it run on my machine?" Estimates of the memory a model needs, from sourced facts only.
 * Weights: parameters × bits ÷ 8. A full context adds the key/value cache:
 * 2 (keys and values) × layers × key/value heads × head size × context length × 2 bytes (16-bit).
 * Runtimes need more than the weights alone; the fit adds a fifth for activations and overhead.
 */
import { MACHINE_TIERS } from './catalog/runs-on.ts';
import { formatNumber } from './format.ts';

export const PRECISIONS = [16, 8, 4] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Runtime overhead on top of the weights when judging what a machine can run. */
export const OVERHEAD = 1.2;

/** Memory tiers of the "Runs on" facet, smallest first, in bytes (decimal GB). */
export const RUNS_ON_TIERS = [...MACHINE_TIERS, { id: 'larger', max: Infinity }] as const;
export type RunsOn = (typeof RUNS_ON_TIERS)[number]['id'];

export function weightBytes(parameters: number, bits: Precision): number {
	return (parameters * bits) / 8;
}

export interface KvConfig {
	num_hidden_layers: number;
	num_key_value_heads: number;
	head_dim: number;
}

/** The key/value cache of one full context at 16-bit precision. */
export function kvCacheBytes(config: KvConfig, contextLength: number): number {
	return 2 * config.num_hidden_layers * config.num_key_value_heads * config.head_dim * contextLength * 2;
}

/** The smallest tier whose memory holds the 4-bit weights with runtime overhead. */
export function runsOn(parameters: number | undefined): RunsOn | undefined {
	if (parameters === undefined) return undefined;
	const needed = weightBytes(parameters, 4) * OVERHEAD;
	return RUNS_ON_TIERS.find((tier) => needed <= tier.max)!.id;
}

/**
 * Bytes in decimal units, rounded to what a reader needs: gigabytes ("140 GB", "16.4 GB", "0.46 GB"), or
 * megabytes below a tenth of a gigabyte ("3.2 MB"), so a small model never shows "0 GB".
 */
export function formatMemory(bytes: number, locale: string): string {
	const [value, unit] = bytes >= 1e8 ? [bytes / 1e9, 'GB'] : [bytes / 1e6, 'MB'];
	// A tenth of a gigabyte up to 100 GB: 16.4 GB shown as "16 GB" would seem to fit a 16 GB machine.
	const digits = value >= 100 ? 0 : value >= 1 ? 1 : 2;
	return `${formatNumber(value, locale, digits)} ${unit}`;
}
