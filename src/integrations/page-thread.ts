/**
 * A thread that renders pages for the build (parallel-pages.ts): it loads Astro's prerender
 * bundle, the same one the build's own thread renders from, and renders the pages it is sent.
 * Loaded by Node directly (type stripping), outside Astro's bundle.
 *
 * What pages leave behind in the build's memory is collected here and handed back when the build
 * asks: the search records of untranslated pages and the share images the pages wrote.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { takeSearchRecords } from '../lib/search/collected-records.ts';
import { delegateShareImageWrites, finishShareImageWrites, setShareImageOutDir } from '../seo/share-image-pool.ts';
import { PAGE_SCRIPT_ID, routeKey, type PageThreadData, type PageThreadReply, type PageThreadRequest, type PageThreadTotals, type RouteData, type ShareImageRequest } from './page-thread-protocol.ts';

interface BuildApp {
	manifest: { routes: { routeData: RouteData }[] };
	setInternals(internals: unknown): void;
	setOptions(options: unknown): void;
	render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}
interface LogEvent {
	level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
	label: string | null;
	message: string;
	newLine: boolean;
}

const data = workerData as PageThreadData;

setShareImageOutDir(data.shareImageOutDir);
const shareImageWrites = new Map<number, { resolve: (cached: boolean) => void; reject: (error: Error) => void }>();
let nextShareImage = 0;
delegateShareImageWrites(
	(input, file) =>
		new Promise<boolean>((resolve, reject) => {
			const id = nextShareImage++;
			shareImageWrites.set(id, { resolve, reject });
			parentPort!.postMessage({ kind: 'share-image', id, input, file } satisfies ShareImageRequest);
		}),
);

// A page that asks for an optimised image registers it with the build's own thread
// (`globalThis.astroAsset`), which this thread cannot reach: such a page is rendered there instead.
let needsBuildThread = false;
(globalThis as Record<string, unknown>).astroAsset = {
	referencedImages: new Set(),
	addStaticImage() {
		needsBuildThread = true;
		return '';
	},
};

const { app } = (await import(data.entry)) as { app: BuildApp };
// What Astro's build environment reads while rendering: each page's stylesheets and the scripts
// integrations inject into every page's head.
app.setInternals({ pagesByKeys: new Map(data.pageStyles.map(([key, styles]) => [key, { styles }])), entrySpecifierToBundleMap: new Map(data.pageScript ? [[PAGE_SCRIPT_ID, data.pageScript]] : []) });
app.setOptions({
	settings: { scripts: data.scripts },
	logger: {
		options: {
			destination: {
				write(event: LogEvent) {
					if (event.level !== 'warn' && event.level !== 'error') return;
					const prefix = event.label && event.label !== 'SKIP_FORMAT' ? `[${event.label}] ` : '';
					process.stderr.write(`${prefix}${event.message}${event.newLine ? '\n' : ''}`);
				},
			},
		},
	},
});

const routes = new Map(
	app.manifest.routes.flatMap(({ routeData }) => [routeData, ...((routeData as { fallbackRoutes?: RouteData[] }).fallbackRoutes ?? [])]).map((route) => [routeKey(route), route]),
);

// One page at a time: rendering is work for this thread alone, and a page that needs the build's
// thread must be told apart from the others.
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (message: PageThreadRequest) => {
	if (message.kind === 'share-image-written') {
		const write = shareImageWrites.get(message.id);
		shareImageWrites.delete(message.id);
		if (message.error !== undefined) write?.reject(new Error(message.error));
		else write?.resolve(message.cached === true);
		return;
	}
	queue = queue.then(async () => {
		if (message.kind === 'finish') {
			const shareImages = await finishShareImageWrites().catch((error: unknown) => ({ written: 0, cached: 0, error: error instanceof Error ? error.message : String(error) }));
			const totals: PageThreadTotals = { kind: 'totals', records: takeSearchRecords(), shareImages };
			parentPort!.postMessage(totals);
			return;
		}
		try {
			const routeData = routes.get(message.route);
			needsBuildThread = !routeData;
			const response = routeData && (await app.render(new Request(message.url), { routeData }));
			const body = response?.body ? new Uint8Array(await response.arrayBuffer()) : null;
			const reply: PageThreadReply = needsBuildThread || !response
				? { kind: 'page', id: message.id, elsewhere: true }
				: { kind: 'page', id: message.id, status: response.status, statusText: response.statusText, headers: [...response.headers], body };
			parentPort!.postMessage(reply, reply.body ? [reply.body.buffer] : []);
		} catch (error) {
			// Every page gets an answer: the build waits for it.
			parentPort!.postMessage({ kind: 'page', id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies PageThreadReply);
		}
	});
});
