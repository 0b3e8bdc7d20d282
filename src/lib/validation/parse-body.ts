/** Parses a content body the way the site does (GFM, and MDX for .mdx files). */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export class BodySyntaxError extends Error {
	readonly line: number;
	constructor(message: string, line: number) {
		super(message);
		this.line = line;
	}
}

// Built once: constructing the parser extensions costs more than parsing a page.
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

export function parseBody(body: string, mdx: boolean): Root {
	const processor = mdx ? mdxProcessor : markdown;
	try {
		return processor.parse(body) as Root;
	} catch (error) {
		const { reason, line } = error as { reason?: string; line?: number; message: string };
		throw new BodySyntaxError(`MDX syntax error: ${reason ?? (error as Error).message} (in MDX, write a literal { or < as \\{ or &lt;)`, line ?? 1);
	}
}

/** The text of a body's top-level `##` headings (a `##` line inside a code block is not one). */
export function sectionHeadings(tree: Root): string[] {
	return tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toString(node));
}
