/**
 * Astro hashes the scripts it bundles into the page's Content-Security-Policy, but not
 * `is:inline` scripts such as Starlight's theme and sidebar bootstraps. After the build, this
 * adds the hash of every inline script a page actually ships to that page's policy.
 *
 * This is safe because content cannot contribute scripts: the content-safety rules reject
 * <script> in Markdown and MDX in `npm run validate` and fail the build (remark-content-safety).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Adds the hashes of a page's inline scripts to its CSP meta tag. Pure; returns the new HTML. */
export function addInlineScriptHashes(html: string): string {
	const hashes = new Set<string>();
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1]!;
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
		if (!EXECUTABLE_TYPES.has(type)) continue;
		hashes.add(`'sha256-${createHash('sha256').update(match[2]!).digest('base64')}'`);
	}
	return html.replace(/(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i, (_all, start: string, policy: string, end: string) => {
		const updated = policy.replace(/(script-src\s)([^;]*)/, (_directive, name: string, sources: string) => {
			const missing = [...hashes].filter((hash) => !sources.includes(hash));
			return `${name}${[sources.trim(), ...missing].join(' ')}`;
		});
		return `${start}${updated}${end}`;
	});
}

export function cspInlineHashes(): AstroIntegration {
	return {
		name: 'openmodels:csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
				let changed = 0;
				for (const file of files) {
					const path = join(root, file);
					const html = await readFile(path, 'utf8');
					const updated = addInlineScriptHashes(html);
					if (updated !== html) {
						await writeFile(path, updated);
						changed++;
					}
				}
				logger.info(`Added inline-script hashes to the Content-Security-Policy of ${changed} pages.`);
			},
		},
	};
}
