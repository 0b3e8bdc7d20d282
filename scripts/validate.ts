/**
 * `npm run validate`: checks every content file against the schemas the build uses, without
 * building. Prints `file:line  field  message` per problem; exits 1 when anything is wrong.
 * Never writes a file.
 */
import { relative } from 'node:path';
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { formatAnnotation, formatProblem } from '../src/lib/validation/problem.ts';
import { inTarget, resolveContentTarget } from './lib/content-target.ts';

const target = resolveContentTarget(process.argv[2], process.cwd());
if ('error' in target) {
	console.error(`✗ ${target.error}\nUsage: npm run validate [-- <project folder, or a file or folder in its content/>]`);
	process.exit(2);
}
const { root, only } = target;
const started = performance.now();
const result = await validateContent(root);
const problems = result.problems.filter((problem) => inTarget(problem.file, only));
const { fileCount } = result;
const elapsed = Math.round(performance.now() - started);

for (const problem of problems) console.error(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === 'true') {
	for (const problem of problems) console.log(formatAnnotation(problem));
}
const where = only ?? (relative(process.cwd(), root) || '.');
if (problems.length > 0) {
	console.error(
		`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${where} (${fileCount} files checked in ${elapsed} ms). Fix each line above; "npm run new -- <type> <id>" starts a new file from a template.`,
	);
	// exitCode, not exit(): exit() drops what is still queued for a pipe (a CI log, a test).
	process.exitCode = 1;
} else {
	console.log(
		only ? `✓ ${only} valid (checked with the project's ${fileCount} content files in ${elapsed} ms)` : `✓ ${fileCount} content files valid (${elapsed} ms)`,
	);
}
