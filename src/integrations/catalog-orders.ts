/**
 * Writes the catalog's sort orders (src/lib/catalog/orders.ts) beside the Pagefind index they
 * belong to, once Pagefind has written it: `pagefind/orders/<language index hash>/<sort>.json`,
 * each a JSON array of page ids. Naming the folder after the index hash means a new index never
 * meets an old order from a cache.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalogOrders, orderFilePath, sortIds, type IndexedPage } from '../lib/catalog/orders.ts';
import type { PagefindEntry } from '../offline/build.ts';
import type { BuildLogger } from '../offline/integration.ts';
import { fragmentFiles, readPagefindFragment } from './pagefind-fragments.ts';

export function writeCatalogOrders(out: string, logger: BuildLogger): void {
	const pagefindDir = join(out, 'pagefind');
	const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	const pagesByLanguage = new Map<string, IndexedPage[]>();
	for (const file of fragmentFiles(pagefindDir)) {
		const fragment = readPagefindFragment(file);
		const pages = pagesByLanguage.get(fragment.language) ?? [];
		pages.push({ id: fragment.id, meta: fragment.meta });
		pagesByLanguage.set(fragment.language, pages);
	}
	const counts: string[] = [];
	for (const [language, info] of Object.entries(entry.languages)) {
		const orders = catalogOrders(pagesByLanguage.get(language) ?? []);
		for (const id of sortIds) {
			const file = join(out, orderFilePath(info.hash, id));
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify(orders[id]));
		}
		counts.push(`${language} ${orders.name.length}`);
	}
	logger.info(`catalog sort orders: ${counts.join(', ')} models`);
}
