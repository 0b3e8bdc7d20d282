/**
 * The validator parses with remark and remark-gfm; the site renders with Sätteri. For every GFM
 * construct, both must see the same thing: what remark-gfm parses as a table, task item,
 * strikethrough, footnote or autolink, Sätteri renders as one.
 */
import { parse } from 'node-html-parser';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../validation/parse-body.ts';
import { renderMarkdown } from '../../../tests/helpers/markdown-render.ts';

const cases = [
	{ name: 'table', markdown: '| a | b |\n| --- | :-: |\n| 1 | 2 |\n', node: 'table', element: 'table td' },
	{
		name: 'task list',
		markdown: '- [x] done\n- [ ] to do\n',
		node: 'listItem',
		check: (node: Nodes) => 'checked' in node && node.checked === true,
		element: 'li input[type="checkbox"]',
	},
	{ name: 'strikethrough', markdown: 'a ~~gone~~ b\n', node: 'delete', element: 'del' },
	{ name: 'footnote', markdown: 'Claim.[^1]\n\n[^1]: Source.\n', node: 'footnoteReference', element: 'sup a[href^="#"]' },
	{ name: 'autolink literal', markdown: 'See https://example.org/x and www.example.org.\n', node: 'link', element: 'a[href="https://example.org/x"]' },
];

function find(tree: Nodes, type: string, check?: (node: Nodes) => boolean): boolean {
	if (tree.type === type && (!check || check(tree))) return true;
	return 'children' in tree && tree.children.some((child) => find(child as Nodes, type, check));
}

describe('GFM: the validator and the site agree', () => {
	it.each(cases)('$name', async ({ markdown, node, check, element }) => {
		expect(find(parseBody(markdown, false) as Nodes, node, check)).toBe(true);
		const html = await renderMarkdown(markdown, '/site/content/models/x.md', {});
		expect(parse(html).querySelector(element), html).not.toBeNull();
	});
});
