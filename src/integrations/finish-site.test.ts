import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { deferVariable } from './finish-job.ts';
import { finishSiteIntegration } from './finish-site.ts';

const folders: string[] = [];
afterEach(() => {
	delete process.env[deferVariable];
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('finishSiteIntegration', () => {
	it('hands the job to the build script instead of indexing inside Astro when asked to', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'finish-site-'));
		folders.push(folder);
		const jobFile = join(folder, 'cache', 'job.json');
		process.env[deferVariable] = jobFile;
		const integration = finishSiteIntegration();
		const logged: string[] = [];
		const logger = { info: (message: string) => logged.push(message), warn() {}, error() {} };
		const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
		hooks['astro:config:done']!({ config: { base: '/home', publicDir: pathToFileURL(join(folder, 'public/')) } });
		await hooks['astro:build:done']!({ dir: pathToFileURL(join(folder, 'dist/')), logger });
		expect(JSON.parse(readFileSync(jobFile, 'utf8'))).toEqual({ out: join(folder, 'dist/'), base: '/home', publicDir: join(folder, 'public/') });
		// Nothing was indexed here.
		expect(existsSync(join(folder, 'dist', 'pagefind'))).toBe(false);
		expect(logged.join('\n')).toMatch(/separate process/);
	});
});
