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
import type { Code } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/lib/validation/parse-body.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';
import { projectRoot } from '../helpers/dist.ts';

const folders = ['content/tutorials', 'content/tutorials/zh-cn'];
const tutorials = folders.flatMap((folder) =>
	readdirSync(join(projectRoot, folder))
		.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
		.map((name) => `${folder}/${name}`),
);

interface Block {
	lang: string;
	title?: string;
	highlights: number[];
	code: string;
	line: number;
}

function blocks(file: string): Block[] {
	const { body, bodyLine } = parseContentFile(readFileSync(join(projectRoot, file), 'utf8'));
	const found: Block[] = [];
	const visit = (node: { type: string; children?: unknown[] }) => {
		if (node.type === 'code') {
			const code = node as unknown as Code;
			const meta = code.meta ?? '';
			const title = /title="([^"]+)"/.exec(meta)?.[1];
			const ranges = /\{([\d,\s-]+)\}/.exec(meta.replace(/title="[^"]*"/, ''))?.[1] ?? '';
			const highlights = ranges
				.split(',')
				.filter(Boolean)
				.flatMap((range) => {
					const [from, to = from] = range.split('-').map(Number);
					return Array.from({ length: to! - from! + 1 }, (_, index) => from! + index);
				});
			found.push({ lang: code.lang ?? '', title, highlights, code: code.value, line: (code.position?.start.line ?? 1) + bodyLine - 1 });
		}
		for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
	};
	visit(parseBody(body, true) as unknown as { type: string });
	return found;
}

/** The files a tutorial builds, from its complete blocks and their named continuations. */
function assemble(file: string): { files: Map<string, string>; problems: string[] } {
	const files = new Map<string, string>();
	const problems: string[] = [];
	for (const block of blocks(file).filter((candidate) => candidate.lang === 'python')) {
		if (!block.title) {
			problems.push(`${file}:${block.line}: a Python block needs a title naming its file ("name.py" or "name.py (continued)")`);
			continue;
		}
		// Chinese pages mark a continuation "name.py（续）".
		const continued = /^(.+\.py)(?: \(continued\)|（续）)$/.exec(block.title);
		if (continued) {
			if (!files.has(continued[1]!)) problems.push(`${file}:${block.line}: continues ${continued[1]}, which no earlier block starts`);
			files.set(continued[1]!, `${files.get(continued[1]!) ?? ''}\n${block.code}`);
		} else if (files.has(block.title)) {
			problems.push(`${file}:${block.line}: ${block.title} is started twice; title the second block "${block.title} (continued)"`);
		} else files.set(block.title, block.code);
	}
	return { files, problems };
}

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
			expect(block.highlights.filter((line) => line < 1 || line > lines), `${file}:${block.line}`).toEqual([]);
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
	const result = spawnSync('python3', [join(projectRoot, 'tests/helpers/check_python.py')], { input: JSON.stringify([{ file: 'long_form.py', code: 'result = asr("talk.mp3")\nprint(result)\n' }]), encoding: 'utf8' });
	expect(JSON.parse(result.stdout)).toEqual(["long_form.py: undefined name 'asr'"]);
});
