/**
 * The per-entry API files. In a build they are cut from each collection's list once the pages are
 * written (src/lib/api-entries.ts says why), by the post-build steps (finish-site.ts) while
 * Pagefind works; in `astro dev` a route renders them on request.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { apiEntryFiles } from '../lib/api-entries.ts';
import { collections } from '../schemas/collections.ts';

/** Writes every collection's entry files under `out/api/`; resolves to how many. */
export async function writeApiEntryFiles(out: string): Promise<number> {
	const api = join(out, 'api');
	let written = 0;
	for (const { route } of collections) {
		const files = apiEntryFiles(route, JSON.parse(await readFile(join(api, `${route}.json`), 'utf8')));
		await mkdir(join(api, route), { recursive: true });
		await Promise.all(files.map(([path, text]) => writeFile(join(api, path), text)));
		written += files.length;
	}
	return written;
}

export function apiEntryRoute(): AstroIntegration {
	return {
		name: 'openmodels:api-entry-route',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'dev') injectRoute({ pattern: '/api/[collection]/[id].json', entrypoint: './src/lib/content/api-entry-route.ts', prerender: true });
			},
		},
	};
}
