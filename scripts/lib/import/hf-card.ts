/**
 * Turns a Hugging Face model card (YAML front matter + Markdown) into an OpenModels model card.
 * Pure: text and options in, card text and a report out. Hugging Face keys keep their meaning;
 * OpenModels facts the card does not give are written as empty `# TODO:` lines, which
 * `npm run validate` rejects until a contributor fills them, so no half-filled card slips through.
 */
import { dump } from 'js-yaml';
import { ID_PATTERN } from '../../../src/schemas/shared.ts';
import { modalityIds, taskList } from '../../../src/schemas/vocabularies.ts';
import { FrontMatterError, parseContentFile, type ParsedFile } from '../../../src/lib/validation/front-matter.ts';
import { convertBody } from './hf-body.ts';
import { mapHfMetadata } from './hf-metadata.ts';
import { ImportFailure, type Guess, type Mapped, type Note, type OutField, type Todo } from './types.ts';

export type { Guess, Mapped, Note, Todo } from './types.ts';

export const SCHEMA_COMMENT = '# yaml-language-server: $schema=https://open-models-platform.github.io/home/schemas/model.json';

export interface ImportOptions {
	/** The card's id (file name without `.md`); derived from the file name or title when absent. */
	id?: string;
	/** Path of the imported file, used to derive the id. */
	fileName?: string;
	/** Hugging Face repository that holds the weights, e.g. `openai/whisper-large-v3`. */
	hubId?: string;
}

export interface ImportReport {
	id: string;
	/** Where the id came from. */
	idSource: string;
	mapped: Mapped[];
	unmapped: Note[];
	guesses: Guess[];
	todo: Todo[];
	/** What happened to the body: sections renamed or added, links resolved, markup removed. */
	body: string[];
}

export type ImportResult = { ok: true; id: string; card: string; report: ImportReport } | { ok: false; message: string; line?: number };

/** OpenModels modality for each Hugging Face task modality, with the catalogue's exceptions. */
const MODALITY_BY_HUB: Record<string, string> = { nlp: 'text', cv: 'vision', audio: 'audio', multimodal: 'multimodal', tabular: 'tabular' };
const MODALITY_BY_TASK: Record<string, string> = {
	'feature-extraction': 'embeddings',
	'sentence-similarity': 'embeddings',
	'time-series-forecasting': 'time-series',
	'image-to-text': 'multimodal',
	'zero-shot-image-classification': 'multimodal',
};

const HUB_REPO_ID = /^[\w.-]+\/[\w.-]+$/;

/** `Meta-Llama-3 8B (v0.1)` → `meta-llama-3-8b-v0-1`; empty when nothing usable is left. */
export function toKebabId(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A Jinja placeholder in the front matter means this is a template, not a card. */
function rejectTemplate(source: string): void {
	const lines = source.split('\n');
	let index = lines.findIndex((line) => line.trim() !== '');
	if (lines[index]?.replace(/^\uFEFF/, '').trim() !== '---') return;
	for (index++; index < lines.length && lines[index]!.trim() !== '---'; index++) {
		const line = lines[index]!;
		const placeholder = /\{\{.*?\}\}|\{%.*?%\}/.exec(line);
		if (placeholder && !line.trimStart().startsWith('#')) {
			throw new ImportFailure(
				`front matter is not valid YAML: ${JSON.stringify(placeholder[0])} is a Jinja template placeholder, so this is a model-card template, not a model card. Render the template first (for example with huggingface_hub's ModelCard.from_template) and import the result.`,
				index + 1,
			);
		}
	}
}

function deriveId(options: ImportOptions, title: string | undefined): { id: string; source: string } {
	if (options.id !== undefined) {
		if (!ID_PATTERN.test(options.id)) {
			const suggestion = toKebabId(options.id);
			throw new ImportFailure(
				`--id ${JSON.stringify(options.id)} is not a lowercase-kebab id (letters a–z, digits, single hyphens)${suggestion ? `; try --id ${suggestion}` : ''}`,
			);
		}
		return { id: options.id, source: 'given with --id' };
	}
	const parts = (options.fileName ?? '').split(/[\\/]/).filter(Boolean);
	const base = (parts.pop() ?? '').replace(/\.[^.]*$/, '');
	const generic = /^(readme|model[-_ ]?card|index)$/i.test(base);
	// A README says nothing about the model; the Hub repository's own name does.
	const hubName = options.hubId?.split('/')[1];
	const candidates: [string | undefined, string][] = [
		[generic ? undefined : base, `derived from the file name "${base}"`],
		[generic ? hubName : undefined, `derived from --hub-id ${options.hubId}`],
		[title, `derived from the title "${title}"`],
		[generic ? parts.pop() : undefined, 'derived from the folder name'],
	];
	for (const [text, source] of candidates) {
		const id = text ? toKebabId(text) : '';
		if (id) return { id, source };
	}
	throw new ImportFailure('could not derive an id from the file name or the first heading; pass one with --id, e.g. --id my-model');
}

function isScalar(value: unknown): boolean {
	return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function renderField(field: OutField, indent = ''): string[] {
	if (field.children) return [`${indent}${field.key}:`, ...field.children.flatMap((child) => renderField(child, `${indent}  `))];
	if (field.todo !== undefined) return [`${indent}${field.key}:  # TODO: ${field.todo}`];
	const comment = field.comment ? `  # ${field.comment}` : '';
	const value = field.value;
	if (isScalar(value) || (Array.isArray(value) && value.every(isScalar))) {
		return [`${indent}${field.key}: ${dump(value, { flowLevel: 0, lineWidth: -1 }).trimEnd()}${comment}`];
	}
	const lines = dump({ [field.key]: value }, { lineWidth: -1, noRefs: true })
		.trimEnd()
		.split('\n');
	lines[0] += comment;
	return lines.map((line) => `${indent}${line}`);
}

const HEADER = [
	'# Imported from a Hugging Face model card with `npm run import:hf`. `npm run validate` fails until',
	'# every empty "TODO" line below has a value; check every value marked "guessed". Then delete these comments.',
];

const OPTIONAL_FACTS = [
	"# Optional facts: uncomment and fill the ones the model's own sources state (leave out what you are unsure of).",
	'# release_date: YYYY-MM-DD',
	'# parameters: 7000000000',
	'# architecture: Transformer decoder',
	'# context_length: 4096',
];

const NO_METADATA: Note = {
	field: '(metadata)',
	line: 1,
	message:
		'the card has no metadata block between two "---" lines, so its licence, task and languages are TODOs: take them from the repository\'s LICENSE file and its documentation',
};

function convert(source: string, options: ImportOptions): ImportResult {
	if (options.hubId !== undefined && !HUB_REPO_ID.test(options.hubId)) {
		throw new ImportFailure(`--hub-id ${JSON.stringify(options.hubId)} is not a Hugging Face repository id such as "org/model-name"`);
	}
	const text = source.replace(/\r\n?/g, '\n');
	rejectTemplate(text);
	let parsed: ParsedFile;
	// Many cards kept in code repositories (OpenAI's Whisper, Meta's Llama 2) have no metadata
	// block: their body is still worth importing, with every fact left as a TODO.
	let noMetadata = false;
	try {
		parsed = parseContentFile(text);
	} catch (error) {
		if (!(error instanceof FrontMatterError)) throw error;
		if (!error.message.startsWith('no front matter')) throw new ImportFailure(error.message, error.line);
		noMetadata = true;
		parsed = { data: {}, body: text, bodyLine: 1, lineOf: () => 1 };
	}
	const { data, lineOf } = parsed;
	const complexKey = Object.keys(data).find((key) => key === '[object Object]');
	if (complexKey)
		throw new ImportFailure(
			'front matter is not valid YAML for a model card: a key is itself a mapping (a template placeholder?); keys must be plain names such as license',
			lineOf([complexKey]),
		);

	const body = convertBody(parsed.body, { hubId: options.hubId });
	const meta = mapHfMetadata(data, lineOf, { hubId: options.hubId });
	const { id, source: idSource } = deriveId(options, body.title?.text);
	const guesses: Guess[] = [];
	const todo: Todo[] = [];
	const mapped: Mapped[] = [];
	const fields: OutField[] = [];
	const addTodo = (key: string, hint: string, field = key): OutField => {
		todo.push({ field, hint });
		return { key, todo: hint };
	};

	if (body.title) {
		fields.push({ key: 'title', value: body.title.text, comment: 'guessed from the first heading; check it' });
		guesses.push({ field: 'title', value: body.title.text, basis: `the first heading ${JSON.stringify(body.title.heading)}` });
	} else fields.push(addTodo('title', 'the model\'s display name, e.g. "Whisper large-v3"'));
	fields.push(addTodo('description', 'one or two sentences (20–300 characters): what the model does and for whom'));
	const org = options.hubId ? ` (the Hub repository belongs to "${options.hubId.split('/')[0]}")` : '';
	fields.push(addTodo('organization', `an organisation id from src/schemas/vocabularies/organizations.json (add the organisation there if it is new)${org}`));

	const task = taskList.find((entry) => entry.id === meta.pipelineTag);
	const modality = task ? (MODALITY_BY_TASK[task.id] ?? MODALITY_BY_HUB[task.hubModality]) : undefined;
	if (task && modality) {
		fields.push({ key: 'modality', value: modality, comment: `guessed from pipeline_tag ${task.id}; one of: ${modalityIds.join(', ')}` });
		guesses.push({ field: 'modality', value: modality, basis: `pipeline_tag ${task.id} (Hugging Face modality "${task.hubModality}")` });
	} else fields.push(addTodo('modality', `one of: ${modalityIds.join(', ')}`));

	const links: OutField[] = [];
	if (options.hubId) {
		fields.push({ key: 'hub_id', value: options.hubId });
		mapped.push({ field: 'hub_id', note: 'from --hub-id' });
	}
	const arxiv = /https:\/\/arxiv\.org\/(?:abs|pdf)\/[\w.-]+/.exec(parsed.body)?.[0];
	links.push(
		addTodo('repository', 'https:// URL of the official code repository (delete this line if there is none and give links.paper)', 'links.repository'),
	);
	links.push(
		addTodo(
			'paper',
			`https:// URL of the paper (delete this line if there is none and give links.repository)${arxiv ? `; the card links ${arxiv}, check it is this model's paper` : ''}`,
			'links.paper',
		),
	);
	if (options.hubId) {
		links.push({ key: 'weights', value: `https://huggingface.co/${options.hubId}` });
		mapped.push({ field: 'links.weights', note: 'from --hub-id' });
	}
	fields.push({ key: 'links', children: links });
	fields.push(
		addTodo(
			'openness',
			'what is open, e.g. { weights: true, training_data: undisclosed, training_code: false } (training_data: disclosed, partial or undisclosed); leave out what you are unsure of, or write {}',
		),
	);
	fields.push(...meta.fields);
	todo.push(...meta.todo, ...body.todo);
	guesses.push(...body.guesses);

	// Every fact needs its source: the Hub card for what was mapped from its metadata (with the
	// words it says), or a TODO where the repository is not known.
	const hubUrl = options.hubId ? `https://huggingface.co/${options.hubId}` : undefined;
	const sourceFields: OutField[] = [];
	for (const key of ['organization', 'license', 'language'] as const) {
		const field = [...fields, ...meta.fields].find((candidate) => candidate.key === key);
		if (!field) continue;
		if (hubUrl && field.value !== undefined) {
			const quote = `${key}: ${Array.isArray(field.value) ? field.value.join(', ') : String(field.value)}`;
			sourceFields.push({ key, value: { url: hubUrl, quote } });
		} else if (hubUrl && key === 'organization') {
			sourceFields.push({ key, value: { url: hubUrl } });
		} else {
			sourceFields.push({
				key,
				todo: `{ url: https://…, quote: "…" }: the page that states the ${key} (the model's Hub card, repository or paper) and its words`,
			});
			todo.push({ field: `sources.${key}`, hint: `give the source of ${key}: the page it was read from and the exact words` });
		}
	}
	// The facts a Hugging Face card's metadata does not carry: each is stated with its source,
	// marked not applicable, or recorded as unconfirmed; `npm run validate` accepts nothing else.
	for (const key of ['parameters', 'release_date', 'context_length', 'language'] as const) {
		if (sourceFields.some((field) => field.key === key)) continue;
		const hint = `{ unconfirmed: "which official sources were checked" }; or state ${key} above with { url: https://…, quote: "…" } here, or { not_applicable: "why" } where it does not apply`;
		sourceFields.push({ key, todo: hint });
		todo.push({ field: `sources.${key}`, hint: `state ${key} with its source, or say why it does not apply or that no official source states it` });
	}
	if (sourceFields.some((field) => field.value !== undefined))
		mapped.push({ field: 'sources', note: `the Hub card ${hubUrl} as the source of what was mapped from it` });
	fields.push({ key: 'sources', children: sourceFields });

	const card = [
		'---',
		SCHEMA_COMMENT,
		...HEADER,
		...fields.slice(0, 3).flatMap((field) => renderField(field)),
		...OPTIONAL_FACTS,
		...fields.slice(3).flatMap((field) => renderField(field)),
		'---',
		'',
		body.body,
	].join('\n');
	return {
		ok: true,
		id,
		card,
		report: {
			id,
			idSource,
			mapped: [...mapped, ...meta.mapped],
			unmapped: noMetadata ? [NO_METADATA, ...meta.unmapped] : meta.unmapped,
			guesses,
			todo,
			body: body.notes,
		},
	};
}

/** Imports a Hugging Face card; a card that cannot be imported gives a message (and line). */
export function importHfCard(source: string, options: ImportOptions = {}): ImportResult {
	try {
		return convert(source, options);
	} catch (error) {
		if (error instanceof ImportFailure)
			return error.line === undefined ? { ok: false, message: error.message } : { ok: false, message: error.message, line: error.line };
		throw error;
	}
}
