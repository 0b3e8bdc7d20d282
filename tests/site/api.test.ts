/** The static JSON API and the published JSON Schemas, checked with a real validator. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/schemas/collections.ts';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { distDir } from '../helpers/dist.ts';
import { licenseInfo } from '../../src/lib/model-facts.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = distDir;
const json = (path: string) => JSON.parse(readFileSync(`${dist}/${path}`, 'utf8'));
const contentIds = (folder: string) =>
	readdirSync(`${root}${folder}`)
		.filter((name) => /^[^_.].*\.mdx?$/.test(name))
		.map((name) => name.replace(/\.mdx?$/, ''))
		.sort();

// CommonJS packages: Node hands us module.exports, TypeScript expects the ES default.
const Ajv = (Ajv2020 as unknown as { default?: typeof Ajv2020 }).default ?? Ajv2020;
const withFormats = (addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats;

function validator() {
	const ajv = new Ajv({ allErrors: true, strict: false });
	withFormats(ajv);
	return ajv;
}

describe('JSON API', () => {
	it.each(collections.map((spec) => [spec.route, spec] as const))(
		'/api/%s.json validates against /schemas/api/%s.json and lists every entry',
		(route, spec) => {
			const list = json(`api/${route}.json`);
			const validate = validator().compile(json(`schemas/api/${route}.json`));
			const valid = validate(list);
			expect(validate.errors ?? []).toEqual([]);
			expect(valid).toBe(true);
			expect(list.version).toBe(1);
			expect(list[route].map((record: { id: string }) => record.id)).toEqual(contentIds(spec.folder));
			expect(list.count).toBe(list[route].length);
		},
	);

	it('serves one file per model with the same record as the list', () => {
		const list = json('api/models.json');
		for (const record of list.models) {
			expect(json(`api/models/${record.id}.json`)).toEqual(record);
			expect(record.url).toBe(`https://open-models-platform.github.io/home/models/${record.id}/`);
		}
		const whisper = list.models.find((record: { id: string }) => record.id === 'whisper-large-v3');
		expect(whisper).toMatchObject({
			license: 'apache-2.0',
			license_category: 'permissive',
			release_date: '2023-11-06',
			parameters: 1550000000,
			pipeline_tag: 'automatic-speech-recognition',
			organization: 'openai',
			organization_name: 'OpenAI',
		});
		expect(whisper.sources.license).toMatchObject({ url: 'https://huggingface.co/openai/whisper-large-v3' });
	});

	it('publishes the sources, licence answers, fit and openness components, and their schema', () => {
		const schema = json('schemas/api/models.json');
		const properties = Object.keys(schema.properties.models.items.properties);
		expect(properties).toEqual(
			expect.arrayContaining([
				'sources',
				'license_commercial',
				'license_derivatives',
				'runs_on',
				'openness_components',
				'openness_class',
				'organization_name',
				'config',
				'quantized_builds',
			]),
		);
		const list = json('api/models.json');
		expect([...new Set(list.models.map((record: { license_commercial: string }) => record.license_commercial))]).toEqual(
			expect.arrayContaining(['yes', 'conditions']),
		);
		expect(list.models.some((record: { openness_components?: object }) => Object.keys(record.openness_components ?? {}).length > 0)).toBe(true);
		// The class is derived from the recorded components: none recorded, none claimed.
		for (const record of list.models as { openness_components?: object; openness_class: string }[])
			expect(record.openness_class === 'not-recorded').toBe(Object.keys(record.openness_components ?? {}).length === 0);
	});

	it("names the licence the weights are under, also where the card's Hub tag covers only the code", () => {
		const list = json('api/models.json');
		for (const record of list.models) {
			const expected = licenseInfo(record);
			expect(record, record.id).toMatchObject({ license_id: expected.id, license_full_name: expected.name, license_category: expected.category });
			const facts = parse(readFileSync(join(distDir, 'models', record.id, 'index.html'), 'utf8')).querySelector('.om-model-facts')!;
			expect(facts.text, record.id).toContain(record.license_full_name);
		}
		// A card whose Hub tag names the code's licence and license_name the weights' one.
		const split = list.models.find((record: { license: string; license_name?: string }) => record.license_name && record.license !== 'other');
		expect(split, 'a card with a Hub tag and a different weights licence').toBeDefined();
		expect(split.license_id).toBe(split.license_name);
		expect(split.license_id).not.toBe(split.license);
		const schema = json('schemas/api/models.json');
		expect(schema.properties.models.items.required).toEqual(expect.arrayContaining(['license_id', 'license_full_name', 'license_commercial']));
		expect(json('schemas/model.json').properties.license_name.description).toMatch(/weights/);
	});

	it('documents, in both languages, every field the API adds to the front matter and every value of its lists', () => {
		const api = json('schemas/api/models.json').properties.models.items.properties;
		const frontMatter = json('schemas/model.json').properties;
		const added = Object.keys(api).filter((key) => !(key in frontMatter));
		expect(added).toEqual(expect.arrayContaining(['license_id', 'runs_on', 'openness_class']));
		for (const file of ['content/docs/api.md', 'content/docs/zh-cn/api.md']) {
			const text = readFileSync(join(root, file), 'utf8');
			for (const key of added) expect(text, `${file}: ${key}`).toContain(`\`${key}\``);
			for (const key of ['runs_on', 'license_category', 'license_commercial', 'openness_class'])
				for (const value of api[key].enum as string[]) expect(text, `${file}: ${key} ${value}`).toContain(`\`${value}\``);
		}
	});

	it('rejects a record that breaks the published schema', () => {
		const validate = validator().compile(json('schemas/api/models.json'));
		const list = json('api/models.json');
		list.models[0].license = 'Apache License 2.0';
		expect(validate(list)).toBe(false);
		expect(validate.errors?.some((error: { instancePath: string }) => error.instancePath === '/models/0/license')).toBe(true);
	});

	it('publishes a front-matter schema per content type that accepts the real content', async () => {
		const { parseContentFile } = await import('../../src/lib/validation/front-matter.ts');
		for (const spec of collections) {
			const validate = validator().compile(json(`schemas/${spec.schemaName}.json`));
			for (const id of contentIds(spec.folder)) {
				const file = readdirSync(`${root}${spec.folder}`).find((name) => name.startsWith(`${id}.`))!;
				const { data } = parseContentFile(readFileSync(`${root}${spec.folder}/${file}`, 'utf8'));
				// YAML gives Dates for unquoted dates; editors see them as strings.
				const asJson = JSON.parse(
					JSON.stringify(data, (_key, value) => value),
					(_key, value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value),
				);
				const ok = validate(asJson);
				expect(validate.errors ?? [], `${spec.folder}/${file}`).toEqual([]);
				expect(ok).toBe(true);
			}
		}
	});
});
