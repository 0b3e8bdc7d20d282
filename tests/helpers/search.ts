/** Uses Starlight's search dialog like a reader and returns the result paths. */
import type { Page } from 'playwright-core';

export async function searchSite(page: Page, query: string): Promise<string[]> {
	// The button works once Starlight's <site-search> element is defined (its module script may
	// still be loading on a busy machine); a reader clicking earlier would simply click again.
	await page.waitForFunction(() => customElements.get('site-search') !== undefined, null, { timeout: 15_000 });
	await page
		.getByRole('button', { name: /search|搜索/i })
		.first()
		.click();
	await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
	const results = page.locator('dialog[open] .pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 15_000 });
	return results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

/**
 * Runs `expression` in the page with `pagefind` bound to the site's Pagefind API, and returns its
 * value. Passed as a string, so the test runner does not rewrite the page's dynamic import.
 */
export function withPagefind<T>(page: Page, siteUrl: string, expression: string): Promise<T> {
	const base = new URL(siteUrl).pathname;
	return page.evaluate(
		`import('${base}pagefind/pagefind.js').then(async (pagefind) => { await pagefind.options({ baseUrl: '${base}' }); return ${expression}; })`,
	) as Promise<T>;
}
