/**
 * Cleans the raw HTML of a Markdown text with the same allow-list the validator enforces, for
 * tools that bring outside text in (`import:hf`). Each raw-HTML node is parsed, sanitised by
 * hast-util-sanitize with the content schema, and written back; running it twice changes
 * nothing more.
 */
import type { Nodes, Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { contentSanitizeSchema, hastProblems } from './html-policy.ts';

/** An inline tag is its own node (`<a href=…>`, text, `</a>`): keep it unclosed when it was. */
function withoutAddedEndTags(original: string, clean: string): string {
	let out = clean;
	for (let match = /<\/([a-z][a-z0-9]*)>$/.exec(out); match && !original.toLowerCase().includes(`</${match[1]}`); match = /<\/([a-z][a-z0-9]*)>$/.exec(out)) {
		out = out.slice(0, -match[0].length);
	}
	return out;
}

export function sanitizeMarkdownHtml(markdown: string, parse: (text: string) => Root): { markdown: string; changed: number } {
	const edits: { start: number; end: number; text: string }[] = [];
	const visit = (node: Nodes) => {
		if (node.type === 'html' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
			const fragment = fromHtml(node.value, { fragment: true });
			// HTML the validator accepts is kept as written.
			if (hastProblems(fragment).length === 0) return;
			const clean = withoutAddedEndTags(node.value, toHtml(sanitize(fragment, contentSanitizeSchema)));
			edits.push({ start: node.position.start.offset, end: node.position.end.offset, text: clean });
		}
		if ('children' in node) for (const child of node.children) visit(child);
	};
	visit(parse(markdown));
	let out = markdown;
	for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return { markdown: out, changed: edits.length };
}
