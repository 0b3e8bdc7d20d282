/**
 * "Compare" links on model pages and in the catalog: a plain link to the compare page with this
 * one model, which this script turns into "add to the comparison" when the reader already chose
 * models on the compare page (remembered in localStorage by src/scripts/compare.ts).
 */
import { COMPARED_STORAGE_KEY, comparedIds, comparedSearch, MAX_COMPARED, withCompared } from '../lib/compare.ts';

function storedChoice(): string[] {
	try {
		return comparedIds(`?models=${localStorage.getItem(COMPARED_STORAGE_KEY) ?? ''}`);
	} catch {
		return []; // storage blocked: the links keep their plain form
	}
}

/** Updates every `a[data-compare-with]` under `root` to add its model to the stored choice. */
export function enhanceCompareLinks(root: ParentNode = document): void {
	const chosen = storedChoice();
	if (chosen.length === 0) return;
	for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-compare-with]')) {
		const id = link.dataset.compareWith!;
		link.href = `${link.dataset.compareBase}${comparedSearch(withCompared(chosen, id))}`;
		const text = link.querySelector('[data-compare-text]');
		// A full choice makes room by dropping the model chosen first: the link says so.
		const words = chosen.length >= MAX_COMPARED ? link.dataset.replaceText : link.dataset.addText;
		if (!chosen.includes(id) && text && words) text.textContent = words.replace('{count}', String(chosen.length));
	}
}

enhanceCompareLinks();
