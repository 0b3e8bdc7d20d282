import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkVocabularies, LICENSE_VOCABULARY, licenseVocabularyProblems } from './check-vocabularies.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const entry = {
	id: 'example-licence',
	hub: false,
	name: 'Example Licence',
	category: 'restricted',
	commercial: 'conditions',
	conditions: ['attribution', 'naming'],
	derivatives: 'yes',
};
const problemsOf = (entries: unknown[]) => licenseVocabularyProblems(LICENSE_VOCABULARY, JSON.stringify(entries, null, 1));
const lineOf = (entries: unknown[], text: string) =>
	JSON.stringify(entries, null, 1)
		.split('\n')
		.findIndex((line) => line.includes(text)) + 1;

describe('licence vocabulary check', () => {
	it('accepts the project’s vocabulary', () => {
		expect(checkVocabularies(root)).toEqual([]);
	});

	it('names the entry, the field and its line, and suggests the answer meant', () => {
		const entries = [entry, { ...entry, id: 'typo-licence', commercial: 'with-conditions', conditions: ['acceptable-use'] }];
		expect(problemsOf(entries)).toEqual([
			{
				file: LICENSE_VOCABULARY,
				line: lineOf(entries, '"with-conditions"'),
				field: 'typo-licence.commercial',
				message: 'expected one of "yes"|"conditions"|"no"; found "with-conditions": did you mean "conditions"?',
			},
			expect.objectContaining({
				line: lineOf(entries, '"acceptable-use"'),
				field: 'typo-licence.conditions[0]',
				message: expect.stringMatching(/^expected one of .*"acceptable-use-policy".*; found "acceptable-use"/),
			}),
		]);
	});

	it('refuses a second entry with the same id, and a permissive licence with conditions', () => {
		expect(problemsOf([entry, entry]).map((problem) => problem.message)).toEqual([
			'"example-licence" is already the id of the entry on line 3: give each licence one entry',
		]);
		expect(problemsOf([{ ...entry, category: 'permissive' }])[0]).toMatchObject({ field: 'example-licence.category', line: 6 });
	});

	it('refuses a file that is not JSON or not a list', () => {
		expect(licenseVocabularyProblems(LICENSE_VOCABULARY, '[{"id": "x",}')[0]).toMatchObject({
			field: '(file)',
			message: expect.stringMatching(/^not valid JSON/),
		});
		expect(licenseVocabularyProblems(LICENSE_VOCABULARY, '{"id": "x"}')[0]!.message).toMatch(/^expected a list of licence entries/);
	});

	it('reads the file the cards are checked against', () => {
		expect(JSON.parse(readFileSync(`${root}${LICENSE_VOCABULARY}`, 'utf8')).length).toBeGreaterThan(50);
	});
});
