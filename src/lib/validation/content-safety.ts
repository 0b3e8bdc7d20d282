/**
 * The one safety model for content bodies, decided on parsed trees with allow-lists. It runs in
 * `npm run validate` (on remark's parse) and in the build (as a Sätteri plugin, on Sätteri's
 * parse, and before that the build runs validate itself). Raw HTML is parsed by the HTML
 * parser (hast-util-from-html) and checked element by element; MDX is checked on its
 * estree; every link and image URL is checked after decoding.
 */
import type { Nodes as HastNodes } from 'hast';
import type { Nodes, Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSpace } from 'property-information';
import { elementProblems, hastProblems } from '../safety/html-policy.ts';
import { imageProblems, type ImageLookup } from '../safety/image-policy.ts';
import { componentProblems, type ComponentChild } from '../safety/component-policy.ts';
import { codeMetaProblems } from '../safety/code-meta-policy.ts';
import { tableProblem } from '../safety/table-policy.ts';
import { headingId, isReservedId } from '../safety/reserved-ids.ts';
import { toString } from 'mdast-util-to-string';
import { allowedComponents, esmProblems, expressionProblem, literalValue } from '../safety/mdx-policy.ts';
import { plainTextProblem } from '../safety/plain-text.ts';
import { linkUrlProblem } from '../safety/url-policy.ts';

export { MAX_IMAGE_BYTES } from '../safety/image-policy.ts';

export interface SafetyProblem {
	line: number;
	message: string;
}

export interface SafetyOptions {
	/** Facts about an image path relative to the content file; undefined when it is missing. */
	image?: ImageLookup;
}

type Position = { position?: { start: { line: number } } };
type JsxAttribute = { type: string; name?: string; value?: string | null | { value: string } };
type AnyNode = Nodes & { name?: string | null; attributes?: JsxAttribute[]; value?: string; url?: string; alt?: string | null };

/** Component props that hold a URL. */
const URL_PROPS = new Set(['href', 'src', 'link']);

function jsxProblems(node: AnyNode, options: SafetyOptions): string[] {
	const name = node.name ?? '';
	const problems: string[] = [];
	const isComponent = /^[A-Z]/.test(name) || name.includes('.');
	if (isComponent && !allowedComponents.has(name)) problems.push(`component <${name}> is not on the allow-list (src/lib/safety/content-policy.ts)`);
	const properties: Record<string, unknown> = {};
	const props: Record<string, unknown> = {};
	// HTML attribute names are case-insensitive and the browser keeps the first of two; Astro
	// writes both. One name given twice would let a checked value hide the one that counts.
	const seen = new Set<string>();
	for (const attribute of node.attributes ?? []) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			problems.push('spread attributes ({...props}) are not allowed in content');
			continue;
		}
		const attributeName = attribute.name ?? '';
		if (seen.has(attributeName.toLowerCase())) {
			problems.push(`attribute ${attributeName} is given twice on <${name}> (attribute names ignore letter case): keep one`);
			continue;
		}
		seen.add(attributeName.toLowerCase());
		if (attributeName.includes(':')) {
			problems.push(`attribute ${attributeName} is not allowed in content: directives such as set:html insert raw HTML or run code`);
			continue;
		}
		if (/^on/i.test(attributeName)) {
			problems.push(`inline event handler ${attributeName} is not allowed in content`);
			continue;
		}
		let value: unknown = attribute.value ?? true;
		if (attribute.value && typeof attribute.value === 'object') {
			const literal = literalValue(attribute.value.value);
			if (!literal) {
				if (isComponent) props[attributeName] = undefined;
				problems.push(`attribute ${attributeName} uses a JavaScript expression; only literal values are allowed in content`);
				continue;
			}
			value = literal.value;
			if (!isComponent && typeof value !== 'string') {
				problems.push(`attribute ${attributeName} of <${name}> must be written as text in quotes, such as ${attributeName}="…"`);
				continue;
			}
		}
		if (isComponent) {
			props[attributeName] = value;
			if (typeof value !== 'string') continue;
			const problem = URL_PROPS.has(attributeName) ? linkUrlProblem(value, attributeName) : plainTextProblem(value);
			if (problem) problems.push(URL_PROPS.has(attributeName) ? problem : `attribute ${attributeName} of <${name}> ${problem}`);
		} else {
			// Split class="a b" and other token lists as the HTML parser does, so each token is checked.
			const info = find(htmlSpace, attributeName);
			properties[info.property] =
				typeof value === 'string' && (info.spaceSeparated || info.commaSeparated)
					? value
							.split(info.commaSeparated ? ',' : /\s+/)
							.map((token) => token.trim())
							.filter(Boolean)
					: value;
		}
	}
	if (isComponent) problems.push(...componentProblems(name, props, (node as { children?: ComponentChild[] }).children ?? []));
	if (!isComponent) {
		problems.push(...elementProblems({ type: 'element', tagName: name, properties: properties as never, children: [] }));
		if (name.toLowerCase() === 'img') {
			const src = typeof properties.src === 'string' ? properties.src : '';
			problems.push(...imageProblems(src, typeof properties.alt === 'string' ? properties.alt : undefined, options.image));
		}
	}
	return problems;
}

/**
 * One raw-HTML node of Markdown, parsed by the HTML parser and checked element by element.
 * Every start tag lies wholly inside one node (CommonMark's HTML blocks and inline HTML), a node
 * must parse without error (so none ends inside a comment, tag or attribute that the next would
 * continue), and elements whose content would parse differently in the page (raw-text, foreign
 * content) are themselves refused, so checking node by node sees every tag the browser will see.
 */
function rawHtmlProblems(node: AnyNode, options: SafetyOptions): SafetyProblem[] {
	const startLine = node.position?.start.line ?? 1;
	// A node that ends inside a comment, a tag or an attribute (a parse error) would change how the
	// browser reads the next one: each must be complete on its own, or node-by-node checks miss tags.
	const parseErrors: { line: number; message: string }[] = [];
	const fragment = fromHtml(node.value ?? '', {
		fragment: true,
		onerror: (error) => {
			parseErrors.push({
				line: startLine + (error.line ?? 1) - 1,
				message: `raw HTML the parser cannot read cleanly (${error.ruleId}): write each HTML block complete on its own (close every comment, quote and tag), or use Markdown`,
			});
		},
	});
	const line = (inner: { position?: { start: { line: number } } }) => startLine + (inner.position?.start.line ?? 1) - 1;
	const problems = [...parseErrors, ...hastProblems(fragment).map(({ node: inner, message }) => ({ line: line(inner), message }))];
	const visit = (inner: HastNodes) => {
		if (inner.type === 'element' && inner.tagName === 'img') {
			const src = typeof inner.properties.src === 'string' ? inner.properties.src : '';
			const alt = typeof inner.properties.alt === 'string' ? inner.properties.alt : undefined;
			for (const message of imageProblems(src, alt, options.image)) problems.push({ line: line(inner), message });
		}
		if ('children' in inner) for (const child of inner.children) visit(child as HastNodes);
	};
	visit(fragment);
	return problems;
}

/** Starlight's asides, the only container directives content may use; they take no attributes. */
const ASIDES = new Set(['note', 'tip', 'caution', 'danger']);

/**
 * Astro marks images in rendered HTML with this text and later rewrites whatever follows it
 * into attributes, so content may not contain it anywhere.
 */
const ASTRO_IMAGE_MARKER = '__ASTRO_IMAGE_';

/** Every string a node carries into the page: its text, URL, alt and title, and its JSX attribute values. */
function nodeStrings(node: AnyNode & { title?: string | null }): string[] {
	const strings = [node.value, node.url, node.alt, node.title].filter((value): value is string => typeof value === 'string');
	const attributes: unknown = node.attributes;
	if (Array.isArray(attributes)) {
		// MDX JSX attributes.
		for (const attribute of attributes as JsxAttribute[]) {
			if (typeof attribute.value === 'string') strings.push(attribute.value);
			else if (attribute.value && typeof attribute.value === 'object') strings.push(attribute.value.value);
		}
	} else if (attributes && typeof attributes === 'object') {
		// A directive's {key="value"} attributes.
		strings.push(...Object.values(attributes).filter((value): value is string => typeof value === 'string'));
	}
	return strings;
}

export function checkContentSafety(tree: Root, options: SafetyOptions = {}): SafetyProblem[] {
	const problems: SafetyProblem[] = [];
	const add = (node: Position, messages: (string | undefined)[]) => {
		for (const message of messages) if (message) problems.push({ line: node.position?.start.line ?? 1, message });
	};
	// An image reference (![alt][id]) takes its URL from a definition anywhere in the file.
	const definitions = new Map<string, string>();
	const collect = (node: AnyNode & { identifier?: string }) => {
		if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url ?? '');
		if ('children' in node && Array.isArray(node.children)) for (const child of node.children) collect(child as AnyNode);
	};
	collect(tree as AnyNode);
	const visit = (node: AnyNode & { identifier?: string; attributes?: unknown }) => {
		if (nodeStrings(node).some((text) => text.includes(ASTRO_IMAGE_MARKER)))
			add(node, [`"${ASTRO_IMAGE_MARKER}" is reserved by Astro's image processing and may not appear in content: reword it`]);
		switch (node.type as string) {
			case 'containerDirective':
				if (!ASIDES.has(node.name ?? '')) add(node, [`:::${node.name} is not allowed: the asides are :::note, :::tip, :::caution and :::danger`]);
				if (node.attributes && Object.keys(node.attributes).length > 0)
					add(node, [`attributes ({…}) are not allowed on :::${node.name}: give a custom title as :::${node.name}[Title]`]);
				break;
			case 'mdxjsEsm':
				for (const { offset, message } of esmProblems(node.value ?? '')) problems.push({ line: (node.position?.start.line ?? 1) + offset, message });
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				add(node, [expressionProblem(node.value ?? '')]);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				add(node, jsxProblems(node, options));
				break;
			case 'html':
				problems.push(...rawHtmlProblems(node, options));
				break;
			case 'link':
			case 'definition':
				add(node, [linkUrlProblem(node.url ?? '', 'link')]);
				break;
			case 'image':
				add(node, imageProblems(node.url ?? '', node.alt, options.image));
				break;
			case 'code':
				add(node, codeMetaProblems((node as { meta?: string | null }).meta, node.value ?? ''));
				break;
			case 'table':
				add(node, [tableProblem(node as never)]);
				break;
			case 'heading': {
				const id = headingId(toString(node));
				if (isReservedId(id)) add(node, [`heading "${toString(node)}" would get the id "${id}", which the page itself uses: reword the heading`]);
				break;
			}
			case 'imageReference': {
				const url = definitions.get(node.identifier ?? '');
				add(node, url === undefined ? [] : imageProblems(url, node.alt, options.image));
				break;
			}
		}
		if ('children' in node && Array.isArray(node.children)) for (const child of node.children) visit(child as AnyNode);
	};
	visit(tree as AnyNode);
	return problems.sort((a, b) => a.line - b.line);
}
