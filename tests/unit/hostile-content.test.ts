/**
 * Hostile contributions (tests/fixtures/hostile/cases.ts), written into a copy of the real
 * content: `npm run validate` must reject each with its file, line, field and a fix, print
 * nothing an attacker controls raw, and never run a payload. The build's Markdown plugin must
 * find exactly the same body problems on Sätteri's parse.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileCases } from '../fixtures/hostile/cases.ts';
import { projectRoot } from '../helpers/dist.ts';
import { writeHostileTree } from '../helpers/hostile-tree.ts';
import { checkContentSafety } from '../../src/lib/validation/content-safety.ts';
import { parseBody } from '../../src/lib/validation/parse-body.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';
import { imageSizer } from '../../src/lib/validation/image-size.ts';
import { contentSafetyPlugin } from '../../src/lib/markdown/content-safety-plugin.ts';
import { buildSafetyProblems, renderMarkdown } from '../helpers/markdown-render.ts';
import { activeMarkup } from '../helpers/active-markup.ts';

const tree = writeHostileTree(hostileCases);
afterAll(() => rmSync(tree.root, { recursive: true, force: true }));

const result = spawnSync(process.execPath, ['scripts/validate.ts', tree.root], {
	cwd: projectRoot,
	encoding: 'utf8',
	maxBuffer: 64 * 1024 * 1024,
	env: { ...process.env, GITHUB_ACTIONS: '' },
});
const lines = result.stderr.split('\n').filter((line) => line.startsWith('content/'));
const problemsOf = (file: string) =>
	lines
		.filter((line) => line.startsWith(`${file}:`))
		.map((line) => {
			const [, lineNumber, field, message] = /^[^:]+:(\d+) {2}(.*?) {2}(.*)$/.exec(line) ?? [];
			return { line: Number(lineNumber), field: field ?? '', message: message ?? '' };
		});

describe('npm run validate on hostile content', () => {
	it('fails, and every problem is in a hostile file (the real content stays valid)', () => {
		expect(result.status).toBe(1);
		const hostileFiles = new Set(hostileCases.map((hostile) => hostile.file));
		const elsewhere = lines.filter((line) => !hostileFiles.has(line.slice(0, line.indexOf(':'))));
		expect(elsewhere).toEqual([]);
	});

	it.each(hostileCases.filter((hostile) => hostile.expect.length > 0).map((hostile) => [hostile.file, hostile] as const))('rejects %s', (file, hostile) => {
		const found = problemsOf(file);
		for (const expected of hostile.expect) {
			const field = expected.field.replace(/\u001b/g, '\\u{1b}');
			const match = found.find((problem) => problem.field === field && problem.message.includes(expected.message));
			expect(
				match,
				`${file}: expected ${field}: ${expected.message}\nfound:\n${found.map((p) => `${p.line} ${p.field} ${p.message}`).join('\n')}`,
			).toBeDefined();
			expect(match!.line).toBeGreaterThan(0);
		}
	});

	it('points at the offending line', () => {
		const [problem] = problemsOf('content/models/title-markup-model.md');
		const source = readFileSync(join(tree.root, 'content/models/title-markup-model.md'), 'utf8').split('\n');
		expect(source[problem!.line - 1]).toMatch(/^title: /);
		const [bodyProblem] = problemsOf('content/case-studies/html-slash-handler-block.md');
		const caseSource = readFileSync(join(tree.root, 'content/case-studies/html-slash-handler-block.md'), 'utf8').split('\n');
		expect(caseSource[bodyProblem!.line - 1]).toBe('<img/src/onerror=alert(1)>');
	});

	it('prints no control characters or bidi overrides an attacker wrote', () => {
		expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
		expect(result.stdout).not.toContain('✓');
	});

	it('never runs a payload', () => {
		expect(existsSync(tree.marker)).toBe(false);
	});
});

describe('the build finds the same body problems on its own parse', () => {
	const bodyCases = hostileCases.filter((hostile) => 'body' in hostile.change && !hostile.neutralised && !hostile.beforeParse);
	it.each(bodyCases.map((hostile) => [hostile.file, hostile] as const))('%s', async (file) => {
		const path = join(tree.root, file);
		const { body, bodyLine } = parseContentFile(readFileSync(path, 'utf8'));
		// Both report lines of the whole file, as validate does.
		const expected = checkContentSafety(parseBody(body, file.endsWith('.mdx')), { image: imageSizer(path, join(tree.root, 'content')) }).map(
			({ line, message }) => `${line + bodyLine - 1} ${message}`,
		);
		expect(expected.length).toBeGreaterThan(0);
		const outcome = await buildSafetyProblems(body, path, tree.root);
		expect(outcome).toEqual(expected);
		expect(existsSync(tree.marker)).toBe(false);
	});
});

describe('what validate accepts as text is rendered as text by the build', () => {
	const neutralised = hostileCases.filter((hostile) => hostile.neutralised);
	it.each(neutralised.map((hostile) => [hostile.file, hostile] as const))('%s', async (file) => {
		expect(problemsOf(file)).toEqual([]);
		const path = join(tree.root, file);
		const { body } = parseContentFile(readFileSync(path, 'utf8'));
		const html = await renderMarkdown(body, path, { mdast: [contentSafetyPlugin({ root: tree.root })] });
		expect(activeMarkup(html)).toEqual([]);
	});
});
