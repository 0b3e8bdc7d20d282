/**
 * `npm run check:facts`: lists every model card's facts with their sources and flags what a
 * reviewer must look at (a fact neither stated nor marked not applicable, no source, a source that is not an official kind of site, a number
 * not in its quoted words). Exits 1 when anything is flagged. Reads only.
 */
import { inTarget, resolveContentTarget } from './lib/content-target.ts';
import { checkFacts, type CardFacts } from '../src/lib/validation/fact-check.ts';
import { printable } from '../src/lib/validation/problem.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const target = resolveContentTarget(
	process.argv.find((arg, index) => index > 1 && !arg.startsWith('--')),
	process.cwd(),
);
if ('error' in target) {
	console.error(`✗ ${target.error}\nUsage: npm run check:facts [-- <project folder, or a file or folder in its content/>] [--problems]`);
	process.exit(2);
}
const quiet = process.argv.includes('--problems');
const { entries } = await validateContent(target.root);
const cards = (entries.models ?? []).filter((entry) => entry.locale === 'en' && entry.data && inTarget(entry.file, target.only));
let flagged = 0;
let unconfirmed = 0;
for (const entry of cards) {
	const findings = checkFacts({ ...(entry.data as unknown as CardFacts), id: entry.id });
	const problems = findings.filter((finding) => finding.problem);
	flagged += problems.length;
	unconfirmed += findings.filter((finding) => finding.unconfirmed).length;
	if (quiet && problems.length === 0) continue;
	console.log(printable(entry.file));
	for (const finding of quiet ? problems : findings) {
		const mark = finding.problem ? '✗' : finding.source ? '✓' : finding.unconfirmed ? '?' : '–';
		console.log(
			printable(
				`  ${mark} ${finding.field}: ${finding.value}${finding.source ? `  ← ${finding.source}` : ''}${finding.problem ? `  (${finding.problem})` : ''}`,
			),
		);
	}
}
console.log(
	`\n${cards.length} cards; ${flagged === 0 ? 'every fact has an official source' : `${flagged} fact(s) to check`}; ${unconfirmed} fact(s) no official source confirms (?)`,
);
process.exitCode = flagged === 0 ? 0 : 1;
