import { describe, expect, it } from 'vitest';
import { anchorIconsPlugin } from './anchor-icons-plugin.ts';
import { renderMarkdown } from '../../../tests/helpers/markdown-render.ts';
import { starlightAnchors } from '../../../tests/helpers/starlight-anchors.ts';

describe('anchorIconsPlugin', () => {
	it('drops the inline SVG of heading anchors and keeps the link, its label and other icons', async () => {
		const html = await renderMarkdown('## Usage\n\n![alt](x.svg)\n', '/site/content/models/x.md', {
			hast: [
				starlightAnchors,
				anchorIconsPlugin(),
				{
					name: 'other-svg',
					element: { filter: ['p'], visit: (node, ctx) => ctx.appendChild(node, { type: 'element', tagName: 'svg', properties: {}, children: [] }) },
				},
			],
		});
		expect(html).toContain(
			'<a class="sl-anchor-link" href="#usage"><span aria-hidden="true" class="sl-anchor-icon"></span><span class="sr-only">Section titled “Usage”</span></a>',
		);
		expect(html).toContain('<svg></svg>');
	});
});
