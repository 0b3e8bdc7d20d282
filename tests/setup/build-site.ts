/**
 * Builds the site once per test run, so build-output and browser tests check the real output, and
 * keeps what the build printed in `buildLogFile` (tests/helpers/dist.ts). OPENMODELS_SKIP_BUILD=1
 * reuses an existing build and its log; OPENMODELS_DIST builds elsewhere than dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { buildLogFile, distDir, projectRoot } from '../helpers/dist.ts';

export default function setup() {
	if (process.env.OPENMODELS_SKIP_BUILD === '1' && existsSync(`${distDir}/index.html`) && existsSync(buildLogFile)) return;
	// `npm run build`'s script: Astro, then the search index and offline files in a second process.
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', distDir], {
		cwd: projectRoot,
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		env: { ...process.env, NODE_ENV: 'production', BASE_PATH: '/home' },
	});
	writeFileSync(buildLogFile, `${result.stdout}\n${result.stderr}`);
	if (result.status !== 0) {
		throw new Error(`the build failed (exit ${result.status}, log in ${buildLogFile}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	}
}
