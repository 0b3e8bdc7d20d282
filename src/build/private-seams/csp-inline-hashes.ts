/**
 * Private seam (seams.ts): reads the component files of the installed Starlight.
 *
 * Astro hashes the scripts it bundles into the page's Content-Security-Policy, but not
 * `is:inline` scripts such as Starlight's theme and search bootstraps. Those are fixed text in
 * component files, so this integration hashes every `is:inline` script of Starlight's components
 * and the site's own once, at startup, and adds the hashes to the policy of every page. (Adding
 * them page by page meant decoding, scanning and re-encoding all 10,000 pages of a 5,000-card build.)
 *
 * This is safe because content cannot contribute scripts: the content-safety rules reject
 * <script> in Markdown and MDX in `npm run validate` and fail the build (src/lib/markdown/content-safety-plugin.ts).
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { installedVersion, seamMessage } from './seams.ts';

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** A script's hash as Astro's CSP configuration takes it (`sha256-…`; the policy quotes it). */
export function scriptHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** The text of each `<script is:inline>` in an Astro component; `define:vars` scripts vary per use and are skipped. */
export function inlineScriptsOfComponent(source: string): string[] {
	return [...source.matchAll(SCRIPT)]
		.filter(([, attributes]) => /\bis:inline\b/.test(attributes!) && !/\bdefine:vars\b/.test(attributes!) && !/\bsrc\s*=/.test(attributes!))
		.map(([, , text]) => text!);
}

/** The text of each script in a built page that runs and is not loaded from a file (JSON-LD and other data blocks do not run). */
export function inlineScriptsOfPage(html: string): string[] {
	return [...html.matchAll(SCRIPT)]
		.filter(
			([, attributes]) => !/\ssrc\s*=/i.test(attributes!) && EXECUTABLE_TYPES.has(/\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]?.toLowerCase() ?? ''),
		)
		.map(([, , text]) => text!);
}

/** Hashes of the inline scripts of every Astro component under the given folders, but those named in `skip`; sorted, without repeats. */
export function inlineScriptHashes(folders: readonly string[], skip: readonly string[] = []): `sha256-${string}`[] {
	const hashes = folders.flatMap((folder) =>
		globSync('**/*.astro', { cwd: folder })
			.filter((file) => !skip.includes(basename(file)))
			.flatMap((file) => inlineScriptsOfComponent(readFileSync(join(folder, file), 'utf8')).map(scriptHash)),
	);
	return [...new Set(hashes)].sort();
}

/**
 * Starlight components whose scripts no page ships: SidebarPersister only runs inside Starlight's
 * Sidebar, which the site overrides with a flat one. Each hash is ~50 bytes on every page; the
 * site test that checks every inline script of every page against its policy catches a mistake here.
 */
export const NEVER_SHIPPED = ['SidebarPersister.astro'];

/** The installed Starlight's folder, whose components are read (its `exports` hide them from `require.resolve`). */
export function starlightFolder(root: string): string {
	return join(root, 'node_modules', '@astrojs', 'starlight');
}

export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'openmodels:csp-inline-hashes',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, logger }) => {
				const root = fileURLToPath(config.root);
				const starlight = starlightFolder(root);
				const hashes = inlineScriptHashes([starlight, join(root, 'src')], NEVER_SHIPPED);
				// Merged into astro.config.mjs's policy; the type wants the whole resolved `csp` object.
				updateConfig({ security: { csp: { scriptDirective: { hashes } } } } as Parameters<typeof updateConfig>[0]);
				const fromStarlight = inlineScriptHashes([starlight], NEVER_SHIPPED).length;
				logger.info(
					seamMessage(
						'csp-inline-hashes',
						`${hashes.length} inline script hashes, ${fromStarlight} of them from the components of @astrojs/starlight ${installedVersion('@astrojs/starlight', root)}`,
					),
				);
			},
		},
	};
}
