/**
 * Pages rendered on two threads. Astro renders a static site's pages on one thread; at thousands
 * of model cards that thread is the build's longest phase while the machine's other core idles.
 * This integration gives Astro a prerenderer (Astro's own, wrapped) that sends part of the pages
 * to a page thread (page-thread.ts), which loads the same prerender bundle and renders them.
 * Astro still writes every file, so the output is the same whichever thread rendered a page.
 *
 * A page goes to the page thread while that thread has fewer than `PAGE_THREAD_QUEUE` pages in
 * hand; the others render on Astro's thread, so each thread takes pages as fast as it renders
 * them. `OPENMODELS_PAGE_THREADS` sets the number of page threads (`0`: every page on Astro's
 * thread); `only` sends every page to one page thread, which the tests use to compare its pages
 * with Astro's.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { addSearchRecord } from '../lib/search/collected-records.ts';
import { addShareImageWrites, shareImageOutDir, writeSharePngOnPool } from '../seo/share-image-pool.ts';
import { PAGE_SCRIPT_ID, routeKey, type PageThreadData, type PageThreadReply, type PageThreadRequest, type PageThreadTotals, type ShareImageRequest } from './page-thread-protocol.ts';

/**
 * Pages a page thread holds at once. Its replies wait while Astro's thread renders a page of its
 * own; with two in hand the page thread sat idle for 30 % of page generation at 5,000 cards, with
 * six for 4 %. Astro's `build.concurrency` (astro.config.mjs) leaves Astro's thread two more.
 */
const PAGE_THREAD_QUEUE = 6;

export interface PageThreadPlan {
	threads: number;
	/** Every page to a page thread, none rendered on Astro's. */
	only: boolean;
}

/**
 * How many page threads to start beside Astro's: one where there is a second core. More would
 * not help on the two cores this was measured on, and each holds its own copy of the content.
 */
export function pageThreadPlan(cores = availableParallelism(), setting = process.env.OPENMODELS_PAGE_THREADS): PageThreadPlan {
	if (setting === 'only') return { threads: 1, only: true };
	if (setting !== undefined && setting !== '') {
		const threads = Number(setting);
		if (!Number.isInteger(threads) || threads < 0) throw new Error(`OPENMODELS_PAGE_THREADS must be a whole number of threads (0 renders every page on Astro's thread) or "only"; it is "${setting}".`);
		return { threads, only: false };
	}
	return { threads: Math.min(1, cores - 1), only: false };
}

/**
 * Which thread renders the next page: the index of a page thread, or `undefined` for Astro's own.
 * A page thread with room (fewer than `queue` pages in hand) takes it; with `only`, the page
 * thread with the fewest pages in hand takes it.
 */
export function choosePageThread(inHand: readonly number[], queue: number, only: boolean): number | undefined {
	if (inHand.length === 0) return undefined;
	const least = inHand.indexOf(Math.min(...inHand));
	if (only) return least;
	return inHand[least]! < queue ? least : undefined;
}

/** What Astro's own prerenderer keeps after `setup()` (core/build/default-prerenderer.js). */
interface BuildApp {
	getOptions(): {
		allPages: Record<string, { key: string; styles: unknown[] }>;
		settings: { scripts: { stage: string }[] };
	};
}

interface PageThread {
	worker: Worker;
	inHand: number;
	rendered: number;
	pages: Map<number, { resolve: (reply: PageThreadReply) => void; reject: (error: Error) => void }>;
	totals?: (totals: PageThreadTotals) => void;
	/** Why the thread stopped, if it did: pages sent to it fail with this. */
	failed?: Error;
}

function startPageThread(file: URL, data: PageThreadData): PageThread {
	const thread: PageThread = { worker: new Worker(file, { workerData: data }), inHand: 0, rendered: 0, pages: new Map() };
	thread.worker.on('message', (message: PageThreadReply | PageThreadTotals | ShareImageRequest) => {
		if (message.kind === 'totals') return thread.totals?.(message);
		if (message.kind === 'share-image') {
			const reply = (result: { cached?: boolean; error?: string }) => thread.worker.postMessage({ kind: 'share-image-written', id: message.id, ...result } satisfies PageThreadRequest);
			writeSharePngOnPool(message.input, message.file).then(
				(cached) => reply({ cached }),
				(error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
			);
			return;
		}
		const page = thread.pages.get(message.id);
		thread.pages.delete(message.id);
		thread.inHand--;
		page?.resolve(message);
	});
	const fail = (error: Error) => {
		for (const page of thread.pages.values()) page.reject(error);
		thread.pages.clear();
		thread.failed = error;
	};
	thread.worker.on('error', fail);
	thread.worker.on('exit', (code) => fail(new Error(`the page thread stopped (exit code ${code})`)));
	return thread;
}

export function inParallel(
	own: AstroPrerenderer,
	{ threadFile, plan, bundle, log }: { threadFile: URL; plan: PageThreadPlan; bundle: BundleFiles; log: (message: string) => void },
): AstroPrerenderer {
	let pageThreads: PageThread[] = [];
	let nextId = 0;
	let pages = 0;

	const renderOnThread = async (thread: PageThread, request: Request, route: string): Promise<Response | undefined> => {
		const id = nextId++;
		thread.inHand++;
		const reply = await new Promise<PageThreadReply>((resolve, reject) => {
			if (thread.failed) return reject(thread.failed);
			thread.pages.set(id, { resolve, reject });
			thread.worker.postMessage({ kind: 'page', id, url: request.url, route } satisfies PageThreadRequest);
		});
		if (reply.error) throw new Error(`${new URL(request.url).pathname} (rendered on a page thread): ${reply.error}`);
		if (reply.elsewhere) return undefined;
		thread.rendered++;
		return new Response(reply.body ?? null, { status: reply.status, statusText: reply.statusText, headers: reply.headers });
	};

	return {
		...own,
		name: 'openmodels:parallel-pages',
		async setup() {
			await own.setup?.();
			const options = (own as AstroPrerenderer & { app: BuildApp }).app.getOptions();
			const pageScript = options.settings.scripts.some((script) => script.stage === 'page') ? bundle.pageScript : undefined;
			// Both are found while Astro bundles (below); without them, pages render on Astro's thread alone.
			if (pageScript === '' || !bundle.prerenderEntry) {
				log('pages render on one thread: the prerender bundle or the page script was not found while bundling');
				return;
			}
			const data: PageThreadData = {
				entry: bundle.prerenderEntry,
				pageStyles: Object.values(options.allPages).map((page) => [page.key, page.styles]),
				scripts: options.settings.scripts.filter((script) => script.stage === 'head-inline' || script.stage === 'page'),
				pageScript,
				shareImageOutDir: shareImageOutDir(),
			};
			pageThreads = Array.from({ length: plan.threads }, () => startPageThread(threadFile, data));
		},
		async render(request, options) {
			pages++;
			// Astro's incremental build collects what a page used on the thread that renders it.
			const chosen = options.collectMetadata ? undefined : choosePageThread(pageThreads.map((thread) => thread.inHand), PAGE_THREAD_QUEUE, plan.only);
			const thread = chosen === undefined ? undefined : pageThreads[chosen];
			const response = thread && (await renderOnThread(thread, request, routeKey(options.routeData)));
			return response ?? own.render(request, options);
		},
		async teardown() {
			const threads = pageThreads;
			pageThreads = [];
			if (threads.length) log(`${threads.reduce((sum, thread) => sum + thread.rendered, 0)} of ${pages} pages rendered on ${threads.length === 1 ? 'a page thread' : `${threads.length} page threads`}`);
			for (const thread of threads) {
				if (thread.failed) throw thread.failed;
				const totals = await new Promise<PageThreadTotals>((resolve, reject) => {
					thread.totals = resolve;
					thread.worker.once('exit', () => reject(thread.failed));
					thread.worker.postMessage({ kind: 'finish' } satisfies PageThreadRequest);
				});
				for (const record of totals.records) addSearchRecord(record);
				addShareImageWrites(totals.shareImages.written, totals.shareImages.cached, totals.shareImages.error);
				await thread.worker.terminate();
			}
			await own.teardown?.();
		},
	};
}

/** How Astro names its prerender bundle's entry (core/build/static-build.js). */
const PRERENDER_ENTRY_PREFIX = 'prerender-entry';

/** What a page thread loads, as Astro's bundler wrote it. */
interface BundleFiles {
	/** URL of the prerender bundle's entry. */
	prerenderEntry: string;
	/** The client file of the scripts added to every page. */
	pageScript: string;
}

export function parallelPages(): AstroIntegration {
	let root: URL;
	const bundle: BundleFiles = { prerenderEntry: '', pageScript: '' };
	return {
		name: 'openmodels:parallel-pages',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'openmodels:page-thread-files',
								applyToEnvironment: (environment) => environment.name === 'client' || environment.name === 'prerender',
								writeBundle(options, output) {
									for (const chunk of Object.values(output)) {
										if (chunk.type !== 'chunk') continue;
										if (this.environment.name === 'client' && chunk.facadeModuleId === PAGE_SCRIPT_ID) bundle.pageScript = chunk.fileName;
										if (this.environment.name === 'prerender' && chunk.isEntry && chunk.fileName.startsWith(PRERENDER_ENTRY_PREFIX)) {
											bundle.prerenderEntry = pathToFileURL(join(options.dir!, chunk.fileName)).href;
										}
									}
								},
							},
						],
					},
				});
			},
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:start': ({ setPrerenderer, logger }) => {
				const plan = pageThreadPlan();
				if (plan.threads === 0) return;
				setPrerenderer((own) =>
					inParallel(own, { threadFile: new URL('src/integrations/page-thread.ts', root), plan, bundle, log: (message) => logger.info(message) }),
				);
			},
		},
	};
}
