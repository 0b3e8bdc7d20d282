/**
 * The allow-list for HTML in content: the elements and attributes GitHub allows in Markdown
 * (hast-util-sanitize's default schema, maintained with GitHub's rules), minus the few that
 * carry URLs we cannot check or let content hijack page elements. Applied to the parsed tree,
 * after the HTML parser has decoded entities, so spelling cannot smuggle anything past it.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Element, Nodes, Root } from 'hast';
import { linkUrlProblem } from './url-policy.ts';

type AttributeRule = string | [string, ...(string | number | boolean | RegExp)[]];

/** Elements content may use. `picture`/`source` are left out: `srcset` URLs are not checked. */
export const allowedElements: ReadonlySet<string> = new Set(defaultSchema.tagNames!.filter((name) => name !== 'picture' && name !== 'source'));

const attributeRules = defaultSchema.attributes as Record<string, AttributeRule[]>;

/** URL-valued properties and the check each gets. */
const URL_PROPERTIES = new Set(['href', 'src', 'cite', 'longDesc']);

/** Generated ids (footnotes) carry this prefix; ids written by hand could hijack page elements. */
export const GENERATED_ID_PREFIX = 'user-content-';

function ruleFor(tagName: string, property: string): AttributeRule | undefined {
	const matches = (rule: AttributeRule) => (typeof rule === 'string' ? rule : rule[0]) === property;
	return attributeRules[tagName]?.find(matches) ?? attributeRules['*']?.find(matches);
}

function valueAllowed(rule: AttributeRule, value: unknown): boolean {
	if (typeof rule === 'string') return true;
	const allowed = rule.slice(1);
	const values = Array.isArray(value) ? value : [value];
	return values.every((item) => allowed.some((entry) => (entry instanceof RegExp ? entry.test(String(item)) : entry === item)));
}

export interface HtmlProblem {
	node: { position?: { start: { line: number } } };
	message: string;
}

/** Display name of a hast property, as an author wrote it (`onError` → `onerror`). */
function attributeName(property: string): string {
	if (property === 'className') return 'class';
	if (property === 'htmlFor') return 'for';
	if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
	return property.toLowerCase();
}

/** Problems with one element (its name and attributes), by the allow-list. */
export function elementProblems(element: Element): string[] {
	const tag = element.tagName.toLowerCase();
	if (!allowedElements.has(tag)) {
		return [`<${tag}> is not allowed in content: it could run code or change the page for readers`];
	}
	const problems: string[] = [];
	for (const [property, value] of Object.entries(element.properties ?? {})) {
		if (value === undefined || value === null || value === false) continue;
		const name = attributeName(property);
		if (/^on/i.test(property)) {
			problems.push(`inline event handler ${name} is not allowed in content`);
			continue;
		}
		if (property === 'style') {
			problems.push('style attributes are not allowed in content: they can cover or restyle the page (use Markdown for emphasis)');
			continue;
		}
		if ((property === 'id' || property === 'name') && !String(value).startsWith(GENERATED_ID_PREFIX)) {
			problems.push(`${name} attributes are not allowed in content: they can take over the page's own elements (headings get anchors automatically)`);
			continue;
		}
		const rule = ruleFor(tag, property);
		if (!rule || !valueAllowed(rule, value)) {
			problems.push(`attribute ${name} is not allowed on <${tag}> in content`);
			continue;
		}
		if (URL_PROPERTIES.has(property)) {
			const problem = linkUrlProblem(String(value), name);
			if (problem) problems.push(problem);
		}
	}
	return problems;
}

/** Every element of a hast tree checked against the allow-list; raw nodes count as unsafe. */
export function hastProblems(tree: Root | Nodes): HtmlProblem[] {
	const problems: HtmlProblem[] = [];
	let lastPositioned: HtmlProblem['node'] = tree;
	const visit = (node: Nodes) => {
		if (node.position) lastPositioned = node;
		if (node.type === 'element') {
			for (const message of elementProblems(node)) problems.push({ node: node.position ? node : lastPositioned, message });
			// <template> content lives in `content`, outside children: it is never allowed anyway.
		} else if (node.type === 'raw') {
			problems.push({ node: lastPositioned, message: 'raw HTML could not be checked here; write it as Markdown' });
		}
		if ('children' in node) for (const child of node.children) visit(child as Nodes);
	};
	visit(tree as Nodes);
	return problems;
}

/**
 * The same allow-list as a hast-util-sanitize schema, for tools that clean outside text rather
 * than reject it: no `picture`/`source`, no hand-written ids or names, `img` only with a
 * relative `src` (images live in the repository).
 */
export const contentSanitizeSchema: Schema = {
	...defaultSchema,
	tagNames: [...allowedElements],
	clobber: [],
	allowComments: true,
	attributes: Object.fromEntries(
		Object.entries(attributeRules).map(([tag, rules]) => [tag, rules.filter((rule) => !['id', 'name'].includes(typeof rule === 'string' ? rule : rule[0]))]),
	),
	protocols: { ...defaultSchema.protocols, src: [] },
};
