/**
 * The per-entry API files. In a build they are cut from each collection's list once the pages are
 * written (src/lib/api-entries.ts says why); in `astro dev` a route renders them on request.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { apiEntryFiles } from '../lib/api-entries.ts';
import { collections } from '../schemas/collections.ts';

export function apiEntryFilesIntegration(): AstroIntegration {
	return {
		name: 'openmodels:api-entry-files',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'dev') injectRoute({ pattern: '/api/[collection]/[id].json', entrypoint: './src/lib/content/api-entry-route.ts', prerender: true });
			},
			'astro:build:done': ({ dir, logger }) => {
				const api = join(fileURLToPath(dir), 'api');
				let written = 0;
				for (const { route } of collections) {
					for (const [path, text] of apiEntryFiles(route, JSON.parse(readFileSync(join(api, `${route}.json`), 'utf8')))) {
						mkdirSync(dirname(join(api, path)), { recursive: true });
						writeFileSync(join(api, path), text);
						written++;
					}
				}
				logger.info(`${written} API entry files written from the collection lists`);
			},
		},
	};
}
