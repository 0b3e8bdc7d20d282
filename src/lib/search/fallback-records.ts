/**
 * Search records for untranslated model pages: a Chinese model page whose card has no Chinese
 * text shows the English text with a notice, and is indexed only for its title, facets and
 * metadata (ContentPage.astro keeps its body out of the index). At thousands of cards Pagefind
 * spent about a third of its time reading those pages' HTML for so little; the build now hands
 * Pagefind the same data as custom records, and leaves the pages out of the folder it reads
 * (finish-site.ts). Pure: the records and the glob are built from data.
 */
import type { ModelIndexData } from '../catalog/index-data.ts';

/**
 * Where the build writes the records of every untranslated page, under the site folder
 * (src/pages/untranslated-search-records.json.ts); the post-build steps read and remove it.
 */
export const UNTRANSLATED_RECORDS_FILE = 'untranslated-search-records.json';

/** What Pagefind's `addCustomRecord` takes. */
export interface SearchRecord {
	/** The page's URL inside the site, without the base path (as Pagefind writes a file's URL). */
	url: string;
	/** Pagefind's name for the page's language index: the lower-case `lang` of the page. */
	language: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export interface FallbackPage {
	/** The page's path as Astro serves it, base path included, e.g. `/home/zh-cn/models/bark/`. */
	pathname: string;
	/** The site's base path, e.g. `/home/` or `/`. */
	base: string;
	/** The page's `lang`, e.g. `zh-CN`. */
	lang: string;
	title: string;
	/**
	 * Words of the page's own language that describe it: for a model card, its task, modality and
	 * organisation as the vocabularies name them in that language. The site's chrome (the "not yet
	 * translated" notice) is never part of a record: it would match every untranslated page.
	 */
	keywords?: readonly string[];
	index: ModelIndexData;
}

/**
 * The record of an untranslated page: its text is its title and its keywords in the reader's
 * language (its English text is searched on the English site), joined as Pagefind joins blocks;
 * its metadata the title and the card's.
 */
export function fallbackSearchRecord(page: FallbackPage): SearchRecord {
	const base = page.base.endsWith('/') ? page.base : `${page.base}/`;
	if (!page.pathname.startsWith(base)) throw new Error(`${page.pathname} is not under the base path ${base}`);
	const sentences = [page.title, ...(page.keywords ?? []).filter(Boolean)];
	return {
		url: `/${page.pathname.slice(base.length)}`,
		language: page.lang.toLowerCase(),
		content: sentences.map((sentence) => (/[.。!！?？]$/.test(sentence) ? sentence : `${sentence}.`)).join(' '),
		meta: { title: page.title, ...page.index.meta },
		filters: page.index.filters,
	};
}

/** A folder's entries, as `readdirSync(…, { withFileTypes: true })` gives them. */
export type ListFolder = (path: string) => readonly { name: string; isDirectory(): boolean }[];

/** Glob syntax characters; names holding one are matched by a wildcard and filtered after. */
const GLOB_SYNTAX = /[*?[\]{}()<>!,\\:#]/;

/**
 * A Pagefind glob for every HTML file under the site folder except the pages at `excluded`
 * (URLs like `/zh-cn/models/bark/`, each a folder with an index.html). Pagefind's globs cannot
 * negate, so the glob lists what remains: beside each excluded folder its siblings, and so on up
 * to the root, every other folder taken whole. Returns undefined when nothing is excluded (the
 * default glob then serves).
 */
export function globExcluding(excluded: readonly string[], list: ListFolder): string | undefined {
	if (excluded.length === 0) return undefined;
	// The excluded folders as a tree of path segments; `true` marks an excluded folder.
	interface Node {
		children: Map<string, Node>;
		excluded: boolean;
	}
	const root: Node = { children: new Map(), excluded: false };
	for (const url of excluded) {
		const segments = url.split('/').filter(Boolean);
		if (segments.length === 0) throw new Error('the site root cannot be left out of the search index');
		let node = root;
		for (const segment of segments) {
			if (GLOB_SYNTAX.test(segment)) throw new Error(`cannot leave ${url} out of the search index: "${segment}" holds glob syntax`);
			let child = node.children.get(segment);
			if (!child) node.children.set(segment, (child = { children: new Map(), excluded: false }));
			node = child;
		}
		node.excluded = true;
	}
	const patterns: string[] = [];
	const visit = (node: Node, path: string) => {
		const include = (name: string, pattern: string) => {
			if (GLOB_SYNTAX.test(name)) throw new Error(`cannot list "${path}/${name}" for the search index: its name holds glob syntax`);
			patterns.push(pattern);
		};
		for (const entry of list(path)) {
			const child = node.children.get(entry.name);
			const relative = path ? `${path}/${entry.name}` : entry.name;
			if (!entry.isDirectory()) {
				if (entry.name.endsWith('.html')) include(entry.name, relative);
			} else if (!child) include(entry.name, `${relative}/**/*.html`);
			else if (!child.excluded) visit(child, relative);
			// An excluded folder holds one page; anything under it stays out with it.
		}
	};
	visit(root, '');
	return `{${patterns.join(',')}}`;
}
