import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeLinks } from './rehype-links.ts';

const link = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: 'Read' }] });
const run = (node: Element, path = '/site/content/tutorials/x.md') => {
	const tree: Root = { type: 'root', children: [node] };
	rehypeLinks({ base: '/home', defaultLang: 'en', externalHint: { en: 'opens an external site', 'zh-cn': '打开外部网站' }, langOf: (file) => (file?.includes('/zh-cn/') ? 'zh-cn' : 'en') })(tree, { path });
	return node;
};

describe('rehypeLinks', () => {
	it('puts the base path in front of root-relative links', () => {
		expect(run(link('/models/whisper/')).properties.href).toBe('/home/models/whisper/');
		expect(run(link('#usage')).properties.href).toBe('#usage');
	});

	it('marks external links and tells screen readers, in the page’s language, without adding the hint to the search index', () => {
		const node = run(link('https://example.org/'), '/site/content/tutorials/zh-cn/x.md');
		expect(node.properties.rel).toEqual(['noopener', 'noreferrer']);
		const hint = node.children[1] as Element;
		expect(hint.properties).toEqual({ className: ['sr-only'], dataPagefindIgnore: '' });
		expect(hint.children).toEqual([{ type: 'text', value: ' (打开外部网站)' }]);
	});
});
