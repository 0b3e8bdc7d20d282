/**
 * `npm run build`: `astro build` (arguments are passed on, e.g. `--outDir`), then, in this
 * process once Astro has exited and returned its memory, the search index and the offline files
 * (src/integrations/finish-site.ts explains why). Exits non-zero if either part fails.
 *
 * Astro runs with bounded memory (scripts/lib/build-heap.ts): left alone, V8 grows its heap far
 * beyond what the build keeps alive, and glibc keeps freed memory per thread.
 * OPENMODELS_BUILD_HEAP_MB sets another old-space size. V8's flags hold for every isolate of the
 * process, so the bounds apply to each prerender worker as well.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deferVariable, type FinishJob } from '../src/integrations/finish-job.ts';
import { buildEnvironment, buildHeapMb, buildNodeOptions } from './lib/build-heap.ts';

const root = join(import.meta.dirname, '..');
const jobFile = join(root, 'node_modules', '.cache', 'openmodels', `finish-job-${process.pid}.json`);
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

// Cards only: files starting with an underscore (the template) are not content.
const modelCards = readdirSync(join(root, 'content', 'models')).filter((name) => name.endsWith('.md') && !name.startsWith('_')).length;
const heapMb = buildHeapMb(modelCards, process.env.OPENMODELS_BUILD_HEAP_MB);
const time = () => new Date().toTimeString().slice(0, 8);

const astroBuild = spawn(process.execPath, [...buildNodeOptions(heapMb), astro, 'build', ...process.argv.slice(2)], {
	cwd: root,
	stdio: 'inherit',
	env: buildEnvironment({ ...process.env, [deferVariable]: jobFile }),
});
const built = await new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
	astroBuild.on('exit', (status, signal) => resolve({ status, signal })),
);
if (built.status !== 0) {
	// V8 aborts (SIGABRT) when the heap is full.
	if (built.signal === 'SIGABRT' || built.status === 134)
		console.error(
			`\nThe build may have run out of its ${heapMb} MB heap: run it again with OPENMODELS_BUILD_HEAP_MB set higher, e.g. OPENMODELS_BUILD_HEAP_MB=${heapMb * 2} npm run build.`,
		);
	process.exit(built.status ?? 1);
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
	// Loaded only now (src/integrations/finish-job.ts says why).
	const { finishSite } = await import('../src/integrations/finish-site.ts');
	await finishSite(job, logger);
} catch (error) {
	logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
}
