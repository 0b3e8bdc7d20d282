/**
 * Build-time planning for offline reading, pure: given the built pages and Pagefind files, which
 * URLs each "Save for offline" control downloads (`sections.json` and one file per plan), and which files the service
 * worker precaches. The integration (`integration.ts`) does the file-system work around it.
 */
import { createHash } from 'node:crypto';
import {
	localeOfPath,
	offlineLocales,
	offlineSections,
	sectionOfPath,
	trailingSlash,
	type PlanSummary,
	type SavePlan,
	type SaveTarget,
	type SectionsFile,
	type SectionsIndex,
} from '../../lib/offline.ts';
import type { PagefindEntry } from '../private-seams/pagefind-output.ts';

/** A file of the built site, by URL (root-relative, with the base path). */
export interface BuiltFile {
	url: string;
	bytes: number;
	/** Content hash of the file. */
	hash: string;
}

export interface PlanInput {
	base: string;
	/** Every HTML page (`/home/x/`), without 404 and the offline pages (they are precached). */
	pages: BuiltFile[];
	/** Every file under `pagefind/`. */
	pagefindFiles: BuiltFile[];
	entry: PagefindEntry;
	/** Fragment file URL → URL of the page it describes (both with the base path). */
	fragmentPages: Map<string, string>;
	/** The model records of the JSON API (`api/models/<id>.json`): the compare page reads them. */
	modelRecords?: BuiltFile[];
}

/** The Pagefind files one language needs to search, except fragments (one per page). */
export function pagefindCoreFiles(base: string, language: string, entry: PagefindEntry, files: BuiltFile[]): BuiltFile[] {
	const root = `${trailingSlash(base)}pagefind/`;
	const info = entry.languages[language];
	if (!info) return files.filter((file) => !file.url.startsWith(`${root}fragment/`) && isSearchFile(file.url));
	const wanted = new Set([
		`${root}pagefind.js`,
		`${root}pagefind-worker.js`,
		`${root}pagefind-entry.json`,
		`${root}pagefind.${info.hash}.pf_meta`,
		`${root}wasm.${info.wasm ?? 'unknown'}.pagefind`,
	]);
	return files.filter(
		(file) =>
			wanted.has(file.url) ||
			file.url.startsWith(`${root}index/${language}_`) ||
			file.url.startsWith(`${root}filter/${language}_`) ||
			// The catalog's sort orders (src/lib/catalog/orders.ts), so saved catalogs sort offline too.
			file.url.startsWith(`${root}orders/${info.hash}/`),
	);
}

/** Pagefind's own UI bundles are not needed: Starlight bundles its search UI with the site's assets. */
function isSearchFile(url: string): boolean {
	return !/pagefind-(component-|modular-)?ui\.|pagefind-highlight\./.test(url);
}

export function contentVersion(files: BuiltFile[]): string {
	const hash = createHash('sha256');
	for (const file of [...files].sort((a, b) => a.url.localeCompare(b.url))) hash.update(`${file.url}\0${file.hash}\n`);
	return hash.digest('hex').slice(0, 16);
}

function plan(pages: BuiltFile[], files: BuiltFile[]): SavePlan {
	const all = [...pages, ...files];
	return {
		pages: pages.map((page) => page.url).sort(),
		files: files.map((file) => file.url).sort(),
		bytes: all.reduce((sum, file) => sum + file.bytes, 0),
		version: contentVersion(all),
	};
}

/** Per language: one plan per collection section and one (`all`) for every page. */
export function planSections({ base, pages, pagefindFiles, entry, fragmentPages, modelRecords = [] }: PlanInput): SectionsFile {
	const fragmentsByPage = new Map<string, BuiltFile>();
	for (const file of pagefindFiles) {
		const page = fragmentPages.get(file.url);
		if (page) fragmentsByPage.set(page, file);
	}
	const locales: SectionsFile['locales'] = {};
	for (const locale of offlineLocales) {
		const localePages = pages.filter((page) => localeOfPath(page.url, base) === locale);
		if (localePages.length === 0) continue;
		const core = pagefindCoreFiles(base, locale, entry, pagefindFiles);
		const fragmentsOf = (list: BuiltFile[]) =>
			entry.languages[locale]
				? list.flatMap((page) => fragmentsByPage.get(page.url) ?? [])
				: pagefindFiles.filter((file) => !core.includes(file) && isSearchFile(file.url));
		const targets: Partial<Record<SaveTarget, SavePlan>> = {};
		for (const section of offlineSections) {
			const sectionPages = localePages.filter((page) => sectionOfPath(page.url, base) === section);
			const data = section === 'models' ? modelRecords : [];
			if (sectionPages.length > 0) targets[section] = plan(sectionPages, [...core, ...fragmentsOf(sectionPages), ...data]);
		}
		targets.all = plan(localePages, [...core, ...fragmentsOf(localePages), ...modelRecords]);
		locales[locale] = targets;
	}
	return { base: trailingSlash(base), locales };
}

/**
 * Splits the plans into a small index (`offline/sections.json`, loaded by every control on start)
 * and one file per plan, named by its version so that caches never mix two versions.
 */
export function splitSections(sections: SectionsFile): { index: SectionsIndex; files: Map<string, SavePlan> } {
	const files = new Map<string, SavePlan>();
	const locales: SectionsIndex['locales'] = {};
	for (const [locale, targets] of Object.entries(sections.locales)) {
		const summaries: Partial<Record<SaveTarget, PlanSummary>> = {};
		for (const [target, plan] of Object.entries(targets) as [SaveTarget, SavePlan][]) {
			const path = `offline/plans/${locale}/${target}.${plan.version}.json`;
			files.set(path, plan);
			summaries[target] = { pages: plan.pages.length, bytes: plan.bytes, version: plan.version, url: `${sections.base}${path}` };
		}
		locales[locale] = summaries;
	}
	return { index: { base: sections.base, locales }, files };
}

/** Precache URL for a built file path: `offline/index.html` → `/home/offline/`. */
export function precacheUrl(base: string, relativePath: string): string {
	return `${trailingSlash(base)}${relativePath.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The app shell the service worker precaches, as glob patterns relative to the build output:
 * bundled CSS/JS/fonts, icons, manifests, and per language the home and offline pages. Nothing
 * here grows with the number of content entries.
 */
export function appShellPatterns(locales: readonly string[] = offlineLocales): string[] {
	const prefixes = locales.map((locale) => (locale === 'en' ? '' : `${locale}/`));
	return [
		'_astro/**/*.{js,css,woff,woff2}',
		'favicon.svg',
		'offline/icons/*.png',
		...prefixes.flatMap((prefix) => [`${prefix}index.html`, `${prefix}offline/index.html`, `${prefix}manifest.webmanifest`]),
	];
}
