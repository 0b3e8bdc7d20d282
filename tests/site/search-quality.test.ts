/**
 * Search quality with realistic queries in both languages: each query's expected pages are
 * derived from the content's own facts (a model's task and its name in each language), never
 * from a hand-written list, and the site's chrome (the "not yet translated" notice) finds nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPagefind } from '../helpers/search.ts';
import { projectRoot } from '../helpers/dist.ts';
import { useSiteSession } from '../helpers/site-session.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';
import { findOrganization, taskName } from '../../src/schemas/vocabularies.ts';
import { dictionaries } from '../../src/i18n/index.ts';

const session = useSiteSession();
const cards = readdirSync(join(projectRoot, 'content/models'))
	.filter((name) => /^[^_.].*\.md$/.test(name))
	.map((name) => ({
		id: name.slice(0, -3),
		...(({ pipeline_tag, organization }) => ({ task: String(pipeline_tag), organization: String(organization) }))(
			parseContentFile(readFileSync(join(projectRoot, 'content/models', name), 'utf8')).data as { pipeline_tag: string; organization: string },
		),
	}));

async function search(locale: 'en' | 'zh-cn', query: string): Promise<string[]> {
	const page = await session.browser.newPage();
	await page.goto(`${session.server.url}${locale === 'en' ? '' : 'zh-cn/'}`);
	const urls = await withPagefind<string[]>(
		page,
		session.server.url,
		`pagefind.search(${JSON.stringify(query)}).then((r) => Promise.all(r.results.map((x) => x.data()))).then((d) => d.map((x) => new URL(x.url, location.href).pathname))`,
	);
	await page.close();
	return urls;
}

// The tasks the catalog has most models for, by their names in each language.
const tasks = [...new Set(cards.map((card) => card.task))]
	.map((task) => ({ task, models: cards.filter((card) => card.task === task).map((card) => card.id) }))
	.filter((entry) => entry.models.length >= 3)
	.slice(0, 4);

describe('search quality', () => {
	it.each(tasks.map((entry) => [taskName(entry.task, 'zh-cn'), entry] as const))(
		'finds every model of a task by its Chinese name: %s',
		async (query, entry) => {
			const found = await search('zh-cn', query);
			for (const id of entry.models) expect(found, `${query} → ${id}`).toContain(`/home/zh-cn/models/${id}/`);
		},
	);

	it.each(tasks.map((entry) => [taskName(entry.task, 'en'), entry] as const))('finds every model of a task by its English name: %s', async (query, entry) => {
		const found = await search('en', query);
		for (const id of entry.models) expect(found, `${query} → ${id}`).toContain(`/home/models/${id}/`);
	});

	// Organisations with a Chinese name and several models: a reader types the name as it is written.
	const organizations = [...new Set(cards.map((card) => card.organization))]
		.map((id) => ({ id, organization: findOrganization(id)!, models: cards.filter((card) => card.organization === id).map((card) => card.id) }))
		.filter((entry) => entry.organization.name_zh && entry.models.length >= 2)
		.slice(0, 4);

	it.each(organizations.map((entry) => [entry.organization.name_zh!, entry] as const))(
		'finds every model of an organisation by its Chinese name: %s',
		async (query, entry) => {
			const found = await search('zh-cn', query);
			for (const id of entry.models) expect(found, `${query} → ${id}`).toContain(`/home/zh-cn/models/${id}/`);
		},
	);

	it.each(organizations.map((entry) => [entry.organization.name, entry] as const))(
		'finds every model of an organisation by its name: %s',
		async (query, entry) => {
			const found = await search('en', query);
			for (const id of entry.models) expect(found, `${query} → ${id}`).toContain(`/home/models/${id}/`);
		},
	);

	it('finds every speech model by 语音 (speech), the word their Chinese task names share', async () => {
		const speech = cards.filter((card) => taskName(card.task, 'zh-cn').includes('语音'));
		expect(speech.length).toBeGreaterThan(2);
		const found = await search('zh-cn', '语音');
		for (const card of speech) expect(found, card.id).toContain(`/home/zh-cn/models/${card.id}/`);
	});

	it('does not index the "not yet translated" notice', async () => {
		const found = await search('zh-cn', dictionaries['zh-cn']['fallback.notice'].slice(0, 6));
		expect(found.filter((path) => path.includes('/models/'))).toEqual([]);
	});
});
