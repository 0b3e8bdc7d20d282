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
import type { BuildLogger } from '../offline/integration.ts';
import { fragmentFiles, readPagefindEntry, readPagefindFragment } from './pagefind-output.ts';

export function writeCatalogOrders(out: string, logger: BuildLogger): void {
	const pagefindDir = join(out, 'pagefind');
	const entry = readPagefindEntry(pagefindDir);
	// Without it the catalog could not sort: fail rather than ship a catalog that silently can't.
	if (!entry) throw new Error(`${join(pagefindDir, 'pagefind-entry.json')} is missing: run the search index first (src/integrations/finish-site.ts)`);
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
