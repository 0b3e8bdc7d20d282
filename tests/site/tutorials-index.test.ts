/** The tutorials index is a learning path: levels in order, series by name and in their order. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist.ts';
import { seriesList } from '../../src/schemas/vocabularies.ts';

describe('tutorials index', () => {
	for (const [prefix, names] of [
		['', ['Beginner', 'Intermediate', 'Advanced']],
		['zh-cn/', ['入门', '进阶', '高级']],
	] as const) {
		it(`shows a path from beginner to advanced (${prefix || 'en'})`, () => {
			const page = parse(readFileSync(join(distDir, prefix, 'tutorials/index.html'), 'utf8'));
			const levels = page.querySelectorAll('.sl-markdown-content h2').map((heading) => heading.text.trim());
			expect(levels).toEqual(names.filter((name) => levels.includes(name)));
			expect(levels[0]).toBe(names[0]);
			const text = page.querySelector('.sl-markdown-content')!.text;
			for (const series of seriesList) expect(text).not.toContain(`${series.id} ·`);
			expect(text).toContain(prefix ? seriesList[0]!.name_zh : seriesList[0]!.name);
		});
	}
});
