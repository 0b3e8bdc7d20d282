/**
 * A tutorial's code, as its reader meets it: code blocks with their language, the file their
 * title names (or "name.py (continued)" / "name.py（续）" for a continuation), highlighted lines,
 * and the files those blocks add up to. Shared by the tutorial checks and `tutorials:run`.
 */
import type { Code } from 'mdast';
import { parseBody } from '../../../src/lib/validation/parse-body.ts';
import { parseContentFile } from '../../../src/lib/validation/front-matter.ts';

export interface Block {
	lang: string;
	title?: string;
	highlights: number[];
	code: string;
	/** Line of the block's opening fence in the file. */
	line: number;
}

function highlightedLines(meta: string): number[] {
	const ranges = /\{([\d,\s-]+)\}/.exec(meta.replace(/title="[^"]*"/, ''))?.[1] ?? '';
	return ranges
		.split(',')
		.map((range) => range.trim())
		.filter(Boolean)
		.flatMap((range) => {
			const [from, to = from] = range.split('-').map(Number);
			return Array.from({ length: to! - from! + 1 }, (_, index) => from! + index);
		});
}

export function codeBlocks(source: string): Block[] {
	const { body, bodyLine } = parseContentFile(source);
	const found: Block[] = [];
	const visit = (node: { type: string; children?: unknown[] }) => {
		if (node.type === 'code') {
			const code = node as unknown as Code;
			const meta = code.meta ?? '';
			found.push({
				lang: code.lang ?? '',
				title: /title="([^"]+)"/.exec(meta)?.[1],
				highlights: highlightedLines(meta),
				code: code.value,
				line: (code.position?.start.line ?? 1) + bodyLine - 1,
			});
		}
		for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
	};
	visit(parseBody(body, true) as unknown as { type: string });
	return found;
}

/** The Python files a tutorial builds, from its complete blocks and their named continuations. */
export function tutorialFiles(blocks: readonly Block[], where: string): { files: Map<string, string>; problems: string[] } {
	const files = new Map<string, string>();
	const problems: string[] = [];
	for (const block of blocks.filter((candidate) => candidate.lang === 'python')) {
		if (!block.title) {
			problems.push(`${where}:${block.line}: a Python block needs a title naming its file ("name.py" or "name.py (continued)")`);
			continue;
		}
		// Chinese pages mark a continuation "name.py（续）".
		const continued = /^(.+\.py)(?: \(continued\)|（续）)$/.exec(block.title);
		if (continued) {
			if (!files.has(continued[1]!)) problems.push(`${where}:${block.line}: continues ${continued[1]}, which no earlier block starts`);
			files.set(continued[1]!, `${files.get(continued[1]!) ?? ''}\n${block.code}`);
		} else if (files.has(block.title)) {
			problems.push(`${where}:${block.line}: ${block.title} is started twice; title the second block "${block.title} (continued)"`);
		} else files.set(block.title, block.code);
	}
	return { files, problems };
}

/** Shell lines a runner may execute: installing Python packages and running Python files. */
export function runnableCommands(blocks: readonly Block[]): string[] {
	return blocks
		.filter((block) => ['sh', 'bash', 'shell'].includes(block.lang))
		.flatMap((block) => block.code.split('\n'))
		.map((line) => line.replace(/\s+#.*$/, '').trim())
		.filter((line) => /^(?:python3?\s+-m\s+pip\s+install|pip3?\s+install|python3?\s+[\w./-]+\.py)\b/.test(line));
}
