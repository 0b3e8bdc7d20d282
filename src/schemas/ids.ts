/**
 * Ids, without Zod: browser code (the catalog) uses them too, and importing the schema module
 * would bundle Zod into the page.
 */

/** Lowercase kebab-case identifiers: file names, working-group ids, model ids. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The nearest valid id for some text: "Meta AI" → "meta-ai", "My_Model" → "my-model". */
export function toId(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
