import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { strictLoader } from './strict-loader.ts';

type Entry = { id: string; filePath: string; rendered?: { html: string } };

/** A loader context with just what the wrapper and these stand-in loaders use. */
function contextWith(entries: Entry[], watcher?: object) {
	const logged: string[] = [];
	const logger = { label: 'glob-loader', error: (message: string) => logged.push(`error: ${message}`), warn: (message: string) => logged.push(`warn: ${message}`) };
	const context = { collection: 'models', logger, watcher, store: { values: () => entries } } as unknown as LoaderContext;
	return { context, logged };
}
const loaderThat = (load: (context: LoaderContext) => void): Loader => ({ name: 'stand-in', load: async (context) => load(context) });

describe('strictLoader', () => {
	it('fails the build when the wrapped loader cannot render a file, keeping its message on the console', async () => {
		const { context, logged } = contextWith([{ id: 'bad', filePath: 'content/models/bad.md' }]);
		const loader = strictLoader(loaderThat(({ logger }) => logger.error('Error rendering bad.md: Unsafe content in content/models/bad.md')));
		await expect(loader.load(context)).rejects.toThrow('Collection "models": 1 file(s) could not be loaded:\n  Error rendering bad.md: Unsafe content in content/models/bad.md');
		expect(logged).toEqual(['error: Error rendering bad.md: Unsafe content in content/models/bad.md']);
	});

	it('fails on a Markdown entry an earlier build left without a body', async () => {
		const { context } = contextWith([
			{ id: 'ok', filePath: 'content/models/ok.md', rendered: { html: '<p>ok</p>' } },
			{ id: 'tutorial', filePath: 'content/tutorials/t.mdx' },
			{ id: 'stale', filePath: 'content/models/stale.md' },
		]);
		await expect(strictLoader(loaderThat(() => {})).load(context)).rejects.toThrow(/1 file\(s\) could not be loaded:\n {2}content\/models\/stale\.md has no rendered body/);
	});

	it('passes other messages through and loads quietly when every entry rendered', async () => {
		const { context, logged } = contextWith([{ id: 'ok', filePath: 'content/models/ok.md', rendered: { html: '<p>ok</p>' } }]);
		await strictLoader(loaderThat(({ logger }) => { logger.warn('No contents found for empty.md'); logger.error('something else'); })).load(context);
		expect(logged).toEqual(['warn: No contents found for empty.md', 'error: something else']);
	});

	it('only logs in dev, where the server keeps running', async () => {
		const { context, logged } = contextWith([{ id: 'bad', filePath: 'content/models/bad.md' }], {});
		await strictLoader(loaderThat(({ logger }) => logger.error('Error rendering bad.md: broken'))).load(context);
		expect(logged).toEqual(['error: Error rendering bad.md: broken']);
	});
});
