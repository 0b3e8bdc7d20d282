/**
 * Text that reaches a page's <head>, headings and lists must be plain text: no markup, no
 * control characters and no bidirectional overrides (which can make text read differently
 * from what it is). Some of it is inserted as HTML (Starlight's hero title and tagline, card
 * labels), so plain text is text that an HTML parser reads back unchanged: parsed as a
 * fragment, it is one text node equal to itself. That also refuses what a parser drops without
 * a trace, such as a tag left open at the end (`Welcome <img src=x onerror=… `), which the
 * page's own next `>` would close.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function hasMarkup(node: Nodes): boolean {
	if (node.type === 'element' || node.type === 'comment' || node.type === 'doctype') return true;
	return 'children' in node && node.children.some((child) => hasMarkup(child as Nodes));
}

/** Why a value is not plain text, or undefined when it is. */
export function plainTextProblem(value: string): string | undefined {
	if (CONTROL.test(value)) return 'contains a control character: write plain text (remove invisible characters)';
	if (BIDI.test(value)) return 'contains a bidirectional-override character, which can make text read differently from what it is: remove it';
	if (/[<&]/.test(value)) {
		const tree = fromHtml(value, { fragment: true });
		const [only, ...rest] = tree.children;
		const readsBack = rest.length === 0 && (only === undefined ? value === '' : only.type === 'text' && only.value === value);
		if (hasMarkup(tree) || !readsBack)
			return 'contains HTML markup or an HTML character reference: write plain text (titles, descriptions and component labels are never HTML; write & and < only where they read as themselves)';
	}
	return undefined;
}
