/**
 * The V8 heap for `astro build` (scripts/build.ts). 1.5 GB builds 5,000 model cards in both
 * languages (measured by `npm run bench`); larger catalogs get 256 MB more per 1,000 cards, so the
 * bound never becomes the reason a growing catalog stops building.
 */
export const baseHeapMb = 1536;
const cardsCovered = 5000;
const perThousandCardsMb = 256;

export function buildHeapMb(modelCards: number, override?: string): number {
	if (override !== undefined && override !== '') {
		const value = Number(override);
		if (!Number.isInteger(value) || value < 256)
			throw new Error(`OPENMODELS_BUILD_HEAP_MB must be a whole number of megabytes (256 or more), not "${override}"`);
		return value;
	}
	return baseHeapMb + Math.max(0, Math.ceil((modelCards - cardsCovered) / 1000)) * perThousandCardsMb;
}
