/** "Did you mean" hints for misspelled keys and ids. */

/** Edit distance, for "did you mean" hints on misspelled keys. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/**
 * The candidate a misspelled word most likely meant: the same id in other letter case, the one
 * id the word is a hyphen-separated part of ("mistral" for "mistral-ai"), or the nearest by
 * edit distance when that is small for the word's length.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
	const lower = word.toLowerCase();
	const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
	if (sameLetters !== undefined) return sameLetters;
	const containing = candidates.filter((candidate) => candidate.toLowerCase().split('-').includes(lower));
	if (containing.length === 1) return containing[0];
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = editDistance(lower, candidate.toLowerCase());
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
