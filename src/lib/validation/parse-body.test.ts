import { describe, expect, it } from 'vitest';
import { parseBody, todoPlaceholderLines } from './parse-body.ts';
import { todoValuePaths } from './front-matter.ts';

const lines = (body: string) => todoPlaceholderLines(parseBody(body, false));

describe('TODO placeholders', () => {
	it('finds a section still to write once, at its placeholder text', () => {
		expect(lines('## Intended use <!-- TODO: write this section -->\n\nTODO: what it is for.\n\n## Evaluation\n\nDone.\n')).toEqual([3]);
	});

	it('finds a heading’s TODO comment left behind once the section is written', () => {
		expect(lines('## Intended use <!-- TODO: write this section -->\n\nSpeech recognition.\n\n## Evaluation\n\nDone.\n')).toEqual([1]);
	});

	it('finds a TODO comment in running text, and nothing in finished text or code', () => {
		expect(lines('Text.\n\n<!-- TODO: add a table -->\n\n```\nTODO: not a placeholder in code\n```\n')).toEqual([3]);
		expect(lines('## Evaluation\n\nThe word TODO in a sentence is fine.\n')).toEqual([]);
	});

	it('finds TODO: left in a front-matter value, wherever it is', () => {
		expect(todoValuePaths({ title: 'Model', description: 'TODO: one sentence', links: { paper: 'https://x' }, tags: ['a', 'TODO: tag'] })).toEqual([
			['description'],
			['tags', 1],
		]);
	});
});
