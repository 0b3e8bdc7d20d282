/**
 * Keeps a Hugging Face `model-index` as far as OpenModels' schema allows: keys the schema does
 * not know are dropped, and so is the smallest part (a key, a metric, a result, an entry) that
 * the schema rejects. Every drop is reported; no value is converted.
 */
import type { z } from 'zod';
import { modelIndexSchema } from '../../../src/schemas/model-card.ts';
import { closest, describeValue } from '../../../src/lib/validation/format-issue.ts';
import { fieldName } from '../../../src/lib/validation/problem.ts';
import { keysAt } from '../../../src/lib/validation/schema-keys.ts';

export interface ModelIndexNote {
	/** Path inside the card's front matter, e.g. `['model-index', 0, 'results', 3]`. */
	path: PropertyKey[];
	message: string;
}

type AnySchema = z.core.$ZodType;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function unwrap(schema: AnySchema): AnySchema {
	let current = schema;
	for (let def = current._zod.def as unknown as Record<string, unknown>; def.innerType; def = current._zod.def as unknown as Record<string, unknown>) {
		current = def.innerType as AnySchema;
	}
	return current;
}

/** The schema at a path (numbers step into arrays), looking through optional wrappers. */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
	let current: AnySchema | undefined = schema;
	for (const segment of path) {
		const def = unwrap(current)._zod.def as unknown as Record<string, unknown>;
		if (typeof segment === 'number') current = def.type === 'array' ? (def.element as AnySchema) : undefined;
		else current = (def.shape as Record<string, AnySchema> | undefined)?.[String(segment)];
		if (!current) return undefined;
	}
	return current;
}

/** Whether the key at `path` may be left out. */
function isOptional(path: readonly PropertyKey[]): boolean {
	const schema = schemaAt(modelIndexSchema, path) as z.ZodType | undefined;
	return schema ? schema.safeParse(undefined).success : false;
}

/** Removes keys the schema does not allow, recursively; free-form values (`args`) are kept. */
function stripUnknownKeys(value: unknown, path: PropertyKey[], notes: ModelIndexNote[]): void {
	if (Array.isArray(value)) {
		value.forEach((item, index) => stripUnknownKeys(item, [...path, index], notes));
		return;
	}
	if (!isPlainObject(value)) return;
	const allowed = keysAt(modelIndexSchema, path);
	if (allowed.length === 0) return;
	for (const key of Object.keys(value)) {
		if (!allowed.includes(key)) {
			const suggestion = closest(key, allowed);
			notes.push({
				path: ['model-index', ...path, key],
				message: `unknown key "${key}" dropped${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; the schema allows ${allowed.join(', ')}`,
			});
			delete value[key];
		} else stripUnknownKeys(value[key], [...path, key], notes);
	}
}

/** Path of the smallest part to drop so that the issue at `issuePath` goes away. */
function dropTarget(issuePath: readonly PropertyKey[]): PropertyKey[] {
	for (let length = issuePath.length; length > 0; length--) {
		const path = issuePath.slice(0, length);
		const last = path[length - 1];
		if (typeof last === 'number') return path;
		if (isOptional(path)) return path;
	}
	return [];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let value = root;
	for (const segment of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[segment];
	return value;
}

/** Original positions of the items left in each array, so notes name the card's own indices. */
const origins = new WeakMap<unknown[], number[]>();

function originOf(array: unknown[]): number[] {
	let origin = origins.get(array);
	if (!origin) origins.set(array, (origin = array.map((_, index) => index)));
	return origin;
}

/** The same path with every array index as it was in the card. */
function originalPath(root: unknown, path: readonly PropertyKey[]): PropertyKey[] {
	let value = root;
	return path.map((segment) => {
		const original = Array.isArray(value) && typeof segment === 'number' ? originOf(value)[segment]! : segment;
		value = (value as Record<PropertyKey, unknown> | undefined)?.[segment];
		return original;
	});
}

function removeAt(root: unknown, path: readonly PropertyKey[]): void {
	const parent = valueAt(root, path.slice(0, -1));
	const last = path[path.length - 1]!;
	if (Array.isArray(parent) && typeof last === 'number') {
		originOf(parent).splice(last, 1);
		parent.splice(last, 1);
	} else if (isPlainObject(parent)) delete parent[String(last)];
}

function describePart(path: readonly PropertyKey[]): string {
	const last = path[path.length - 1];
	if (typeof last !== 'number') return `key "${String(last)}"`;
	const container = path[path.length - 2];
	return container === 'metrics' ? 'metric' : container === 'results' ? 'result' : 'entry';
}

/**
 * Returns the model-index the schema accepts (undefined when nothing is left) and a note for
 * everything dropped. The input is not modified.
 */
export function cleanModelIndex(input: unknown): { value?: unknown[]; notes: ModelIndexNote[] } {
	const notes: ModelIndexNote[] = [];
	if (!Array.isArray(input)) {
		notes.push({ path: ['model-index'], message: `dropped: expected a list of { name, results } entries; found ${describeValue(input)}` });
		return { notes };
	}
	const value = structuredClone(input) as unknown[];
	stripUnknownKeys(value, [], notes);
	// Each round drops one part; a model-index has finitely many parts, the guard is a backstop.
	for (let guard = 0; guard < 10_000; guard++) {
		const result = modelIndexSchema.safeParse(value);
		if (result.success) break;
		const issue = result.error.issues[0]!;
		const target = dropTarget(issue.path as PropertyKey[]);
		if (target.length === 0) {
			notes.push({ path: ['model-index'], message: `dropped: ${issue.message}` });
			return { notes };
		}
		const found = valueAt(value, issue.path as PropertyKey[]);
		const where =
			issue.path.length > target.length
				? ` (${fieldName(issue.path.slice(target.length) as PropertyKey[])}: ${issue.message}; found ${describeValue(found)})`
				: ` (${issue.message}; found ${describeValue(found)})`;
		notes.push({ path: ['model-index', ...originalPath(value, target)], message: `${describePart(target)} dropped${where}` });
		removeAt(value, target);
	}
	const kept = value.filter((entry) => isPlainObject(entry) && Array.isArray(entry.results) && entry.results.length > 0);
	if (kept.length < value.length)
		notes.push({
			path: ['model-index'],
			message: `${value.length - kept.length} entr${value.length - kept.length === 1 ? 'y' : 'ies'} without results left out`,
		});
	return { value: kept.length > 0 ? kept : undefined, notes };
}
