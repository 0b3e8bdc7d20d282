import { describe, expect, it } from 'vitest';
import { importHfCard, SCHEMA_COMMENT, toKebabId, type ImportOptions } from './hf-card.ts';
import { suggestLicense } from './hf-license.ts';
import { fillTodos, fixture, frontMatter, problems } from '../../../tests/helpers/import-hf.ts';

function imported(name: string, options: ImportOptions = {}) {
	const result = importHfCard(fixture(name), { fileName: `/cards/${name}`, ...options });
	if (!result.ok) throw new Error(`${name} was rejected: ${result.message}`);
	return result;
}

function rejected(name: string, options: ImportOptions = {}) {
	return importHfCard(fixture(name), { fileName: `/cards/${name}`, ...options });
}

const IMPORTABLE = [
	'multilingual-model-index.md',
	'license-other-relative-link.md',
	'scalar-language.md',
	'licence-typo.md',
	'base-model-list.md',
	'cjk-title.md',
	'thumbnail-widget-null.md',
	'hf-sections.md',
	'no-front-matter.md',
];

describe('importHfCard: placeholders fail validation until filled', () => {
	it.each(IMPORTABLE)('%s: exactly the TODO fields fail, and the filled card passes', (name) => {
		const { card, report } = imported(name);
		expect(card.startsWith(`---\n${SCHEMA_COMMENT}\n`)).toBe(true);
		const found = problems(card);
		expect(new Set(found.map((problem) => problem.field))).toEqual(new Set(report.todo.map((todo) => todo.field)));
		const lines = card.split('\n');
		for (const problem of found.filter((entry) => entry.field !== 'body')) expect(lines[problem.line - 1]).toContain('# TODO: ');
		expect(problems(fillTodos(card))).toEqual([]);
	});

	it('writes each TODO as an empty value with a comment saying what belongs there', () => {
		const { card } = imported('scalar-language.md');
		expect(card).toContain('\ndescription:  # TODO: one or two sentences (20–300 characters): what the model does and for whom\n');
		expect(frontMatter(card).description).toBeNull();
		expect(card).toContain(
			'\n## Evaluation <!-- TODO: write this section, then delete this comment (npm run validate reports it until then) -->\n\nTODO: how the model was evaluated',
		);
	});
});

describe('importHfCard: metadata mapping', () => {
	it('imports a card without a metadata block, every fact a TODO and the report saying why', () => {
		const { card, report } = imported('no-front-matter.md');
		expect(frontMatter(card)).toMatchObject({ title: 'Tiny Speech', license: null, pipeline_tag: null, organization: null });
		expect(report.unmapped[0]).toMatchObject({ field: '(metadata)', line: 1 });
		expect(report.unmapped[0]!.message).toContain('no metadata block');
		expect(report.todo.map((todo) => todo.field)).toEqual(expect.arrayContaining(['license', 'pipeline_tag', 'sources.language']));
		expect(card).toContain('Read speech from public-domain audiobooks.');
	});

	it("names a README's card after the Hub repository given with --hub-id, before its heading", () => {
		const { report } = imported('no-front-matter.md', { fileName: '/clones/tiny-speech-v2/README.md', hubId: 'example-lab/tiny-speech-v2' });
		expect([report.id, report.idSource]).toEqual(['tiny-speech-v2', 'derived from --hub-id example-lab/tiny-speech-v2']);
		expect(imported('no-front-matter.md', { fileName: '/clones/x/README.md' }).report.id).toBe('tiny-speech');
	});

	it('keeps a long model-index, drops only what the schema rejects, and drops non-ISO language codes', () => {
		const { card, report } = imported('multilingual-model-index.md', { hubId: 'example-org/polyglot-small' });
		const data = frontMatter(card);
		// BLOOM-style zhs / zht are not ISO 639 codes: left out, with the reason.
		expect(data.language).toEqual(['en', 'yue']);
		expect(data.license).toBe('bigscience-bloom-rail-1.0');
		const results = (
			data['model-index'] as { name: string; results: { dataset: { name: string }; metrics: { type: string; value: unknown }[]; source?: unknown }[] }[]
		)[0]!;
		expect(results.name).toBe('polyglot-small');
		expect(results.results.map((result) => result.dataset.name)).toEqual(['arc_easy', 'boolq', 'copa', 'hellaswag', 'humaneval', 'piqa', 'winogrande']);
		expect(results.results[0]!.metrics[0]!.value).toBe(0.5946969696969697);
		expect(results.results[1]!.metrics[0]!.value).toBe(5);
		expect(results.results[3]!.metrics[0]!.value).toBe('41.2%');
		expect(results.results[4]!.metrics.map((metric) => metric.type)).toEqual(['pass@1', 'pass@10']);
		expect(results.results[5]!.source).toEqual({ name: 'Hugging Face model card', url: 'https://huggingface.co/example-org/polyglot-small' });
		expect(report.mapped.slice(3)).toEqual([
			{ field: 'license' },
			{ field: 'language' },
			{ field: 'pipeline_tag' },
			{ field: 'model-index', note: '7 results kept' },
		]);
		expect(report.unmapped).toEqual([
			{ field: 'language[1]', line: 5, message: '"code" left out: not an ISO 639 code (2–3 lowercase letters)' },
			...['zhs', 'zht'].map((code, index) => ({
				field: `language[${index + 2}]`,
				line: index + 6,
				message: `"${code}" left out: not a language code the site can name (ISO 639); if it is a real ISO 639-3 code, add its names to src/i18n/language-names.ts`,
			})),
			{ field: 'language[4]', line: 8, message: '"EN" left out: not an ISO 639 code (2–3 lowercase letters); did you mean "en"?' },
			{
				field: 'model-index[0].results[7].metrics[0].verifed',
				line: 48,
				message: 'unknown key "verifed" dropped (did you mean "verified"?); the schema allows type, value, name, config, args, verified',
			},
			{ field: 'model-index[0].results[7].co2', line: 49, message: 'unknown key "co2" dropped; the schema allows task, dataset, metrics, source' },
			{
				field: 'model-index[0].results[4].metrics[2]',
				line: 35,
				message: 'metric dropped (value: expected a number (or a string such as "12.3%"); found an empty value)',
			},
			{
				field: 'model-index[0].results[5].source',
				line: 40,
				message: 'key "source" dropped (url: expected an https:// URL with a host, such as https://huggingface.co/org/model; found "http://example.org/board")',
			},
			{ field: 'model-index[0].results[6]', line: 41, message: 'result dropped (dataset.name: expected text; found nothing)' },
			{ field: 'model-index[0].results[8]', line: 50, message: 'result dropped (metrics: list at least one metric for each result; found a list (0 items))' },
		]);
		expect(report.guesses).toEqual([
			{ field: 'title', value: 'Polyglot Small', basis: `the first heading "<h1 style='text-align: center'>Polyglot Small</h1>"` },
			{ field: 'modality', value: 'text', basis: 'pipeline_tag text-generation (Hugging Face modality "nlp")' },
		]);
	});

	it('keeps license: other, asks for the vocabulary id of a licence it does not know, and turns a relative license_link into a TODO', () => {
		const { card, report } = imported('license-other-relative-link.md');
		expect(frontMatter(card)).toMatchObject({
			license: 'other',
			license_name: null,
			license_link: null,
			license_category: null,
			base_model: 'example-org/Example-8B-Instruct',
			language: ['en'],
			tags: ['llama', 'gguf'],
		});
		expect(card).toContain(
			'\nlicense_name:  # TODO: the id of this licence\'s entry in src/schemas/vocabularies/licenses.json (the card names "example-community-license")\n',
		);
		expect(card).toContain('\nlicense_link:  # TODO: https:// URL of the licence text (the card links "LICENSE" relative to its repository)\n');
		expect(report.mapped.map((entry) => entry.field)).toEqual(['license', 'language', 'pipeline_tag', 'base_model', 'tags']);
		expect(report.unmapped).toEqual([
			{
				field: 'license_name',
				line: 9,
				message:
					'"example-community-license" is not in src/schemas/vocabularies/licenses.json: add the licence there (with "hub": false and its sourced answers) and write its id',
			},
			{
				field: 'license_link',
				line: 10,
				message: 'not copied: "LICENSE" is relative to the Hugging Face repository and cannot be used as-is; give the full https:// URL',
			},
		]);
		expect(report.todo.filter((todo) => todo.field.startsWith('license'))).toEqual([
			{ field: 'license_name', hint: 'add "example-community-license" to the licence vocabulary and write its id' },
			{ field: 'license_link', hint: 'license is "other": link the licence text with an https:// URL (the card\'s "LICENSE" is relative)' },
			{ field: 'license_category', hint: 'license is "other": say whether it is permissive, copyleft, restricted or non-commercial' },
		]);
	});

	it('with --hub-id: fills hub_id and links.weights, resolves relative links, hints at the licence URL', () => {
		const { card, report } = imported('license-other-relative-link.md', { hubId: 'example-org/Example-8B-Instruct-GGUF' });
		const data = frontMatter(card);
		expect(data.hub_id).toBe('example-org/Example-8B-Instruct-GGUF');
		expect(data.links).toEqual({ repository: null, paper: null, weights: 'https://huggingface.co/example-org/Example-8B-Instruct-GGUF' });
		expect(card).toContain(
			'(the card links "LICENSE" relative to its repository, probably https://huggingface.co/example-org/Example-8B-Instruct-GGUF/blob/main/LICENSE)',
		);
		expect(card).toContain('See the [licence](https://huggingface.co/example-org/Example-8B-Instruct-GGUF/blob/main/LICENSE).');
		expect(report.mapped.slice(0, 2)).toEqual([
			{ field: 'hub_id', note: 'from --hub-id' },
			{ field: 'links.weights', note: 'from --hub-id' },
		]);
		expect(report.todo.find((todo) => todo.field === 'organization')?.hint).toBe(
			'an organisation id from src/schemas/vocabularies/organizations.json (add the organisation there if it is new) (the Hub repository belongs to "example-org")',
		);
	});

	it('writes a scalar language as a list and leaves licence and task as TODOs', () => {
		const { card, report } = imported('scalar-language.md', { fileName: '/downloads/sinhala-small/README.md' });
		expect(frontMatter(card)).toMatchObject({
			language: ['si'],
			datasets: ['mc4'],
			tags: ['Sinhala', 'text-generation'],
			license: null,
			pipeline_tag: null,
			modality: null,
			title: null,
		});
		expect(report.mapped).toEqual([{ field: 'language', note: 'one value written as a list' }, { field: 'datasets' }, { field: 'tags' }]);
		expect(report.todo.find((todo) => todo.field === 'pipeline_tag')?.hint).toBe(
			"the card gives no valid pipeline_tag (the card's tags include text-generation)",
		);
		expect([report.id, report.idSource]).toEqual(['sinhala-small', 'derived from the folder name']);
	});

	it('reports a misspelled licence key with "did you mean", and unknown Hugging Face keys as not mapped', () => {
		const { card, report } = imported('licence-typo.md');
		expect(frontMatter(card)).toMatchObject({
			license: null,
			pipeline_tag: 'text-generation',
			library_name: 'peft',
			base_model: 'TinyOrg/Tiny-1B-Chat',
			title: 'tiny-recon-lora',
			modality: 'text',
		});
		expect(report.unmapped).toEqual([
			{ field: 'model_name', line: 4, message: 'OpenModels has no field for this Hugging Face key; not copied ("tiny-recon-lora")' },
			{ field: 'licence', line: 9, message: 'unknown key: did you mean "license"? Not copied ("license")' },
		]);
		expect(card).toContain(
			'\nlicense:  # TODO: the Hugging Face licence id, e.g. apache-2.0, mit or other (see src/schemas/vocabularies/licenses.json); the card has "licence: license" (did you mean license?)\n',
		);
	});

	it('keeps base_model as a list, leaving out items that are not repository ids', () => {
		const { card, report } = imported('base-model-list.md');
		expect(frontMatter(card)).toMatchObject({
			base_model: ['example-lab/protein-base'],
			license: 'cc-by-nc-4.0',
			library_name: 'transformers',
			metrics: ['accuracy'],
			tags: ['biology'],
		});
		expect(report.unmapped).toEqual([
			{ field: 'base_model[1]', line: 9, message: '"not a repo id" left out: expected a Hugging Face repository id such as "org/model-name"' },
		]);
		expect(card).toContain('| Pairing-κ | κ light chains |');
	});

	it('takes a CJK title from the first heading and derives an ASCII id from it', () => {
		const { card, report } = imported('cjk-title.md', { fileName: 'README.md' });
		expect(frontMatter(card)).toMatchObject({ title: 'SDXL_Mountain_spirit山神', modality: 'vision', license: 'openrail++' });
		expect(card).toContain('\ntitle: SDXL_Mountain_spirit山神  # guessed from the first heading; check it\n');
		expect([report.id, report.idSource]).toEqual(['sdxl-mountain-spirit', 'derived from the title "SDXL_Mountain_spirit山神"']);
	});

	it('reports empty and unknown Hugging Face keys (thumbnail, widget, inference, co2_eq_emissions) as not mapped', () => {
		const { report } = imported('thumbnail-widget-null.md');
		expect(report.unmapped).toEqual([
			{ field: 'thumbnail', line: 7, message: 'OpenModels has no field for this Hugging Face key; not copied (an empty value)' },
			{ field: 'widget', line: 12, message: 'OpenModels has no field for this Hugging Face key; not copied (an empty value)' },
			{ field: 'inference', line: 13, message: 'OpenModels has no field for this Hugging Face key; not copied (boolean false)' },
			{ field: 'co2_eq_emissions', line: 14, message: 'OpenModels has no field for this Hugging Face key; not copied (a group of keys)' },
		]);
		expect(report.mapped.map((entry) => entry.field)).toEqual(['license', 'language', 'pipeline_tag', 'library_name', 'datasets', 'tags']);
	});
});

describe('importHfCard: rejected cards', () => {
	it('refuses a free-text licence and suggests the id', () => {
		expect(rejected('invalid-license.md')).toEqual({
			ok: false,
			line: 5,
			message:
				'unknown licence "Apache License 2.0": did you mean "apache-2.0"? license must be a Hugging Face licence id (see src/schemas/vocabularies/licenses.json); for a licence not on that list write "license: other" with license_name and license_link. Fix the card and run the import again.',
		});
	});

	it('does not offer another version of a licence as the fix, and refuses a licence list', () => {
		const advice =
			'license must be a Hugging Face licence id (see src/schemas/vocabularies/licenses.json); for a licence not on that list write "license: other" with license_name and license_link. Fix the card and run the import again.';
		expect(importHfCard('---\ntags: [llama]\nlicense: llama5\n---\n', { id: 'x' })).toEqual({
			ok: false,
			line: 3,
			message: `unknown licence "llama5": the list has "llama2", another version, which is not the same licence; ${advice}`,
		});
		expect(importHfCard('---\nlicense: [mit]\n---\n', { id: 'x' })).toEqual({
			ok: false,
			line: 2,
			message: `license holds a list (1 item), not one licence id: ${advice}`,
		});
	});

	it('refuses a Jinja template as invalid YAML', () => {
		expect(rejected('jinja-template.md')).toEqual({
			ok: false,
			line: 3,
			message: `front matter is not valid YAML: "{{card_data}}" is a Jinja template placeholder, so this is a model-card template, not a model card. Render the template first (for example with huggingface_hub's ModelCard.from_template) and import the result.`,
		});
	});

	it('refuses malformed YAML with the line in the original file', () => {
		expect(rejected('malformed-yaml.md')).toEqual({
			ok: false,
			line: 6,
			message: 'front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
		});
	});

	it('refuses an --id that is not lowercase-kebab, and a malformed --hub-id', () => {
		expect(rejected('cjk-title.md', { id: 'My_Model' })).toEqual({
			ok: false,
			message: '--id "My_Model" is not a lowercase-kebab id (letters a–z, digits, single hyphens); try --id my-model',
		});
		expect(rejected('cjk-title.md', { hubId: 'not a repo' })).toEqual({
			ok: false,
			message: '--hub-id "not a repo" is not a Hugging Face repository id such as "org/model-name"',
		});
	});

	it('refuses when no id can be derived', () => {
		expect(importHfCard('---\nlicense: mit\n---\n# 神兽\n', { fileName: 'README.md' })).toEqual({
			ok: false,
			message: 'could not derive an id from the file name or the first heading; pass one with --id, e.g. --id my-model',
		});
	});
});

describe('helpers', () => {
	it('derives lowercase-kebab ids', () => {
		expect(toKebabId('Meta-Llama-3 8B (v0.1)')).toBe('meta-llama-3-8b-v0-1');
		expect(toKebabId('Café Modèle')).toBe('cafe-modele');
	});

	it('suggests licence ids for free-text licences', () => {
		expect(['Apache License 2.0', 'MIT License', 'CC BY-NC 4.0', 'The Unlicense'].map(suggestLicense)).toEqual([
			'apache-2.0',
			'mit',
			'cc-by-nc-4.0',
			'unlicense',
		]);
	});
});
