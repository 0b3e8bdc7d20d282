import { describe, expect, it } from 'vitest';
import type { MdastPluginDefinition } from 'satteri';
import { localizeAsidesPlugin } from './localize-asides-plugin.ts';
import { renderMarkdown } from '../../../tests/helpers/markdown-render.ts';

/** Builds asides the way Starlight's own Sätteri plugin does: always with English labels for files outside src/content/docs. */
const starlightAsides: MdastPluginDefinition = {
	name: 'starlight-asides-stand-in',
	containerDirective(node, ctx) {
		const first = node.children[0];
		const custom = first?.type === 'paragraph' && first.data && 'directiveLabel' in first.data ? ctx.textContent(first) : undefined;
		const title = custom ?? node.name.charAt(0).toUpperCase() + node.name.slice(1);
		const box = (hName: string, hProperties: Record<string, string>, children: unknown[]) => ({ type: 'paragraph', data: { hName, hProperties }, children });
		return box('aside', { 'aria-label': title, class: `starlight-aside starlight-aside--${node.name}` }, [
			box('p', { class: 'starlight-aside__title', 'aria-hidden': 'true' }, [
				{ type: 'html', value: '<svg></svg>' },
				{ type: 'text', value: title },
			]),
			box('div', { class: 'starlight-aside__content' }, custom ? node.children.slice(1) : node.children),
		]) as never;
	},
};
const labels = { en: { note: 'Note', tip: 'Tip' }, 'zh-cn': { note: '注意', tip: '提示' } };
const render = (source: string, path: string) => renderMarkdown(source, path, { mdast: [starlightAsides], hast: [localizeAsidesPlugin(labels)] });

describe('localizeAsidesPlugin', () => {
	it('gives default-titled asides the labels of the file’s language', async () => {
		const html = await render(':::note\nNote this.\n:::\n\n:::tip\nA tip.\n:::\n', '/site/content/tutorials/zh-cn/x.md');
		expect(html).toContain(
			'<aside aria-label="注意" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true"><svg></svg>注意</p>',
		);
		expect(html).toContain(
			'<aside aria-label="提示" class="starlight-aside starlight-aside--tip"><p class="starlight-aside__title" aria-hidden="true"><svg></svg>提示</p>',
		);
		expect(html).toContain('<p>Note this.</p>');
	});

	it('keeps custom titles and English pages as they are', async () => {
		expect(await render(':::note[Before you start]\nText.\n:::\n', '/site/content/tutorials/zh-cn/x.md')).toContain('<aside aria-label="Before you start"');
		expect(await render(':::note\nText.\n:::\n', '/site/content/tutorials/x.md')).toContain(
			'<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true"><svg></svg>Note</p>',
		);
	});
});
