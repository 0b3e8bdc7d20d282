/**
 * The content store, read from its file when the pages are rendered instead of compiled into
 * Astro's prerender bundle. Astro's content plugin gives the bundle the whole store as one string
 * literal (`export default JSON.parse("…")`); V8 then keeps the module's source and the literal
 * for as long as the build runs, besides the parsed store: at 5,000 model cards, two strings of
 * about 110 MB each, in every thread that renders pages. Read from the file, only the parsed store
 * stays.
 *
 * Only for static builds, where the bundle runs once, here, right after Astro wrote the file; and
 * only when the module has the shape Astro gives it and its literal is exactly as long as that
 * file's text written as a JSON string, so any other module is left alone.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** Astro's id for the store's module (content/consts.js). */
const STORE_MODULE_ID = '\0astro:data-layer-content';
/** Astro's name for the store's file in the cache folder (content/paths.js). */
const STORE_FILE = 'data-store.json';

const PREFIX = 'export default JSON.parse(';
const SUFFIX = ')';

/**
 * The length of `JSON.stringify(text)` for the UTF-8 `bytes` of `text`, counted on the bytes: the
 * store is tens of megabytes, and the string and its JSON form would each take twice that in V8.
 */
export function jsonStringLength(bytes: Uint8Array): number {
	// The quotes, then one UTF-16 code unit per character and two for those beyond the BMP, plus escapes.
	let length = 2;
	for (const byte of bytes) {
		if ((byte & 0xc0) === 0x80) continue; // a continuation byte
		length += byte >= 0xf0 ? 2 : 1;
		if (byte === 0x22 || byte === 0x5c) length += 1; // \" and \\
		else if (byte < 0x20) length += [0x08, 0x09, 0x0a, 0x0c, 0x0d].includes(byte) ? 1 : 5; // \n … or \u00XX
	}
	return length;
}

/** The module that reads the store from `file` at run time, if `code` is Astro's module for that file's `bytes`; otherwise `undefined`. */
export function storeFromFile(code: string, bytes: Uint8Array, file: URL): string | undefined {
	if (!code.startsWith(`${PREFIX}"`) || !code.endsWith(`"${SUFFIX}`)) return undefined;
	if (code.length !== PREFIX.length + jsonStringLength(bytes) + SUFFIX.length) return undefined;
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
										let bytes: Buffer;
										try {
											bytes = readFileSync(file);
										} catch {
											return undefined;
										}
										const replaced = storeFromFile(code, bytes, file);
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
