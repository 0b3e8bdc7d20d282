import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { codeBlockLabelsPlugin } from './code-block-labels.ts';

const labels = { 'zh-cn': { copy: '复制到剪贴板', copied: '复制成功！', terminal: '终端窗口' } };

/** A frame as Expressive Code renders it: a terminal header, the code, the copy button. */
const element = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string) => ({ type: 'text' as const, value });
function frame(): Element {
	return element('figure', { className: ['frame', 'is-terminal'] }, [
		element('figcaption', { className: ['header'] }, [
			element('span', { className: ['title'] }),
			element('span', { className: ['sr-only'] }, [text('Terminal window')]),
		]),
		element('pre', {}, [element('code', {}, [text('ls')])]),
		element('div', { className: ['copy'] }, [element('button', { title: 'Copy to clipboard', dataCopied: 'Copied!', dataCode: 'ls' })]),
	]);
}

function run(path: string, tree: Element) {
	const plugin = (codeBlockLabelsPlugin(labels) as (context: { fileURL: URL }) => { element: { visit: (node: Element, ctx: unknown) => void } } | undefined)({
		fileURL: new URL(`file://${path}`),
	});
	const ctx = {
		setProperty: (node: Element | { value: string }, key: string, value: string) => {
			if ('properties' in node) node.properties[key] = value;
			else if (key === 'value') node.value = value;
		},
	};
	plugin?.element.visit(tree, ctx);
	return plugin;
}

describe('code-block labels', () => {
	it('labels the copy button and the terminal frame of a Chinese file in Chinese', () => {
		const tree = frame();
		run('/site/content/tutorials/zh-cn/a.mdx', tree);
		const [header, , copy] = tree.children as Element[];
		expect((header!.children[1] as Element).children).toEqual([{ type: 'text', value: '终端窗口' }]);
		expect((copy!.children[0] as Element).properties).toMatchObject({ title: '复制到剪贴板', dataCopied: '复制成功！', dataCode: 'ls' });
	});

	it('leaves English files to Expressive Code', () => {
		expect(run('/site/content/tutorials/a.mdx', frame())).toBeUndefined();
	});
});
