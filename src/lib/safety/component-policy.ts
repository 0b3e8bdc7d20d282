/**
 * What each allowed MDX component (content-policy.ts) may be given: its documented props with
 * the values Starlight accepts, and the children it needs. Starlight copies unknown props onto
 * its elements (an `id` or `style` could then cover the page) and fails the build on a bad
 * value or shape, so anything else is refused before the build sees it.
 */

/** A prop: any plain text, or one of listed values. */
type Prop = 'text' | readonly string[];

interface ComponentRule {
	props: Record<string, Prop>;
	required?: readonly string[];
	/** What the children must be, checked on the parsed children. */
	children?: 'one-ordered-list' | 'one-unordered-list' | 'tab-items';
}

const variants = ['note', 'tip', 'caution', 'danger', 'success', 'default'] as const;

export const componentRules: Record<string, ComponentRule> = {
	Aside: { props: { type: ['note', 'tip', 'caution', 'danger'], title: 'text' } },
	Badge: { props: { text: 'text', variant: variants, size: ['small', 'medium', 'large'] }, required: ['text'] },
	Card: { props: { title: 'text' }, required: ['title'] },
	CardGrid: { props: { stagger: ['true'] } },
	Code: { props: { code: 'text', lang: 'text', title: 'text', frame: ['auto', 'code', 'terminal', 'none'] }, required: ['code'] },
	FileTree: { props: {}, children: 'one-unordered-list' },
	LinkButton: { props: { href: 'text', variant: ['primary', 'secondary', 'minimal'] }, required: ['href'] },
	LinkCard: { props: { title: 'text', description: 'text', href: 'text' }, required: ['title', 'href'] },
	Steps: { props: {}, children: 'one-ordered-list' },
	TabItem: { props: { label: 'text' }, required: ['label'] },
	Tabs: { props: { syncKey: 'text' }, children: 'tab-items' },
};

/** A parsed child of a component, as much of the mdast/MDX node as the rules read. */
export interface ComponentChild {
	type: string;
	name?: string | null;
	ordered?: boolean | null;
	value?: string;
	children?: ComponentChild[];
}

const isBlank = (child: ComponentChild) => child.type === 'text' && !child.value?.trim();
const isTabItem = (child: ComponentChild) => child.type.startsWith('mdxJsx') && child.name === 'TabItem';
/** A TabItem on a line of its own parses as flow in one parser and inside a paragraph in another. */
const holdsOnlyTabItems = (child: ComponentChild): boolean =>
	isTabItem(child) || (child.type === 'paragraph' && (child.children ?? []).filter((inner) => !isBlank(inner)).every(isTabItem));

/** Problems with a component's props (`true` for a bare attribute) and children. */
export function componentProblems(name: string, props: Record<string, unknown>, children: readonly ComponentChild[]): string[] {
	const rule = componentRules[name];
	if (!rule) return [];
	const problems: string[] = [];
	const allowed = Object.keys(rule.props);
	for (const [prop, value] of Object.entries(props)) {
		const accepts = rule.props[prop];
		if (!accepts) {
			problems.push(`prop ${prop} is not allowed on <${name}>; ${allowed.length ? `allowed: ${allowed.join(', ')}` : 'it takes no props'}`);
			continue;
		}
		// An expression is reported where attributes are read; only its name counts here.
		if (value === undefined) continue;
		const text = value === true ? 'true' : value;
		if (typeof text !== 'string') problems.push(`prop ${prop} of <${name}> must be written as text, e.g. ${prop}="…"`);
		else if (accepts !== 'text' && !accepts.includes(text)) problems.push(`prop ${prop} of <${name}> must be one of: ${accepts.join(', ')}; found "${text}"`);
	}
	for (const prop of rule.required ?? []) if (!(prop in props)) problems.push(`<${name}> needs a ${prop} prop`);
	const content = children.filter((child) => !isBlank(child));
	if (rule.children === 'one-ordered-list' && !(content.length === 1 && content[0]!.type === 'list' && content[0]!.ordered))
		problems.push(`<${name}> must contain exactly one numbered Markdown list (1. …), and nothing else`);
	if (rule.children === 'one-unordered-list' && !(content.length === 1 && content[0]!.type === 'list' && !content[0]!.ordered))
		problems.push(`<${name}> must contain exactly one bulleted Markdown list (- …), and nothing else`);
	if (rule.children === 'tab-items' && !content.every(holdsOnlyTabItems)) problems.push(`<${name}> may contain only <TabItem label="…"> elements`);
	return problems;
}
