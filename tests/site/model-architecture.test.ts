/**
 * A model's architecture on its page: in Chinese where the translation gives it, otherwise the
 * English card's words marked lang="en" on the Chinese page (so they are read as English).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir, projectRoot } from '../helpers/dist.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';

const architectureOf = (file: string) =>
	existsSync(file) ? (parseContentFile(readFileSync(file, 'utf8')).data.architecture as string | undefined) : undefined;
const cards = readdirSync(join(projectRoot, 'content/models'))
	.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
	.map((name) => ({
		id: name.slice(0, -3),
		english: architectureOf(join(projectRoot, 'content/models', name)),
		chinese: architectureOf(join(projectRoot, 'content/models/zh-cn', name)),
	}))
	.filter((card) => card.english !== undefined);

function architectureOnPage(prefix: string, id: string) {
	const page = parse(readFileSync(join(distDir, prefix, 'models', id, 'index.html'), 'utf8'));
	const term = page.querySelectorAll('.om-model-facts dt').find((dt) => ['Architecture', '架构'].includes(dt.text.trim()))!;
	return term.nextElementSibling!;
}

describe('architecture on model pages', () => {
	it('has translated and untranslated architectures to check', () => {
		expect(cards.some((card) => card.chinese)).toBe(true);
		expect(cards.some((card) => !card.chinese)).toBe(true);
	});

	it('shows the English words, unmarked, on English pages', () => {
		for (const card of cards) {
			const value = architectureOnPage('', card.id);
			expect(value.text.trim(), card.id).toBe(card.english);
			expect(value.querySelector('[lang]')).toBeNull();
		}
	});

	it('shows the translation on Chinese pages, or the English words marked as English', () => {
		for (const card of cards) {
			const value = architectureOnPage('zh-cn/', card.id);
			if (card.chinese) {
				expect(value.text.trim(), card.id).toBe(card.chinese);
				expect(value.querySelector('[lang="en"]')).toBeNull();
			} else {
				expect(value.querySelector('[lang="en"]')?.text.trim(), card.id).toBe(card.english);
			}
		}
	});
});
