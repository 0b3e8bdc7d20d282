/**
 * `npm run build`: `astro build` (arguments are passed on, e.g. `--outDir`), then, in this
 * process once Astro has exited and returned its memory, the search index and the offline files
 * (src/integrations/finish-site.ts explains why). Exits non-zero if either part fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deferVariable, finishSite, type FinishJob } from '../src/integrations/finish-site.ts';

const root = join(import.meta.dirname, '..');
const jobFile = join(root, 'node_modules', '.cache', 'openmodels', `finish-job-${process.pid}.json`);
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

const built = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env: { ...process.env, [deferVariable]: jobFile } });
if (built.status !== 0) process.exit(built.status ?? 1);
if (!existsSync(jobFile)) {
	console.error(`astro build finished without handing over ${jobFile}: is finishSiteIntegration() in astro.config.mjs?`);
	process.exit(1);
}
const job = JSON.parse(readFileSync(jobFile, 'utf8')) as FinishJob;
rmSync(jobFile);
const time = () => new Date().toTimeString().slice(0, 8);
const logger = {
	info: (message: string) => console.log(`${time()} [openmodels:finish-site] ${message}`),
	warn: (message: string) => console.warn(`${time()} [openmodels:finish-site] ${message}`),
	error: (message: string) => console.error(`${time()} [openmodels:finish-site] ${message}`),
};
try {
	await finishSite(job, logger);
} catch (error) {
	logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
}
