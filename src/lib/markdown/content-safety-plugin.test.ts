import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentSafety } from '../validation/content-safety.ts';
import { imageSizer } from '../validation/image-size.ts';
import { parseBody } from '../validation/parse-body.ts';
import { contentSafetyPlugin } from './content-safety-plugin.ts';
import { buildSafetyProblems, renderMarkdown } from '../../../tests/helpers/markdown-render.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const render = (source: string, path: string, pluginRoot = root) =>
	renderMarkdown(source, `${root}${path}`, { mdast: [contentSafetyPlugin({ root: pluginRoot })] });

describe('contentSafetyPlugin (build-time enforcement)', () => {
	it('fails the build on unsafe content under content/, with the file and line', async () => {
		await expect(render('Hello\n\n<script>alert(1)</script>\n', 'content/models/x.md')).rejects.toThrow(
			'Unsafe content in content/models/x.md (run `npm run validate` to see every problem of every file):\n  line 3: <script> is not allowed in content: it could run code or change the page for readers',
		);
		await expect(render("import Evil from '../Evil.astro';\n\n<Evil />\n", 'content/tutorials/x.mdx')).rejects.toThrow(
			/line 1: import from "..\/Evil.astro" is not allowed/,
		);
	});

	it('leaves safe content and files outside content/ alone', async () => {
		expect(await render('A [link](https://example.org).\n', 'content/models/x.md')).toContain('<a href="https://example.org">link</a>');
		expect(await render('<script>ok()</script>\n', 'src/pages/x.md')).toContain('<script>ok()</script>');
	});

	// The build checks Sätteri's parse, `npm run validate` checks remark's: both must find the same problems.
	it('finds exactly what `npm run validate` finds, in every fixture and content file', async () => {
		const files = globSync(['tests/fixtures/**/content/**/*.{md,mdx}', 'content/**/*.{md,mdx}'], { cwd: root });
		expect(files.length).toBeGreaterThan(100);
		let unsafe = 0;
		for (const file of files) {
			const source = readFileSync(`${root}${file}`, 'utf8');
			const body = source.replace(/^---\n[\s\S]*?\n---\n?/, '');
			// The build reports lines of the whole file, as validate does.
			const offset = source.split('\n').length - body.split('\n').length;
			let expected: string[];
			try {
				expected = checkContentSafety(parseBody(body, file.endsWith('.mdx')), { image: imageSizer(`${root}${file}`) }).map(
					({ line, message }) => `${line + offset} ${message}`,
				);
			} catch {
				continue; // MDX syntax errors are reported by validate and by the MDX compiler
			}
			const fixtureRoot = file.startsWith('tests/') ? `${root}${file.slice(0, file.indexOf('/content/'))}` : root;
			const where = file.startsWith('tests/') ? file.slice(file.indexOf('/content/') + 1) : file;
			const outcome = await buildSafetyProblems(body, `${root}${file}`, fixtureRoot);
			expect(outcome, where).toEqual(expected);
			if (expected.length > 0) unsafe++;
		}
		expect(unsafe).toBeGreaterThanOrEqual(4);
	});
});
