import { describe, expect, it } from 'vitest';
import { problemsFor } from '../../tests/helpers/validation.ts';
import { missingModelSections, modelCardSchema } from './model-card.ts';

const body = '## Intended use\n\nx\n\n## Limitations and risks\n\nx\n\n## Training data\n\nx\n\n## Evaluation\n\nx\n';
const valid = `
title: Tiny model
description: A small test model used to check that the model-card schema accepts a complete card.
organization: openai
release_date: 2024-01-02
parameters: 1500000
modality: text
links:
  paper: https://arxiv.org/abs/1810.03993
license: apache-2.0
language: en
pipeline_tag: text-classification
library_name: transformers
sources:
  organization: { url: https://huggingface.co/example/tiny }
  release_date: { url: https://arxiv.org/abs/1810.03993, quote: "Submitted on 2 Jan 2024" }
  parameters: { url: https://huggingface.co/example/tiny, quote: "1.5M params" }
  license: { url: https://huggingface.co/example/tiny, quote: "license: apache-2.0" }
  language: { url: https://huggingface.co/example/tiny, quote: "language: en" }
  context_length: { unconfirmed: "the Hub card and the paper state no maximum input length" }
`;

describe('model card schema', () => {
	it('accepts a complete card and normalises a scalar language to a list', () => {
		expect(problemsFor('models', valid, { body })).toEqual([]);
		const parsed = modelCardSchema.parse({
			title: 'T',
			description: 'A description that is long enough.',
			organization: 'openai',
			modality: 'text',
			links: { repository: 'https://github.com/x/y' },
			license: 'mit',
			pipeline_tag: 'fill-mask',
			language: 'si',
			sources: {
				organization: { url: 'https://huggingface.co/x/y' },
				license: { url: 'https://huggingface.co/x/y' },
				language: { url: 'https://huggingface.co/x/y' },
			},
		});
		expect(parsed.language).toEqual(['si']);
		expect(parsed.working_groups).toEqual([]);
	});

	it.each([
		[
			'an unknown licence',
			valid.replace('apache-2.0', 'Apache License 2.0'),
			'license',
			'expected a Hugging Face licence id such as apache-2.0, mit, llama2 or other (see src/schemas/vocabularies/licenses.json); found "Apache License 2.0"',
		],
		[
			'an unknown task',
			valid.replace('text-classification', 'chatbot'),
			'pipeline_tag',
			'expected a Hugging Face task id such as text-generation (see src/schemas/vocabularies/tasks.json); found "chatbot"',
		],
		[
			'a licence id in other letter case',
			valid.replace('license: apache-2.0', 'license: Apache-2.0'),
			'license',
			'expected a Hugging Face licence id such as apache-2.0, mit, llama2 or other (see src/schemas/vocabularies/licenses.json); found "Apache-2.0": did you mean "apache-2.0"?',
		],
		[
			'a misspelled task',
			valid.replace('text-classification', 'text-clasification'),
			'pipeline_tag',
			'expected a Hugging Face task id such as text-generation (see src/schemas/vocabularies/tasks.json); found "text-clasification": did you mean "text-classification"?',
		],
		[
			'an organisation named by part of its id',
			valid.replace('organization: openai', 'organization: mistral'),
			'organization',
			'unknown organisation id "mistral": did you mean "mistral-ai"? (add the organisation to src/schemas/vocabularies/organizations.json if it is new)',
		],
		[
			'an empty language',
			valid.replace(/^language:.*$/m, 'language:'),
			'language',
			'expected a language code or a list of them, e.g. [en, zh]; found an empty value',
		],
		[
			'an empty description',
			valid.replace(/^description:.*$/m, 'description:'),
			'description',
			'expected a one- or two-sentence description; found an empty value',
		],
		['a misspelled key', `${valid}licence: mit`, 'licence', 'unknown field "licence": did you mean "license"?'],
		['parameters as text', valid.replace('1500000', '7B'), 'parameters', 'expected a number of parameters such as 7000000000; found "7B"'],
		[
			'an http link',
			valid.replace('https://arxiv', 'http://arxiv'),
			'links.paper',
			'expected an https:// URL (or a path on this site starting with /); http: links are not allowed; found "http://arxiv.org/abs/1810.03993"',
		],
		[
			'a javascript: link',
			valid.replace('https://arxiv.org/abs/1810.03993', 'javascript:alert(1)'),
			'links.paper',
			'expected an https:// URL (or a path on this site starting with /); javascript: links are not allowed; found "javascript:alert(1)"',
		],
		['a missing title', valid.replace('title: Tiny model\n', ''), 'title', 'is required: expected a title'],
		[
			'a fact without a source',
			valid.replace(/^  parameters: .*\n/m, ''),
			'parameters',
			'parameters has no source: add `sources.parameters: { url: https://…, quote: "…" }` with the page it was read from (the model\'s Hub card, official repository, paper or licence text) and the exact words; if no official source states it, remove the fact and write `sources.parameters: { unconfirmed: "which official sources you checked" }`',
		],
		[
			'a fact marked not applicable',
			valid.replace(/^  parameters: .*$/m, '  parameters: { not_applicable: "unknown" }'),
			'sources.parameters',
			'sources.parameters says the fact does not apply, but the card states parameters: remove one of the two',
		],
		[
			'a fact marked unconfirmed',
			valid.replace(/^  parameters: .*$/m, '  parameters: { unconfirmed: "not on the Hub card or in the paper" }'),
			'sources.parameters',
			'sources.parameters says no official source confirms the fact, but the card states parameters: give its source as { url: https://…, quote: "…" } or remove the fact',
		],
		[
			'a source that is not https',
			valid.replace('{ url: https://huggingface.co/example/tiny }', '{ url: http://example.org/tiny }'),
			'sources.organization.url',
			'expected an https:// URL with a host, such as https://huggingface.co/org/model; found "http://example.org/tiny"',
		],
		[
			'an unknown organisation',
			valid.replace('organization: openai', 'organization: OpenAI'),
			'organization',
			'unknown organisation id "OpenAI": did you mean "openai"? (add the organisation to src/schemas/vocabularies/organizations.json if it is new)',
		],
		[
			'a result without a source',
			`${valid}model-index:\n  - name: tiny\n    results:\n      - task: { type: text-classification }\n        dataset: { type: glue, name: GLUE }\n        metrics: [{ type: accuracy, value: 0.9 }]\n`,
			'model-index[0].results[0].source',
			'every result needs source: { url: https://…, name: "…" }, the model card or paper the figures come from',
		],
		[
			'markup in a title',
			valid.replace('title: Tiny model', 'title: "Tiny</title><script>alert(1)</script>"'),
			'title',
			'contains HTML markup or an HTML character reference: write plain text (titles, descriptions and component labels are never HTML; write & and < only where they read as themselves)',
		],
		[
			'a bad language code',
			valid.replace('language: en', 'language: English'),
			'language',
			'expected an ISO 639 language code such as "en", "zh" or "yue" (2–3 lowercase letters); found "English"',
		],
	])('rejects %s with a friendly message on the right line', (_name, yaml, field, message) => {
		const problems = problemsFor('models', yaml, { body });
		expect(problems).toContainEqual(expect.objectContaining({ field, message }));
	});

	it('points at the line of the offending key', () => {
		const [problem] = problemsFor('models', valid.replace('parameters: 1500000', 'parameters: "many"'), { body });
		// Line 1 is the opening ---, the YAML starts on line 2 and `parameters` is its 5th line.
		expect(problem).toMatchObject({ line: 6, field: 'parameters' });
	});

	it('requires name, link and category for license: other', () => {
		const problems = problemsFor('models', valid.replace('license: apache-2.0', 'license: other'), { body });
		expect(problems.map((problem) => problem.field)).toEqual(['license_name', 'license_link', 'license_category']);
	});

	it("rejects a licence category that contradicts the vocabulary's reading of the licence", () => {
		const problems = problemsFor('models', valid.replace('license: apache-2.0', 'license: apache-2.0\nlicense_category: restricted'), { body });
		expect(problems).toContainEqual(
			expect.objectContaining({
				field: 'license_category',
				message:
					'"restricted" contradicts the licence vocabulary, which reads apache-2.0 as "permissive" (write "permissive", or change the vocabulary entry with its source)',
			}),
		);
	});

	it('knows every licence an openness component is recorded under, and suggests the id meant', () => {
		const withComponent = (license: string) =>
			problemsFor('models', `${valid}openness_components:\n  inference-code: { license: ${license}, url: https://github.com/org/model, quote: "released" }\n`, {
				body,
			});
		for (const known of ['Apache-2.0', 'apache-2.0', 'CC-BY-NC-4.0', 'BUSL-1.1', 'llama3.1', 'deepseek-license', 'other', 'unlicensed'])
			expect(withComponent(known), known).toEqual([]);
		expect(withComponent('Apache-2')).toContainEqual(
			expect.objectContaining({
				field: 'openness_components.inference-code.license',
				message: expect.stringMatching(/^"Apache-2" is not a licence id OpenModels knows: did you mean "Apache-2\.0"\?/),
			}),
		);
	});

	it('requires a paper or repository link', () => {
		const problems = problemsFor('models', valid.replace('  paper: https://arxiv.org/abs/1810.03993', '  demo: https://example.org'), { body });
		expect(problems).toContainEqual({
			line: expect.any(Number),
			field: 'links',
			message: 'cite the paper or the official repository (links.paper or links.repository)',
		});
	});

	it('reports missing body sections by name', () => {
		expect(missingModelSections(['Intended use', 'Evaluation'], 'en')).toEqual(['Limitations and risks', 'Training data']);
		expect(missingModelSections([' intended USE ', 'Limitations and risks', 'Training data', 'Evaluation'], 'en')).toEqual([]);
		expect(missingModelSections(['预期用途', '局限与风险', '训练数据', '评估'], 'zh-cn')).toEqual([]);
		const problems = problemsFor('models', valid, { body: '## Intended use\n' });
		expect(problems).toEqual([
			{
				line: 22,
				field: 'body',
				message: 'missing sections "## Limitations and risks", "## Training data", "## Evaluation": a model card needs these headings (Mitchell et al. 2019)',
			},
		]);
	});

	it('says how to write a licence that the vocabulary explains but the Hub has no id for', () => {
		expect(problemsFor('models', valid.replace('license: apache-2.0', 'license: deepseek-license'), { body })).toContainEqual(
			expect.objectContaining({
				field: 'license',
				message: expect.stringMatching(/^"deepseek-license" is a licence the Hub has no id for: write `license: other` and `license_name: deepseek-license`/),
			}),
		);
	});

	it('lists the components an openness record takes when a key is not one of them', () => {
		const problems = problemsFor(
			'models',
			`${valid}openness_components:\n  weights: { license: MIT, url: https://github.com/org/model, quote: "released" }\n`,
			{ body },
		);
		expect(problems).toContainEqual(
			expect.objectContaining({
				field: 'openness_components.weights',
				message: expect.stringMatching(/^unknown field "weights"; expected one of model-architecture, .*model-parameters, .*evaluation-results$/),
			}),
		);
	});

	it('names a key written twice, with the line of each', () => {
		const yaml = valid.replace('description:', 'title: Tiny model again\ndescription:');
		const lineOf = (text: string) => yaml.split('\n').findIndex((line) => line.startsWith(text)) + 1;
		expect(problemsFor('models', yaml, { body })).toEqual([
			{
				line: lineOf('title: Tiny model again'),
				field: 'title',
				message: `"title" is written twice (first on line ${lineOf('title: Tiny model')}): keep one of the two`,
			},
		]);
	});

	it('accepts only a real calendar date written YYYY-MM-DD, never a guess turned into one', () => {
		const dated = (date: string) => problemsFor('models', valid.replace('release_date: 2024-01-02', `release_date: ${date}`), { body });
		expect(dated('"2024-01-02"')).toEqual([]);
		for (const written of ['March 2024', '"2024"', '1700000000', '"2024-02-30"', '2024-01-02T10:00:00Z'])
			expect(
				dated(written).map(({ field }) => field),
				written,
			).toEqual(['release_date']);
		// Unquoted, YAML would make 30 February the 1st of March without a word: refused where the YAML is read.
		expect(dated('2024-02-30')).toEqual([
			{ line: 5, field: 'release_date', message: '2024-02-30 is not a date in the calendar: write a real date as YYYY-MM-DD' },
		]);
	});

	it('refuses a card that leaves a fact unaccounted for, or a number without the words it is read from', () => {
		const withoutContext = valid.replace(/\n {2}context_length: .*\n/, '\n');
		expect(problemsFor('models', withoutContext, { body })).toEqual([
			{
				line: 14,
				field: 'sources.context_length',
				message:
					'missing: state it with its official source, or record under sources `{ not_applicable: "why" }` or, where it applies but no official source states it, `{ unconfirmed: "what was checked" }`',
			},
		]);
		const unquoted = valid.replace(
			'parameters: { url: https://huggingface.co/example/tiny, quote: "1.5M params" }',
			'parameters: { url: https://huggingface.co/example/tiny }',
		);
		expect(problemsFor('models', unquoted, { body })).toEqual([
			{ line: 17, field: 'sources.parameters', message: 'quote the words the number is read from: { url: …, quote: "…" }' },
		]);
		const wrongNumber = valid.replace('parameters: 1500000', 'parameters: 2500000');
		expect(problemsFor('models', wrongNumber, { body }).map(({ field, message }) => `${field}: ${message}`)).toEqual([
			'sources.parameters: 2500000 does not appear in the quoted words (quote them as the source writes the figure, such as "8.2B", "8,190,735,360", "8 billion" or "32K"; a size in the model\'s name does not count)',
		]);
	});

	it('refuses a language code the site cannot name, and names the file to add it to', () => {
		const problems = problemsFor('models', valid.replace('language: en', 'language: [en, xx]'), { body });
		expect(problems.map(({ field, message }) => `${field}: ${message.slice(0, 80)}`)).toEqual([
			'language[1]: unknown language code: expected an ISO 639 code such as "en", "zh" or "yue"; for',
		]);
		expect(problems[0]!.message).toContain('src/i18n/language-names.ts');
	});

	it('refuses TODO placeholders left in the body, and reads a heading without its TODO comment', () => {
		const placeholder = body.replace('## Evaluation\n\nx\n', '## Evaluation <!-- TODO: write this section -->\n\nTODO: how the model was evaluated.\n');
		expect(problemsFor('models', valid, { body: placeholder })).toEqual([
			{ line: 36, field: 'body', message: 'a TODO placeholder is still here: write this part in your own words, then delete the TODO' },
		]);
	});

	it('counts only real headings as sections, not a "##" line in a code block or a deeper heading', () => {
		const body = '## Intended use\n\n```markdown\n## Limitations and risks\n```\n\n### Training data\n\n## Evaluation\n';
		const problems = problemsFor('models', valid, { body });
		expect(problems.map((problem) => problem.message)).toEqual([
			'missing sections "## Limitations and risks", "## Training data": a model card needs these headings (Mitchell et al. 2019)',
		]);
	});

	it('lets a translation carry only words', () => {
		const problems = problemsFor('models', 'title: 小模型\ndescription: 这是一个用于测试的模型卡翻译，只包含标题和描述。\nlicense: mit', {
			locale: 'zh-cn',
			body: '## 预期用途\n## 局限与风险\n## 训练数据\n## 评估\n',
		});
		expect(problems).toEqual([
			{
				line: 4,
				field: 'license',
				message:
					'unknown field "license"; remove it or check the spelling against the template (a translation carries only translated words; facts come from the English entry)',
			},
		]);
	});

	it('accepts Hugging Face model-index results', () => {
		const withIndex = `${valid}model-index:
  - name: tiny
    results:
      - task: { type: text-classification }
        dataset: { type: glue, name: GLUE SST-2, split: validation }
        metrics:
          - { type: accuracy, value: 0.91 }
        source: { url: https://arxiv.org/abs/1810.03993 }`;
		expect(problemsFor('models', withIndex, { body })).toEqual([]);
	});
});
