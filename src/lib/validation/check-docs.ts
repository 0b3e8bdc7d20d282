/**
 * Docs pages: the front-matter fields content may use (src/schemas/docs.ts, which the build
 * applies before Starlight's schema), a translation that has its English page, and the
 * content-safety rules.
 */
import { docsPageSchema } from '../../schemas/docs.ts';
import type { SafetyOptions } from './content-safety.ts';
import { fileNameProblem } from './content-files.ts';
import { friendlyIssues } from './format-issue.ts';
import { fieldName } from './problem.ts';
import { keysAt } from './schema-keys.ts';
import { bodyProblems } from './check-file.ts';
import { FrontMatterError, parseContentFile } from './front-matter.ts';
import type { Problem } from './problem.ts';

/** First path segments the site's own pages use; a docs page there would compete for their URLs. */
const SITE_ROUTES = new Set([
	'case-studies',
	'compare',
	'events',
	'models',
	'og',
	'offline',
	'pagefind',
	'schemas',
	'tutorials',
	'working-groups',
	'zh-cn',
	'404',
]);

/**
 * Where a docs page may live: directly in content/docs/ (or its zh-cn/ folder), under a name no
 * other page has. A folder's index.md would share its URL with the page of the same name
 * (content/docs/about/index.md is /about/, like about.md), and Starlight lets the last one win.
 */
export function docsPathProblem(file: string): string | undefined {
	const match = /^content\/docs\/(?:zh-cn\/)?([^/]+)(\.mdx?)$/.exec(file);
	if (!match) return 'docs pages live directly in content/docs/ (or content/docs/zh-cn/ for a translation), not in a folder of their own: move the file up';
	const nameProblem = fileNameProblem(match[1]!, match[2]!);
	if (nameProblem) return nameProblem;
	if (SITE_ROUTES.has(match[1]!)) return `"${match[1]}" is the address of one of the site's own pages: choose another file name`;
	return undefined;
}

export function checkDocsFile(options: { file: string; source: string; exists: (path: string) => boolean } & SafetyOptions): Problem[] {
	const { file, source } = options;
	const pathProblem = docsPathProblem(file);
	if (pathProblem) return [{ file, line: 1, field: '(file)', message: pathProblem }];
	let parsed;
	try {
		parsed = parseContentFile(source);
	} catch (error) {
		if (error instanceof FrontMatterError) return [{ file, line: error.line, field: error.field, message: error.message }];
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
