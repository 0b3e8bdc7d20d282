/** Uses Starlight's search dialog like a reader and returns the result paths. */
import type { Page } from 'playwright-core';

export async function searchSite(page: Page, query: string): Promise<string[]> {
	await page.getByRole('button', { name: /search|搜索/i }).first().click();
	await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
	const results = page.locator('dialog[open] .pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}
