/** Validates one content file against its collection's schema: no file-system access here. */
import type { Root } from 'mdast';
import type { z } from 'zod';
import { missingModelSections, missingSectionsMessage } from '../../schemas/model-card.ts';
import type { CollectionSpec } from '../../schemas/collections.ts';
import type { ContentLocale } from '../../schemas/shared.ts';
import { checkContentSafety, type SafetyOptions } from './content-safety.ts';
import { checkFacts, type CardFacts } from './fact-check.ts';
import { friendlyIssues } from './format-issue.ts';
import { BodySyntaxError, parseBody, sectionHeadings, todoPlaceholderLines } from './parse-body.ts';
import { FrontMatterError, parseContentFile, todoValuePaths } from './front-matter.ts';
import { fieldName, type Problem } from './problem.ts';
import { keysAt } from './schema-keys.ts';

export interface CheckedEntry {
	id: string;
	locale: ContentLocale;
	file: string;
	/** Front matter after the schema's defaults and transforms; as written when invalid, so
	 * cross-file checks still report dangling ids alongside schema errors. */
	data?: Record<string, unknown>;
	lineOf: (path: readonly PropertyKey[]) => number;
}

export interface FileCheck {
	entry?: CheckedEntry;
	problems: Problem[];
}

/**
 * The fact check's problems (fact-check.ts), where the schema has none: a fact neither stated nor
 * accounted for under `sources`, a source off the official kinds of site, a number not in its
 * quoted words. A fact with no source at all is the schema's to report.
 */
function factProblems(file: string, id: string, card: CardFacts, lineOf: (path: readonly PropertyKey[]) => number): Problem[] {
	return checkFacts({ ...card, id })
		.filter((finding) => finding.problem && finding.problem !== 'no source')
		.map((finding) => {
			const path = card.sources[finding.field] ? ['sources', finding.field] : ['sources'];
			return { file, line: lineOf(path), field: `sources.${finding.field}`, message: finding.problem! };
		});
}

/**
 * Characters a body may hold that Markdown parsers (remark's and the build's alike) match
 * quadratically: emphasis markers (8,000 cost seconds, a file at the size limit an hour) and
 * link brackets (400 KB of nested "[" took minutes). Real pages use a few hundred at most.
 */
export const MAX_EMPHASIS_MARKERS = 2000;
export const MAX_LINK_BRACKETS = 5000;
const PARSER_LIMITS = [
	{ characters: /[*_]/g, shown: '"*" and "_"', limit: MAX_EMPHASIS_MARKERS, why: 'each may start or end emphasis' },
	{ characters: /\[/g, shown: '"["', limit: MAX_LINK_BRACKETS, why: 'each may start a link' },
];

const DEEP_NESTING = 'the text is nested too deeply to read (thousands of levels of quotes, lists or elements): flatten it';

/** Parses a body once and applies the safety rules to it, with lines relative to the whole file. */
function checkBody(file: string, body: string, bodyLine: number, mdx: boolean, safety: SafetyOptions): { tree?: Root; problems: Problem[] } {
	const problem = (line: number, message: string) => ({ problems: [{ file, line, field: 'body', message }] });
	for (const { characters, shown, limit, why } of PARSER_LIMITS) {
		const count = body.length - body.replace(characters, '').length;
		if (count > limit)
			return problem(
				bodyLine,
				`the text has ${count} ${shown} characters; keep it under ${limit} (${why}, and matching thousands is slow): split the page, or move data out of it`,
			);
	}
	try {
		const tree = parseBody(body, mdx);
		return { tree, problems: checkContentSafety(tree, safety).map(({ line, message }) => ({ file, line: line + bodyLine - 1, field: 'body', message })) };
	} catch (error) {
		if (error instanceof BodySyntaxError) return problem(error.line + bodyLine - 1, error.message);
		// Thousands of nested blockquotes or elements overflow the parser's (or the check's) stack.
		if (error instanceof RangeError) return problem(bodyLine, DEEP_NESTING);
		throw error;
	}
}

/** Safety rules over a parsed body, with lines relative to the whole file. */
export function bodyProblems(file: string, body: string, bodyLine: number, mdx: boolean, safety: SafetyOptions = {}): Problem[] {
	return checkBody(file, body, bodyLine, mdx, safety).problems;
}

export function checkContentFile(options: {
	spec: CollectionSpec;
	file: string;
	id: string;
	locale: ContentLocale;
	source: string;
	safety?: SafetyOptions;
}): FileCheck {
	const { spec, file, id, locale, source } = options;
	let parsed;
	try {
		parsed = parseContentFile(source);
	} catch (error) {
		if (error instanceof FrontMatterError) {
			return { problems: [{ file, line: error.line, field: error.field, message: error.message }] };
		}
		throw error;
	}
	const schema = (locale === 'en' ? spec.schema : spec.translationSchema) as z.ZodType;
	const result = schema.safeParse(parsed.data);
	const problems: Problem[] = [];
	if (!result.success) {
		const issues = friendlyIssues(result.error.issues, parsed.data, (path) => keysAt(schema, path));
		for (const issue of issues) {
			let message = issue.message;
			if (locale !== 'en' && message.startsWith('unknown field')) {
				message += ' (a translation carries only translated words; facts come from the English entry)';
			}
			problems.push({ file, line: parsed.lineOf(issue.path), field: fieldName(issue.path), message });
		}
	}
	for (const path of todoValuePaths(parsed.data))
		problems.push({
			file,
			line: parsed.lineOf(path),
			field: fieldName(path),
			message: 'a TODO placeholder is still in this value: write the real value, or remove the field if you are unsure',
		});
	const body = checkBody(file, parsed.body, parsed.bodyLine, file.endsWith('.mdx'), options.safety ?? {});
	problems.push(...body.problems);
	for (const line of body.tree ? todoPlaceholderLines(body.tree) : [])
		problems.push({
			file,
			line: line + parsed.bodyLine - 1,
			field: 'body',
			message: 'a TODO placeholder is still here: write this part in your own words, then delete the TODO',
		});
	if (spec.name === 'models' && locale === 'en' && result.success) problems.push(...factProblems(file, id, result.data as CardFacts, parsed.lineOf));
	if (spec.name === 'models' && body.tree) {
		const missing = missingModelSections(sectionHeadings(body.tree), locale);
		if (missing.length > 0) {
			problems.push({
				file,
				line: parsed.bodyLine,
				field: 'body',
				message: missingSectionsMessage(missing),
			});
		}
	}
	return {
		problems,
		entry: {
			id,
			locale,
			file,
			data: result.success ? (result.data as Record<string, unknown>) : parsed.data,
			lineOf: parsed.lineOf,
		},
	};
}
