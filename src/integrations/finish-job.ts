/**
 * What `astro build` hands over to the steps after it (finish-site.ts), which `npm run build`
 * runs in a process of their own (scripts/lib/finish-build.ts). Kept apart from those steps so
 * that nothing loads their modules (Pagefind, Workbox, sharp) while Astro's memory peaks.
 */
export interface FinishJob {
	out: string;
	base: string;
	publicDir: string;
}

/** Set by scripts/build.ts: Astro only writes the job here, scripts/lib/finish-build.ts finishes the site. */
export const deferVariable = 'OPENMODELS_FINISH_JOB';
