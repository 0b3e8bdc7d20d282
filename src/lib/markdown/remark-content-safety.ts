/**
 * The content-safety rules of `npm run validate`, enforced again in the build: a file under
 * content/ that breaks them fails the build with the same message instead of being rendered.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { checkContentSafety } from '../validation/content-safety.ts';

export function remarkContentSafety(options: { root: string }) {
	const contentDir = resolve(options.root, 'content');
	return (tree: Root, file: { path?: string; history?: string[] }) => {
		const path = file.path ?? file.history?.[0];
		if (!path || !resolve(path).startsWith(contentDir)) return;
		const problems = checkContentSafety(tree, {
			imageSize: (relativePath) => {
				const image = resolve(dirname(path), decodeURI(relativePath.split(/[?#]/)[0]!));
				return existsSync(image) && statSync(image).isFile() ? statSync(image).size : undefined;
			},
		});
		if (problems.length > 0) {
			const where = relative(options.root, path);
			throw new Error(`Unsafe content in ${where} (line numbers count from the end of the front matter; run \`npm run validate\` for file lines):\n${problems.map((problem) => `  line ${problem.line}: ${problem.message}`).join('\n')}`);
		}
	};
}
