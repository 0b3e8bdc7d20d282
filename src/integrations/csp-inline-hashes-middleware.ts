/** Adds the page's inline-script hashes to its Content-Security-Policy (see csp-inline-hashes.ts). */
import { defineMiddleware } from 'astro:middleware';
import { addInlineScriptHashes } from './csp-inline-hashes.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(addInlineScriptHashes(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
