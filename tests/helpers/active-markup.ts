/**
 * What in an HTML page could run code or send a reader elsewhere, found by parsing it: script
 * elements, event handlers, script URLs, <base>, <meta http-equiv> and forms posting off-site.
 */
import { parse } from 'node-html-parser';

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

export function activeMarkup(html: string, options: { allowScripts?: (src: string | undefined, type: string | undefined) => boolean } = {}): string[] {
	const found: string[] = [];
	for (const element of parse(html, { comment: false }).querySelectorAll('*')) {
		const tag = element.tagName.toLowerCase();
		const attributes = element.attributes;
		if (tag === 'script' && !options.allowScripts?.(attributes.src, attributes.type)) found.push(`<script${attributes.src ? ` src=${attributes.src}` : ''}>`);
		if (tag === 'base') found.push('<base>');
		if (tag === 'meta' && attributes['http-equiv']) found.push(`<meta http-equiv=${attributes['http-equiv']}>`);
		if (tag === 'form' && /^\s*(?:https?:)?\/\//i.test(attributes.action ?? '')) found.push(`<form action=${attributes.action}>`);
		for (const [name, value] of Object.entries(attributes)) {
			if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
			if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name.toLowerCase()) && SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, '')))
				found.push(`<${tag} ${name}=${value}>`);
		}
	}
	return found;
}
