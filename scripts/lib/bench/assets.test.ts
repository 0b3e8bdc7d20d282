import { describe, expect, it } from 'vitest';
import { eagerAssets, htmlAssets, staticImports } from './assets.ts';

const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/home/_astro/main.css"><link rel="stylesheet" href="/home/_astro/print.css" media="print">
<link rel="preload" href="/home/_astro/font.woff2"><link rel=icon href="/home/favicon.svg">
<script>window.theme = 1;</script>
<script type="module" src="/home/_astro/page.js"></script>
<script type="module">import{t as e}from"/home/_astro/toc.js";e();</script>
<style>body{color:red}</style>
</head><body><script type="application/ld+json">{"a":1}</script></body></html>`;

describe('eager assets', () => {
	it('finds module scripts, inline modules and stylesheets in HTML', () => {
		const found = htmlAssets(html);
		expect(found.scripts).toEqual(['/home/_astro/page.js']);
		expect(found.stylesheets).toEqual(['/home/_astro/main.css', '/home/_astro/print.css']);
		expect(found.inlineModules).toHaveLength(1);
		expect(found.inlineScriptBytes).toBe('window.theme = 1;'.length + 'import{t as e}from"/home/_astro/toc.js";e();'.length);
		expect(found.inlineStyleBytes).toBe('body{color:red}'.length);
	});

	it('follows static imports and re-exports, not dynamic import()', () => {
		const code =
			'import{t as e}from"./a.js";import"./b.js";export{x}from"./c.js";export*from"./d.js";import * as ns from "./e.js";const p=import(`./lazy.js`);const q=import("./lazy2.js");x.import("./no.js")';
		expect(staticImports(code).sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js']);
	});

	it('sums the closure of static imports once per file, resolving relative URLs', () => {
		const files: Record<string, string> = {
			'/home/_astro/page.js': 'import{a}from"./shared.js";import("./ui.js")',
			'/home/_astro/shared.js': 'export const a=1;import"./page.js"',
			'/home/_astro/toc.js': 'import{a}from"./shared.js";export const t=()=>a',
			'/home/_astro/main.css': 'body{margin:0}',
			'/home/_astro/ui.js': 'x'.repeat(10000),
		};
		const assets = eagerAssets(html, '/home/models/x/', (path) => (files[path] === undefined ? undefined : Buffer.from(files[path]!)));
		expect(assets.js.map((asset) => asset.url)).toEqual(['/home/_astro/page.js', '/home/_astro/shared.js', '/home/_astro/toc.js']);
		expect(assets.css.map((asset) => asset.url)).toEqual(['/home/_astro/main.css']);
		expect(assets.missing).toEqual(['/home/_astro/print.css']);
		expect(assets.js[0]!.bytes).toBe(files['/home/_astro/page.js']!.length);
		expect(assets.js[0]!.gzipBytes).toBeGreaterThan(0);
	});
});
