/**
 * Pages rendered on the page thread (src/integrations/parallel-pages.ts) must be the pages Astro's
 * own thread renders. The test build renders most pages on Astro's thread; this builds the site
 * again with every page on the page thread and compares every file the two builds wrote.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/dist.ts';

function filesUnder(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(folder, join(entry.parentPath, entry.name)))
		.sort();
}

/** A file's content, but the time an iCalendar file was written (DTSTAMP), which differs between any two builds. */
function content(file: string): Buffer {
	const bytes = readFileSync(file);
	return file.endsWith('.ics') ? Buffer.from(bytes.toString('utf8').replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:')) : bytes;
}

describe('pages rendered on the page thread', () => {
	let out: string;
	let log: string;

	beforeAll(() => {
		out = mkdtempSync(join(tmpdir(), 'openmodels-page-thread-'));
		// Vitest gives its workers Vite's variables (BASE_URL, MODE, …), which Astro would take as the build's own.
		const { BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
		const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], {
			cwd: projectRoot,
			encoding: 'utf8',
			env: { ...env, NODE_ENV: 'production', BASE_PATH: '/home', OPENMODELS_PAGE_THREADS: 'only' },
		});
		log = `${result.stdout}\n${result.stderr}`;
		expect(result.status, log.slice(-4000)).toBe(0);
	}, 300_000);

	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it('were every page of the build', () => {
		const [, rendered, total] = /(\d+) of (\d+) pages rendered on a page thread/.exec(log) ?? [];
		expect(Number(total)).toBeGreaterThan(100);
		expect(rendered).toBe(total);
	});

	it('make the same site, file for file and byte for byte, search index included', () => {
		const files = filesUnder(out);
		const expected = filesUnder(distDir);
		expect({ missing: expected.filter((file) => !files.includes(file)), extra: files.filter((file) => !expected.includes(file)) }).toEqual({ missing: [], extra: [] });
		const different = files.filter((file) => !content(join(out, file)).equals(content(join(distDir, file))));
		expect(different).toEqual([]);
	});
});
