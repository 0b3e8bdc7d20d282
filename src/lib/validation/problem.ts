/** A problem found in content, and the two ways it is printed. */
export interface Problem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	line: number;
	/** Dotted front-matter path such as `links.paper`, or a short label such as `body`. */
	field: string;
	message: string;
}

/**
 * Makes attacker-controlled text safe to print: control characters (terminal escape sequences
 * could fake a green ✓ or clear the screen) and bidi overrides are shown as \u{…} escapes.
 */
export function printable(text: string): string {
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}

export function formatProblem(problem: Problem): string {
	return printable(`${problem.file}:${problem.line}  ${problem.field}  ${problem.message}`);
}

/** GitHub workflow command: shows the error on the changed line of a pull request. */
export function formatAnnotation(problem: Problem): string {
	const escapeData = (text: string) => printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return `::error file=${escapeProperty(problem.file)},line=${problem.line},title=${escapeProperty(problem.field)}::${escapeData(problem.message)}`;
}

export function fieldName(path: readonly PropertyKey[]): string {
	return path.length === 0
		? '(front matter)'
		: path
				.map((segment) => (typeof segment === 'number' ? `[${segment}]` : String(segment)))
				.join('.')
				.replace(/\.\[/g, '[');
}

export function compareProblems(a: Problem, b: Problem): number {
	return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field);
}
