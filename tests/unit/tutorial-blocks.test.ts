/**
 * Tutorial code that cannot silently rot. Every code block is a complete file (its title names
 * the file) or a named continuation of one ("file.py (continued)", "file.py（续）"); the files are
 * assembled from its blocks and checked without running them: Python compiles and reads no
 * undefined name (tests/helpers/check_python.py, standard library only), shell blocks parse
 * (bash -n), model ids are Hub ids, and highlighted lines fall inside their block.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, runnableCommands, tutorialFiles, type Block } from '../../scripts/lib/tutorials/blocks.ts';
import { projectRoot } from '../helpers/dist.ts';

const folders = ['content/tutorials', 'content/tutorials/zh-cn'];
const tutorials = folders.flatMap((folder) =>
	readdirSync(join(projectRoot, folder))
		.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
		.map((name) => `${folder}/${name}`),
);

const blocks = (file: string): Block[] => codeBlocks(readFileSync(join(projectRoot, file), 'utf8'));
const assemble = (file: string) => tutorialFiles(blocks(file), file);

const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });

describe.each(tutorials)('%s', (file) => {
	it('has its files as complete blocks or named continuations', () => {
		expect(assemble(file).problems).toEqual([]);
	});

	it.skipIf(python.status !== 0)('has Python that compiles and reads no undefined name', () => {
		const { files } = assemble(file);
		// Files of the same tutorial import each other (`from transcribe import asr`).
		const input = JSON.stringify([...files].map(([name, code]) => ({ file: name, code })));
		const result = spawnSync('python3', [join(projectRoot, 'tests/helpers/check_python.py')], { input, encoding: 'utf8' });
		expect(result.stderr).toBe('');
		expect(JSON.parse(result.stdout)).toEqual([]);
	});

	it('has shell blocks that parse', () => {
		for (const block of blocks(file).filter((candidate) => ['sh', 'bash', 'shell'].includes(candidate.lang))) {
			const result = spawnSync('bash', ['-n'], { input: block.code, encoding: 'utf8' });
			expect(result.stderr, `${file}:${block.line}`).toBe('');
		}
	});

	it('highlights only lines inside each block', () => {
		for (const block of blocks(file)) {
			const lines = block.code.split('\n').length;
			expect(
				block.highlights.filter((line) => line < 1 || line > lines),
				`${file}:${block.line}`,
			).toEqual([]);
		}
	});

	it('names models by their Hub id', () => {
		for (const block of blocks(file).filter((candidate) => candidate.lang === 'python')) {
			for (const match of block.code.matchAll(/(?:from_pretrained|SentenceTransformer|pipeline\([^)]*model)\s*\(?\s*=?\s*["']([^"']+)["']/g)) {
				expect(match[1], `${file}:${block.line}`).toMatch(/^(?:[\w.-]+\/[\w.-]+|\.{0,2}\/?[\w./-]+)$/);
			}
		}
	});
});

it('checks Python for real: an undefined name is found', () => {
	if (python.status !== 0) return;
	const result = spawnSync('python3', [join(projectRoot, 'tests/helpers/check_python.py')], {
		input: JSON.stringify([{ file: 'long_form.py', code: 'result = asr("talk.mp3")\nprint(result)\n' }]),
		encoding: 'utf8',
	});
	expect(JSON.parse(result.stdout)).toEqual(["long_form.py: undefined name 'asr'"]);
});

it('finds the commands a runner executes: installs and Python files, in order', () => {
	const source =
		'---\ntitle: x\n---\n\n```sh\npython -m venv .venv\nsource .venv/bin/activate\npip install "transformers>=5" torch  # CPU is fine\n```\n\n```sh\npython transcribe.py talk.mp3\ncurl https://example.org\n```\n';
	expect(runnableCommands(codeBlocks(source))).toEqual(['pip install "transformers>=5" torch', 'python transcribe.py talk.mp3']);
});
