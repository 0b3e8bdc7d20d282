/**
 * The places where the build relies on another package's private shape: its files, its compiled
 * source or its output format, none of them documented. Everything else uses Astro's and
 * Starlight's public options. Each seam here
 * - lives in this folder,
 * - has a contract test (`<seam>.contract.test.ts`) that checks the installed package still has
 *   the shape it relies on, so an upgrade that changes it fails the unit tests, not the site;
 * - logs `private seam <name>: …` when it runs, and tests/site/private-seams.test.ts checks the
 *   build log for every seam listed below, so a seam that silently stops applying is noticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's folder, whose node_modules the build uses. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const privateSeams = {
	'csp-inline-hashes': { package: '@astrojs/starlight', why: "hashes the is:inline scripts of Starlight's component files for the Content-Security-Policy" },
	'starlight-page-schema': { package: '@astrojs/starlight', why: "memoises the frontmatter schema in Starlight's compiled page module" },
	'pagefind-output': { package: 'pagefind', why: "reads Pagefind's entry file and page fragments for the catalog's sort orders and the offline plans" },
	'code-block-labels': {
		package: '@astrojs/markdown-satteri',
		why: "appends a plugin after Expressive Code's to the Sätteri processor's plugin list, to label Chinese pages' code blocks in Chinese",
	},
} as const;

export type SeamName = keyof typeof privateSeams;

/** The log line of a seam that ran: tests/site/private-seams.test.ts looks for its start. */
export function seamMessage(name: SeamName, detail: string): string {
	return `private seam ${name}: ${detail}`;
}

/**
 * The installed version of a package, from the project's node_modules: the packages' `exports`
 * hide their package.json from `require.resolve`, and the project's copy is the one the build uses.
 */
export function installedVersion(name: string, root = projectRoot): string {
	return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}
