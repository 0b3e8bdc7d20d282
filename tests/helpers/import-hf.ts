/** Shared by the importer's tests: read a fixture card, validate an imported card, fill its TODOs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getCollectionSpec } from '../../src/schemas/collections.ts';
import { checkContentFile } from '../../src/lib/validation/check-file.ts';
import { parseContentFile } from '../../src/lib/validation/front-matter.ts';

export const fixtureDir = fileURLToPath(new URL('../fixtures/hf-cards/', import.meta.url));

export function fixture(name: string): string {
	return readFileSync(`${fixtureDir}${name}`, 'utf8');
}

export function frontMatter(card: string): Record<string, unknown> {
	return parseContentFile(card).data;
}

/** The problems `npm run validate` reports for this card, as `line field` pairs. */
export function problems(card: string, id = 'imported'): { line: number; field: string; message: string }[] {
	const spec = getCollectionSpec('models');
	return checkContentFile({ spec, file: `content/models/${id}.md`, id, locale: 'en', source: card }).problems.map(({ line, field, message }) => ({
		line,
		field,
		message,
	}));
}

/** What a contributor would write in place of each TODO, by key. */
const FILLED: Record<string, string> = {
	title: 'Example model',
	description: 'An example model description that is long enough to pass validation.',
	organization: 'openai',
	modality: 'text',
	repository: 'https://github.com/example/model',
	paper: 'https://arxiv.org/abs/2401.00001',
	openness: '{ weights: true }',
	license: 'mit',
	license_name: 'llama4',
	license_link: 'https://example.com/license',
	license_category: 'restricted',
	pipeline_tag: 'text-generation',
};

/** Fills every `key:  # TODO:` line and writes every added section, as a contributor would. */
export function fillTodos(card: string): string {
	return card
		.replace(/^(\s*)([\w-]+):  # TODO: .*$/gm, (line, indent: string, key: string) => {
			if (line.includes('# TODO: { url: https://')) return `${indent}${key}: { url: https://huggingface.co/example/model }`;
			if (line.includes('# TODO: { unconfirmed:')) return `${indent}${key}: { unconfirmed: "the contributor checked the Hub card" }`;
			if (!(key in FILLED)) throw new Error(`no filler for ${line}`);
			return `${indent}${key}: ${FILLED[key]}`;
		})
		.replace(/ <!-- TODO: write this section[^>]*-->/g, '')
		.replace(/^TODO: .*$/gm, 'Written by the contributor.');
}
