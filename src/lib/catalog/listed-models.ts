/**
 * Every model of a locale in the order of the catalog's plain list (pages.ts), sorted once per
 * process and shared by every list page it renders. The list pages' props name only their page:
 * Astro sends each page's props to the worker that renders it, and the whole catalog in the props
 * of each of hundreds of list pages would be sent hundreds of times.
 */
import { getLocalized, type Localized } from '../content/load.ts';
import type { ContentLocale } from '../../schemas/shared.ts';
import { listOrder } from './pages.ts';

const lists = new Map<ContentLocale, Promise<Localized<'models'>[]>>();

export function listedModels(locale: ContentLocale): Promise<Localized<'models'>[]> {
	let list = lists.get(locale);
	if (!list) {
		list = getLocalized('models', locale).then(listOrder);
		lists.set(locale, list);
	}
	return list;
}
