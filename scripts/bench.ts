/**
 * `npm run bench`: how the build and the pages scale with the size of the catalog. For each N,
 * builds a temporary copy of the project with N model cards (seeded synthetic cards plus the real
 * cards other content refers to) and a bare Starlight site with N pages as a baseline, then prints
 * build time, peak memory, output sizes, page weights and the bytes of a first catalog search,
 * with PASS/FAIL against the targets. `npm run bench -- --help` lists the options.
 * Never touches the project's own dist/ or caches.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tasks from '../src/schemas/vocabularies/tasks.json' with { type: 'json' };
import licenses from '../src/schemas/vocabularies/licenses.json' with { type: 'json' };
import libraries from '../src/schemas/vocabularies/libraries.json' with { type: 'json' };
import organizations from '../src/schemas/vocabularies/organizations.json' with { type: 'json' };
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { parseArgs, usage, type BenchOptions } from './lib/bench/args.ts';
import { syntheticCards, type SyntheticCard } from './lib/bench/cards.ts';
import { logLineAt, parseBuildLog } from './lib/bench/build-log.ts';
import { folderSize, pageSizes, pageWeight } from './lib/bench/dist-figures.ts';
import { runMeasured, type RunResult } from './lib/bench/process-tree.ts';
import { makeBaselineProject, makeSiteProject, realCardsToKeep, snapshotProject } from './lib/bench/projects.ts';
import {
	evaluateTargets,
	formatMarkdown,
	formatTable,
	formatTargets,
	formatMs,
	type BuildFigures,
	type RunContext,
	type RunFigures,
} from './lib/bench/report.ts';
import { measureFirstSearch } from './lib/bench/search.ts';

const BASE = '/home';
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const nodeBinary = existsSync(join(projectRoot, 'node_modules/.bin/node')) ? join(projectRoot, 'node_modules/.bin/node') : process.execPath;
const MEMORY_SAMPLING =
	'the VmRSS of the build process and all its descendants, read from /proc every 100 ms and summed; the peak is the largest sum; pages shared between processes count in each, so it is an upper bound.';

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function buildEnv(): NodeJS.ProcessEnv {
	return { ...process.env, NODE_ENV: 'production', BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
}

async function build(dir: string, label: string): Promise<RunResult> {
	const logFile = join(dir, 'build.log');
	log(`${label}: astro build in ${dir}`);
	// The project's `npm run build` (scripts/build.ts, Astro then the search index); the baseline has no such script.
	const script = existsSync(join(dir, 'scripts/build.ts')) ? [join(dir, 'scripts/build.ts')] : [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'];
	const result = await runMeasured(nodeBinary, script, { cwd: dir, env: buildEnv(), logFile });
	if (result.exitCode !== 0) {
		const output = readFileSync(logFile, 'utf8');
		throw new Error(`${label}: astro build failed (exit ${result.exitCode}); last lines of ${logFile}:\n${output.split('\n').slice(-40).join('\n')}`);
	}
	log(
		`${label}: built in ${formatMs(result.wallMs)} (CPU ${formatMs(result.cpuMs)}, mean load ${result.meanLoad.toFixed(1)}, steal ${(result.steal * 100).toFixed(0)} %), peak ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MB over ${result.samples} samples`,
	);
	return result;
}

function figures(run: RunResult, dir: string, sampleId: string, withCatalog: boolean): BuildFigures {
	const dist = join(dir, 'dist');
	const log = readFileSync(join(dir, 'build.log'), 'utf8');
	const all = folderSize(dist);
	const pagefind = folderSize(join(dist, 'pagefind'));
	return {
		exitCode: run.exitCode,
		wallMs: run.wallMs,
		cpuMs: run.cpuMs,
		meanLoad: run.meanLoad,
		steal: run.steal,
		htmlPages: all.htmlFiles,
		msPerPage: run.wallMs / Math.max(1, all.htmlFiles),
		peakRssBytes: run.peakRssBytes,
		maxProcesses: run.maxProcesses,
		distBytes: all.bytes,
		distFiles: all.files,
		pagefindBytes: pagefind.bytes,
		pagefindFiles: pagefind.files,
		modelPage: pageWeight(dist, `${BASE}/models/${sampleId}/`, BASE),
		modelPages: pageSizes(join(dist, 'models')),
		catalogPage: withCatalog ? pageWeight(dist, `${BASE}/models/`, BASE) : undefined,
		time: parseBuildLog(log),
		peak: {
			atMs: run.peakAtMs,
			during: logLineAt(log, run.startedAtEpochMs, run.peakAtEpochMs),
			byProcess: run.peakByProcess.slice(0, 5).map(({ name, bytes }) => ({ name, bytes })),
		},
	};
}

async function benchOne(
	options: BenchOptions,
	count: number,
	cards: readonly SyntheticCard[],
	keep: readonly string[],
	tmp: string,
	snapshot: string,
): Promise<RunFigures> {
	const synthetic = cards.slice(0, count - keep.length);
	const sampleId = cards[0]!.id;
	const siteDir = join(tmp, `openmodels-${count}`);
	log(`N=${count}: writing ${synthetic.length} synthetic cards + ${keep.length} real cards`);
	const project = makeSiteProject(snapshot, projectRoot, siteDir, synthetic);
	const validation = await validateContent(siteDir);
	if (validation.problems.length) {
		throw new Error(`N=${count}: the synthetic content is invalid:\n${validation.problems.slice(0, 20).map(formatProblem).join('\n')}`);
	}
	const siteRun = await build(siteDir, `N=${count} OpenModels`);
	const site = figures(siteRun, siteDir, sampleId, true);
	let search: RunFigures['search'];
	if (!options.skipBrowser) {
		log(`N=${count}: first catalog search in Chromium ("${options.query}")`);
		search = await measureFirstSearch(join(siteDir, 'dist'), BASE, options.query);
		log(
			`N=${count}: ${search.requests} requests, ${(search.totalBytes / 1024).toFixed(0)} KB; catalog showed "${search.initialResults}", then "${search.queryResults}"`,
		);
	}
	if (!options.keep) rmSync(siteDir, { recursive: true, force: true });

	let baseline: BuildFigures | undefined;
	if (!options.skipBaseline) {
		const baselineDir = join(tmp, `baseline-${count}`);
		makeBaselineProject(projectRoot, baselineDir, cards.slice(0, count), BASE);
		const baselineRun = await build(baselineDir, `N=${count} baseline`);
		baseline = figures(baselineRun, baselineDir, sampleId, false);
		if (!options.keep) rmSync(baselineDir, { recursive: true, force: true });
	}
	return { models: count, syntheticCards: synthetic.length, keptRealCards: [...keep], translations: project.translations, site, baseline, search };
}

async function main() {
	let options: BenchOptions;
	try {
		options = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${usage}`);
		process.exit(2);
	}
	if (options.help) {
		console.log(usage);
		return;
	}
	const workingGroups = readdirSync(join(projectRoot, 'content/working-groups'))
		.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
		.map((name) => name.slice(0, -3));
	const keep = realCardsToKeep(projectRoot);
	const smallest = Math.min(...options.models);
	if (smallest <= keep.length)
		throw new Error(`--models: each N must be above ${keep.length}, the number of real cards other content refers to (${keep.join(', ')})`);
	const cards = syntheticCards(options.seed, Math.max(...options.models), { tasks, licenses, libraries, organizations, workingGroups });
	const clash = cards.find((card) => keep.includes(card.id));
	if (clash) throw new Error(`synthetic card id ${clash.id} clashes with a real card; try another --seed`);

	const context: RunContext = {
		date: new Date().toISOString(),
		seed: options.seed,
		query: options.query,
		cpus: cpus().length,
		loadAverage: loadavg(),
		node: '',
		memorySampling: MEMORY_SAMPLING,
	};
	const tmp = mkdtempSync(join(tmpdir(), 'openmodels-bench-'));
	log(`models ${options.models.join(', ')}; seed ${options.seed}; kept real cards: ${keep.join(', ')}; temporary folder ${tmp}`);
	const runs: RunFigures[] = [];
	try {
		const snapshot = join(tmp, 'source');
		snapshotProject(projectRoot, snapshot, keep);
		for (const count of options.models) {
			const run = await benchOne(options, count, cards, keep, tmp, snapshot);
			runs.push(run);
			console.log(`\n${formatTable(run)}\n`);
		}
	} finally {
		if (!options.keep) rmSync(tmp, { recursive: true, force: true });
		else log(`kept ${tmp}`);
	}
	context.node = (await import('node:child_process')).execFileSync(nodeBinary, ['--version'], { encoding: 'utf8' }).trim();

	const targets = evaluateTargets(runs);
	console.log(`Targets\n${formatTargets(targets)}`);
	if (options.json) {
		mkdirSync(dirname(resolve(options.json)), { recursive: true });
		writeFileSync(options.json, `${JSON.stringify({ context, options, runs, targets }, null, 2)}\n`);
		log(`wrote ${options.json}`);
	}
	if (options.markdown) {
		mkdirSync(dirname(resolve(options.markdown)), { recursive: true });
		writeFileSync(options.markdown, formatMarkdown(runs, targets, context));
		log(`wrote ${options.markdown}`);
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exit(1);
});
