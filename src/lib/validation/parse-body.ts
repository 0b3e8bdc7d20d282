/** Parses a content body the way the site does (GFM, directives, and MDX for .mdx files). */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
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
// Directives (`:::note`) as Sätteri's `directive` feature reads them in the build, so both see the same tree.
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();
const mdxProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMdx).freeze();

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
	// An HTML comment in a heading (the importer's TODO) is not part of its title.
	return tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toString(node, { includeHtml: false }).trim());
}

/**
 * Lines where a body still holds a placeholder, as `npm run new` and `npm run import:hf` write
 * them: a paragraph that starts with "TODO:", or an HTML comment with a TODO (in a heading too).
 */
export function todoPlaceholderLines(tree: Root): number[] {
	const lines: number[] = [];
	const visit = (node: Nodes) => {
		const line = node.position?.start.line;
		if (line !== undefined && node.type === 'paragraph' && /^TODO:/.test(toString(node, { includeHtml: false }).trim())) lines.push(line);
		else if (line !== undefined && node.type === 'html' && /<!--\s*TODO\b/.test(node.value)) lines.push(line);
		if ('children' in node) for (const child of node.children) visit(child);
	};
	// A heading's comment (the importer's "write this section") is reported only once its section
	// holds no other placeholder: readers never see it, but it says the section is unwritten.
	let heading: number | undefined;
	const flush = (sectionHasPlaceholder: boolean) => {
		if (heading !== undefined && !sectionHasPlaceholder) lines.push(heading);
		heading = undefined;
	};
	let before = lines.length;
	for (const node of tree.children) {
		if (node.type === 'heading') {
			flush(lines.length > before);
			const comment = node.children.find((child) => child.type === 'html' && /<!--\s*TODO\b/.test(child.value));
			heading = comment ? node.position?.start.line : undefined;
			before = lines.length;
		} else visit(node);
	}
	flush(lines.length > before);
	return [...new Set(lines)].sort((a, b) => a - b);
}
