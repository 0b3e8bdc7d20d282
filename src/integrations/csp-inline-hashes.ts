/**
 * Astro hashes the scripts it bundles into the page's Content-Security-Policy, but not
 * `is:inline` scripts such as Starlight's theme and sidebar bootstraps. A middleware adds the
 * hash of every inline script a page actually ships to that page's policy.
 *
 * This is safe because content cannot contribute scripts: the content-safety rules reject
 * <script> in Markdown and MDX in `npm run validate` and fail the build (src/lib/markdown/content-safety-plugin.ts).
 */
import { createHash } from 'node:crypto';
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
			'astro:config:setup': ({ addMiddleware }) => {
				// As each page is rendered: rewriting every HTML file after the build read and wrote
				// 10,000 files at 5,000 model cards, about 15 s of a build's single thread.
				addMiddleware({ entrypoint: new URL('./csp-inline-hashes-middleware.ts', import.meta.url), order: 'post' });
			},
		},
	};
}
