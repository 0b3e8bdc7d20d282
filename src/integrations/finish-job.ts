/**
 * What `astro build` hands over to scripts/build.ts for the steps after it (finish-site.ts). Kept
 * apart from those steps so the script can wait for Astro without loading them: their modules
 * (Pagefind, Workbox, sharp) would hold about 100 MB while Astro's memory peaks.
 */
export interface FinishJob {
	out: string;
	base: string;
	publicDir: string;
}

/** Set by scripts/build.ts: Astro only writes the job here, the script finishes the site. */
export const deferVariable = 'OPENMODELS_FINISH_JOB';
