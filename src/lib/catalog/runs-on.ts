/**
 * The "Runs on" facet reads as a question about the reader's machine: ticking "Laptop (8 GB)"
 * finds every model that fits 8 GB, phone-sized ones included, and its count says how many. The
 * index keeps one tier per model (the smallest that holds it, src/lib/memory.ts), so its size does
 * not grow; these helpers widen a choice and add up counts. Its own module, with no imports, so
 * the catalog's browser script takes it without the vocabularies.
 */

/** Machines one may own, smallest first, with their memory in bytes (decimal GB); memory.ts adds "larger", more than these. */
export const MACHINE_TIERS = [
	{ id: 'phone', max: 4e9 },
	{ id: 'laptop-8gb', max: 8e9 },
	{ id: 'computer-16gb', max: 16e9 },
	{ id: 'gpu-24gb', max: 24e9 },
] as const;

const machineIds: readonly string[] = MACHINE_TIERS.map((tier) => tier.id);
const rank = (value: string) => machineIds.indexOf(value);

/** The tiers whose models a choice finds: every machine tier up to the largest one chosen, and any other value as it is. */
export function runsOnMatches(chosen: readonly string[]): string[] {
	const largest = Math.max(-1, ...chosen.map(rank));
	return [...machineIds.slice(0, largest + 1), ...chosen.filter((value) => rank(value) === -1)];
}

/** Counts as the facet shows them: a machine's count includes the models of the smaller machines. */
export function cumulativeRunsOnCounts(counts: Readonly<Record<string, number>>): Record<string, number> {
	const shown: Record<string, number> = { ...counts };
	let total = 0;
	for (const tier of machineIds) {
		total += counts[tier] ?? 0;
		if (total > 0 || tier in counts) shown[tier] = total;
	}
	return shown;
}

/** The facet's values in the order a reader compares machines: smallest first, then the rest. */
export function runsOnOrder(a: string, b: string): number {
	const rankOf = (value: string) => (rank(value) === -1 ? MACHINE_TIERS.length + (value === 'unknown' ? 1 : 0) : rank(value));
	return rankOf(a) - rankOf(b);
}
