/**
 * Each fact on a model page shows where it comes from, and the API carries the same sources:
 * checked for every card, against the card's own front matter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/dist.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';
import { licenseList } from '../../src/schemas/vocabularies.ts';

const ids = readdirSync(join(projectRoot, 'content/models'))
	.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
	.map((name) => name.slice(0, -3));
const sourcesOf = (id: string) =>
	(parseContentFile(readFileSync(join(projectRoot, 'content/models', `${id}.md`), 'utf8')).data.sources ?? {}) as Record<
		string,
		{ url?: string; quote?: string }
	>;

describe('fact sources on model pages', () => {
	it('links every recorded source beside its fact, in both languages', () => {
		for (const id of ids) {
			const expected = Object.values(sourcesOf(id)).flatMap((entry) => (entry.url ? [entry.url] : []));
			for (const prefix of ['', 'zh-cn/']) {
				const page = parse(readFileSync(join(distDir, prefix, 'models', id, 'index.html'), 'utf8'));
				const links = page.querySelectorAll('.om-facts a.om-source, .om-facts details.om-source a').map((link) => link.getAttribute('href'));
				expect(links.sort(), `${prefix}${id}`).toEqual([...expected].sort());
			}
		}
	});

	it('says so where a fact applies but no official source confirms it, in both languages', () => {
		const labels: Record<string, [string, string]> = {
			parameters: ['Parameters', '参数量'],
			release_date: ['Released', '发布日期'],
			context_length: ['Context length', '上下文长度'],
			language: ['Languages', '语言'],
		};
		let checked = 0;
		for (const id of ids)
			for (const [field, entry] of Object.entries(sourcesOf(id)) as [string, { unconfirmed?: string }][]) {
				if (!entry.unconfirmed || !labels[field]) continue;
				for (const [prefix, index, words] of [
					['', 0, 'Not confirmed by an official source'],
					['zh-cn/', 1, '未能从官方来源确认'],
				] as const) {
					const page = parse(readFileSync(join(distDir, prefix, 'models', id, 'index.html'), 'utf8'));
					const term = page.querySelectorAll('.om-facts dt').find((dt) => dt.text === labels[field]![index]);
					expect(term?.nextElementSibling?.text, `${prefix}${id} ${field}`).toBe(words);
				}
				checked++;
			}
		expect(checked).toBeGreaterThan(0);
	});

	it('names the fact and the site for screen readers, and shows the quoted words without a pointer', () => {
		const quoted = ids.find((id) => Object.values(sourcesOf(id)).some((entry) => entry.quote))!;
		const unquoted = ids.find((id) => Object.values(sourcesOf(id)).some((entry) => entry.url && !entry.quote));
		for (const [prefix, words, lang] of [
			['', /^source for Licence$/, null],
			['zh-cn/', /^来源（许可证）$/, 'en'],
		] as const) {
			const page = parse(readFileSync(join(distDir, prefix, 'models', quoted, 'index.html'), 'utf8'));
			const disclosures = page.querySelectorAll('.om-facts details.om-source');
			expect(disclosures.length, `${prefix}${quoted}`).toBe(Object.values(sourcesOf(quoted)).filter((entry) => entry.quote).length);
			for (const disclosure of disclosures) {
				const link = disclosure.querySelector('a')!;
				const entry = Object.values(sourcesOf(quoted)).find(
					(candidate) => candidate.url === link.getAttribute('href') && candidate.quote === disclosure.querySelector('q')!.text,
				);
				expect(entry, `${prefix}${quoted}: ${disclosure.querySelector('q')!.text}`).toBeDefined();
				expect(link.text).toMatch(new RegExp(`^${new URL(entry!.url!).hostname.replace(/^www\./, '').replaceAll('.', '\\.')}`));
				expect(disclosure.querySelector('q')!.getAttribute('lang') ?? null).toBe(lang);
			}
			const license = page.querySelectorAll('.om-facts dd').find((dd) => dd.previousElementSibling?.text === (prefix ? '许可证' : 'Licence'));
			if (sourcesOf(quoted).license?.quote) expect(license?.querySelector('summary')?.text).toMatch(words);
		}
		if (unquoted) {
			const page = parse(readFileSync(join(distDir, 'models', unquoted, 'index.html'), 'utf8'));
			expect(page.querySelector('.om-facts a.om-source')!.text).toMatch(/^source for .+: .+ \(external site\)$/);
		}
	});

	it('links the acceptable-use policy where a licence condition comes from it, in both languages', () => {
		const policy = licenseList.find((entry) => entry.id === 'llama4')!.policy!;
		for (const [prefix, condition] of [
			['', 'people or companies in some regions get no rights'],
			['zh-cn/', '某些地区的个人或公司不获任何授权'],
		] as const) {
			const section = parse(readFileSync(join(distDir, prefix, 'models/llama-4-scout-17b-16e-instruct/index.html'), 'utf8')).querySelector('.om-use')!;
			expect(section.querySelectorAll('.om-facts li').map((item) => item.text)).toEqual(expect.arrayContaining([expect.stringContaining(condition)]));
			expect(
				section.querySelectorAll('a').some((candidate) => candidate.getAttribute('href') === policy.url),
				prefix,
			).toBe(true);
			expect(
				section.querySelectorAll('details.om-source q').map((quote) => quote.text),
				prefix,
			).toContain(policy.quote);
		}
		const apache = parse(readFileSync(join(distDir, 'models/qwen3-8b/index.html'), 'utf8')).querySelector('.om-use')!;
		expect(apache.querySelectorAll('a').filter((link) => /USE_POLICY/.test(link.getAttribute('href') ?? ''))).toEqual([]);
	});

	it('carries the sources in the JSON API', () => {
		const api = JSON.parse(readFileSync(join(distDir, 'api/models.json'), 'utf8')) as { models: { id: string; sources: unknown; organization_name: string }[] };
		for (const id of ids) {
			const record = api.models.find((model) => model.id === id)!;
			expect(record.sources, id).toEqual(sourcesOf(id));
			expect(record.organization_name, id).toMatch(/\S/);
		}
	});
});
