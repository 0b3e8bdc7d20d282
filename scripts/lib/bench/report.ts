/** Figures of a benchmark run, the targets they are held to, and their text and Markdown forms. Pure. */
import { formatBreakdown, type TimeBreakdown } from './build-log.ts';
import type { PageWeight } from './dist-figures.ts';
import type { SearchFigures } from './search.ts';

export interface BuildFigures {
	exitCode: number | null;
	wallMs: number;
	/** CPU time (user + system) of the build's process tree; less sensitive to other jobs than wall time. */
	cpuMs?: number;
	/** Mean 1-minute load average while it built (the build's own threads included). */
	meanLoad?: number;
	/** Share of the machine's CPU the hypervisor took during the build (0–1). */
	steal?: number;
	htmlPages: number;
	msPerPage: number;
	peakRssBytes: number;
	maxProcesses: number;
	distBytes: number;
	distFiles: number;
	pagefindBytes: number;
	pagefindFiles: number;
	/** The same synthetic card's page (card 0) at every N. */
	modelPage: PageWeight;
	/** All English model pages: count, median and largest HTML. */
	modelPages: { count: number; median: number; max: number; maxPage?: string };
	catalogPage?: PageWeight;
	/** Where the build time went, from the build's log. */
	time?: TimeBreakdown;
	/** When the memory peak happened, what the log said then, and the largest processes. */
	peak?: { atMs: number; during?: string; byProcess: { name: string; bytes: number }[] };
}

export interface RunFigures {
	models: number;
	syntheticCards: number;
	keptRealCards: string[];
	translations: number;
	site: BuildFigures;
	baseline?: BuildFigures;
	search?: Omit<SearchFigures, 'records'> & { records?: SearchFigures['records'] };
}

export interface Target {
	name: string;
	value: string;
	limit: string;
	/** undefined: not measured in this run. */
	pass: boolean | undefined;
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

export function formatBytes(bytes: number): string {
	if (bytes >= GB) return `${(bytes / GB).toFixed(2)} GB`;
	if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
	if (bytes >= KB) return `${(bytes / KB).toFixed(1)} KB`;
	return `${bytes} B`;
}

export const formatMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);
const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : '');
const percent = (share: number | undefined) => (share === undefined ? '' : `${(share * 100).toFixed(0)} %`);

/** The targets, evaluated over every N of the run (largest N where a target names 5000). */
export function evaluateTargets(runs: readonly RunFigures[]): Target[] {
	const sorted = [...runs].sort((a, b) => a.models - b.models);
	const smallest = sorted[0];
	const largest = sorted[sorted.length - 1];
	const targets: Target[] = [];
	if (!smallest || !largest) return targets;

	// Build time should grow about linearly: 10× the cards, at most 12× the time.
	if (sorted.length > 1) {
		const factor = largest.models / smallest.models;
		const limit = 1.2 * factor;
		const value = largest.site.wallMs / smallest.site.wallMs;
		targets.push({
			name: `build time(${largest.models}) / time(${smallest.models})`,
			value: `${value.toFixed(2)}${cpuRatio(largest.site, smallest.site)}`,
			limit: `≤ ${limit.toFixed(1)}`,
			pass: value <= limit,
		});
	} else {
		targets.push({ name: 'build time scaling', value: 'needs two N', limit: '≤ 1.2 × N ratio', pass: undefined });
	}
	const base = largest.baseline;
	targets.push({
		name: `build time(${largest.models}) / baseline`,
		value: base ? `${(largest.site.wallMs / base.wallMs).toFixed(2)}${cpuRatio(largest.site, base)}` : 'no baseline',
		limit: '≤ 1.5',
		pass: base ? largest.site.wallMs <= 1.5 * base.wallMs : undefined,
	});
	targets.push({ name: `build time(${largest.models})`, value: formatMs(largest.site.wallMs), limit: '< 3 min', pass: largest.site.wallMs < 180_000 });
	const peak = Math.max(...sorted.map((run) => run.site.peakRssBytes));
	targets.push({ name: 'peak build memory (max over N)', value: formatBytes(peak), limit: '< 2.5 GB', pass: peak < 2.5 * GB });

	const firstPage = smallest.site.modelPage.htmlBytes;
	const lastPage = largest.site.modelPage.htmlBytes;
	targets.push({
		name: `model page HTML growth (${smallest.models} → ${largest.models})`,
		value: `${formatBytes(firstPage)} → ${formatBytes(lastPage)}`,
		limit: '≤ +3%',
		pass: sorted.length > 1 ? lastPage <= firstPage * 1.03 : undefined,
	});
	const biggestPage = Math.max(...sorted.map((run) => run.site.modelPage.htmlBytes));
	targets.push({ name: 'model page HTML (raw)', value: formatBytes(biggestPage), limit: '< 40 KB', pass: biggestPage < 40 * KB });
	const modelJs = Math.max(...sorted.map((run) => run.site.modelPage.jsGzipBytes));
	targets.push({ name: 'model page eager JS (gzip)', value: formatBytes(modelJs), limit: '≤ 10 KB', pass: modelJs <= 10 * KB });
	const css = Math.max(...sorted.flatMap((run) => [run.site.modelPage.cssGzipBytes, run.site.catalogPage?.cssGzipBytes ?? 0]));
	targets.push({ name: 'eager CSS, model and catalog page (gzip)', value: formatBytes(css), limit: '≤ 20 KB', pass: css <= 20 * KB });
	const catalogJs = Math.max(...sorted.map((run) => run.site.catalogPage?.jsGzipBytes ?? 0));
	targets.push({ name: 'catalog page eager JS, without Pagefind (gzip)', value: formatBytes(catalogJs), limit: '≤ 15 KB', pass: catalogJs <= 15 * KB });
	const search = largest.search;
	targets.push({
		name: `first catalog search at ${largest.models}, all bytes from navigation, gzip`,
		value: search ? `${formatBytes(search.totalGzipBytes)} (raw ${formatBytes(search.totalBytes)})` : 'not measured',
		limit: '≤ 250 KB',
		pass: search ? search.totalGzipBytes <= 250 * KB : undefined,
	});
	targets.push({
		name: `first catalog search at ${largest.models}, bytes the search fetches (typing to results), gzip`,
		value: search?.searchGzipBytes !== undefined ? formatBytes(search.searchGzipBytes) : 'not measured',
		limit: '≤ 250 KB',
		pass: search?.searchGzipBytes !== undefined ? search.searchGzipBytes <= 250 * KB : undefined,
	});
	return targets;
}

/** " (CPU 3.10)": the same ratio in CPU time, when both builds have it. */
function cpuRatio(a: BuildFigures, b: BuildFigures): string {
	return a.cpuMs && b.cpuMs ? ` (CPU ${(a.cpuMs / b.cpuMs).toFixed(2)})` : '';
}

export const verdict = (pass: boolean | undefined) => (pass === undefined ? 'n/a ' : pass ? 'PASS' : 'FAIL');

type Row = [string, string, string, string];

function rows(run: RunFigures): Row[] {
	const site = run.site;
	const base = run.baseline;
	const page = (weight: PageWeight | undefined, key: 'html' | 'js' | 'css') =>
		weight ? `${formatBytes(weight[`${key}Bytes`])} (gz ${formatBytes(weight[`${key}GzipBytes`])})` : '';
	const result: Row[] = [
		['build wall time', formatMs(site.wallMs), base ? formatMs(base.wallMs) : '', ratio(site.wallMs, base?.wallMs)],
		[
			'build CPU time (user+sys)',
			site.cpuMs ? formatMs(site.cpuMs) : '',
			base?.cpuMs ? formatMs(base.cpuMs) : '',
			site.cpuMs ? ratio(site.cpuMs, base?.cpuMs) : '',
		],
		[
			'mean load average during build',
			site.meanLoad !== undefined ? site.meanLoad.toFixed(1) : '',
			base?.meanLoad !== undefined ? base.meanLoad.toFixed(1) : '',
			'',
		],
		['CPU taken by the hypervisor (steal)', percent(site.steal), percent(base?.steal), ''],
		['HTML pages built', String(site.htmlPages), base ? String(base.htmlPages) : '', ratio(site.htmlPages, base?.htmlPages)],
		['ms per HTML page', site.msPerPage.toFixed(1), base ? base.msPerPage.toFixed(1) : '', ratio(site.msPerPage, base?.msPerPage)],
		['peak RSS (process tree)', formatBytes(site.peakRssBytes), base ? formatBytes(base.peakRssBytes) : '', ratio(site.peakRssBytes, base?.peakRssBytes)],
		[
			'dist/ size',
			`${formatBytes(site.distBytes)} (${site.distFiles} files)`,
			base ? `${formatBytes(base.distBytes)} (${base.distFiles} files)` : '',
			ratio(site.distBytes, base?.distBytes),
		],
		[
			'Pagefind index (dist/pagefind)',
			`${formatBytes(site.pagefindBytes)} (${site.pagefindFiles} files)`,
			base ? `${formatBytes(base.pagefindBytes)} (${base.pagefindFiles} files)` : '',
			ratio(site.pagefindBytes, base?.pagefindBytes),
		],
		['model page HTML (card 0)', page(site.modelPage, 'html'), page(base?.modelPage, 'html'), ratio(site.modelPage.htmlBytes, base?.modelPage.htmlBytes)],
		[
			'model pages HTML median / max',
			`${formatBytes(site.modelPages.median)} / ${formatBytes(site.modelPages.max)}`,
			base ? `${formatBytes(base.modelPages.median)} / ${formatBytes(base.modelPages.max)}` : '',
			'',
		],
		['model page eager JS', page(site.modelPage, 'js'), page(base?.modelPage, 'js'), ratio(site.modelPage.jsGzipBytes, base?.modelPage.jsGzipBytes)],
		['model page eager CSS', page(site.modelPage, 'css'), page(base?.modelPage, 'css'), ratio(site.modelPage.cssGzipBytes, base?.modelPage.cssGzipBytes)],
		['catalog page HTML', page(site.catalogPage, 'html'), '', ''],
		['catalog page eager JS', page(site.catalogPage, 'js'), '', ''],
		['catalog page eager CSS', page(site.catalogPage, 'css'), '', ''],
	];
	const search = run.search;
	if (search) {
		result.push(
			['first search: all bytes (gzip)', `${formatBytes(search.totalBytes)} (${formatBytes(search.totalGzipBytes)})`, '', ''],
			['  HTML / CSS / JS / other', ['html', 'css', 'js', 'other'].map((key) => formatBytes(search.byCategory[key as 'html'])).join(' / '), '', ''],
			['  Pagefind (requests)', `${formatBytes(search.byCategory.pagefind)} (${search.pagefindRequests})`, '', ''],
			['  after load event', formatBytes(search.afterLoadBytes), '', ''],
			[
				'  typed query only (gzip)',
				`${formatBytes(search.byPhase.search)} (${search.searchGzipBytes !== undefined ? formatBytes(search.searchGzipBytes) : '–'})`,
				'',
				'',
			],
			['  time to results / query', `${formatMs(search.timeToResultsMs)} / ${formatMs(search.timeToQueryResultsMs)}`, '', ''],
		);
	}
	return result;
}

function title(run: RunFigures): string {
	return `N = ${run.models}: ${run.syntheticCards} synthetic + ${run.keptRealCards.length} real cards (${run.translations} synthetic zh-cn translations); every model page is built in 2 locales`;
}

export function formatTable(run: RunFigures): string {
	const header: Row = ['', 'OpenModels', run.baseline ? 'baseline' : '', run.baseline ? 'ratio' : ''];
	const all = [header, ...rows(run)];
	const widths = [0, 1, 2, 3].map((i) => Math.max(...all.map((row) => row[i]!.length)));
	const line = (row: Row) =>
		row
			.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
			.join('  ')
			.trimEnd();
	return [title(run), line(header), ...rows(run).map(line), ...timeLines(run).map((text) => `  ${text}`)].join('\n');
}

/** "Where the time goes" per site of a run, from the build logs. */
function timeLines(run: RunFigures): string[] {
	const lines: string[] = [];
	for (const [label, figures] of [
		['OpenModels', run.site],
		['baseline', run.baseline],
	] as const) {
		if (!figures?.time) continue;
		const [phases, routes] = formatBreakdown(figures.time);
		lines.push(`${label} time: ${phases ?? ''}`);
		if (routes) lines.push(`${label} slowest routes: ${routes}`);
	}
	for (const [label, figures] of [
		['OpenModels', run.site],
		['baseline', run.baseline],
	] as const) {
		if (!figures?.peak) continue;
		const processes = figures.peak.byProcess
			.slice(0, 3)
			.map((process) => `${process.name} ${formatBytes(process.bytes)}`)
			.join(', ');
		lines.push(
			`${label} memory peak at ${formatMs(figures.peak.atMs)} (${processes})${figures.peak.during ? `, log then: "${figures.peak.during.slice(0, 90)}"` : ''}`,
		);
	}
	return lines;
}

export function formatTargets(targets: readonly Target[]): string {
	const width = Math.max(...targets.map((target) => target.name.length));
	const valueWidth = Math.max(...targets.map((target) => target.value.length));
	return targets.map((target) => `${verdict(target.pass)}  ${target.name.padEnd(width)}  ${target.value.padStart(valueWidth)}  (${target.limit})`).join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export interface RunContext {
	date: string;
	seed: number;
	query: string;
	cpus: number;
	loadAverage: number[];
	node: string;
	memorySampling: string;
}

export function formatMarkdown(runs: readonly RunFigures[], targets: readonly Target[], context: RunContext): string {
	const out: string[] = [
		'# OpenModels build benchmark',
		'',
		`Generated by \`npm run bench\` on ${context.date} (Node.js ${context.node}, ${context.cpus} CPUs, load average before the run ${context.loadAverage.map((n) => n.toFixed(1)).join(' / ')}; other jobs may share the machine, so times are indicative). Seed ${context.seed}; the browser typed "${context.query}".`,
		'',
		'## Targets',
		'',
		'| | target | value | limit |',
		'| --- | --- | --- | --- |',
		...targets.map((target) => `| ${verdict(target.pass).trim()} | ${cell(target.name)} | ${cell(target.value)} | ${cell(target.limit)} |`),
		'',
	];
	for (const run of runs) {
		out.push(
			`## ${cell(title(run))}`,
			'',
			`| | OpenModels |${run.baseline ? ' baseline | ratio |' : ''}`,
			`| --- | --- |${run.baseline ? ' --- | --- |' : ''}`,
		);
		for (const row of rows(run)) out.push(`| ${cell(row[0].trim())} | ${cell(row[1])} |${run.baseline ? ` ${cell(row[2])} | ${cell(row[3])} |` : ''}`);
		out.push('');
		const time = timeLines(run);
		if (time.length) out.push(...time.map((text) => `- ${text}`), '');
	}
	out.push(
		'## How it is measured',
		'',
		"- Each N builds a temporary copy of the project (one snapshot taken at the start of the run: everything but `node_modules`, `dist`, caches and tests; `node_modules` hard-linked file by file, without Astro's and Vite's caches, so every build is cold) whose `content/models` holds N cards: the real cards other content refers to, plus seeded synthetic cards (≈250-word body with the four required sections, a table and a code block; spread over every facet). The baseline is a bare Starlight site with one page per synthetic card (same bodies) and a fixed sidebar, in one locale.",
		"- Build time is the wall time of the project's `npm run build` (`scripts/build.ts`: `astro build`, its pages and share images rendered on worker threads, one per core (Astro's `experimental.parallelPrerender`), then Pagefind, the catalog's sort orders, the offline files and the API's entry files in a second process; Node.js 24) and of `astro build` for the baseline (Starlight runs Pagefind inside it); ms per page divides it by the HTML files in `dist/`. On a shared machine wall time depends on what else runs (see the load average), so CPU time (user + system of the build's processes, sampled from /proc) is printed too: its ratios are the fairer comparison. The machine is a virtual one: \"steal\" is the share of its CPU time the hypervisor gave to other machines during the build (from /proc/stat), time the build waited for that no change to it can win back. The targets use wall time.",
		`- Peak memory: ${context.memorySampling}`,
		'- Eager JS/CSS: files referenced by `<script type="module" src>` and `<link rel="stylesheet">` (print CSS included) plus their static imports, also those of inline module scripts; dynamic `import()` (Pagefind, the search modal) is not eager. Inline scripts and styles are part of the HTML figure. gzip is zlib\'s default level.',
		'- First catalog search: the build is served by `tests/helpers/static-server.ts` (no compression); Chromium opens `/home/models/` with an empty cache, waits for the catalog\'s list and a quiet network, types the query, waits for its results and a quiet network. Every response from the first navigation on is counted as Chromium received it (headers + body); the gzip figure compresses text bodies as GitHub Pages would. Both targets are held to gzip figures (GitHub Pages compresses text; the test server does not, and the raw figure is printed too): all bytes from the first navigation, and the bytes typing the query fetched ("typed query only": the search index, its runtime and the results). "After load event" counts only requests that start after the page\'s `load` event: Pagefind, the results and the query.',
	);
	return `${out.join('\n')}\n`;
}
