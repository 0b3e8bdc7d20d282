/**
 * `npm run validate`: checks every content file against the schemas the build uses, without
 * building. Prints `file:line  field  message` per problem; exits 1 when anything is wrong.
 * Never writes a file.
 */
import { relative, resolve } from 'node:path';
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { formatAnnotation, formatProblem } from '../src/lib/validation/problem.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { problems, fileCount } = await validateContent(root);
const elapsed = Math.round(performance.now() - started);

for (const problem of problems) console.error(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === 'true') {
	for (const problem of problems) console.log(formatAnnotation(problem));
}
const where = relative(process.cwd(), root) || '.';
if (problems.length > 0) {
	console.error(
		`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${where} (${fileCount} files checked in ${elapsed} ms). Fix each line above; "npm run new -- <type> <id>" starts a new file from a template.`,
	);
	process.exit(1);
}
console.log(`✓ ${fileCount} content files valid (${elapsed} ms)`);
