/**
 * The second part of `npm run build` (scripts/build.ts starts it once `astro build` has exited):
 * `node scripts/lib/finish-build.ts <astro's exit status> <job file> <Astro's heap in MB>`. It reports a failed Astro
 * build, or finishes the site from the job Astro handed over (src/integrations/finish-job.ts):
 * search index, catalog sort orders, offline files and the API's entry files.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { FinishJob } from '../../src/integrations/finish-job.ts';

const [statusArgument = '', jobFile = '', heapMb = ''] = process.argv.slice(2);
const status = Number(statusArgument);
const time = () => new Date().toTimeString().slice(0, 8);

if (status !== 0) {
	// V8 aborts (SIGABRT, shown by a shell as 134) when the heap is full.
	if (status === 134)
		console.error(
			`\nThe build may have run out of its ${heapMb} MB heap: run it again with OPENMODELS_BUILD_HEAP_MB set higher, e.g. OPENMODELS_BUILD_HEAP_MB=${Number(heapMb) * 2} npm run build.`,
		);
	process.exit(Number.isInteger(status) && status > 0 ? status : 1);
}
if (!existsSync(jobFile)) {
	console.error(`astro build finished without handing over ${jobFile}: is finishSiteIntegration() in astro.config.mjs?`);
	process.exit(1);
}
const job = JSON.parse(readFileSync(jobFile, 'utf8')) as FinishJob;
rmSync(jobFile);
const logger = {
	info: (message: string) => console.log(`${time()} [openmodels:finish-site] ${message}`),
	warn: (message: string) => console.warn(`${time()} [openmodels:finish-site] ${message}`),
	error: (message: string) => console.error(`${time()} [openmodels:finish-site] ${message}`),
};
try {
	// Loaded only in this process (src/integrations/finish-job.ts says why).
	const { finishSite } = await import('../../src/integrations/finish-site.ts');
	await finishSite(job, logger);
} catch (error) {
	logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
}
