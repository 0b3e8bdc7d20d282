/**
 * What a page loads eagerly: the module scripts and stylesheets its HTML references, plus every
 * module those scripts import statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from`). Dynamic `import()` is not followed: it loads on demand (Pagefind, the
 * search modal). Pure except for the `read` callback.
 */
import { gzipSync } from 'node:zlib';

export interface HtmlAssets {
	/** `src` of `<script type="module" src>` (and classic `<script src>`). */
	scripts: string[];
	/** Bodies of inline `<script type="module">`, whose static imports are loaded eagerly too. */
	inlineModules: string[];
	/** `href` of `<link rel="stylesheet">` (any media). */
	stylesheets: string[];
	/** Bytes of inline `<script>` and `<style>` bodies (already counted in the HTML). */
	inlineScriptBytes: number;
	inlineStyleBytes: number;
}

const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((value) => value !== undefined);

export function htmlAssets(html: string): HtmlAssets {
	const result: HtmlAssets = { scripts: [], inlineModules: [], stylesheets: [], inlineScriptBytes: 0, inlineStyleBytes: 0 };
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const tag = `<script ${match[1]}>`;
		const src = attribute(tag, 'src');
		const type = attribute(tag, 'type');
		if (src) {
			if (!type || type === 'module' || type === 'text/javascript') result.scripts.push(src);
		} else if (!type || type === 'module' || type === 'text/javascript') {
			result.inlineScriptBytes += Buffer.byteLength(match[2]!);
			if (type === 'module') result.inlineModules.push(match[2]!);
		}
	}
	for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) result.inlineStyleBytes += Buffer.byteLength(match[1]!);
	for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attribute(match[0], 'rel');
		const href = attribute(match[0], 'href');
		if (href && rel?.toLowerCase().split(/\s+/).includes('stylesheet')) result.stylesheets.push(href);
	}
	return result;
}

/** Specifiers of static imports and re-exports in (minified) ES module code; not `import()`. */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	// `import x from "y"`, `import{a as b}from"y"`, `import * as x from "y"`, `export{a}from"y"`, `export*from"y"`
	for (const match of code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)["'`]([^"'`]+)["'`]/g)) found.add(match[1]!);
	// `import "y"` (side effect only)
	for (const match of code.matchAll(/(?:^|[^\w$.])import\s*["'`]([^"'`]+)["'`]/g)) found.add(match[1]!);
	return [...found];
}

export interface Asset {
	url: string;
	kind: 'js' | 'css';
	bytes: number;
	gzipBytes: number;
}

export interface EagerAssets {
	js: Asset[];
	css: Asset[];
	inlineScriptBytes: number;
	inlineStyleBytes: number;
	/** URLs referenced but not found in the build. */
	missing: string[];
}

export const gzipSize = (content: Buffer | string) => gzipSync(content).length;

export const sum = (assets: readonly Asset[], key: 'bytes' | 'gzipBytes') => assets.reduce((total, asset) => total + asset[key], 0);

/**
 * The eager JS and CSS of the page at `pageUrl` (a path such as `/home/models/`), following
 * static imports. `read` returns a URL path's file content, or undefined when it is not in the build.
 */
export function eagerAssets(html: string, pageUrl: string, read: (urlPath: string) => Buffer | undefined): EagerAssets {
	const found = htmlAssets(html);
	const origin = 'http://site.invalid';
	const resolve = (specifier: string, from: string) => {
		const url = new URL(specifier, new URL(from, origin));
		return url.origin === origin ? url.pathname : undefined;
	};
	const result: EagerAssets = { js: [], css: [], inlineScriptBytes: found.inlineScriptBytes, inlineStyleBytes: found.inlineStyleBytes, missing: [] };
	const seen = new Set<string>();
	const visitJs = (path: string | undefined) => {
		if (!path || seen.has(path)) return;
		seen.add(path);
		const content = read(path);
		if (!content) {
			result.missing.push(path);
			return;
		}
		result.js.push({ url: path, kind: 'js', bytes: content.length, gzipBytes: gzipSize(content) });
		for (const specifier of staticImports(content.toString('utf8'))) visitJs(resolve(specifier, path));
	};
	for (const src of found.scripts) visitJs(resolve(src, pageUrl));
	for (const code of found.inlineModules) for (const specifier of staticImports(code)) visitJs(resolve(specifier, pageUrl));
	for (const href of found.stylesheets) {
		const path = resolve(href, pageUrl);
		if (!path || seen.has(path)) continue;
		seen.add(path);
		const content = read(path);
		if (!content) result.missing.push(path);
		else result.css.push({ url: path, kind: 'css', bytes: content.length, gzipBytes: gzipSize(content) });
	}
	return result;
}
