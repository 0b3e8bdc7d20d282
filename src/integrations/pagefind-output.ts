/**
 * Pagefind's output, read back after indexing (by the catalog orders and the offline plans):
 * - `pagefind-entry.json`, which names each language's index;
 * - the fragment files, one per page (`fragment/<id>.pf_fragment`), a gzipped "pagefind_dcd"
 *   signature followed by JSON with the page's URL, metadata and filters.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface PagefindFragment {
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
	return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.pf_fragment')).map((name) => join(dir, name)) : [];
}

/** One fragment; throws, naming the file, if it is not in the format above. */
export function readPagefindFragment(file: string): PagefindFragment {
	const id = file.replace(/^.*[\\/]/, '').replace(/\.pf_fragment$/, '');
	const text = gunzipSync(readFileSync(file)).toString('utf8');
	if (!text.startsWith(signature)) throw new Error(`${file}: not a Pagefind fragment (no "${signature}" signature); has Pagefind's format changed?`);
	const data = JSON.parse(text.slice(signature.length)) as Partial<PagefindFragment>;
	if (typeof data.url !== 'string') throw new Error(`${file}: Pagefind fragment without a "url"; has Pagefind's format changed?`);
	return { id, language: id.slice(0, id.lastIndexOf('_')), url: data.url, meta: data.meta ?? {}, filters: data.filters ?? {} };
}
