/**
 * Private seam (seams.ts): rewrites a module of the installed Starlight's compiled source.
 *
 * Builds the frontmatter schema of `<StarlightPage>` once per build instead of once per page.
 *
 * Starlight 0.42 calls `StarlightPageFrontmatterSchema(context)` on every render of
 * `<StarlightPage>`: it builds the whole docs frontmatter schema (head, hero, sidebar, …) again
 * with Zod, and Zod 4 compiles each new schema's fast path again on its first parse. Every model
 * card, event and working-group page uses `<StarlightPage>`, so on a 5,000-card catalog this was
 * a tenth of page generation (about 1 ms per page in a CPU profile of the build). The schema
 * depends only on the site's configuration, so one instance serves every page: the memoised
 * build validates exactly as before.
 *
 * The transform matches Starlight's compiled source. If an upgrade changes it, the build warns
 * and runs unchanged (only slower), and `starlight-page-schema.contract.test.ts` fails on the
 * installed version so the anchor gets updated.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { installedVersion, seamMessage } from './seams.ts';

export const STARLIGHT_PAGE_MODULE = /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]utils[\\/]starlight-page\.js$/;
const SCHEMA_FACTORY = 'const StarlightPageFrontmatterSchema = async (context) => {';

/** The module's source with the schema factory memoised, or `undefined` if its shape is not the expected one. */
export function memoizeStarlightPageSchema(source: string): string | undefined {
	if (source.split(SCHEMA_FACTORY).length !== 2) return undefined;
	return source.replace(
		SCHEMA_FACTORY,
		[
			'let memoizedStarlightPageFrontmatterSchema;',
			'const StarlightPageFrontmatterSchema = (context) => (memoizedStarlightPageFrontmatterSchema ??= buildStarlightPageFrontmatterSchema(context));',
			'const buildStarlightPageFrontmatterSchema = async (context) => {',
		].join('\n'),
	);
}

export function starlightPageSchemaCache(): AstroIntegration {
	return {
		name: 'openmodels:starlight-page-schema',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, logger }) => {
				const version = installedVersion('@astrojs/starlight', fileURLToPath(config.root));
				// Each Vite environment that bundles pages transforms the module once; one line says it applied.
				let logged = false;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'openmodels:starlight-page-schema',
								enforce: 'pre',
								transform(code, id) {
									if (!STARLIGHT_PAGE_MODULE.test(id.split('?')[0]!)) return undefined;
									const memoized = memoizeStarlightPageSchema(code);
									if (memoized === undefined)
										logger.warn(
											'Starlight’s page module changed shape: its frontmatter schema is rebuilt per page (slower builds; see src/build/private-seams/starlight-page-schema.ts)',
										);
									else if (!logged) {
										logged = true;
										logger.info(
											seamMessage('starlight-page-schema', `memoised the frontmatter schema in @astrojs/starlight ${version} dist/utils/starlight-page.js`),
										);
									}
									return memoized;
								},
							},
						],
					},
				});
			},
		},
	};
}
