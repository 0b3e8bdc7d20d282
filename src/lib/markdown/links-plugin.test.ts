import { describe, expect, it } from 'vitest';
import { linksPlugin } from './links-plugin.ts';
import { renderMarkdown } from '../../../tests/helpers/markdown-render.ts';

const links = linksPlugin({ base: '/home', externalHint: { en: 'opens an external site', 'zh-cn': '打开外部网站' } });
const render = (source: string, path = '/site/content/tutorials/x.md') => renderMarkdown(source, path, { hast: [links] });

describe('linksPlugin', () => {
	it('puts the base path in front of root-relative links and leaves anchors and relative links alone', async () => {
		const html = await render('[a](/models/whisper/) [b](#usage) [c](../other/) [d](/home/models/)');
		expect(html).toContain('<a href="/home/models/whisper/">a</a>');
		expect(html).toContain('<a href="#usage">b</a>');
		expect(html).toContain('<a href="../other/">c</a>');
		expect(html).toContain('<a href="/home/models/">d</a>');
	});

	it('marks external links and tells screen readers, in the page’s language, without adding the hint to the search index', async () => {
		expect(await render('[Read](https://example.org/)', '/site/content/tutorials/zh-cn/x.md')).toContain(
			'<a href="https://example.org/" rel="noreferrer">Read<span class="sr-only" data-pagefind-ignore=""> (打开外部网站)</span></a>',
		);
		expect(await render('<https://example.org/>')).toContain(
			'rel="noreferrer">https://example.org/<span class="sr-only" data-pagefind-ignore=""> (opens an external site)</span></a>',
		);
	});
});
