/**
 * Search and sharing metadata in the built site: the sitemap lists every page of both locales,
 * each page has one canonical URL, reciprocal hreflang alternates, Open Graph and Twitter tags,
 * a share image that exists (1200×630 PNG, generated per model card and tutorial), and valid
 * schema.org JSON-LD of the right type with the content's facts.
 */
import { organizationName } from '../../src/schemas/vocabularies.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileOfUrl, listFiles, urlOfFile } from '../../scripts/lib/site-files.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import { fontSubsets, subsetsFor } from '../../src/seo/fonts.ts';
import { isoDuration } from '../../src/seo/json-ld.ts';
import { validateSchemaOrg } from '../helpers/schema-org.ts';
import { distDir, projectRoot } from '../helpers/dist.ts';

const site = process.env.SITE_URL ?? 'https://open-models-platform.github.io';
const base = '/home';
const origin = new URL(site).origin;
const absolute = (path: string) => new URL(path, site).href;

interface Page {
	file: string;
	url: string;
	locale: 'en' | 'zh-cn';
	kind: string;
	id?: string;
	root: HTMLElement;
}

const pages: Page[] = [];
let notFound: HTMLElement;

function kindOf(path: string): { kind: string; id?: string } {
	const inner = path.slice(base.length).replace(/^\/zh-cn(?=\/)/, '');
	if (inner === '/') return { kind: 'home' };
	const match = /^\/(models|tutorials|events|case-studies|working-groups)\/([^/]+)\/$/.exec(inner);
	return match ? { kind: match[1]!, id: match[2]! } : { kind: 'other' };
}

const meta = (root: HTMLElement, name: string) =>
	root.querySelectorAll(`meta[property="${name}"], meta[name="${name}"]`).map((element) => element.getAttribute('content') ?? '');

function jsonLdOf(root: HTMLElement): Record<string, unknown>[] {
	return root.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

/** The language a collection page's text is in: English where a Chinese page falls back to it. */
const textLanguage = (page: Page) => (page.locale === 'en' || page.root.textContent.includes(dictionaries['zh-cn']['fallback.notice']) ? 'en' : 'zh-CN');

const api = (collection: string, id: string) => JSON.parse(readFileSync(join(distDir, 'api', collection, `${id}.json`), 'utf8')) as Record<string, unknown>;

beforeAll(() => {
	for (const file of listFiles(distDir, '.html')) {
		const path = urlOfFile(distDir, file, base);
		const root = parse(readFileSync(file, 'utf8'));
		if (file === join(distDir, '404.html')) {
			notFound = root;
			continue;
		}
		pages.push({ file, url: absolute(path), locale: path.startsWith(`${base}/zh-cn/`) ? 'zh-cn' : 'en', ...kindOf(path), root });
	}
});

describe('sitemap', () => {
	let entries: { loc: string; alternates: Record<string, string> }[];
	beforeAll(() => {
		const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		expect(sitemaps.length).toBeGreaterThan(0);
		entries = sitemaps.flatMap((url) => {
			const file = fileOfUrl(distDir, new URL(url).pathname, base)!;
			const xml = readFileSync(file, 'utf8');
			return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => ({
				loc: /<loc>([^<]+)<\/loc>/.exec(match[1]!)![1]!,
				alternates: Object.fromEntries(
					[...match[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((link) => [link[1]!, link[2]!]),
				),
			}));
		});
	});

	it('lists every built page of both locales, and nothing else', () => {
		const listed = entries.map((entry) => entry.loc).sort();
		expect(listed).toEqual(pages.map((page) => page.url).sort());
		expect(listed.filter((url) => url.includes('/home/zh-cn/')).length).toBe(listed.filter((url) => !url.includes('/home/zh-cn/')).length);
		for (const kind of ['models', 'tutorials', 'events', 'case-studies', 'working-groups']) {
			expect(
				listed.some((url) => url.includes(`/home/${kind}/`)),
				kind,
			).toBe(true);
			expect(
				listed.some((url) => url.includes(`/home/zh-cn/${kind}/`)),
				kind,
			).toBe(true);
		}
		expect(listed.some((url) => url.includes('404'))).toBe(false);
	});

	it('gives each page its English and Chinese alternates', () => {
		const urls = new Set(entries.map((entry) => entry.loc));
		for (const entry of entries) {
			expect(Object.keys(entry.alternates).sort(), entry.loc).toEqual(['en', 'zh-CN']);
			for (const href of Object.values(entry.alternates)) expect(urls.has(href), `${entry.loc} → ${href}`).toBe(true);
		}
	});
});

describe('every page', () => {
	it('finds the pages of both locales', () => {
		expect(pages.length).toBeGreaterThan(100);
		expect(pages.filter((page) => page.locale === 'zh-cn').length).toBe(pages.filter((page) => page.locale === 'en').length);
	});

	it('has exactly one absolute canonical URL under /home/: its own', () => {
		for (const page of pages) {
			const canonical = page.root.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href'));
			expect(canonical, page.url).toEqual([page.url]);
		}
	});

	it('has hreflang alternates for en, zh-CN and x-default that exist and point back', () => {
		const byUrl = new Map(pages.map((page) => [page.url, page]));
		const alternatesOf = (page: Page) =>
			Object.fromEntries(
				page.root.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!]),
			);
		for (const page of pages) {
			const alternates = alternatesOf(page);
			expect(Object.keys(alternates).sort(), page.url).toEqual(['en', 'x-default', 'zh-CN']);
			expect(alternates[page.locale === 'en' ? 'en' : 'zh-CN'], page.url).toBe(page.url);
			expect(alternates['x-default'], page.url).toBe(alternates.en);
			for (const [lang, href] of Object.entries(alternates)) {
				const target = byUrl.get(href);
				expect(target, `${page.url} → ${lang} ${href}`).toBeDefined();
				expect(alternatesOf(target!)[page.locale === 'en' ? 'en' : 'zh-CN'], `${href} points back to ${page.url}`).toBe(page.url);
			}
		}
	});

	it('has Open Graph and Twitter card tags', () => {
		for (const page of pages) {
			const one = (name: string) => {
				const values = meta(page.root, name);
				expect(values, `${page.url} ${name}`).toHaveLength(1);
				expect(values[0], `${page.url} ${name}`).not.toBe('');
				return values[0]!;
			};
			one('og:title');
			one('og:description');
			expect(one('og:url'), page.url).toBe(page.url);
			expect(one('og:locale'), page.url).toBe(page.locale === 'en' ? 'en_US' : 'zh_CN');
			expect(meta(page.root, 'og:locale:alternate'), page.url).toEqual([page.locale === 'en' ? 'zh_CN' : 'en_US']);
			expect(one('og:site_name')).toBe('OpenModels');
			expect(one('og:type'), page.url).toBe(page.kind === 'home' ? 'website' : 'article');
			expect(one('twitter:card')).toBe('summary_large_image');
			expect(one('og:image:width')).toBe('1200');
			expect(one('og:image:height')).toBe('630');
			expect(one('twitter:image:alt'), page.url).toBe(one('og:image:alt'));
		}
	});

	it('points og:image at an existing 1200×630 PNG; model cards and tutorials have their own, per translation', async () => {
		const checked = new Map<string, Promise<void>>();
		const translated = (kind: string, id: string) =>
			existsSync(join(projectRoot, 'content', kind, 'zh-cn', `${id}.md`)) || existsSync(join(projectRoot, 'content', kind, 'zh-cn', `${id}.mdx`));
		for (const page of pages) {
			const image = meta(page.root, 'og:image')[0]!;
			const { origin: imageOrigin, pathname } = new URL(image);
			expect(imageOrigin).toBe(origin);
			if (page.kind === 'models' || page.kind === 'tutorials') {
				// An untranslated entry shows English content in both locales, and so the English image.
				const own = page.locale !== 'en' && translated(page.kind, page.id!);
				expect(pathname, page.url).toBe(`${base}${own ? '/zh-cn' : ''}/og/${page.kind}/${page.id}.png`);
			} else {
				expect(pathname, page.url).toBe(`${base}${page.locale === 'en' ? '' : '/zh-cn'}/og/site.png`);
			}
			if (!checked.has(pathname)) {
				checked.set(
					pathname,
					(async () => {
						const file = fileOfUrl(distDir, pathname, base)!;
						expect(existsSync(file), pathname).toBe(true);
						expect(await sharp(file).metadata(), pathname).toMatchObject({ format: 'png', width: 1200, height: 630 });
					})(),
				);
			}
		}
		await Promise.all(checked.values());
		const perEntry = pages.filter(
			(page) => (page.kind === 'models' || page.kind === 'tutorials') && (page.locale === 'en' || translated(page.kind, page.id!)),
		).length;
		expect(checked.size).toBe(perEntry + 2);
		// No image is rendered that no page uses.
		const rendered = listFiles(join(distDir, 'og'), '.png').length + listFiles(join(distDir, 'zh-cn', 'og'), '.png').length;
		expect(rendered).toBe(checked.size);
	});

	it('can draw every model and tutorial title (no missing glyph in the share-image font)', () => {
		for (const page of pages.filter((page) => page.kind === 'models' || page.kind === 'tutorials')) {
			expect(subsetsFor(meta(page.root, 'og:title')[0]!, fontSubsets()).missing, page.url).toEqual([]);
		}
	});
});

describe('the 404 page', () => {
	it('is not indexed and claims no canonical URL or language versions', () => {
		expect(notFound).toBeDefined();
		expect(notFound.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]')).toHaveLength(0);
		expect(meta(notFound, 'robots')).toEqual(['noindex']);
	});
});

describe('JSON-LD', () => {
	const only = (page: Page) => {
		const documents = jsonLdOf(page.root);
		expect(documents, page.url).toHaveLength(1);
		return documents[0]!;
	};

	it('is valid schema.org on every page that has it', async () => {
		let count = 0;
		for (const page of pages) {
			for (const document of jsonLdOf(page.root)) {
				count++;
				expect(document['@context'], page.url).toBe('https://schema.org');
				const { problems } = await validateSchemaOrg(document);
				expect(problems, page.url).toEqual([]);
			}
		}
		expect(count).toBeGreaterThan(50);
	});

	it('describes the site on the home pages', () => {
		for (const page of pages.filter((page) => page.kind === 'home')) {
			expect(only(page), page.url).toMatchObject({ '@type': 'WebSite', url: page.url, name: 'OpenModels', inLanguage: page.locale === 'en' ? 'en' : 'zh-CN' });
		}
	});

	it('describes model cards as SoftwareSourceCode with the card’s facts', () => {
		const models = pages.filter((page) => page.kind === 'models');
		expect(models.length).toBeGreaterThan(20);
		for (const page of models) {
			const data = only(page);
			const card = api('models', page.id!) as { organization: string; release_date?: string; links: { repository?: string }; hub_id?: string };
			expect(data, page.url).toMatchObject({
				'@type': 'SoftwareSourceCode',
				name: meta(page.root, 'og:title')[0],
				url: page.url,
				author: { '@type': 'Organization', name: organizationName(card.organization, 'en') },
			});
			expect(data.datePublished, page.url).toBe(card.release_date ?? undefined);
			expect(data.codeRepository, page.url).toBe(card.links.repository ?? (card.hub_id ? `https://huggingface.co/${card.hub_id}` : undefined));
			expect(data.image, page.url).toBe(meta(page.root, 'og:image')[0]);
			expect(data.inLanguage, page.url).toBe(textLanguage(page));
			if (data.license !== undefined) expect(String(data.license)).toMatch(/^https:\/\//);
		}
	});

	it('describes tutorials as learning resources with level and time required', () => {
		const tutorials = pages.filter((page) => page.kind === 'tutorials');
		expect(tutorials.length).toBeGreaterThan(4);
		for (const page of tutorials) {
			const data = only(page);
			const tutorial = api('tutorials', page.id!) as { duration: number };
			expect(data['@type'], page.url).toEqual(['LearningResource', 'TechArticle']);
			expect(data.timeRequired, page.url).toBe(isoDuration(tutorial.duration));
			expect(data.educationalLevel, page.url).toEqual(expect.any(String));
			expect(data.inLanguage, page.url).toBe(textLanguage(page));
		}
	});

	it('describes events with their start and end as written, attendance mode and location', () => {
		const events = pages.filter((page) => page.kind === 'events');
		expect(events.length).toBeGreaterThan(4);
		const modes = { online: 'OnlineEventAttendanceMode', 'in-person': 'OfflineEventAttendanceMode', hybrid: 'MixedEventAttendanceMode' } as Record<
			string,
			string
		>;
		for (const page of events) {
			const data = only(page);
			const event = api('events', page.id!) as {
				start: string;
				end: string;
				format: string;
				place?: { city: string; country: string };
				join_url?: string;
				language: string[];
			};
			expect(data, page.url).toMatchObject({
				'@type': 'Event',
				startDate: event.start,
				endDate: event.end,
				eventAttendanceMode: `https://schema.org/${modes[event.format]}`,
				eventStatus: 'https://schema.org/EventScheduled',
				organizer: { '@type': 'Organization' },
				url: page.url,
			});
			expect([data.inLanguage].flat(), page.url).toEqual(event.language);
			const locations = [data.location].flat() as Record<string, unknown>[];
			if (event.place)
				expect(locations, page.url).toContainEqual(
					expect.objectContaining({
						'@type': 'Place',
						address: expect.objectContaining({ addressLocality: event.place.city, addressCountry: event.place.country }),
					}),
				);
			if (event.format !== 'in-person') expect(locations, page.url).toContainEqual({ '@type': 'VirtualLocation', url: event.join_url });
		}
	});
});
