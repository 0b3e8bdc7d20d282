/**
 * Maps a Hugging Face card's metadata (its front matter) to the Hugging Face keys of an
 * OpenModels card. Keys keep their meaning; anything the schema would reject is left out and
 * reported, never converted silently.
 */
import { languageCodeSchema } from '../../../src/schemas/shared.ts';
import { libraryIds, taskIds } from '../../../src/schemas/vocabularies.ts';
import { closest, describeValue } from '../../../src/lib/validation/format-issue.ts';
import { fieldName } from '../../../src/lib/validation/problem.ts';
import { cleanModelIndex } from './model-index.ts';
import { mapLicense } from './hf-license.ts';
import { type LineOf, type MetadataResult } from './types.ts';

/** Hugging Face keys with an OpenModels field of the same name and meaning, in output order. */
export const MAPPED_KEYS = [
	'license',
	'license_name',
	'license_link',
	'language',
	'pipeline_tag',
	'library_name',
	'base_model',
	'base_model_relation',
	'datasets',
	'metrics',
	'tags',
	'model-index',
] as const;

/** Hugging Face keys that OpenModels has no field for. */
const UNMAPPED_HF_KEYS = new Set([
	'widget',
	'thumbnail',
	'inference',
	'co2_eq_emissions',
	'model_name',
	'model_type',
	'new_version',
	'instance_prompt',
	'language_bcp47',
	'language_details',
	'paper',
	'gated',
]);

const HUB_REPO_ID = /^[\w.-]+\/[\w.-]+$/;
const RELATIONS = ['adapter', 'merge', 'quantized', 'finetune'];

/** A list of strings from a list (or one string); items failing `check` are reported. */
function stringList(key: string, value: unknown, lineOf: LineOf, out: MetadataResult, check?: (item: string) => string | undefined): string[] | undefined {
	let items: unknown[];
	let note: string | undefined;
	if (typeof value === 'string') {
		items = [value];
		note = `one value written as a list`;
	} else if (Array.isArray(value)) items = value;
	else {
		out.unmapped.push({ field: key, line: lineOf([key]), message: `not copied: expected a list of text values; found ${describeValue(value)}` });
		return undefined;
	}
	const kept: string[] = [];
	items.forEach((item, index) => {
		const path = typeof value === 'string' ? [key] : [key, index];
		const problem = typeof item !== 'string' ? `expected text; found ${describeValue(item)}` : check?.(item);
		if (problem) out.unmapped.push({ field: fieldName(path), line: lineOf(path), message: `${JSON.stringify(item)} left out: ${problem}` });
		else kept.push(item as string);
	});
	if (kept.length === 0) {
		if (items.length === 0) out.unmapped.push({ field: key, line: lineOf([key]), message: 'left out: the list is empty' });
		return undefined;
	}
	out.mapped.push(note ? { field: key, note } : { field: key });
	return kept;
}

function mapPipelineTag(data: Record<string, unknown>, lineOf: LineOf, out: MetadataResult): void {
	const tag = data.pipeline_tag;
	if (typeof tag === 'string' && taskIds.includes(tag)) {
		out.fields.push({ key: 'pipeline_tag', value: tag });
		out.mapped.push({ field: 'pipeline_tag' });
		out.pipelineTag = tag;
		return;
	}
	const suggestion = typeof tag === 'string' ? closest(tag, taskIds) : undefined;
	if (tag !== undefined && tag !== null) {
		out.unmapped.push({
			field: 'pipeline_tag',
			line: lineOf(['pipeline_tag']),
			message: `not copied: ${describeValue(tag)} is not a Hugging Face task id${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
		});
	}
	const tags = Array.isArray(data.tags) ? data.tags.filter((item): item is string => typeof item === 'string' && taskIds.includes(item)) : [];
	const hint = suggestion ? ` (did you mean ${suggestion}?)` : tags.length > 0 ? ` (the card's tags include ${tags.join(', ')})` : '';
	out.fields.push({ key: 'pipeline_tag', todo: `the Hugging Face task id, e.g. text-generation (see src/schemas/vocabularies/tasks.json)${hint}` });
	out.todo.push({ field: 'pipeline_tag', hint: `the card gives no valid pipeline_tag${hint}` });
}

function mapBaseModel(data: Record<string, unknown>, lineOf: LineOf, out: MetadataResult): boolean {
	const value = data.base_model;
	if (value === undefined || value === null) return false;
	const check = (item: string) => (HUB_REPO_ID.test(item) ? undefined : 'expected a Hugging Face repository id such as "org/model-name"');
	if (typeof value === 'string') {
		const problem = check(value);
		if (problem) {
			out.unmapped.push({ field: 'base_model', line: lineOf(['base_model']), message: `${JSON.stringify(value)} left out: ${problem}` });
			return false;
		}
		out.fields.push({ key: 'base_model', value });
		out.mapped.push({ field: 'base_model' });
		return true;
	}
	const list = stringList('base_model', value, lineOf, out, check);
	if (list) out.fields.push({ key: 'base_model', value: list });
	return list !== undefined;
}

/** Maps every key of the Hugging Face front matter; throws ImportFailure for an unknown licence. */
export function mapHfMetadata(data: Record<string, unknown>, lineOf: LineOf, options: { hubId?: string } = {}): MetadataResult {
	const out: MetadataResult = { fields: [], mapped: [], unmapped: [], todo: [] };
	mapLicense(data, lineOf, out, { hubId: options.hubId, otherKeys: MAPPED_KEYS });

	if (data.language !== undefined && data.language !== null) {
		const list = stringList('language', data.language, lineOf, out, (code) => {
			if (languageCodeSchema.safeParse(code).success) return undefined;
			const lower = code.toLowerCase();
			if (/^[a-z]{2,3}$/.test(code))
				return 'not a language code the site can name (ISO 639); if it is a real ISO 639-3 code, add its names to src/i18n/language-names.ts';
			return `not an ISO 639 code (2–3 lowercase letters)${lower !== code && languageCodeSchema.safeParse(lower).success ? `; did you mean "${lower}"?` : ''}`;
		});
		if (list) out.fields.push({ key: 'language', value: list });
	}
	mapPipelineTag(data, lineOf, out);

	const library = data.library_name;
	if (typeof library === 'string' && libraryIds.includes(library)) {
		out.fields.push({ key: 'library_name', value: library });
		out.mapped.push({ field: 'library_name' });
	} else if (library !== undefined && library !== null) {
		const suggestion = typeof library === 'string' ? closest(library, libraryIds) : undefined;
		out.unmapped.push({
			field: 'library_name',
			line: lineOf(['library_name']),
			message: `not copied: ${describeValue(library)} is not in src/schemas/vocabularies/libraries.json${suggestion ? `; did you mean "${suggestion}"?` : ' (add it there, or leave it out)'}`,
		});
	}

	const hasBase = mapBaseModel(data, lineOf, out);
	const relation = data.base_model_relation;
	if (typeof relation === 'string' && RELATIONS.includes(relation) && hasBase) {
		out.fields.push({ key: 'base_model_relation', value: relation });
		out.mapped.push({ field: 'base_model_relation' });
	} else if (relation !== undefined && relation !== null) {
		const why = !hasBase ? 'there is no valid base_model' : `expected one of: ${RELATIONS.join(', ')}`;
		out.unmapped.push({ field: 'base_model_relation', line: lineOf(['base_model_relation']), message: `not copied: ${why}; found ${describeValue(relation)}` });
	}

	for (const key of ['datasets', 'metrics', 'tags'] as const) {
		if (data[key] === undefined || data[key] === null) continue;
		const list = stringList(key, data[key], lineOf, out);
		if (list) out.fields.push({ key, value: list });
	}

	if (data['model-index'] !== undefined && data['model-index'] !== null) {
		const { value, notes } = cleanModelIndex(data['model-index']);
		for (const note of notes) out.unmapped.push({ field: fieldName(note.path), line: lineOf(note.path), message: note.message });
		if (value?.length) {
			// Results come from the Hub card: it is their source when the repository is known.
			// Without it, a result with no source of its own cannot be cited and is left out.
			for (const [modelIndex, entry] of (value as { results: { source?: unknown }[] }[]).entries()) {
				entry.results = entry.results.filter((result, resultIndex) => {
					if (result.source) return true;
					if (options.hubId) {
						result.source = { name: 'Hugging Face model card', url: `https://huggingface.co/${options.hubId}` };
						return true;
					}
					const path = ['model-index', modelIndex, 'results', resultIndex];
					out.unmapped.push({
						field: fieldName(path),
						line: lineOf(path),
						message: 'result left out: it names no source; import with --hub-id to cite the Hub card as its source',
					});
					return false;
				});
			}
			value.splice(0, value.length, ...value.filter((entry) => (entry as { results: unknown[] }).results.length > 0));
			const results = value.reduce<number>((sum, entry) => sum + (entry as { results: unknown[] }).results.length, 0);
			if (results > 0) {
				out.fields.push({ key: 'model-index', value });
				out.mapped.push({ field: 'model-index', note: `${results} result${results === 1 ? '' : 's'} kept` });
			}
		}
	}

	for (const [key, value] of Object.entries(data)) {
		if ((MAPPED_KEYS as readonly string[]).includes(key)) continue;
		let message: string;
		if (UNMAPPED_HF_KEYS.has(key) || key.startsWith('extra_gated_')) message = 'OpenModels has no field for this Hugging Face key; not copied';
		else {
			const suggestion = closest(key, MAPPED_KEYS);
			message = suggestion ? `unknown key: did you mean "${suggestion}"? Not copied` : 'unknown key; not copied';
		}
		out.unmapped.push({ field: key, line: lineOf([key]), message: `${message} (${describeValue(value)})` });
	}
	return out;
}
