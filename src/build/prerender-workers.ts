/**
 * How many threads Astro renders pages on (`experimental.parallelPrerender.workers`). Astro's
 * default is one per core but one, which on a 2-core machine is a single worker: its main thread
 * then only writes the files the worker sends, and the second core idles. So every core gets a
 * worker. Each worker loads the content store, so memory grows with the count:
 * `OPENMODELS_PRERENDER_WORKERS` sets fewer (1 renders every page on one thread).
 */
import { availableParallelism } from 'node:os';

export function prerenderWorkers(cores = availableParallelism(), setting = process.env.OPENMODELS_PRERENDER_WORKERS): number {
	if (setting !== undefined && setting !== '') {
		const workers = Number(setting);
		if (!Number.isInteger(workers) || workers < 1)
			throw new Error(`OPENMODELS_PRERENDER_WORKERS must be a whole number of threads, 1 or more; it is "${setting}".`);
		return workers;
	}
	return Math.max(1, cores);
}
