/**
 * Templates for `npm run new`. Every fact a contributor must supply is an empty value with a
 * `# TODO:` comment: YAML reads it as null, which the schema rejects, so `npm run validate`
 * points at each one until it is filled. Everything else already validates.
 */
import { collectionSpecs, type CollectionName } from '../../../src/schemas/collections.ts';
import { SCHEMA_BASE_URL } from '../../../src/lib/json-schema.ts';

export const contentTypes = {
	model: 'models',
	tutorial: 'tutorials',
	'case-study': 'caseStudies',
	event: 'events',
	'working-group': 'workingGroups',
} as const satisfies Record<string, CollectionName>;

export type ContentType = keyof typeof contentTypes;

const todo = (key: string, help: string, indent = '') => `${indent}${key}:  # TODO: ${help}`;

// Each placeholder starts with "TODO:", which `npm run validate` reports until it is replaced.
const sections = (names: [string, string][]) => names.map(([heading, help]) => `## ${heading}\n\nTODO: ${help}\n`).join('\n');

function frontMatter(type: ContentType, lines: string[]) {
	const spec = collectionSpecs[contentTypes[type]];
	return ['---', `# yaml-language-server: $schema=${SCHEMA_BASE_URL}${spec.schemaName}.json`, ...lines, '---', ''].join('\n');
}

const templates: Record<ContentType, (today?: string) => string> = {
	model: () =>
		frontMatter('model', [
			todo('title', 'the model’s name as its authors write it, e.g. "Whisper large-v3"'),
			todo('description', 'one or two sentences (20–300 characters): what the model does and for whom'),
			todo('organization', 'an id from src/schemas/vocabularies/organizations.json (add the organisation there if it is new)'),
			'# release_date: 2024-01-31      # first public release (YYYY-MM-DD); leave out if unsure',
			'# parameters: 7000000000        # a plain number; leave out if unsure',
			todo('modality', 'text, code, vision, audio, multimodal, embeddings, time-series or tabular'),
			'# architecture: Transformer decoder',
			'# hub_id: org/model-name        # the Hugging Face repository, for the "how to use" snippet',
			'links:',
			todo('repository', 'https:// link to the official code repository (or replace with `paper:`)', '  '),
			'  # paper: https://arxiv.org/abs/0000.00000',
			'  # weights: https://huggingface.co/org/model-name',
			'working_groups: []              # e.g. [healthcare, education]; only where plainly relevant',
			'openness: {}                    # e.g. { weights: true, training_data: partial, training_code: false }; leave out what you cannot confirm',
			'# Released parts of the model, one key per Model Openness Framework component (see src/schemas/openness.ts):',
			'# the licence each is published under, where, and the words there that say so. Leave out what is not published.',
			'# openness_components:',
			'#   model-parameters: { license: apache-2.0, url: https://huggingface.co/org/model-name, quote: "license: apache-2.0" }',
			'#   inference-code: { license: Apache-2.0, url: https://github.com/org/model, quote: "…" }',
			"# Builds people run: gguf, ollama, mlx, awq, gptq or onnx; official: true when the model's organisation publishes it.",
			'# quantized_builds:',
			'#   - { format: gguf, name: org/model-name-GGUF, url: https://huggingface.co/org/model-name-GGUF, official: true }',
			todo('license', 'a Hugging Face licence id (apache-2.0, mit, llama2, cc-by-nc-4.0 …) or other + license_name + license_link + license_category'),
			todo('pipeline_tag', 'a Hugging Face task id such as text-generation or automatic-speech-recognition'),
			'# library_name: transformers',
			'# language: [en]',
			'tags: []',
			'# Where each fact comes from: the page it was read from (the Hub card, official repository, paper',
			'# or licence text) and the exact words. Every fact among license, parameters, release_date,',
			'# context_length, language and organization needs one; { not_applicable: "why" } where it does not apply,',
			'# { unconfirmed: "which official sources were checked" } where it applies but none states it.',
			'sources:',
			todo('organization', '{ url: https://…, quote: "…" }: the page that says who released the model', '  '),
			todo('license', '{ url: https://…, quote: "…" }: the page that states the licence, e.g. the Hub card', '  '),
			todo('parameters', '{ url: https://…, quote: "Number of Parameters: 7.6B" } (the words the count is read from), or { unconfirmed: "…" }', '  '),
			todo('release_date', '{ url: https://…, quote: "…" } (the dated page), or { unconfirmed: "…" }', '  '),
			todo('context_length', '{ url: https://…, quote: "…" }, or { not_applicable: "an image classifier: it takes no text" }', '  '),
			todo('language', '{ url: https://…, quote: "…" }, or { not_applicable: "…" } for a model without natural language', '  '),
		]) +
		`\nTODO: One short paragraph: what the model is, in plain words.\n\n${sections([
			['Intended use', 'What the model is for, and who should use it. Say what it must not be used for.'],
			['Limitations and risks', 'Known failure modes, biases, languages it handles poorly, licence restrictions.'],
			['Training data', 'What it was trained on, as its authors describe it (with a link).'],
			['Evaluation', 'What was measured, on which benchmarks, and where it was reported. Copy numbers only from the official source and name it.'],
		])}`,
	tutorial: (today) =>
		frontMatter('tutorial', [
			todo('title', 'what the learner will be able to do, e.g. "Transcribe speech with Whisper"'),
			todo('description', 'one or two sentences (20–300 characters) for lists and search results'),
			todo('level', 'beginner, intermediate or advanced'),
			todo('duration', 'minutes a learner needs, e.g. 30'),
			'prerequisites: []               # e.g. ["Python 3.10 or newer"]',
			todo('objectives', 'a list of what the learner will learn, e.g. ["Run a model locally"]'),
			'models: []                      # ids of model cards in content/models/',
			'working_groups: []',
			todo('authors', 'a list of GitHub handles or organisation names, e.g. ["@your-handle"]; never invent people'),
			today
				? `last_reviewed: ${today}       # when someone last checked that the code still runs`
				: todo('last_reviewed', 'today’s date (YYYY-MM-DD): when someone last checked that the code still runs'),
		]) +
		`\nTODO: One short paragraph: what the learner will build and why it is useful.\n\n${sections([
			['Set up', 'What to install, with exact commands.'],
			['Step by step', 'Short steps with complete, runnable code blocks. Give each block a title, e.g. ```python title="run.py"```.'],
			['Next steps', 'Links to related tutorials and model cards.'],
		])}`,
	'case-study': () =>
		frontMatter('case-study', [
			todo('title', 'a short, concrete title'),
			todo('description', 'one or two sentences (20–300 characters)'),
			'kind: example                   # use deployment only for a real, public deployment, and cite a source for every claim',
			todo('sector', 'a working-group id: healthcare, education, finance or transportation'),
			'# organization: …               # required for deployments; leave out for examples',
			todo('region', 'where this takes place, e.g. "East Africa" or "Global"'),
			'models: []                      # ids of model cards in content/models/',
			todo('problem', 'the problem, in one or two sentences'),
			todo('approach', 'what was done, in one or two sentences'),
			todo('outcome', 'what happened (deployment) or what would be measured (example)'),
			'results: []                     # deployments only: [{ metric, value, source }]',
			'sources: []                     # https:// links; required for deployments',
		]) +
		`\n${sections([
			['Context', 'Who is involved and why it matters.'],
			['What the team did', 'The approach in more detail.'],
			['What to watch out for', 'Privacy, licences, evaluation, human oversight.'],
		])}`,
	event: () =>
		frontMatter('event', [
			todo('title', 'the event’s name'),
			todo('description', 'one or two sentences (20–300 characters)'),
			todo('kind', 'hackathon, workshop, webinar, meetup or conference'),
			todo('start', 'quoted ISO 8601 date-time with offset, e.g. "2027-03-14T18:00:00+08:00"'),
			todo('end', 'quoted ISO 8601 date-time with offset, after start'),
			todo('timezone', 'IANA time zone of the event, e.g. Asia/Shanghai or Europe/Berlin'),
			todo('format', 'online, in-person or hybrid'),
			'# place: { venue: Venue to be announced, city: Nairobi, country: Kenya }   # required unless online',
			'# join_url: https://…          # required unless in-person',
			'# registration_url: https://…',
			'language: [en]',
			'working_groups: []',
		]) +
		`\n${sections([
			['Who it is for', 'The audience, and what they need to know beforehand.'],
			['What we will do', 'The plan, in a few lines. Say that this is an OpenModels community event.'],
			['Accessibility and code of conduct', 'Languages, captions, venue access, and how to raise a concern.'],
		])}`,
	'working-group': () =>
		frontMatter('working-group', [
			todo('title', 'the sector, e.g. "Agriculture"'),
			todo('description', 'one or two sentences (20–300 characters)'),
			todo('focus_areas', 'a list of focus areas, e.g. ["Crop disease detection"]'),
			'leads: []                       # real people who agreed to lead; never invent names',
			todo('discussion_url', 'https:// link to where the group talks, e.g. a GitHub discussions category'),
			'order: 100',
		]) +
		`\nTODO: Two short paragraphs: who the group is for, and why open models matter in this sector.\n\n${sections([
			['What the group does', 'A few bullet points.'],
		])}`,
};

export function contentPath(type: ContentType, id: string): string {
	const spec = collectionSpecs[contentTypes[type]];
	return `${spec.folder}/${id}${spec.extensions[0]}`;
}

/** `today` fills the review date of a tutorial; without it the date is left as a TODO. */
export function renderTemplate(type: ContentType, today?: string): string {
	return templates[type](today);
}

/** The `_template` file beside each collection, for contributors who edit on GitHub. */
export function templatePath(type: ContentType): string {
	const spec = collectionSpecs[contentTypes[type]];
	return `${spec.folder}/_template${spec.extensions[0]}`;
}

/** What is left for the contributor: front-matter keys as dotted paths, and `body` once per placeholder paragraph. */
export function todoFields(text: string): string[] {
	const fields: string[] = [];
	let parent = '';
	let inFrontMatter = false;
	for (const line of text.split('\n')) {
		if (line === '---') {
			inFrontMatter = !inFrontMatter;
			continue;
		}
		if (!inFrontMatter) {
			if (line.startsWith('TODO: ')) fields.push('body');
			continue;
		}
		const match = /^(\s*)([\w-]+):(.*)$/.exec(line);
		if (!match) continue;
		if (!match[1]) parent = match[2]!;
		if (match[3]!.includes('# TODO:')) fields.push(match[1] ? `${parent}.${match[2]}` : match[2]!);
	}
	return fields;
}
