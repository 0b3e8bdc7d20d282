/** What `npm run audit` asks of every page: minimum Lighthouse scores, 0–100. */
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export const targets: Record<Category, number> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 95,
	seo: 100,
};

export const shortNames: Record<Category, string> = {
	performance: 'perf',
	accessibility: 'a11y',
	'best-practices': 'best',
	seo: 'seo',
};

export type Scores = Record<Category, number | null>;

/** Categories of `scores` below their target (a missing score counts as missed). */
export function missedTargets(scores: Scores): Category[] {
	return categories.filter((category) => scores[category] === null || scores[category]! < targets[category]);
}

/** The median of each category over several runs of the same page (runs without a score are ignored). */
export function medianScores(runs: Scores[]): Scores {
	const median = (values: number[]) => {
		if (values.length === 0) return null;
		const sorted = [...values].sort((a, b) => a - b);
		const middle = Math.floor(sorted.length / 2);
		return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
	};
	return Object.fromEntries(categories.map((category) => [category, median(runs.map((run) => run[category]).filter((value) => value !== null))])) as Scores;
}
