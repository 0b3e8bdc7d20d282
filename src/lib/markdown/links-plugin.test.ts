import { describe, expect, it } from 'vitest';
import { linksPlugin } from './links-plugin.ts';
import { renderMarkdown } from '../../../tests/helpers/markdown-render.ts';

const links = linksPlugin({ base: '/home', contentDir: '/site/content', externalHint: { en: 'opens an external site', 'zh-cn': '打开外部网站' } });
const render = (source: string, path = '/site/content/tutorials/x.md') => renderMarkdown(source, path, { hast: [links] });

describe('linksPlugin', () => {
	it('puts the base path in front of root-relative links and leaves anchors and relative links alone', async () => {
		const html = await render('[a](/models/whisper/) [b](#usage) [c](../other/) [d](/home/models/)', '/site/src/x.md');
		expect(html).toContain('<a href="/home/models/whisper/">a</a>');
		expect(html).toContain('<a href="#usage">b</a>');
		expect(html).toContain('<a href="../other/">c</a>');
		expect(html).toContain('<a href="/home/models/">d</a>');
	});

	it('links an English body to pages relative to its own, so its Chinese fallback page leads to Chinese pages', async () => {
		const html = await render('[a](/models/whisper/) [b](/compare/?models=a,b) [c](/) [d](/events.ics) [e](/zh-cn/models/)');
		expect(html).toContain('<a href="../../models/whisper/">a</a>');
		expect(html).toContain('<a href="../../compare/?models=a,b">b</a>');
		expect(html).toContain('<a href="../../">c</a>');
		// Files have no Chinese twin, and a link to a Chinese page is meant.
		expect(html).toContain('<a href="/home/events.ics">d</a>');
		expect(html).toContain('<a href="/home/zh-cn/models/">e</a>');
		// A translation's links are written for its own language.
		expect(await render('[a](/zh-cn/models/whisper/)', '/site/content/tutorials/zh-cn/x.md')).toContain('<a href="/home/zh-cn/models/whisper/">a</a>');
	});

	it('marks external links and tells screen readers, in the page’s language, without adding the hint to the search index', async () => {
		expect(await render('[Read](https://example.org/)', '/site/content/tutorials/zh-cn/x.md')).toContain(
			'<a href="https://example.org/" rel="noreferrer">Read<span class="sr-only" data-pagefind-ignore="">（打开外部网站）</span></a>',
		);
		expect(await render('<https://example.org/>')).toContain(
			'rel="noreferrer">https://example.org/<span class="sr-only" data-pagefind-ignore=""> (opens an external site)</span></a>',
		);
	});
});
