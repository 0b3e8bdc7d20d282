/**
 * Contract of the pagefind-output seam with the installed pagefind: an index written through
 * Pagefind's Node API has the entry file and the page fragments the seam reads, with each
 * page's URL, metadata and filters, under the id search results carry.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPagefindIndex } from './pagefind-output.ts';

const out = mkdtempSync(join(tmpdir(), 'pagefind-contract-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('contract: pagefind-output and the installed Pagefind', () => {
	it('reads back the entry file and every fragment of an index Pagefind wrote', async () => {
		const pagefind = await import('pagefind');
		try {
			const { index } = await pagefind.createIndex();
			await index!.addCustomRecord({
				url: '/models/a/',
				language: 'en',
				content: 'Alpha model.',
				meta: { title: 'Alpha', sort_name: 'alpha' },
				filters: { task: ['text-generation'] },
			});
			await index!.addCustomRecord({ url: '/zh-cn/models/a/', language: 'zh-cn', content: '阿尔法模型。', meta: { title: 'Alpha' }, filters: {} });
			const written = await index!.writeFiles({ outputPath: join(out, 'pagefind') });
			expect(written.errors).toEqual([]);
		} finally {
			await pagefind.close();
		}
		const { entry, fragments } = readPagefindIndex(join(out, 'pagefind'));
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
		for (const [name, language] of Object.entries(entry.languages)) expect(language.hash.startsWith(`${name}_`), language.hash).toBe(true);
		const english = fragments.find((fragment) => fragment.url === '/models/a/');
		expect(english).toMatchObject({ language: 'en', meta: { title: 'Alpha', sort_name: 'alpha' }, filters: { task: ['text-generation'] } });
		expect(english!.id).toMatch(/^en_\w+$/);
		expect(fragments.find((fragment) => fragment.url === '/zh-cn/models/a/')?.language).toBe('zh-cn');
	});
});
