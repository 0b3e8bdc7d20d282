/**
 * Content from strangers must not run code in CI or attack readers. These rules run in
 * `npm run validate` (on remark's parse) and, as a Sätteri plugin, in the build (on Sätteri's):
 * MDX may import only allow-listed components and has no exports or expressions; raw HTML has no
 * scripts, frames, styles, event handlers or script URLs; images live in the repository, have alt
 * text and stay small.
 */
import type { Nodes, Root } from 'mdast';
import { mdxImportAllowlist } from '../../components/mdx-allowlist.ts';

export const MAX_IMAGE_BYTES = 300 * 1024;

export interface SafetyProblem {
	line: number;
	message: string;
}

export interface SafetyOptions {
	/** Size in bytes of an image path relative to the content file, or undefined if missing. */
	imageSize?: (relativePath: string) => number | undefined;
}

const UNSAFE_TAGS = ['script', 'iframe', 'object', 'embed', 'style', 'frame', 'frameset', 'base', 'meta', 'link'];
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;
const allowedNames = new Set(Object.values(mdxImportAllowlist).flat());

/** Problems in an ESM block, each with the line offset of its statement within the block. */
function importProblems(source: string): { offset: number; message: string }[] {
	const problems: { offset: number; message: string }[] = [];
	const lines = source.split('\n');
	const starts = lines.flatMap((line, index) => (/^\s*(?:import|export)\b/.test(line) ? [index] : []));
	if (starts[0] !== 0) starts.unshift(0);
	starts.forEach((start, position) => {
		const statement = lines.slice(start, starts[position + 1] ?? lines.length).join('\n').trim().replace(/;$/, '');
		const add = (message: string) => problems.push({ offset: start, message });
		if (!statement) return;
		if (/^export\b/.test(statement)) {
			add('`export` is not allowed in MDX content: content may not define code');
			return;
		}
		const match = /^import\s+(?:\{([^}]*)\}|(\w+))\s+from\s+['"]([^'"]+)['"]$/.exec(statement);
		if (!match) {
			add("this import is not allowed; write `import { Card } from '@astrojs/starlight/components';` style imports of allow-listed components only");
			return;
		}
		const [, named, defaultName, module] = match;
		const allowed = mdxImportAllowlist[module!];
		if (!allowed || defaultName) {
			add(`import from "${module}" is not allowed: MDX content may only import components listed in src/components/mdx-allowlist.ts (${Object.entries(mdxImportAllowlist).map(([from, list]) => `${list.join(', ')} from ${from}`).join('; ')})`);
			return;
		}
		const names = named!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!).filter(Boolean);
		for (const name of names.filter((name) => !allowed.includes(name))) {
			add(`component "${name}" is not on the allow-list (src/components/mdx-allowlist.ts); allowed: ${allowed.join(', ')}`);
		}
	});
	return problems;
}

function htmlProblems(html: string): string[] {
	const problems: string[] = [];
	for (const match of html.matchAll(/<\s*([a-z][a-z0-9-]*)\b/gi)) {
		if (UNSAFE_TAGS.includes(match[1]!.toLowerCase())) problems.push(`<${match[1]!.toLowerCase()}> is not allowed in content: it could run code or change the page for readers`);
	}
	for (const match of html.matchAll(/\s(on[a-z]+)\s*=/gi)) problems.push(`inline event handler ${match[1]} is not allowed in content`);
	for (const match of html.matchAll(/\s(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*((?:javascript|data|vbscript):)/gi)) {
		problems.push(`${match[2]!.toLowerCase()} URLs are not allowed (${match[1]}); link to an https:// page or a file in the repository`);
	}
	for (const match of html.matchAll(/<img\b[^>]*>/gi)) {
		if (!/\salt\s*=\s*["'][^"']+["']/i.test(match[0])) problems.push('every image needs alt text describing it (alt="…")');
	}
	return problems;
}

function imageProblems(url: string, alt: string | null | undefined, options: SafetyOptions): string[] {
	const problems: string[] = [];
	if (!alt?.trim()) problems.push(`image "${url}" needs alt text: write ![what the image shows](${url})`);
	if (UNSAFE_URL.test(url)) problems.push(`${url.split(':')[0]!.toLowerCase()}: URLs are not allowed for images; put the image file in the repository`);
	else if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) problems.push(`image "${url}" is not in the repository: download it (if its licence allows), put it next to the content file and link it with a relative path`);
	else if (options.imageSize) {
		const size = options.imageSize(url);
		if (size === undefined) problems.push(`image "${url}" does not exist next to this file`);
		else if (size > MAX_IMAGE_BYTES) problems.push(`image "${url}" is ${Math.round(size / 1024)} KB; keep images under ${MAX_IMAGE_BYTES / 1024} KB (resize or compress it)`);
	}
	return problems;
}

type AnyNode = Nodes & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; value?: string };

export function checkContentSafety(tree: Root, options: SafetyOptions = {}): SafetyProblem[] {
	const problems: SafetyProblem[] = [];
	const add = (node: { position?: { start: { line: number } } }, messages: string[]) => {
		for (const message of messages) problems.push({ line: node.position?.start.line ?? 1, message });
	};
	const visit = (node: AnyNode) => {
		switch (node.type as string) {
			case 'mdxjsEsm':
				for (const { offset, message } of importProblems(node.value ?? '')) problems.push({ line: (node.position?.start.line ?? 1) + offset, message });
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
					add(node, ['JavaScript expressions in braces are not allowed in content; write literal text (escape braces as \\{ and \\})']);
				}
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (UNSAFE_TAGS.includes(name.toLowerCase())) add(node, [`<${name}> is not allowed in content: it could run code or change the page for readers`]);
				else if (/^[A-Z]/.test(name) && !allowedNames.has(name.split('.')[0]!)) add(node, [`component <${name}> is not on the allow-list (src/components/mdx-allowlist.ts)`]);
				for (const attribute of node.attributes ?? []) {
					if (attribute.type === 'mdxJsxExpressionAttribute') add(node, ['spread attributes ({...props}) are not allowed in content']);
					else if (/^on/i.test(attribute.name ?? '')) add(node, [`inline event handler ${attribute.name} is not allowed in content`]);
					else if (attribute.value && typeof attribute.value === 'object') {
						const expression = (attribute.value as { value: string }).value.trim();
						if (!/^(?:-?\d+(?:\.\d+)?|true|false|null|'[^']*'|"[^"]*")$/.test(expression)) add(node, [`attribute ${attribute.name} uses a JavaScript expression; only literal values are allowed in content`]);
					} else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
						add(node, [`${attribute.value.split(':')[0]!.toLowerCase()}: URLs are not allowed (${attribute.name})`]);
					}
				}
				if (name.toLowerCase() === 'img') {
					const alt = node.attributes?.find((attribute) => attribute.name === 'alt')?.value;
					if (typeof alt !== 'string' || !alt.trim()) add(node, ['every image needs alt text describing it (alt="…")']);
				}
				break;
			}
			case 'html':
				add(node, htmlProblems(node.value ?? ''));
				break;
			case 'link':
			case 'definition': {
				const url = (node as { url: string }).url;
				if (UNSAFE_URL.test(url)) add(node, [`${url.split(':')[0]!.toLowerCase()}: URLs are not allowed in links; link to an https:// page`]);
				break;
			}
			case 'image':
				add(node, imageProblems((node as { url: string }).url, (node as { alt?: string | null }).alt, options));
				break;
		}
		if ('children' in node && Array.isArray(node.children)) for (const child of node.children) visit(child as AnyNode);
	};
	visit(tree as AnyNode);
	return problems;
}
