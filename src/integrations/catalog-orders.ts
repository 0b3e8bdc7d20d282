/**
 * Writes the catalog's sort orders (src/lib/catalog/orders.ts) beside the Pagefind index they
 * belong to, once Pagefind has written it: `pagefind/orders/<language index hash>/<sort>.json`,
 * each a JSON array of page ids. Naming the folder after the index hash means a new index never
 * meets an old order from a cache.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sortIds } from '../lib/catalog/facets.ts';
import { catalogOrders, orderFilePath, type IndexedPage } from '../lib/catalog/orders.ts';
import type { BuildLogger } from '../build/offline/integration.ts';
import type { PagefindIndex } from '../build/private-seams/pagefind-output.ts';

export function writeCatalogOrders(out: string, { entry, fragments }: PagefindIndex, logger: BuildLogger): void {
	const pagesByLanguage = new Map<string, IndexedPage[]>();
	for (const fragment of fragments) {
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
