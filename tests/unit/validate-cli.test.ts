import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'tests/fixtures/invalid-content');

function runValidate(dir: string, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, ['scripts/validate.ts', dir], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, GITHUB_ACTIONS: '', ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (current: string) => {
		for (const name of readdirSync(current)) {
			const path = join(current, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[path] = createHash('sha256').update(readFileSync(path)).digest('hex') + statSync(path).mtimeMs;
		}
	};
	walk(dir);
	return files;
}

describe('npm run validate', () => {
	it('passes on the real content quickly', () => {
		const started = performance.now();
		const { status, stdout, stderr } = runValidate('.');
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toMatch(/✓ \d+ content files valid/);
		// Generous bound so a slow CI machine does not flake; `npm run bench` reports the figure.
		expect(performance.now() - started).toBeLessThan(10_000);
	});

	it('checks the licence vocabulary a contribution extends, with its line', () => {
		const dir = mkdtempSync(join(tmpdir(), 'openmodels-vocabulary-'));
		mkdirSync(join(dir, 'content/models'), { recursive: true });
		mkdirSync(join(dir, 'src/schemas/vocabularies'), { recursive: true });
		const entries = JSON.parse(readFileSync(join(root, 'src/schemas/vocabularies/licenses.json'), 'utf8')) as Record<string, unknown>[];
		entries.push({ id: 'example-licence', hub: false, name: 'Example Licence', category: 'restricted', commercial: 'with-conditions' });
		const text = JSON.stringify(entries, null, 1);
		writeFileSync(join(dir, 'src/schemas/vocabularies/licenses.json'), text);
		const { status, stderr } = runValidate(dir);
		expect(status).toBe(1);
		const line = text.split('\n').findIndex((candidate) => candidate.includes('"with-conditions"')) + 1;
		expect(stderr).toContain(
			`src/schemas/vocabularies/licenses.json:${line}  example-licence.commercial  expected one of "yes"|"conditions"|"no"; found "with-conditions": did you mean "conditions"?`,
		);
		rmSync(dir, { recursive: true, force: true });
	});

	it('names file, line and field for each problem, exits 1 and writes nothing', () => {
		const before = snapshot(fixture);
		const { status, stderr } = runValidate(fixture);
		expect(status).toBe(1);
		const lines = stderr.split('\n').filter((line) => line.startsWith('content/'));
		expect(lines).toEqual([
			'content/events/backwards.md:2  join_url  is required for online events: the https:// link people use to join',
			'content/events/backwards.md:6  end  must be after start (2027-01-20T14:00:00+01:00); found 2027-01-20T13:00:00+01:00',
			'content/models/bad-licence.md:8  license  expected a Hugging Face licence id such as apache-2.0, mit, llama2 or other (see src/schemas/vocabularies/licenses.json); found "Apache License 2.0"',
			'content/models/bad-licence.md:10  licence  unknown field "licence": did you mean "license"?',
			'content/models/bad-licence.md:11  working_groups[1]  unknown working group id "agriculture": expected one of: healthcare',
			'content/models/broken-yaml.md:5  (front matter)  front matter is not valid YAML: Missing closing "quote: a quoted value needs its closing quote',
			'content/models/no-front-matter.md:1  (front matter)  no front matter: the file must start with a block between two "---" lines holding its metadata',
			'content/models/scripted.mdx:1  (file)  .mdx files are not allowed in content/models/; expected .md (rename the file)',
			'content/models/zh-cn/orphan.md:1  (file)  translation without an English entry: expected content/models/orphan.md to exist (translations share the file name of the entry they translate)',
		]);
		expect(stderr).toMatch(/✗ 9 problems/);
		expect(snapshot(fixture)).toEqual(before);
	});

	it('adds GitHub annotations on GitHub Actions', () => {
		const { stdout } = runValidate(fixture, { GITHUB_ACTIONS: 'true' });
		expect(stdout).toContain('::error file=content/models/bad-licence.md,line=10,title=licence::unknown field "licence": did you mean "license"?');
		expect(stdout.split('\n').filter((line) => line.startsWith('::error ')).length).toBe(9);
	});
});
