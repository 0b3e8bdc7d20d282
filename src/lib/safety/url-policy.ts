/**
 * URL rules for content. A URL is judged after the decoding a browser does (entities are
 * already decoded by the parsers; here control characters and whitespace are removed, as the
 * URL parser does), so `jav&#x61;script:` or `java\tscript:` is still `javascript:`.
 */

/** Characters the WHATWG URL parser strips or ignores before reading the scheme. */

const IGNORED = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** The scheme of a URL as a browser reads it, lower-case; undefined for a relative URL. */
export function urlScheme(value: string): string | undefined {
	const cleaned = value.replace(IGNORED, '');
	const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	return match ? match[1]!.toLowerCase() : undefined;
}

/** Schemes a link in a body may use: web pages and e-mail. */
export const LINK_SCHEMES = ['https', 'http', 'mailto'] as const;

/** Problem with a link target in a body, or undefined when it is safe. */
export function linkUrlProblem(value: string, attribute = 'href'): string | undefined {
	const scheme = urlScheme(value);
	if (scheme === undefined) {
		// A relative URL that a browser would read as another host: `//evil`, `/\evil`, `\\evil`.
		const cleaned = value.replace(IGNORED, '');
		if (/^[\\/]{2}/.test(cleaned)) return `"${value}" points to another site without saying so (${attribute}); write the full https:// address`;
		return undefined;
	}
	if ((LINK_SCHEMES as readonly string[]).includes(scheme)) return undefined;
	return `${scheme}: URLs are not allowed (${attribute}); link to an https:// page or a file in the repository`;
}

/**
 * Front-matter URLs: `https:` with a real host, or a path on this site. A site path stays on
 * this site: it starts with one `/`, has no backslash and no characters a browser would drop.
 */
export function frontMatterUrlProblem(value: string): string | undefined {
	if (value !== value.replace(IGNORED, '') || value.includes('\\')) {
		return 'expected a URL without spaces, backslashes or control characters';
	}
	if (value.startsWith('/')) {
		if (value.startsWith('//')) return 'expected an https:// URL or a path on this site starting with a single /';
		return undefined;
	}
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return 'expected an https:// URL (or a path on this site starting with /)';
	}
	if (url.protocol !== 'https:') return `expected an https:// URL (or a path on this site starting with /); ${url.protocol} links are not allowed`;
	if (!url.hostname.includes('.') || url.username || url.password) return 'expected an https:// URL with a real host name (no user name or password in it)';
	return undefined;
}
