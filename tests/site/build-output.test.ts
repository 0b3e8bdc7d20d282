/**
 * Checks the built site in dist/: every page of both locales exists with the right language,
 * a title and a description; Pagefind indexed both languages; internal links resolve.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/lib/link-check.ts';
import { collections } from '../../src/schemas/collections.ts';
import { distDir } from '../helpers/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = distDir;
const base = '/home';

const ids = (folder: string) =>
	existsSync(join(root, folder))
		? readdirSync(join(root, folder))
				.filter((name) => /^[^_.].*\.mdx?$/.test(name))
				.map((name) => name.replace(/\.mdx?$/, ''))
		: [];

/** Every page the content implies, per locale, as paths relative to the base. */
function expectedPages(): string[] {
	const pages: string[] = [];
	for (const prefix of ['', 'zh-cn/']) {
		for (const id of ids('content/docs')) pages.push(`${prefix}${id === 'index' ? '' : `${id}/`}`);
		for (const spec of collections) {
			pages.push(`${prefix}${spec.route}/`);
			for (const id of ids(spec.folder)) pages.push(`${prefix}${spec.route}/${id}/`);
		}
	}
	return pages;
}

function readPage(path: string) {
	const file = join(dist, path, 'index.html');
	expect(existsSync(file), `dist/${path}index.html should exist`).toBe(true);
	return parse(readFileSync(file, 'utf8'));
}

describe('built site', () => {
	const pages = expectedPages();

	it('has a page for every docs page and every entry in both locales', () => {
		expect(pages.length).toBeGreaterThan(150);
		const missing = pages.filter((path) => !existsSync(join(dist, path, 'index.html')));
		expect(missing).toEqual([]);
	});

	it.each(['', 'zh-cn/'])('gives every page in "/%s" the right lang, a title and a description', (prefix) => {
		const lang = prefix ? 'zh-CN' : 'en';
		for (const path of pages.filter((page) => (prefix ? page.startsWith(prefix) : !page.startsWith('zh-cn/')))) {
			const html = readPage(path);
			expect(html.querySelector('html')?.getAttribute('lang'), path).toBe(lang);
			expect(html.querySelector('title')?.text.trim().length, `${path} title`).toBeGreaterThan(3);
			expect(html.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, `${path} description`).toBeGreaterThan(15);
			expect(html.querySelector('h1')?.text.trim().length ?? 0, `${path} h1`).toBeGreaterThan(0);
		}
	});

	it('shows the English-fallback notice on untranslated entries only', () => {
		const translated = new Set(ids('content/models/zh-cn'));
		const all = ids('content/models');
		const untranslated = all.find((id) => !translated.has(id))!;
		const oneTranslated = [...translated][0]!;
		expect(readPage(`zh-cn/models/${untranslated}/`).querySelector('.om-notice')?.text).toContain('本页尚未翻译成中文');
		expect(readPage(`zh-cn/models/${oneTranslated}/`).querySelector('.om-notice')).toBeNull();
		expect(readPage(`models/${untranslated}/`).querySelector('.om-notice')).toBeNull();
	});

	it('marks only the English words of an untranslated page as English, and says where its translation goes', () => {
		const translated = new Set(ids('content/models/zh-cn'));
		const untranslated = ids('content/models').find((id) => !translated.has(id))!;
		const page = readPage(`zh-cn/models/${untranslated}/`);
		const help = new URL(page.querySelector('.om-notice a')!.getAttribute('href')!);
		expect(help.pathname).toBe('/open-models-platform/home/new/main/content/models/zh-cn');
		expect(help.searchParams.get('filename')).toBe(`${untranslated}.md`);
		// The card's own text is English; the facts around it are labelled in Chinese, and not marked English.
		expect(page.querySelector('.om-card-body')?.getAttribute('lang')).toBe('en');
		const facts = page.querySelector('.om-facts')!;
		expect(facts.closest('[lang="en"]')).toBeNull();
		expect(page.querySelectorAll('[lang="en"] .om-facts, [lang="en"] #open-heading')).toEqual([]);
	});

	it('gives no two elements of a page the same id (a heading never takes the id of the page around it)', () => {
		const pages = (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(100);
		const duplicated = pages.flatMap((file) => {
			const ids = parse(readFileSync(join(dist, file), 'utf8'))
				.querySelectorAll('[id]')
				.map((element) => element.id);
			const repeated = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
			return repeated.length > 0 ? [`${file}: ${repeated.join(', ')}`] : [];
		});
		expect(duplicated).toEqual([]);
	});

	it("marks an untranslated entry's page title as English on the Chinese page, and a translated one's not", () => {
		for (const collection of ['models', 'events', 'case-studies', 'tutorials', 'working-groups']) {
			const folder = `content/${collection}`;
			const translated = new Set(ids(`${folder}/zh-cn`));
			for (const id of ids(folder)) {
				const title = readPage(`zh-cn/${collection}/${id}/`).querySelector('h1#_top')!;
				expect(title.closest('div[lang="en"]') !== null, `zh-cn/${collection}/${id}`).toBe(!translated.has(id));
				expect(readPage(`${collection}/${id}/`).querySelector('h1#_top')!.closest('div[lang]') === null, `${collection}/${id}`).toBe(true);
			}
		}
	});

	it('marks the English headings of an untranslated entry as English in its Chinese tables of contents, and only those', () => {
		const translated = new Set(ids('content/models/zh-cn'));
		const fallback = ids('content/models').find((id) => !translated.has(id))!;
		const page = readPage(`zh-cn/models/${fallback}/`);
		// The headings of the English body, which the page itself marks as English.
		const bodyIds = page.querySelectorAll('.sl-markdown-content [lang="en"] h2[id], .sl-markdown-content [lang="en"] h3[id]').map((heading) => heading.id);
		const links = page.querySelectorAll('starlight-toc nav a[href^="#"]');
		const english = links.filter((link) => link.getAttribute('lang') === 'en').map((link) => link.getAttribute('href')!.slice(1));
		expect(bodyIds.length).toBeGreaterThan(0);
		expect(english).toEqual(bodyIds.filter((id) => links.some((link) => link.getAttribute('href') === `#${id}`)));
		// The site's own headings ("Can I use it?", "How open is it?") stay Chinese.
		expect(links.some((link) => !link.hasAttribute('lang'))).toBe(true);
		const translatedPage = readPage(`zh-cn/models/${[...translated][0]}/`);
		expect(translatedPage.querySelectorAll('starlight-toc nav a[lang="en"]')).toHaveLength(0);
	});

	it('marks untranslated entries "英文" in every Chinese list, the title alone as English', () => {
		const translatedEvents = new Set(ids('content/events/zh-cn'));
		const events = readPage('zh-cn/events/');
		const fallback = ids('content/events').filter((id) => !translatedEvents.has(id));
		expect(fallback.length).toBeGreaterThan(0);
		for (const id of fallback) {
			const link = events.querySelector(`a[href="${base}/zh-cn/events/${id}/"]`)!;
			expect(link.getAttribute('lang'), id).toBe('en');
			expect(link.parentNode!.querySelector('.om-in-english')?.text, id).toBe('英文');
			expect(link.parentNode!.getAttribute('lang'), id).toBeUndefined();
		}
		const home = readPage('zh-cn/');
		for (const link of home.querySelectorAll('.om-home-list a[lang="en"]')) expect(link.parentNode!.querySelector('.om-in-english')?.text).toBe('英文');
	});

	it('keeps a reader on Chinese pages: links in the body of a Chinese page, a fallback page’s English body included, lead to Chinese pages', () => {
		let fallbackLinks = 0;
		for (const { folder, route } of collections) {
			const translated = new Set(ids(`${folder}/zh-cn`));
			for (const id of ids(folder)) {
				const pageUrl = new URL(`${base}/zh-cn/${route}/${id}/`, 'https://example.org');
				for (const link of readPage(`zh-cn/${route}/${id}/`).querySelectorAll('.sl-markdown-content a[href]')) {
					const target = new URL(link.getAttribute('href')!, pageUrl);
					const isSitePage = target.origin === pageUrl.origin && target.pathname.startsWith(`${base}/`) && !/\.[a-z]+$/.test(target.pathname);
					if (!isSitePage) continue;
					expect(target.pathname, `zh-cn/${route}/${id}/ links to ${link.getAttribute('href')}`).toMatch(new RegExp(`^${base}/zh-cn/`));
					if (!translated.has(id)) fallbackLinks += 1;
				}
			}
		}
		expect(fallbackLinks).toBeGreaterThan(0);
	});

	it('builds a Pagefind index for both languages', () => {
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
		for (const language of Object.values(entry.languages) as { page_count: number }[]) expect(language.page_count).toBeGreaterThan(50);
	});

	it('renders Starlight asides and heading anchors in content/docs', () => {
		const contributing = readPage('contributing/');
		expect(contributing.querySelectorAll('aside.starlight-aside').length).toBeGreaterThan(0);
		expect(contributing.querySelectorAll('.sl-heading-wrapper a.sl-anchor-link').length).toBeGreaterThan(0);
		// The anchor icon is drawn by CSS, not repeated as inline SVG in every heading.
		expect(contributing.querySelectorAll('.sl-anchor-icon').length).toBeGreaterThan(0);
		expect(contributing.querySelectorAll('.sl-anchor-icon svg')).toEqual([]);
		const zh = readPage('zh-cn/contributing/');
		const zhAsides = zh.querySelectorAll('aside.starlight-aside');
		expect(zhAsides.length).toBeGreaterThan(0);
		// Labels follow the page's language although the files live outside src/content/docs.
		for (const aside of zhAsides) expect(['注意', '提示', '警告', '危险']).toContain(aside.getAttribute('aria-label'));
		expect(zh.querySelector('.starlight-aside__title')?.text.trim()).toMatch(/^(注意|提示|警告|危险)$/);
		// So do the anchors' screen-reader labels ("Section titled …" on English pages).
		const zhLabels = zh.querySelectorAll('.sl-heading-wrapper a.sl-anchor-link .sr-only').map((label) => label.text);
		expect(zhLabels.length).toBeGreaterThan(0);
		for (const label of zhLabels) expect(label).toMatch(/^“.+”一节$/);
	});

	it('links every page to its source file on GitHub and to a prefilled problem report', () => {
		const edit = (path: string) => readPage(path).querySelector('a[href^="https://github.com/open-models-platform/home/edit/main/"]')?.getAttribute('href');
		expect(edit('')).toBe('https://github.com/open-models-platform/home/edit/main/content/docs/index.mdx');
		expect(edit('zh-cn/about/')).toBe('https://github.com/open-models-platform/home/edit/main/content/docs/zh-cn/about.md');
		expect(edit('models/whisper-large-v3/')).toBe('https://github.com/open-models-platform/home/edit/main/content/models/whisper-large-v3.md');
		expect(edit('zh-cn/models/bge-m3/')).toBe('https://github.com/open-models-platform/home/edit/main/content/models/zh-cn/bge-m3.md');
		const firstTutorial = ids('content/tutorials')[0]!;
		expect(edit(`tutorials/${firstTutorial}/`)).toMatch(new RegExp(`/content/tutorials/${firstTutorial}\\.mdx?$`));
		const firstEvent = ids('content/events')[0]!;
		expect(edit(`events/${firstEvent}/`)).toBe(`https://github.com/open-models-platform/home/edit/main/content/events/${firstEvent}.md`);
		expect(edit('working-groups/healthcare/')).toBe('https://github.com/open-models-platform/home/edit/main/content/working-groups/healthcare.md');
		for (const path of ['', 'models/', 'models/whisper-large-v3/', 'zh-cn/events/']) {
			const report = readPage(path).querySelector('a.report-problem')?.getAttribute('href') ?? '';
			const url = new URL(report);
			expect(url.pathname).toBe('/open-models-platform/home/issues/new');
			expect(url.searchParams.get('labels')).toBe('content-error');
			expect(url.searchParams.get('body')).toContain(`https://open-models-platform.github.io/home/${path}`);
		}
	});

	it('marks external links in content as external, with a hint for screen readers', () => {
		const html = readPage('models/whisper-large-v3/');
		const external = html.querySelectorAll('.sl-markdown-content a[href^="https://"]');
		expect(external.length).toBeGreaterThan(0);
		for (const link of external) {
			// `noreferrer` implies `noopener` (HTML standard, "Link type noreferrer").
			expect(link.getAttribute('rel'), link.getAttribute('href')).toContain('noreferrer');
		}
		const inContent = readPage('contributing/').querySelectorAll('.sl-markdown-content a[href^="https://"]');
		expect(inContent.some((link) => link.querySelector('.sr-only')?.text === ' (opens an external site)')).toBe(true);
		expect(
			readPage('zh-cn/contributing/')
				.querySelectorAll('.sl-markdown-content a[href^="https://"] .sr-only')
				.some((hint) => hint.text === '（打开外部网站）'),
		).toBe(true);
		// Hints stay out of the search index, inside asides too.
		for (const path of ['governance/', 'contributing/', 'zh-cn/contributing/']) {
			const hints = readPage(path).querySelectorAll('.sl-markdown-content a[href^="https://"] .sr-only');
			expect(hints.length, path).toBeGreaterThan(0);
			expect(
				hints.filter((hint) => !hint.hasAttribute('data-pagefind-ignore')).map((hint) => hint.text),
				path,
			).toEqual([]);
		}
	});

	it('gives working-group hubs stable anchors that gather tagged content', () => {
		for (const prefix of ['', 'zh-cn/']) {
			for (const group of ids('content/working-groups')) {
				const html = readPage(`${prefix}working-groups/${group}/`);
				for (const anchor of ['models', 'tutorials', 'case-studies', 'events']) {
					expect(html.getElementById(anchor)?.tagName, `${prefix}${group}#${anchor}`).toBe('H2');
				}
			}
			const healthcare = readPage(`${prefix}working-groups/healthcare/`);
			const modelLinks = healthcare.querySelectorAll('section[aria-labelledby="models"] a').map((link) => link.getAttribute('href'));
			expect(modelLinks).toContain(`/home/${prefix}models/whisper-large-v3/`);
			const studies = healthcare.querySelectorAll('section[aria-labelledby="case-studies"] a').map((link) => link.getAttribute('href'));
			expect(studies.length).toBeGreaterThan(0);
		}
	});

	it('has no internal link to a missing page or anchor, and none outside the base path', () => {
		const { broken, links } = checkLinks(dist, base);
		expect(links).toBeGreaterThan(1000);
		expect(broken).toEqual([]);
	});

	it('serves every asset, script and stylesheet from under the base path', () => {
		for (const path of ['', 'zh-cn/models/', 'tutorials/']) {
			const html = readPage(path);
			for (const element of html.querySelectorAll('link[href], script[src], img[src]')) {
				const url = element.getAttribute('href') ?? element.getAttribute('src')!;
				if (/^https?:/.test(url)) continue;
				expect(url.startsWith(`${base}/`), `${path}: ${url}`).toBe(true);
			}
		}
	});
});
