/**
 * Checks every internal link and anchor of a built site: the target page exists, the anchor
 * exists on it, and no link leaves the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse } from 'node-html-parser';
import { fileOfUrl, listFiles, urlOfFile } from './site-files.ts';

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

export function checkLinks(dist: string, base: string, origin = 'https://site.invalid'): { broken: BrokenLink[]; pages: number; links: number } {
	const pages = listFiles(dist, '.html');
	const idsByFile = new Map<string, Set<string>>();
	const ids = (file: string) => {
		let set = idsByFile.get(file);
		if (!set) {
			const root = parse(readFileSync(file, 'utf8'));
			set = new Set(root.querySelectorAll('[id]').map((element) => element.getAttribute('id')!));
			idsByFile.set(file, set);
		}
		return set;
	};
	const broken: BrokenLink[] = [];
	let links = 0;
	for (const page of pages) {
		const pageUrl = new URL(urlOfFile(dist, page, base), origin);
		const root = parse(readFileSync(page, 'utf8'));
		for (const anchor of root.querySelectorAll('a[href], link[rel="alternate"][href], link[rel="canonical"][href]')) {
			const href = anchor.getAttribute('href')!;
			if (/^(mailto|tel):/.test(href)) continue;
			const target = new URL(href, pageUrl);
			if (target.origin !== origin) continue;
			links++;
			const file = fileOfUrl(dist, target.pathname, base);
			const where = relative(dist, page);
			if (!file) {
				broken.push({ page: where, href, reason: `leaves the base path ${base}` });
				continue;
			}
			if (!existsSync(file)) {
				broken.push({ page: where, href, reason: 'no such page' });
				continue;
			}
			const hash = decodeURIComponent(target.hash.slice(1));
			if (hash && file.endsWith('.html') && !ids(file).has(hash)) {
				broken.push({ page: where, href, reason: `no element with id "${hash}"` });
			}
		}
	}
	return { broken, pages: pages.length, links };
}
