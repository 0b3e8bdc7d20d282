/**
 * The build runs `npm run validate` before Astro reads any content, and stops on any problem
 * with the same messages. Whatever validate rejects can then never reach Astro's loaders, the
 * MDX compiler or a page; the Markdown plugin and the collection schemas check again on the
 * build's own parse as defence in depth.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/validation/problem.ts';
import { validateContent } from '../lib/validation/validate-content.ts';

export function contentGate(): AstroIntegration {
	return {
		name: 'openmodels:content-gate',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const { problems, fileCount } = await validateContent(fileURLToPath(config.root));
				if (problems.length === 0) {
					logger.info(`${fileCount} content files valid`);
					return;
				}
				const report = problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
				// In dev the server keeps running so an author sees the page while fixing it.
				if (command === 'dev') logger.warn(`${problems.length} content problem(s):\n${report}`);
				else
					throw new Error(
						`content check failed: ${problems.length} problem(s); nothing was built. Fix each line (the same as \`npm run validate\` prints):\n${report}`,
					);
			},
		},
	};
}
