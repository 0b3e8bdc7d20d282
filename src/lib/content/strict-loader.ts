/**
 * Astro's glob loader logs a Markdown file it cannot render (for example one the content-safety
 * plugin rejects) and stores the entry without a body, so the build would publish an empty page.
 * This wrapper turns those errors into a failed build, listing every file, and also catches entries
 * left without a body by an earlier failed build (the loader skips files whose digest is unchanged).
 * In dev (`watcher` set) errors stay on the console and the server keeps running.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

const LOADER_ERROR = /^Error (?:reading|rendering) /;

export function strictLoader(inner: Loader): Loader {
	return {
		...inner,
		load: async (context: LoaderContext) => {
			const errors: string[] = [];
			const logger = Object.create(context.logger, {
				error: {
					value: (message: string) => {
						if (LOADER_ERROR.test(message)) errors.push(message);
						context.logger.error(message);
					},
				},
			}) as LoaderContext['logger'];
			await inner.load({ ...context, logger });
			if (context.watcher) return;
			const unrendered = context.store
				.values()
				.filter((entry) => entry.filePath?.endsWith('.md') && !entry.rendered)
				.map((entry) => `${entry.filePath} has no rendered body (it failed to render; run \`npm run validate\`, fix the file and build again)`);
			// A file that failed this time is in both lists; its own error says more.
			const problems = errors.length > 0 ? errors : unrendered;
			if (problems.length > 0) throw new Error(`Collection "${context.collection}": ${problems.length} file(s) could not be loaded:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
		},
	};
}
