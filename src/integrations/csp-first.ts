/**
 * Astro writes a static page's Content-Security-Policy `<meta>` at the end of `<head>`, after
 * Starlight's entries, the page title among them, and it has no option to place it earlier. This
 * post-build step moves the policy to right after the charset declaration (which must stay in the
 * first bytes), so nothing that comes from content precedes it. It edits Astro's own output,
 * whose tag it finds exactly, never content.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const POLICY = /<meta http-equiv="content-security-policy" content="[^"]*">/;
const CHARSET = /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/?>/i;

/** The page with its policy right after the charset; the page unchanged if it has no policy. */
export function policyFirst(html: string): string {
	const policy = POLICY.exec(html);
	const charset = CHARSET.exec(html);
	if (!policy || !charset || policy.index === charset[0].length) return html;
	const rest = html.slice(0, policy.index) + html.slice(policy.index + policy[0].length);
	return rest.slice(0, charset[0].length) + policy[0] + rest.slice(charset[0].length);
}

/** Moves the policy first in every HTML page under `out`; returns how many pages changed. */
export function movePoliciesFirst(out: string): number {
	let changed = 0;
	for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = join(entry.parentPath, entry.name);
		const html = readFileSync(file, 'utf8');
		const next = policyFirst(html);
		if (next !== html) {
			writeFileSync(file, next);
			changed++;
		}
	}
	return changed;
}
