/**
 * Reads a content file the way Astro does (its delimiters, and the \`yaml\` package with the
 * options of @astrojs/internal-helpers' parseYaml) and keeps a map from front-matter paths to
 * line numbers so errors can point at the offending key. What Astro would read differently is
 * refused: TOML front matter (+++), aliases and merge keys.
 */
import {
	isAlias,
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type DocumentOptions,
	type Node,
	type SchemaOptions,
} from 'yaml';
import { calendarDate } from '../../schemas/shared.ts';

/** Front matter larger than this is refused before it is parsed. */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;
/** A content file larger than this is refused before it is parsed. */
export const MAX_CONTENT_FILE_BYTES = 512 * 1024;

/**
 * Same pattern as Astro's front-matter extraction (@astrojs/internal-helpers/frontmatter), so both
 * see the same block: it opens and closes with --- or +++, whichever comes first.
 */
const FRONT_MATTER = /^(?:\uFEFF?|\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
/** Astro's YAML options (@astrojs/internal-helpers/yaml). */
const ASTRO_YAML: DocumentOptions & SchemaOptions = { customTags: ['timestamp'], merge: true, schema: 'core' };

export interface ParsedFile {
	/** Front-matter values exactly as Astro's content layer receives them. */
	data: Record<string, unknown>;
	body: string;
	/** 1-based line of the first body line. */
	bodyLine: number;
	/** 1-based line of a front-matter key or list item; the nearest existing parent otherwise. */
	lineOf(path: readonly PropertyKey[]): number;
}

export class FrontMatterError extends Error {
	readonly line: number;
	/** The key the problem is in, where one is known. */
	readonly field: string;
	constructor(message: string, line: number, field = '(front matter)') {
		super(message);
		this.line = line;
		this.field = field;
	}
}

interface YamlTree {
	document: Document;
	/** The file's line of an offset in the front matter. */
	lineAt(offset: number): number;
}

/** The front matter's YAML document, with line numbers of the whole file. */
function yamlTree(raw: string, lineOffset: number): YamlTree {
	const counter = new LineCounter();
	const document = parseDocument(raw, { ...ASTRO_YAML, lineCounter: counter, keepSourceTokens: false });
	return { document, lineAt: (offset) => counter.linePos(offset).line + lineOffset };
}

/** The first merge key (`<<:`) of a document, with its line: Astro merges it, hiding keys from the line map. */
function firstMergeKey({ document, lineAt }: YamlTree): { line?: number } | undefined {
	let found: { line?: number } | undefined;
	visit(document, {
		Pair(_, pair) {
			// With merge keys on, the key's value is a symbol; its source is "<<".
			if (!isPair(pair) || !isScalar(pair.key) || (pair.key.source !== '<<' && pair.key.value !== '<<')) return undefined;
			found = { line: pair.key.range ? lineAt(pair.key.range[0]) : undefined };
			return visit.BREAK;
		},
	});
	return found;
}

/**
 * The first unquoted date the calendar does not have (`2024-02-30`), with its line. js-yaml,
 * which Astro reads front matter with, turns it into the next real day without a word.
 */
function firstImpossibleDate({ document, lineAt }: YamlTree): { source: string; line?: number; key?: string } | undefined {
	let found: { source: string; line?: number; key?: string } | undefined;
	visit(document, {
		Scalar(_, node, path) {
			const text = node.source ?? (typeof node.value === 'string' ? node.value : undefined);
			if (node.type !== 'PLAIN' || typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text) || calendarDate(text)) return undefined;
			const pair = path.at(-1);
			const key = isPair(pair) && pair.value === node && isScalar(pair.key) ? String(pair.key.value) : undefined;
			found = { source: text, line: node.range ? lineAt(node.range[0]) : undefined, key };
			return visit.BREAK;
		},
	});
	return found;
}

/** The first key a mapping repeats, with the lines of both: YAML refuses the file, and which key it is matters. */
function firstDuplicateKey({ document, lineAt }: YamlTree): { key: string; line?: number; firstLine?: number } | undefined {
	let found: { key: string; line?: number; firstLine?: number } | undefined;
	visit(document, {
		Map(_, map) {
			const seen = new Map<string, number | undefined>();
			for (const item of map.items) {
				if (!isScalar(item.key)) continue;
				const key = String(item.key.value);
				const line = item.key.range ? lineAt(item.key.range[0]) : undefined;
				if (seen.has(key)) {
					found = { key, line, firstLine: seen.get(key) };
					return visit.BREAK;
				}
				seen.set(key, line);
			}
			return undefined;
		},
	});
	return found;
}

/**
 * The line of the first text holding a lone UTF-16 surrogate ("\uD800" in a quoted YAML string):
 * it cannot be written as UTF-8, so the search indexer and JSON tools fail on it.
 */
function firstBrokenText({ document, lineAt }: YamlTree): { line?: number } | undefined {
	let found: { line?: number } | undefined;
	visit(document, {
		Scalar(_, node) {
			if (typeof node.value !== 'string' || node.value.isWellFormed()) return undefined;
			found = { line: node.range ? lineAt(node.range[0]) : undefined };
			return visit.BREAK;
		},
	});
	return found;
}

/** The first alias (`*name`) of a document, with its line. */
function firstAlias({ document, lineAt }: YamlTree): { source: string; line?: number } | undefined {
	let alias: Node | undefined;
	visit(document, {
		Alias(_, node) {
			alias = node;
			return visit.BREAK;
		},
	});
	if (!alias || !isAlias(alias)) return undefined;
	return { source: alias.source, line: alias.range ? lineAt(alias.range[0]) : undefined };
}

/** A hint for the YAML mistakes contributors make most. */
function yamlHint(message: string): string {
	if (/Nested mappings are not allowed in compact mappings|Implicit map keys need to be/.test(message))
		return ' (a value containing ": " must be put in quotes, e.g. description: "A test: seven billion")';
	if (/Tabs are not allowed/i.test(message)) return ' (indent with spaces, not tabs)';
	if (/Missing closing "?quote/.test(message)) return ': a quoted value needs its closing quote';
	return '';
}

export function parseContentFile(source: string): ParsedFile {
	const match = FRONT_MATTER.exec(source);
	if (!match) {
		throw new FrontMatterError('no front matter: the file must start with a block between two "---" lines holding its metadata', 1);
	}
	const [block, opening, raw] = match as unknown as [string, string, string];
	// Line of the opening fence (leading blank lines are allowed by Astro).
	const openLine = source.slice(0, match.index + block.indexOf(opening)).split('\n').length;
	if (opening !== '---') throw new FrontMatterError('TOML front matter (+++) is not allowed: write YAML between two "---" lines', openLine);
	if (!block.endsWith('---')) {
		const closeLine = source.slice(0, match.index + block.length).split('\n').length;
		throw new FrontMatterError(
			'a line starting with "+++" ends the front matter for Astro: rewrite that line (or quote the value differently) so the front matter ends at "---"',
			closeLine,
		);
	}
	// The captured YAML starts with the newline that ends the `---` line.
	const lineOffset = openLine - 1;
	if (raw.length > MAX_FRONT_MATTER_BYTES) {
		throw new FrontMatterError(
			`front matter is ${Math.round(raw.length / 1024)} KB; keep it under ${MAX_FRONT_MATTER_BYTES / 1024} KB (long text belongs in the body)`,
			openLine,
		);
	}

	// Aliases (*name) are refused before the YAML is turned into data: a few lines of them can
	// expand into gigabytes (an "alias bomb"), and content never needs them.
	const checked = yamlTree(raw, lineOffset);
	const alias = firstAlias(checked);
	if (alias) {
		throw new FrontMatterError(`YAML aliases (*${alias.source}) are not allowed in front matter: write the value out in full`, alias.line ?? openLine);
	}
	const merge = firstMergeKey(checked);
	if (merge) throw new FrontMatterError('YAML merge keys (<<) are not allowed in front matter: write the keys out in full', merge.line ?? openLine);
	const impossible = firstImpossibleDate(checked);
	if (impossible) {
		throw new FrontMatterError(
			`${impossible.source} is not a date in the calendar: write a real date as YYYY-MM-DD`,
			impossible.line ?? openLine,
			impossible.key ?? '(front matter)',
		);
	}

	const broken = firstBrokenText(checked);
	if (broken) {
		throw new FrontMatterError(
			'a text holds a lone surrogate escape (such as "\\uD800"), which is not a character: write the character itself, or the full pair of escapes',
			broken.line ?? openLine,
		);
	}

	const duplicate = firstDuplicateKey(checked);
	if (duplicate) {
		throw new FrontMatterError(
			`"${duplicate.key}" is written twice${duplicate.firstLine ? ` (first on line ${duplicate.firstLine})` : ''}: keep one of the two`,
			duplicate.line ?? openLine,
			duplicate.key,
		);
	}

	const [yamlError] = checked.document.errors;
	if (yamlError) {
		const line = yamlError.linePos ? yamlError.linePos[0].line + lineOffset : openLine;
		const message = yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		throw new FrontMatterError(`front matter is not valid YAML: ${message}${yamlHint(message)}`, line);
	}
	let data: unknown = checked.document.toJS();
	if (data === null || data === undefined) data = {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		throw new FrontMatterError('front matter must be a list of "key: value" lines', openLine + 1);
	}

	const closeIndex = match.index + match[0].length;
	let tree: YamlTree | undefined;
	const bodyLine = source.slice(0, closeIndex).split('\n').length + 1;

	return {
		data: data as Record<string, unknown>,
		body: source.slice(closeIndex).replace(/^\r?\n/, ''),
		bodyLine,
		lineOf(path) {
			// The YAML tree is many times the size of the data it describes, and lines are looked up
			// only for problems: kept for every file, the trees held most of a 5,000-card
			// validation's memory (and slowed the build, whose heap is bounded). Parsed again here.
			tree ??= yamlTree(raw, lineOffset);
			let node: unknown = tree.document.contents;
			let line = openLine + 1;
			for (const segment of path) {
				if (isMap(node)) {
					const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
					if (!pair) break;
					const keyNode = pair.key as Node;
					if (keyNode.range) line = tree.lineAt(keyNode.range[0]);
					node = pair.value;
				} else if (isSeq(node) && typeof segment === 'number') {
					const item = node.items[segment] as Node | undefined;
					if (!item) break;
					if (item.range) line = tree.lineAt(item.range[0]);
					node = item;
				} else break;
			}
			return line;
		},
	};
}

/** Front-matter values that still hold a "TODO:" placeholder (as `npm run new` writes them), by path. */
export function todoValuePaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
	if (typeof value === 'string') return /\bTODO:/.test(value) ? [path] : [];
	if (Array.isArray(value)) return value.flatMap((item, index) => todoValuePaths(item, [...path, index]));
	if (value && typeof value === 'object' && !(value instanceof Date))
		return Object.entries(value).flatMap(([key, item]) => todoValuePaths(item, [...path, key]));
	return [];
}
