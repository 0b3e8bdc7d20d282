import { describe, expect, it } from 'vitest';
import type { PageWeight } from './dist-figures.ts';
import { evaluateTargets, formatBytes, formatMarkdown, formatTable, formatTargets, type BuildFigures, type RunFigures } from './report.ts';

const KB = 1024;
const weight = (html: number, js: number, css: number): PageWeight => ({
	url: '/home/models/x/',
	htmlBytes: html,
	htmlGzipBytes: html / 4,
	jsBytes: js * 3,
	jsGzipBytes: js,
	cssBytes: css * 5,
	cssGzipBytes: css,
	inlineScriptBytes: 0,
	inlineStyleBytes: 0,
	js: [],
	css: [],
	missing: [],
});
const build = (wallMs: number, extra: Partial<BuildFigures> = {}): BuildFigures => ({
	exitCode: 0,
	wallMs,
	htmlPages: 1000,
	msPerPage: wallMs / 1000,
	peakRssBytes: 1024 * 1024 * 1024,
	maxProcesses: 3,
	distBytes: 50 * 1024 * 1024,
	distFiles: 3000,
	pagefindBytes: 5 * 1024 * 1024,
	pagefindFiles: 900,
	modelPage: weight(30 * KB, 5 * KB, 15 * KB),
	modelPages: { count: 500, median: 30 * KB, max: 33 * KB },
	catalogPage: weight(300 * KB, 8 * KB, 15 * KB),
	...extra,
});
const search = (gzip: number, searchGzip = gzip / 2) => ({
	query: 'q',
	initialResults: '5000 models',
	queryResults: '12 models',
	requests: 40,
	totalBytes: gzip * 3,
	totalGzipBytes: gzip,
	searchGzipBytes: searchGzip,
	afterLoadBytes: 100 * KB,
	byPhase: { load: 200 * KB, search: 20 * KB },
	byCategory: { html: 1, css: 2, js: 3, pagefind: 4, other: 5 },
	byCategoryGzip: { html: 1, css: 2, js: 3, pagefind: 4, other: 5 },
	pagefindRequests: 30,
	timeToResultsMs: 900,
	timeToQueryResultsMs: 300,
});
const run = (models: number, site: BuildFigures, extra: Partial<RunFigures> = {}): RunFigures => ({
	models,
	syntheticCards: models - 2,
	keptRealCards: ['a', 'b'],
	translations: 10,
	site,
	...extra,
});

describe('bench report', () => {
	it('passes a run that meets every target', () => {
		const runs = [run(500, build(20_000), { baseline: build(15_000) }), run(5000, build(150_000), { baseline: build(120_000), search: search(200 * KB) })];
		const targets = evaluateTargets(runs);
		expect(targets.map((target) => [target.name, target.pass])).toEqual([
			['build time(5000) / time(500)', true],
			['build time(5000) / baseline', true],
			['build time(5000)', true],
			['peak build memory (max over N)', true],
			['model page HTML growth (500 → 5000)', true],
			['model page HTML (raw)', true],
			['model page eager JS (gzip)', true],
			['eager CSS, model and catalog page (gzip)', true],
			['catalog page eager JS, without Pagefind (gzip)', true],
			['first catalog search at 5000, all bytes from navigation, gzip', true],
			['first catalog search at 5000, bytes the search fetches (typing to results), gzip', true],
		]);
	});

	it('fails what is over, and says n/a for what was not measured', () => {
		const big = build(400_000, { modelPage: weight(45 * KB, 12 * KB, 25 * KB), peakRssBytes: 3 * 1024 ** 3 });
		const targets = evaluateTargets([run(500, build(20_000)), run(5000, big, { search: search(400 * KB, 240 * KB) })]);
		const byName = Object.fromEntries(targets.map((target) => [target.name, target.pass]));
		expect(byName['build time(5000) / time(500)']).toBe(false); // 20×
		expect(byName['build time(5000) / baseline']).toBeUndefined();
		expect(byName['build time(5000)']).toBe(false);
		expect(byName['peak build memory (max over N)']).toBe(false);
		expect(byName['model page HTML growth (500 → 5000)']).toBe(false);
		expect(byName['model page HTML (raw)']).toBe(false);
		expect(byName['model page eager JS (gzip)']).toBe(false);
		expect(byName['eager CSS, model and catalog page (gzip)']).toBe(false);
		expect(byName['first catalog search at 5000, all bytes from navigation, gzip']).toBe(false);
		expect(byName['first catalog search at 5000, bytes the search fetches (typing to results), gzip']).toBe(true);
		const single = evaluateTargets([run(100, build(5000))]);
		expect(single[0]!.pass).toBeUndefined();
		expect(single.find((target) => target.name.startsWith('first catalog search'))!.pass).toBeUndefined();
	});

	it('scales the time-ratio limit with the N ratio', () => {
		const [scaling] = evaluateTargets([run(100, build(10_000)), run(200, build(23_000))]);
		expect(scaling).toMatchObject({ name: 'build time(200) / time(100)', limit: '≤ 2.4', pass: true });
	});

	it('formats bytes, tables, targets and Markdown', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(40 * KB)).toBe('40.0 KB');
		expect(formatBytes(2.5 * 1024 ** 3)).toBe('2.50 GB');
		const runs = [run(500, build(20_000, { steal: 0.123 }), { baseline: build(10_000, { steal: 0.05 }), search: search(100 * KB) })];
		const table = formatTable(runs[0]!);
		expect(table).toMatch(/CPU taken by the hypervisor \(steal\)\s+12 %\s+5 %/);
		expect(table).toContain('build wall time');
		expect(table).toMatch(/build wall time\s+20 s\s+10 s\s+2.00/);
		const targets = evaluateTargets(runs);
		expect(formatTargets(targets)).toMatch(/^n\/a   build time scaling/m);
		const markdown = formatMarkdown(runs, targets, {
			date: '2026-01-01',
			seed: 1,
			query: 'q',
			cpus: 2,
			loadAverage: [1, 2, 3],
			node: 'v24',
			memorySampling: 'sampled',
		});
		expect(markdown).toContain('| PASS | model page HTML (raw) | 30.0 KB | < 40 KB |');
		expect(markdown).toContain('## N = 500');
		const timed = run(
			500,
			build(20_000, {
				time: { phases: { pagefind: 4000, total: 20_000 }, routes: [{ route: '/og/models/[id].png', files: 1000, totalMs: 9000, medianMs: 9 }] },
			}),
		);
		expect(formatTable(timed)).toContain('  OpenModels time: pagefind 4.0 s\n  OpenModels slowest routes: /og/models/[id].png 9.0 s (1000 × 9 ms)');
		expect(formatMarkdown([timed], [], { date: 'd', seed: 1, query: 'q', cpus: 2, loadAverage: [1], node: 'v24', memorySampling: 's' })).toContain(
			'- OpenModels slowest routes: /og/models/[id].png',
		);
	});
});
