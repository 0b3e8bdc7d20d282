/**
 * The content-safety rules of `npm run validate`, enforced again in the build: a file under
 * content/ that breaks them fails the build with the same message instead of being rendered.
 * It checks Sätteri's own parse of the page, the tree that is actually rendered.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { MdastPluginEntry } from 'satteri';
import { checkContentSafety, type SafetyProblem } from '../validation/content-safety.ts';
import { imageSizer } from '../validation/image-size.ts';
import { parseContentFile } from '../validation/front-matter.ts';

export function unsafeContentMessage(where: string, problems: SafetyProblem[]): string {
	return `Unsafe content in ${where} (run \`npm run validate\` to see every problem of every file):\n${problems.map((problem) => `  line ${problem.line}: ${problem.message}`).join('\n')}`;
}

/** The file line of the body's first line; Sätteri counts body lines from 1. Read only when reporting. */
function bodyLineOffset(path: string): number {
	try {
		return parseContentFile(readFileSync(path, 'utf8')).bodyLine - 1;
	} catch {
		return 0;
	}
}

export function contentSafetyPlugin(options: { root: string }): MdastPluginEntry {
	const contentDir = resolve(options.root, 'content') + sep;
	return ({ fileURL }) => {
		const path = fileURL ? resolve(fileURLToPath(fileURL)) : undefined;
		if (!path?.startsWith(contentDir)) return undefined;
		return {
			name: 'openmodels-content-safety',
			options: { position: true },
			before(root) {
				const problems = checkContentSafety(root as Root, { image: imageSizer(path, contentDir) });
				if (problems.length > 0) {
					const offset = bodyLineOffset(path);
					throw new Error(
						unsafeContentMessage(
							relative(options.root, path),
							problems.map((problem) => ({ ...problem, line: problem.line + offset })),
						),
					);
				}
			},
		};
	};
}
