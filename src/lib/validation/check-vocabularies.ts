/**
 * The licence vocabulary is part of a contribution too: a card naming a new licence adds its entry
 * (its name, text and sourced answers) to src/schemas/vocabularies/licenses.json. `npm run
 * validate` and the build's content gate check that file against the licence schema, with the
 * line of each problem, so a mistyped answer cannot reach the pages or the API. Reads only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { licenseEntrySchema } from '../../schemas/license.ts';
import { friendlyIssues } from './format-issue.ts';
import { fieldName, type Problem } from './problem.ts';

export const LICENSE_VOCABULARY = 'src/schemas/vocabularies/licenses.json';

const entryKeys = Object.keys(licenseEntrySchema.shape);

export function licenseVocabularyProblems(file: string, source: string): Problem[] {
	// JSON is YAML: the YAML parser gives each value's position.
	const lines = new LineCounter();
	const document = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
	const lineOf = (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = document.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
			if (node?.range) return lines.linePos(node.range[0]).line;
		}
		return 1;
	};
	const [syntax] = document.errors;
	if (syntax) return [{ file, line: syntax.linePos?.[0].line ?? 1, field: '(file)', message: `not valid JSON: ${syntax.message.split('\n')[0]}` }];
	if (!isSeq(document.contents)) return [{ file, line: 1, field: '(file)', message: 'expected a list of licence entries, [ { "id": …, "name": … }, … ]' }];

	const entries = document.toJS() as unknown[];
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	entries.forEach((entry, index) => {
		const id = entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string' ? (entry as { id: string }).id : `[${index}]`;
		const result = licenseEntrySchema.safeParse(entry);
		if (!result.success) {
			for (const issue of friendlyIssues(result.error.issues, entry, () => entryKeys))
				problems.push({ file, line: lineOf([index, ...issue.path]), field: fieldName([id, ...issue.path]), message: issue.message });
		}
		const first = seen.get(id);
		if (first !== undefined)
			problems.push({
				file,
				line: lineOf([index, 'id']),
				field: `${id}.id`,
				message: `"${id}" is already the id of the entry on line ${first}: give each licence one entry`,
			});
		else seen.set(id, lineOf([index, 'id']));
	});
	return problems;
}

/** The project's licence vocabulary, when it has one. */
export function checkVocabularies(root: string): Problem[] {
	const path = join(root, LICENSE_VOCABULARY);
	return existsSync(path) ? licenseVocabularyProblems(LICENSE_VOCABULARY, readFileSync(path, 'utf8')) : [];
}
