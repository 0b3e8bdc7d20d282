/** Validates one content file against its collection's schema: no file-system access here. */
import type { z } from 'zod';
import { missingModelSections, missingSectionsMessage } from '../../schemas/model-card.ts';
import type { CollectionSpec } from '../../schemas/collections.ts';
import type { ContentLocale } from '../../schemas/shared.ts';
import { checkContentSafety, type SafetyOptions } from './content-safety.ts';
import { friendlyIssues } from './format-issue.ts';
import { BodySyntaxError, parseBody } from './parse-body.ts';
import { FrontMatterError, parseContentFile } from './front-matter.ts';
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
	body: string;
	bodyLine: number;
}

export interface FileCheck {
	entry?: CheckedEntry;
	problems: Problem[];
}

/** Safety rules over a parsed body, with lines relative to the whole file. */
export function bodyProblems(file: string, body: string, bodyLine: number, mdx: boolean, safety: SafetyOptions = {}): Problem[] {
	try {
		return checkContentSafety(parseBody(body, mdx), safety).map(({ line, message }) => ({ file, line: line + bodyLine - 1, field: 'body', message }));
	} catch (error) {
		if (error instanceof BodySyntaxError) return [{ file, line: error.line + bodyLine - 1, field: 'body', message: error.message }];
		throw error;
	}
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
			return { problems: [{ file, line: error.line, field: '(front matter)', message: error.message }] };
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
	problems.push(...bodyProblems(file, parsed.body, parsed.bodyLine, file.endsWith('.mdx'), options.safety));
	if (spec.name === 'models') {
		const missing = missingModelSections(parsed.body, locale);
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
			body: parsed.body,
			bodyLine: parsed.bodyLine,
		},
	};
}
