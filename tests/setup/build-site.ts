/**
 * Builds the site once per test run, so build-output and browser tests check the real output.
 * OPENMODELS_SKIP_BUILD=1 reuses an existing build; OPENMODELS_DIST builds elsewhere than dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { distDir, projectRoot } from '../helpers/dist.ts';

export default function setup() {
	if (process.env.OPENMODELS_SKIP_BUILD === '1' && existsSync(`${distDir}/index.html`)) return;
	// `npm run build`'s script: Astro, then the search index and offline files in a second process.
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', distDir], {
		cwd: projectRoot,
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		env: { ...process.env, NODE_ENV: 'production', BASE_PATH: '/home' },
	});
	if (result.status !== 0) {
		throw new Error(`the build failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	}
}
