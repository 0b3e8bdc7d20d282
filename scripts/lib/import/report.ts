/** Prints an import report for a person at a terminal. */
import type { ImportReport } from './hf-card.ts';

function section(heading: string, lines: string[]): string[] {
	return lines.length === 0 ? [] : ['', `${heading} (${lines.length}):`, ...lines.map((line) => `  ${line}`)];
}

export function formatReport(report: ImportReport, file: string): string {
	return [
		`✓ wrote ${file} (id "${report.id}", ${report.idSource})`,
		...section(
			'Mapped',
			report.mapped.map((entry) => (entry.note ? `${entry.field}  (${entry.note})` : entry.field)),
		),
		...section(
			'Not copied',
			report.unmapped.map((note) => `${note.line ? `line ${note.line}  ` : ''}${note.field}  ${note.message}`),
		),
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
