/**
 * Docs pages: the front-matter fields content may use (src/schemas/docs.ts, which the build
 * applies before Starlight's schema), a translation that has its English page, and the
 * content-safety rules.
 */
import { docsPageSchema } from '../../schemas/docs.ts';
import type { SafetyOptions } from './content-safety.ts';
import { friendlyIssues } from './format-issue.ts';
import { fieldName } from './problem.ts';
import { keysAt } from './schema-keys.ts';
import { bodyProblems } from './check-file.ts';
import { FrontMatterError, parseContentFile } from './front-matter.ts';
import type { Problem } from './problem.ts';

export function checkDocsFile(options: { file: string; source: string; exists: (path: string) => boolean } & SafetyOptions): Problem[] {
	const { file, source } = options;
	let parsed;
	try {
		parsed = parseContentFile(source);
	} catch (error) {
		if (error instanceof FrontMatterError) return [{ file, line: error.line, field: '(front matter)', message: error.message }];
		throw error;
	}
	const problems: Problem[] = [];
	const result = docsPageSchema.safeParse(parsed.data);
	if (!result.success) {
		for (const issue of friendlyIssues(result.error.issues, parsed.data, (path) => keysAt(docsPageSchema, path))) {
			const message = issue.message.startsWith('unknown field')
				? `${issue.message} (docs pages may use only the fields in src/schemas/docs.ts: some Starlight fields insert raw HTML or take over other pages)`
				: issue.message;
			problems.push({ file, line: parsed.lineOf(issue.path), field: fieldName(issue.path), message });
		}
	}
	const translation = /^content\/docs\/(zh-cn)\/(.+)$/.exec(file);
	if (translation && !options.exists(`content/docs/${translation[2]}`)) {
		problems.push({ file, line: 1, field: '(file)', message: `translation without an English page: expected content/docs/${translation[2]} to exist` });
	}
	problems.push(...bodyProblems(file, parsed.body, parsed.bodyLine, file.endsWith('.mdx'), { image: options.image }));
	return problems;
}
