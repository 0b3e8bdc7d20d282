/**
 * The untranslated pages' search records, as the build wrote them into the site folder
 * (src/pages/untranslated-search-records.json.ts): read once, checked against the pages the
 * build wrote, and removed, since the file is for the search index, not for readers.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { UNTRANSLATED_RECORDS_FILE, type SearchRecord } from '../lib/search/fallback-records.ts';

export function takeUntranslatedRecords(out: string): SearchRecord[] {
	const file = join(out, UNTRANSLATED_RECORDS_FILE);
	if (!existsSync(file)) throw new Error(`${file} is missing: the build should write it (src/pages/untranslated-search-records.json.ts)`);
	const records = JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[];
	rmSync(file);
	// A record stands in for a page's HTML in the index: one without its page would be a dead result.
	const missing = records.filter((record) => !existsSync(join(out, record.url, 'index.html'))).map((record) => record.url);
	if (missing.length) throw new Error(`${missing.length} untranslated page(s) have a search record but no page: ${missing.slice(0, 5).join(', ')}`);
	return records;
}
