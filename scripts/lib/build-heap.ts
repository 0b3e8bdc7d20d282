/**
 * The memory settings of `astro build` (scripts/build.ts).
 *
 * Old space: 1.5 GB builds 5,000 model cards in both languages (measured by `npm run bench`);
 * larger catalogs get 256 MB more per 1,000 cards, so the bound never becomes the reason a growing
 * catalog stops building.
 *
 * Young generation: V8 sizes it from the old-space bound, and with 1.5 GB each isolate (Astro's
 * main thread and every prerender worker) kept 128 MB of semi-spaces. Pages allocate briefly:
 * 16 MB semi-spaces built as fast with about 300 MB less resident memory at 1,000 cards, and 8 MB
 * as fast again with about 170 MB less than 16 MB at 5,000 cards; 4 MB was slower.
 *
 * Native memory: glibc gives each thread its own malloc arena and keeps what is freed in it; the
 * worker threads, libvips's (share images) and libuv's threads left up to about 200 MB more
 * resident at 1,000 cards than two arenas, which cost no time. A `MALLOC_ARENA_MAX` already set wins.
 */
export const baseHeapMb = 1536;
const cardsCovered = 5000;
const perThousandCardsMb = 256;

/** Semi-space size of V8's young generation, per isolate. */
export const semiSpaceMb = 8;
/** glibc malloc arenas for the build process (`MALLOC_ARENA_MAX`). */
export const mallocArenas = 2;

/** Node.js options for `astro build` with an old space of `heapMb`. */
export function buildNodeOptions(heapMb: number): string[] {
	return [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${semiSpaceMb}`];
}

/** The build's environment: `env` with the malloc arena bound, unless `env` sets one. */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return { MALLOC_ARENA_MAX: String(mallocArenas), ...env };
}

export function buildHeapMb(modelCards: number, override?: string): number {
	if (override !== undefined && override !== '') {
		const value = Number(override);
		if (!Number.isInteger(value) || value < 256)
			throw new Error(`OPENMODELS_BUILD_HEAP_MB must be a whole number of megabytes (256 or more), not "${override}"`);
		return value;
	}
	return baseHeapMb + Math.max(0, Math.ceil((modelCards - cardsCovered) / 1000)) * perThousandCardsMb;
}
