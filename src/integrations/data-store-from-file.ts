/**
 * The content store, read from its file when the pages are rendered instead of compiled into
 * Astro's prerender bundle. Astro's content plugin gives the bundle the whole store as one string
 * literal (`export default JSON.parse("…")`); V8 then keeps the module's source and the literal
 * for as long as the build runs, besides the parsed store: at 5,000 model cards, two strings of
 * about 110 MB each, in every thread that renders pages. Read from the file, only the parsed store
 * stays.
 *
 * Only for static builds, where the bundle runs once, here, right after Astro wrote the file; and
 * only when the module is exactly what Astro makes of that file, so any other shape is left alone.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** Astro's id for the store's module (content/consts.js). */
const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Astro's name for the store's file in the cache folder (content/paths.js). */
const STORE_FILE = 'data-store.json';

/** The module that reads the store from `file` at run time, if `code` embeds exactly that file's `text`; otherwise `undefined`. */
export function storeFromFile(code: string, text: string, file: URL): string | undefined {
	if (code !== `export default JSON.parse(${JSON.stringify(text)})`) return undefined;
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(new URL(${JSON.stringify(file.href)}), 'utf8'));\n`;
}

export function dataStoreFromFile(): AstroIntegration {
	return {
		name: 'openmodels:data-store-from-file',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build' || config.output !== 'static') return;
				const file = new URL(STORE_FILE, config.cacheDir);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'openmodels:data-store-from-file',
								applyToEnvironment: (environment) => environment.name === 'prerender',
								transform: {
									filter: { id: new RegExp(`^${STORE_MODULE_ID}$`) },
									handler(code) {
										let text: string;
										try {
											text = readFileSync(file, 'utf8');
										} catch {
											return undefined;
										}
										const replaced = storeFromFile(code, text, file);
										return replaced === undefined ? undefined : { code: replaced, map: { mappings: '' } };
									},
								},
							},
						],
					},
				});
			},
		},
	};
}
