import { describe, expect, it } from 'vitest';
import type { HastPluginDefinition } from 'satteri';
import { anchorIconsPlugin } from './anchor-icons-plugin.ts';
import { renderMarkdown } from '../../../tests/helpers/markdown-render.ts';

/** Wraps headings the way Starlight's Sätteri heading-links plugin does, inline SVG icon included. */
const starlightAnchors: HastPluginDefinition = {
	name: 'starlight-anchors-stand-in',
	element: {
		filter: ['h2'],
		visit(node, ctx) {
			const svg = {
				type: 'element',
				tagName: 'svg',
				properties: { viewBox: '0 0 24 24' },
				children: [{ type: 'element', tagName: 'path', properties: { d: 'M0 0' }, children: [] }],
			};
			const label = {
				type: 'element',
				tagName: 'span',
				properties: { class: 'sr-only' },
				children: [{ type: 'text', value: `Section titled “${ctx.textContent(node)}”` }],
			};
			const link = {
				type: 'element',
				tagName: 'a',
				properties: { class: 'sl-anchor-link', href: '#usage' },
				children: [{ type: 'element', tagName: 'span', properties: { 'aria-hidden': 'true', class: 'sl-anchor-icon' }, children: [svg] }, label],
			};
			return {
				type: 'element',
				tagName: 'div',
				properties: { class: 'sl-heading-wrapper' },
				children: [{ ...node, properties: { id: 'usage' } }, link],
			} as never;
		},
	},
};

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
