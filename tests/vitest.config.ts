import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
	root,
	test: {
		testTimeout: 60_000,
		hookTimeout: 300_000,
		// Browser tests poll for UI updates; a loaded 2-core CI machine needs more than 1 s.
		expect: { poll: { timeout: 10_000 } },
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
			},
			{
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					// Builds dist/ once for every build-output and browser test.
					globalSetup: ['tests/setup/build-site.ts'],
					// Browser tests each start Chromium; one file at a time fits two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
