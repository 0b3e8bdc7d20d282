/**
 * The options a fenced code block may carry after its language (```py title="a.py" {3-5}),
 * read with Expressive Code's own parser (`MetaOptions`), as the build reads them. Expressive
 * Code compiles `/…/` markers into regular expressions and runs them on every line, and
 * expands line ranges into arrays, both at build time: content gets titles, frames, text markers
 * and line ranges inside the block, nothing that can hang or crash the build.
 */
import { MetaOptions } from '@expressive-code/core';
import { plainTextProblem } from './plain-text.ts';

const MARKER_KEYS = new Set([undefined, 'mark', 'ins', 'del']);
const FRAMES = new Set(['code', 'terminal', 'none', 'auto']);
const MAX_TITLE_LENGTH = 200;
const MAX_MARKER_TEXT_LENGTH = 200;
const RANGE = /^\s*\d+(?:\s*-\s*\d+)?\s*$/;

/** Problems with one line range ("3", "7-12", "9,15-16"), given the block's line count. */
function rangeProblem(value: string, lineCount: number): string | undefined {
	for (const part of value.split(',')) {
		if (!RANGE.test(part)) return `line range {${value}} is not a list of line numbers and ranges such as {3} or {7-12,15}`;
		const [from, to = from] = part.split('-').map((number) => Number(number.trim())) as [number, number?];
		if (from < 1 || to! < from || to! > lineCount)
			return `line range {${value}} goes beyond the block's ${lineCount} line${lineCount === 1 ? '' : 's'}: mark lines 1 to ${lineCount}`;
	}
	return undefined;
}

/** Problems with a code block's meta string (what follows its language), by the allow-list. */
export function codeMetaProblems(meta: string | null | undefined, code: string): string[] {
	if (!meta?.trim()) return [];
	const options = new MetaOptions(meta);
	const problems = (options.errors ?? []).map((error) => `code block options cannot be read (${error}): write them as title="…" and {line ranges}`);
	const lineCount = code.split('\n').length;
	for (const option of options.list()) {
		const name = option.key ?? '';
		if (option.kind === 'regexp') {
			problems.push(
				`code block marker ${option.raw} is a regular expression, which runs on every line at build time and can take forever: mark lines with {3-5} or text with "…"`,
			);
		} else if (name === 'title' && option.kind === 'string') {
			const problem = option.value.length > MAX_TITLE_LENGTH ? `is too long: keep it under ${MAX_TITLE_LENGTH} characters` : plainTextProblem(option.value);
			if (problem) problems.push(`code block title ${problem}`);
		} else if (name === 'frame' && option.kind === 'string') {
			if (!FRAMES.has(option.value)) problems.push(`code block frame="${option.value}" is not one of: ${[...FRAMES].join(', ')}`);
		} else if (MARKER_KEYS.has(option.key) && option.kind === 'range') {
			const problem = rangeProblem(option.value, lineCount);
			if (problem) problems.push(`code block ${problem}`);
		} else if (MARKER_KEYS.has(option.key) && option.kind === 'string') {
			if (option.value.length > MAX_MARKER_TEXT_LENGTH) problems.push(`code block text marker is too long: keep it under ${MAX_MARKER_TEXT_LENGTH} characters`);
		} else {
			problems.push(`code block option ${option.raw} is not supported: use title="…", frame="…", {line ranges} or mark/ins/del={…} and "text"`);
		}
	}
	return problems;
}
