import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeAnchorIcons } from './rehype-anchor-icons.ts';

const el = (tagName: string, className: string[], children: ElementContent[] = [], properties = {}): Element => ({ type: 'element', tagName, properties: { className, ...properties }, children });
const text = (value: string) => ({ type: 'text' as const, value });

describe('rehypeAnchorIcons', () => {
	it('drops the inline SVG of heading anchors and keeps the link and its label', () => {
		const icon = el('span', ['sl-anchor-icon'], [el('svg', [], [el('path', [])])], { ariaHidden: 'true' });
		const label = el('span', ['sr-only'], [text('Section titled “Usage”')]);
		const link = el('a', ['sl-anchor-link'], [icon, label], { href: '#usage' });
		const other = el('span', ['other'], [el('svg', [])]);
		const tree: Root = { type: 'root', children: [el('div', ['sl-heading-wrapper'], [el('h2', [], [text('Usage')], { id: 'usage' }), link]), other] };
		rehypeAnchorIcons()(tree);
		expect(link.properties.href).toBe('#usage');
		expect(link.children).toEqual([icon, label]);
		expect(icon.children).toEqual([]);
		expect(label.children).toEqual([text('Section titled “Usage”')]);
		expect((other.children[0] as Element).tagName).toBe('svg');
	});
});
