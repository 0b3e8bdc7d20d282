/**
 * Reads a content file the way Astro does (js-yaml, same delimiters) and keeps a map from
 * front-matter paths to line numbers so errors can point at the offending key.
 */
import { load as loadYaml } from 'js-yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { calendarDate } from '../../schemas/shared.ts';

/** Front matter larger than this is refused before it is parsed. */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;
/** A content file larger than this is refused before it is parsed. */
export const MAX_CONTENT_FILE_BYTES = 512 * 1024;

/** Same pattern as Astro's front-matter extraction, so both see the same block. */
const FRONT_MATTER = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

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
	constructor(message: string, line: number) {
		super(message);
		this.line = line;
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
	const document = parseDocument(raw, { lineCounter: counter, keepSourceTokens: false });
	return { document, lineAt: (offset) => counter.linePos(offset).line + lineOffset };
}

/**
 * The first unquoted date the calendar does not have (`2024-02-30`), with its line. js-yaml,
 * which Astro reads front matter with, turns it into the next real day without a word.
 */
function firstImpossibleDate({ document, lineAt }: YamlTree): { source: string; line?: number } | undefined {
	let found: { source: string; line?: number } | undefined;
	visit(document, {
		Scalar(_, node) {
			const text = node.source ?? (typeof node.value === 'string' ? node.value : undefined);
			if (node.type !== 'PLAIN' || typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text) || calendarDate(text)) return undefined;
			found = { source: text, line: node.range ? lineAt(node.range[0]) : undefined };
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

export function parseContentFile(source: string): ParsedFile {
	const match = FRONT_MATTER.exec(source);
	if (!match) {
		throw new FrontMatterError('no front matter: the file must start with a block between two "---" lines holding its metadata', 1);
	}
	const raw = match[1]!;
	// Line of the opening `---` (leading blank lines are allowed by Astro).
	const openLine = source.slice(0, match.index + match[0].indexOf('---')).split('\n').length;
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
	const impossible = firstImpossibleDate(checked);
	if (impossible) {
		throw new FrontMatterError(`${impossible.source} is not a date in the calendar: write a real date as YYYY-MM-DD`, impossible.line ?? openLine);
	}

	let data: unknown;
	try {
		data = loadYaml(raw);
	} catch (error) {
		const yamlError = error as { mark?: { line: number }; reason?: string; message: string };
		const line = yamlError.mark ? yamlError.mark.line + 1 + lineOffset : openLine;
		throw new FrontMatterError(`front matter is not valid YAML: ${yamlError.reason ?? yamlError.message}`, line);
	}
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
