/**
 * Offline reading, after the build and its Pagefind index (run by src/integrations/finish-site.ts):
 * writes the app icons (from public/favicon.svg, with sharp), one web app manifest per language,
 * `offline/sections.json` with one file per plan under `offline/plans/` (what each "Save for
 * offline" control downloads) and the Workbox service worker `sw.js`, and logs the precache size.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { dictionaries, localeKeys, locales } from '../../i18n/index.ts';
import { appShellPatterns, planSections, precacheUrl, splitSections, type BuiltFile } from './build.ts';
import { iconPath, iconSizes, webManifest } from './manifest.ts';
import { themeColor, trailingSlash } from '../../lib/offline.ts';
import type { PagefindIndex } from '../private-seams/pagefind-output.ts';
import { fromAnyCache, isNavigation, offlineFallback, pageKey, refreshSavedCopies, unsavedSearchResult } from './sw-plugins.ts';
import type { BuildLogger } from './integration.ts';

/** Install-time download budget: the precache must stay under this, gzipped. */
export const precacheBudget = 1024 * 1024;

/**
 * The app shell: icons, web app manifests and the service worker with its precache (held to its
 * budget). It needs nothing from the search index, so it is written while Pagefind works.
 */
export async function writeOfflineShell(out: string, base: string, publicDir: string, logger: BuildLogger): Promise<void> {
	base = trailingSlash(base);
	await writeIcons(join(publicDir, 'favicon.svg'), out);
	writeManifests(out, base);
	const shell = await writeServiceWorker(out, base);
	const message = `service worker: precache ${shell.count} files, ${kb(shell.raw)} raw, ${kb(shell.gzip)} gzip (budget ${kb(precacheBudget)} gzip)`;
	if (shell.gzip > precacheBudget) throw new Error(`Offline ${message}: the precache must only hold the app shell.`);
	logger.info(message);
	for (const warning of shell.warnings) logger.warn(warning);
}

/** What each "Save for offline" control downloads: the section's pages and their search index files, once Pagefind has written them. */
export function writeOfflinePlans(out: string, base: string, pagefind: PagefindIndex): void {
	base = trailingSlash(base);
	const { index, files } = splitSections(planSections(collectSite(out, base, pagefind)));
	mkdirSync(join(out, 'offline'), { recursive: true });
	writeFileSync(join(out, 'offline/sections.json'), JSON.stringify(index));
	for (const [path, plan] of files) {
		mkdirSync(dirname(join(out, path)), { recursive: true });
		writeFileSync(join(out, path), JSON.stringify(plan));
	}
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function writeIcons(svgFile: string, out: string) {
	const svg = readFileSync(svgFile);
	const render = (size: number) => sharp(svg, { density: Math.ceil((72 * size) / 64) }).resize(size, size);
	mkdirSync(join(out, 'offline/icons'), { recursive: true });
	for (const size of iconSizes)
		await render(size)
			.png()
			.toFile(join(out, iconPath(size)));
	// Maskable: the mark inside the safe zone on a full-bleed background.
	const mark = await render(340).png().toBuffer();
	await sharp({ create: { width: 512, height: 512, channels: 4, background: themeColor } })
		.composite([{ input: mark, gravity: 'center' }])
		.png()
		.toFile(join(out, iconPath(512, true)));
	// iOS shows transparent corners as black.
	await render(180).flatten({ background: themeColor }).png().toFile(join(out, 'offline/icons/apple-touch-icon.png'));
}

function writeManifests(out: string, base: string) {
	for (const locale of localeKeys) {
		const t = dictionaries[locale];
		const manifest = webManifest({
			base,
			locale,
			lang: locales[locale].lang,
			name: t['site.title'],
			shortName: t['site.title'],
			description: t['site.tagline'],
			shortcuts: [
				{ name: t['models.title'], path: '/models/' },
				{ name: t['tutorials.title'], path: '/tutorials/' },
				{ name: t['offline.title'], path: '/offline/' },
			],
		});
		const file = join(out, locale === 'en' ? '' : locale, 'manifest.webmanifest');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, `${JSON.stringify(manifest, null, '\t')}\n`);
	}
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function builtFile(out: string, file: string, base: string): BuiltFile {
	const content = readFileSync(file);
	return { url: precacheUrl(base, relative(out, file).split(sep).join('/')), bytes: content.length, hash: createHash('sha1').update(content).digest('hex') };
}

/** The built pages and Pagefind files, and which page each Pagefind fragment describes. */
function collectSite(out: string, base: string, { entry, fragments }: PagefindIndex) {
	const pages = walk(out)
		.filter((file) => file.endsWith(`${sep}index.html`) || file === join(out, 'index.html'))
		.map((file) => builtFile(out, file, base))
		.filter((file) => !/\/offline\/$/.test(file.url));
	const pagefindDir = join(out, 'pagefind');
	const pagefindFiles = walk(pagefindDir).map((file) => builtFile(out, file, base));
	const fragmentPages = new Map(fragments.map(({ file, url }) => [builtFile(out, file, base).url, `${base}${url.replace(/^\//, '')}`]));
	const modelRecords = walk(join(out, 'api/models')).map((file) => builtFile(out, file, base));
	return { base, pages, pagefindFiles, entry, fragmentPages, modelRecords };
}

async function writeServiceWorker(out: string, base: string) {
	const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	const root = esc(base);
	const shellFiles: string[] = [];
	const pagePlugins = {
		cacheKeyWillBeUsed: pageKey,
		cachedResponseWillBeUsed: fromAnyCache,
		handlerDidError: offlineFallback,
		cacheDidUpdate: refreshSavedCopies,
	};
	const runtimeCaching: RuntimeCaching[] = [
		{
			// Pages: the freshest copy when online; the cached one when the network is slow or gone;
			// the offline page of the reader's language when neither has it.
			urlPattern: isNavigation,
			handler: 'NetworkFirst',
			options: { cacheName: 'openmodels-pages', networkTimeoutSeconds: 4, expiration: { maxEntries: 300, purgeOnQuotaError: true }, plugins: [pagePlugins] },
		},
		{
			// The index's entry point names the hashed index files; fresh when online keeps them consistent.
			urlPattern: new RegExp(`${root}pagefind/pagefind-entry\\.json`),
			handler: 'NetworkFirst',
			options: { cacheName: 'openmodels-search', networkTimeoutSeconds: 4, plugins: [{ cacheKeyWillBeUsed: pageKey, cachedResponseWillBeUsed: fromAnyCache }] },
		},
		{
			urlPattern: new RegExp(`${root}pagefind/`),
			handler: 'StaleWhileRevalidate',
			options: {
				cacheName: 'openmodels-search',
				expiration: { maxEntries: 1000, purgeOnQuotaError: true },
				plugins: [{ cacheKeyWillBeUsed: pageKey, cachedResponseWillBeUsed: fromAnyCache, handlerDidError: unsavedSearchResult }],
			},
		},
		{
			// The JSON API (the compare page's model records): fresh when online, saved copies offline.
			urlPattern: new RegExp(`${root}api/`),
			handler: 'NetworkFirst',
			options: {
				cacheName: 'openmodels-api',
				networkTimeoutSeconds: 4,
				expiration: { maxEntries: 100, purgeOnQuotaError: true },
				plugins: [{ cacheKeyWillBeUsed: pageKey, cachedResponseWillBeUsed: fromAnyCache }],
			},
		},
		{
			urlPattern: new RegExp(`${root}(?:_astro/|offline/icons/|[^?#]*\\.(?:css|js|mjs|woff2?|png|jpe?g|gif|webp|avif|svg|ico)(?:[?#]|$))`),
			handler: 'CacheFirst',
			options: {
				cacheName: 'openmodels-assets',
				expiration: { maxEntries: 200, purgeOnQuotaError: true },
				plugins: [{ cachedResponseWillBeUsed: fromAnyCache }],
			},
		},
	];
	const result = await generateSW({
		globDirectory: out,
		globPatterns: appShellPatterns(),
		globFollow: false,
		swDest: join(out, 'sw.js'),
		manifestTransforms: [
			(entries) => {
				shellFiles.push(...entries.map((entry) => entry.url));
				return { manifest: entries.map((entry) => ({ ...entry, url: precacheUrl(base, entry.url) })), warnings: [] };
			},
		],
		dontCacheBustURLsMatching: /\/_astro\//,
		cacheId: 'openmodels',
		cleanupOutdatedCaches: true,
		clientsClaim: true,
		skipWaiting: false,
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
		disableDevLogs: true,
		babelPresetEnvTargets: ['chrome >= 90', 'edge >= 90', 'firefox >= 90', 'safari >= 15'],
		runtimeCaching,
	});
	let raw = 0;
	let gzip = 0;
	for (const file of shellFiles) {
		const content = readFileSync(join(out, file));
		raw += content.length;
		gzip += gzipSync(content).length;
	}
	return { count: result.count, raw, gzip, warnings: result.warnings };
}
