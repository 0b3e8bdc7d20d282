/** Uses Starlight's search dialog like a reader and returns the result paths. */
import type { Page } from 'playwright-core';

export async function searchSite(page: Page, query: string): Promise<string[]> {
	// The button works once Starlight's <site-search> element is defined (its module script may
	// still be loading on a busy machine); a reader clicking earlier would simply click again.
	await page.waitForFunction(() => customElements.get('site-search') !== undefined, null, { timeout: 15_000 });
	await page.getByRole('button', { name: /search|搜索/i }).first().click();
	await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
	const results = page.locator('dialog[open] .pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}
