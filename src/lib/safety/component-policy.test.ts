import { describe, expect, it } from 'vitest';
import { componentProblems } from './component-policy.ts';

const list = (ordered: boolean) => ({ type: 'list', ordered });

describe('componentProblems', () => {
	it('accepts a component given only its documented props and values', () => {
		expect(componentProblems('Badge', { text: 'New', variant: 'tip', size: 'small' }, [])).toEqual([]);
		expect(componentProblems('LinkButton', { href: '/models/', variant: 'secondary' }, [])).toEqual([]);
		expect(componentProblems('Steps', {}, [list(true)])).toEqual([]);
		expect(componentProblems('FileTree', {}, [{ type: 'text', value: '\n' }, list(false)])).toEqual([]);
	});

	it('refuses props Starlight would copy onto its element, and values it would fail the build on', () => {
		expect(componentProblems('LinkButton', { href: '/', id: 'starlight__search', style: 'position:fixed' }, [])).toEqual([
			'prop id is not allowed on <LinkButton>; allowed: href, variant',
			'prop style is not allowed on <LinkButton>; allowed: href, variant',
		]);
		expect(componentProblems('Badge', { text: 'x', variant: 'evil' }, [])).toEqual([
			'prop variant of <Badge> must be one of: note, tip, caution, danger, success, default; found "evil"',
		]);
		expect(componentProblems('Aside', { icon: 'constructor' }, [])).toEqual(['prop icon is not allowed on <Aside>; allowed: type, title']);
	});

	it('asks for required props and the children a component needs', () => {
		expect(componentProblems('TabItem', {}, [])).toEqual(['<TabItem> needs a label prop']);
		expect(componentProblems('Steps', {}, [{ type: 'paragraph' }])).toEqual([
			'<Steps> must contain exactly one numbered Markdown list (1. …), and nothing else',
		]);
		expect(componentProblems('FileTree', {}, [list(true)])).toEqual(['<FileTree> must contain exactly one bulleted Markdown list (- …), and nothing else']);
		expect(componentProblems('Tabs', {}, [{ type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'TabItem' }] }])).toEqual([]);
		expect(componentProblems('Tabs', {}, [{ type: 'paragraph', children: [{ type: 'text', value: 'loose text' }] }])).toEqual([
			'<Tabs> may contain only <TabItem label="…"> elements',
		]);
	});
});
