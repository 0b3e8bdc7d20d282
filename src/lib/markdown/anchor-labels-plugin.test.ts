import { describe, expect, it } from 'vitest';
import { anchorLabelsPlugin } from './anchor-labels-plugin.ts';
import { renderMarkdown } from '../../../tests/helpers/markdown-render.ts';
import { starlightAnchors } from '../../../tests/helpers/starlight-anchors.ts';

const labels = { 'zh-cn': (title: string) => `“${title}”一节` };
const label = (html: string) => /<span class="sr-only">([^<]*)<\/span>/.exec(html)?.[1];

describe('anchorLabelsPlugin', () => {
	it('labels the heading anchors of a Chinese file in Chinese', async () => {
		const html = await renderMarkdown('## 预期用途\n\n正文\n', '/site/content/models/zh-cn/x.md', { hast: [starlightAnchors, anchorLabelsPlugin(labels)] });
		expect(label(html)).toBe('“预期用途”一节');
	});

	it('leaves an English file’s labels as Starlight wrote them', async () => {
		const html = await renderMarkdown('## Usage\n', '/site/content/models/x.md', { hast: [starlightAnchors, anchorLabelsPlugin(labels)] });
		expect(label(html)).toBe('Section titled “Usage”');
	});

	it('takes the title from the heading’s text, markup and all', async () => {
		const html = await renderMarkdown('## 使用 `pipeline` 调用\n', '/site/content/tutorials/zh-cn/x.md', {
			hast: [starlightAnchors, anchorLabelsPlugin(labels)],
		});
		expect(label(html)).toBe('“使用 pipeline 调用”一节');
	});
});
