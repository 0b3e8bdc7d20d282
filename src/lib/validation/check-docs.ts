/**
 * Docs pages use Starlight's own schema in the build; here they get what a contributor most
 * often gets wrong: readable front matter with a title and description, a translation that has
 * its English page, and the content-safety rules.
 */
import type { SafetyOptions } from './content-safety.ts';
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
	for (const field of ['title', 'description'] as const) {
		const value = parsed.data[field];
		if (typeof value !== 'string' || !value.trim()) {
			problems.push({ file, line: parsed.lineOf([field]), field, message: `is required: expected text (${field === 'title' ? 'the page title' : 'one or two sentences shown in search results and previews'})` });
		}
	}
	const translation = /^content\/docs\/(zh-cn)\/(.+)$/.exec(file);
	if (translation && !options.exists(`content/docs/${translation[2]}`)) {
		problems.push({ file, line: 1, field: '(file)', message: `translation without an English page: expected content/docs/${translation[2]} to exist` });
	}
	problems.push(...bodyProblems(file, parsed.body, parsed.bodyLine, file.endsWith('.mdx'), { imageSize: options.imageSize }));
	return problems;
}
