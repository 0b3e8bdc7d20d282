/**
 * A stand-in for Starlight's Sätteri heading-links plugin in plugin tests: wraps each h2 the way
 * Starlight does, inline SVG icon and English label included.
 */
import type { HastPluginDefinition } from 'satteri';

export const starlightAnchors: HastPluginDefinition = {
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
