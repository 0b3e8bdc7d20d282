import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UNTRANSLATED_RECORDS_FILE } from '../lib/search/fallback-records.ts';
import { takeUntranslatedRecords } from './untranslated-records.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function site(records: unknown[], pages: string[]): string {
	const out = mkdtempSync(join(tmpdir(), 'untranslated-'));
	folders.push(out);
	writeFileSync(join(out, UNTRANSLATED_RECORDS_FILE), JSON.stringify(records));
	for (const page of pages) {
		mkdirSync(join(out, page), { recursive: true });
		writeFileSync(join(out, page, 'index.html'), '<p>page</p>');
	}
	return out;
}

const record = { url: '/zh-cn/models/bark/', language: 'zh-cn', content: 'Bark.', meta: { title: 'Bark' }, filters: {} };

describe('takeUntranslatedRecords', () => {
	it('reads the records and takes their file out of the site', () => {
		const out = site([record], ['zh-cn/models/bark']);
		expect(takeUntranslatedRecords(out)).toEqual([record]);
		expect(existsSync(join(out, UNTRANSLATED_RECORDS_FILE))).toBe(false);
	});

	it('fails for a record whose page the build did not write, and when the file is missing', () => {
		expect(() => takeUntranslatedRecords(site([record], []))).toThrow(/1 untranslated page\(s\) have a search record but no page: \/zh-cn\/models\/bark\//);
		const out = site([], []);
		rmSync(join(out, UNTRANSLATED_RECORDS_FILE));
		expect(() => takeUntranslatedRecords(out)).toThrow(/is missing/);
	});
});
