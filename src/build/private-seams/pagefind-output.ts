/**
 * Private seam (seams.ts): Pagefind's output, read back after indexing (by the catalog orders and
 * the offline plans). Pagefind documents its search API, not its files:
 * - `pagefind-entry.json`, which names each language's index (the catalog's browser script reads
 *   it too, src/scripts/catalog.ts);
 * - the fragment files, one per page (`fragment/<id>.pf_fragment`), a gzipped "pagefind_dcd"
 *   signature followed by JSON with the page's URL, metadata and filters; the id is the one
 *   search results carry.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface PagefindFragment {
	/** The fragment's file. */
	file: string;
	/** The page id Pagefind's search results carry (`en_1a2b3c4`), from the file name. */
	id: string;
	/** The page's language index: the id up to its last underscore (`en`, `zh-cn`). */
	language: string;
	/** The page's URL relative to the site root (`/models/x/`). */
	url: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** The parts of `pagefind-entry.json` the build uses: each language's index hash and WebAssembly file. */
export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
}

/** `pagefind-entry.json` of an index folder (`dist/pagefind`), or `undefined` if there is none. */
export function readPagefindEntry(pagefindDir: string): PagefindEntry | undefined {
	const file = join(pagefindDir, 'pagefind-entry.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PagefindEntry) : undefined;
}

const signature = 'pagefind_dcd';

/** Every fragment file of an index folder (`dist/pagefind`). */
export function fragmentFiles(pagefindDir: string): string[] {
	const dir = join(pagefindDir, 'fragment');
	return existsSync(dir)
		? readdirSync(dir)
				.filter((name) => name.endsWith('.pf_fragment'))
				.map((name) => join(dir, name))
		: [];
}

/** One fragment; throws, naming the file, if it is not in the format above. */
export function readPagefindFragment(file: string): PagefindFragment {
	const id = file.replace(/^.*[\\/]/, '').replace(/\.pf_fragment$/, '');
	const text = gunzipSync(readFileSync(file)).toString('utf8');
	if (!text.startsWith(signature)) throw new Error(`${file}: not a Pagefind fragment (no "${signature}" signature); has Pagefind's format changed?`);
	const data = JSON.parse(text.slice(signature.length)) as Partial<PagefindFragment>;
	if (typeof data.url !== 'string') throw new Error(`${file}: Pagefind fragment without a "url"; has Pagefind's format changed?`);
	return { file, id, language: id.slice(0, id.lastIndexOf('_')), url: data.url, meta: data.meta ?? {}, filters: data.filters ?? {} };
}

/** What the post-build steps read of an index: its entry file and every page's fragment. */
export interface PagefindIndex {
	entry: PagefindEntry;
	fragments: PagefindFragment[];
}

/** Reads an index folder (`dist/pagefind`) once for every step that needs it; throws if it has no entry file. */
export function readPagefindIndex(pagefindDir: string): PagefindIndex {
	const entry = readPagefindEntry(pagefindDir);
	// Without it the catalog could not sort: fail rather than ship a catalog that silently can't.
	if (!entry) throw new Error(`${join(pagefindDir, 'pagefind-entry.json')} is missing: run the search index first (src/integrations/finish-site.ts)`);
	return { entry, fragments: fragmentFiles(pagefindDir).map(readPagefindFragment) };
}
