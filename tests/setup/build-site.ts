/**
 * Builds the site once per test run, so build-output and browser tests check the real `dist/`.
 * Set OPENMODELS_SKIP_BUILD=1 to reuse an existing build while iterating locally.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default function setup() {
	if (process.env.OPENMODELS_SKIP_BUILD === '1' && existsSync(`${root}/dist/index.html`)) return;
	const result = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', BASE_PATH: '/home' } });
	if (result.status !== 0) {
		throw new Error(`astro build failed (exit ${result.status}):\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	}
}
