/**
 * The steps after Astro has written every page, each derived from what the build wrote (pages
 * render on worker threads and are plain functions of their props, so nothing else reaches
 * here): each page's Content-Security-Policy moved first in <head> (csp-first.ts), the Pagefind search index (with the untranslated pages' records,
 * untranslated-records.ts), then the catalog's sort orders and the offline plans (both read the
 * index), and meanwhile the offline app shell and the API's entry files. Starlight would run
 * Pagefind inside Astro's build process (its `pagefind` option is off for that reason); there,
 * Pagefind's memory, which grows with the number of pages, adds to the heap Node grew rendering
 * them: at 5,000 model cards the two peaks summed to over 4 GB. `npm run build`
 * (scripts/build.ts) therefore runs these steps in a second process once Astro has exited
 * (scripts/lib/finish-build.ts). A
 * plain `astro build` still gets a complete site: without the hand-over variable this
 * integration runs them in-process.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildLogger as Logger } from '../build/offline/integration.ts';
import { writeCatalogOrders } from './catalog-orders.ts';
import { takeUntranslatedRecords } from './untranslated-records.ts';
import { globExcluding, type SearchRecord } from '../lib/search/fallback-records.ts';
import { deferVariable, type FinishJob } from './finish-job.ts';
import { readPagefindIndex } from '../build/private-seams/pagefind-output.ts';
import { installedVersion, seamMessage } from '../build/private-seams/seams.ts';
import { writeApiEntryFiles } from './api-entry-files.ts';
import { movePoliciesFirst } from './csp-first.ts';

/**
 * The search index for every page with `data-pagefind-body`, as Starlight builds it, except the
 * pages given as `records`: those are added from their data, and their HTML is not read.
 */
export async function indexSite(out: string, records: readonly SearchRecord[], logger: Logger): Promise<void> {
	const started = performance.now();
	// Loaded when used, like the offline steps: astro.config.mjs loads this module for its integration.
	const pagefind = await import('pagefind');
	const fail = (errors: string[]) => {
		for (const error of errors) logger.error(`Pagefind: ${error}`);
		throw new Error('Pagefind could not index the site.');
	};
	try {
		const { errors, index } = await pagefind.createIndex();
		if (errors.length || !index) return fail(errors);
		const glob = globExcluding(
			records.map((record) => record.url),
			(path) => readdirSync(join(out, path), { withFileTypes: true }),
		);
		const added = await index.addDirectory({ path: out, ...(glob ? { glob } : {}) });
		if (added.errors.length) return fail(added.errors);
		// All at once: one at a time, each waited for Pagefind's answer (2.5 s instead of 1.3 s for 4,470).
		const recordErrors = (
			await Promise.all(records.map(async (record) => (await index.addCustomRecord(record)).errors.map((error) => `${record.url}: ${error}`)))
		).flat();
		if (recordErrors.length) return fail(recordErrors);
		const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
		if (written.errors.length) return fail(written.errors);
		const fromData = records.length ? ` (${records.length} of them untranslated pages, added from their data)` : '';
		logger.info(`search index: ${added.page_count + records.length} pages in ${((performance.now() - started) / 1000).toFixed(2)}s${fromData}`);
	} finally {
		await pagefind.close();
	}
}

export async function finishSite(job: FinishJob, logger: Logger): Promise<void> {
	const offline = await import('../build/offline/finish.ts');
	// Taken out of the site first: the offline files list what is published.
	const records = takeUntranslatedRecords(job.out);
	// Before anything reads the pages (the offline files hash them).
	logger.info(`content security policy moved first in ${movePoliciesFirst(job.out)} pages`);
	// The app shell and the API entry files need nothing from the index: they are written while
	// Pagefind works in its own process.
	await Promise.all([
		offline.writeOfflineShell(job.out, job.base, job.publicDir, logger),
		writeApiEntryFiles(job.out).then((count) => logger.info(`${count} API entry files written from the collection lists`)),
		indexSite(job.out, records, logger).then(() => {
			const index = readPagefindIndex(join(job.out, 'pagefind'));
			logger.info(
				seamMessage(
					'pagefind-output',
					`read the entry file and ${index.fragments.length} page fragments of the index pagefind ${installedVersion('pagefind')} wrote`,
				),
			);
			writeCatalogOrders(job.out, index, logger);
			offline.writeOfflinePlans(job.out, job.base, index);
		}),
	]);
}

export function finishSiteIntegration(): AstroIntegration {
	let publicDir = '';
	let base = '/';
	return {
		name: 'openmodels:finish-site',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				publicDir = fileURLToPath(config.publicDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const job: FinishJob = { out: fileURLToPath(dir), base, publicDir };
				const handOver = process.env[deferVariable];
				if (!handOver) return finishSite(job, logger);
				mkdirSync(dirname(handOver), { recursive: true });
				writeFileSync(handOver, JSON.stringify(job));
				logger.info('search index, offline files and API entry files follow in a separate process (scripts/lib/finish-build.ts)');
			},
		},
	};
}
