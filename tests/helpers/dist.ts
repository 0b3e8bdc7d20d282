/**
 * Where the tests find the built site. OPENMODELS_DIST lets parallel work build into separate
 * folders; the default is the project's dist/.
 */
import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = process.env.OPENMODELS_DIST
	? isAbsolute(process.env.OPENMODELS_DIST)
		? process.env.OPENMODELS_DIST
		: resolve(projectRoot, process.env.OPENMODELS_DIST)
	: resolve(projectRoot, 'dist');

/**
 * The build's output, written beside the site by tests/setup/build-site.ts (CI's build step tees
 * `npm run build` into it) for tests that read what the build said; OPENMODELS_BUILD_LOG puts it elsewhere.
 */
export const buildLogFile = process.env.OPENMODELS_BUILD_LOG ? resolve(projectRoot, process.env.OPENMODELS_BUILD_LOG) : `${distDir}.build.log`;
