/** Prints an import report for a person at a terminal. */
import type { ImportReport } from './hf-card.ts';

function section(heading: string, lines: string[]): string[] {
	return lines.length === 0 ? [] : ['', `${heading} (${lines.length}):`, ...lines.map((line) => `  ${line}`)];
}

type Note = ImportReport['unmapped'][number];

/**
 * One line per note, except that a run of notes with the same message on items of one list
 * (139 evaluation results without a source) is one line naming the first and last.
 */
export function notCopiedLines(notes: readonly Note[]): string[] {
	const lines: string[] = [];
	const listItem = (field: string) => /^(.*)\[(\d+)\]$/.exec(field);
	for (let start = 0; start < notes.length;) {
		const first = notes[start]!;
		const list = listItem(first.field);
		let end = start + 1;
		while (list && end < notes.length && notes[end]!.message === first.message && listItem(notes[end]!.field)?.[1] === list[1]) end++;
		if (end - start > 2) {
			const last = notes[end - 1]!;
			const lineRange = first.line && last.line ? `lines ${first.line}–${last.line}  ` : '';
			lines.push(`${lineRange}${first.field} to ${last.field} (${end - start})  ${first.message}`);
		} else {
			for (const note of notes.slice(start, end)) lines.push(`${note.line ? `line ${note.line}  ` : ''}${note.field}  ${note.message}`);
		}
		start = end;
	}
	return lines;
}

export function formatReport(report: ImportReport, file: string): string {
	return [
		`✓ wrote ${file} (id "${report.id}", ${report.idSource})`,
		...section(
			'Mapped',
			report.mapped.map((entry) => (entry.note ? `${entry.field}  (${entry.note})` : entry.field)),
		),
		...section('Not copied', notCopiedLines(report.unmapped)),
		...section(
			'Guessed: check these',
			report.guesses.map((guess) => `${guess.field} = ${JSON.stringify(guess.value)}  from ${guess.basis}`),
		),
		...section('Body', report.body),
		...section(
			'TODO: npm run validate fails until each is filled',
			report.todo.map((todo) => `${todo.field}  ${todo.hint}`),
		),
		'',
		report.todo.length > 0
			? `Next: fill every TODO in ${file}, check every guess, then run npm run validate.`
			: `Next: check every guess in ${file}, then run npm run validate.`,
	].join('\n');
}
