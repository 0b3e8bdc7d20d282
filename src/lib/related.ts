/**
 * Related content computed once from the reference table: what points at a model or a working
 * group, and which models resemble each other. Pure, so pages only render the result.
 */
import { references, type CollectionName } from '../schemas/collections.ts';

export interface EntryLike {
	id: string;
	data: object;
}

export interface Backlink {
	collection: CollectionName;
	id: string;
}

export type ReverseIndex = Map<string, Backlink[]>;

const key = (collection: CollectionName, id: string) => `${collection}:${id}`;

function idsIn(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
	return typeof value === 'string' ? [value] : [];
}

/** Builds "who references me" for every entry, from the declared reference fields. */
export function buildReverseIndex(entries: Partial<Record<CollectionName, readonly EntryLike[]>>): ReverseIndex {
	const index: ReverseIndex = new Map();
	for (const reference of references) {
		for (const entry of entries[reference.collection] ?? []) {
			for (const id of new Set(idsIn((entry.data as Record<string, unknown>)[reference.field]))) {
				const list = index.get(key(reference.target, id)) ?? [];
				if (!list.some((link) => link.collection === reference.collection && link.id === entry.id)) {
					list.push({ collection: reference.collection, id: entry.id });
				}
				index.set(key(reference.target, id), list);
			}
		}
	}
	for (const list of index.values()) list.sort((a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id));
	return index;
}

/** Entries of `collection` that reference `target`/`id`. */
export function backlinks(index: ReverseIndex, target: CollectionName, id: string, collection?: CollectionName): string[] {
	return (index.get(key(target, id)) ?? []).filter((link) => !collection || link.collection === collection).map((link) => link.id);
}

interface ModelLike {
	id: string;
	data: { base_model?: string | string[]; hub_id?: string; pipeline_tag: string };
}

/**
 * Models related to `model`: those sharing a base model (or built on it, or its base) first,
 * then those with the same task. Stable order, at most `limit`.
 */
export function relatedModels<M extends ModelLike>(model: M, models: readonly M[], limit = 6): M[] {
	const bases = new Set(idsIn(model.data.base_model));
	const scored = models
		.filter((other) => other.id !== model.id)
		.map((other) => {
			const otherBases = idsIn(other.data.base_model);
			const sharesBase =
				otherBases.some((base) => bases.has(base)) ||
				(model.data.hub_id !== undefined && otherBases.includes(model.data.hub_id)) ||
				(other.data.hub_id !== undefined && bases.has(other.data.hub_id));
			const sameTask = other.data.pipeline_tag === model.data.pipeline_tag;
			return { other, score: (sharesBase ? 2 : 0) + (sameTask ? 1 : 0) };
		})
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || a.other.id.localeCompare(b.other.id));
	return scored.slice(0, limit).map(({ other }) => other);
}

/**
 * `relatedModels` for every model at once, keyed by id: the same lists, in O(N log N) for the
 * whole catalog instead of O(N log N) per model page (O(N² log N) per build). Models sharing a
 * base are found through maps from base and hub ids; same-task models come from one list per
 * task sorted once.
 */
export function relatedModelsById<M extends ModelLike>(models: readonly M[], limit = 6): Map<string, M[]> {
	const byId = (a: M, b: M) => a.id.localeCompare(b.id);
	const push = (map: Map<string, M[]>, id: string, model: M) => {
		const list = map.get(id);
		if (list) list.push(model);
		else map.set(id, [model]);
	};
	const byTask = new Map<string, M[]>();
	const byBase = new Map<string, M[]>();
	const byHubId = new Map<string, M[]>();
	for (const model of models) {
		push(byTask, model.data.pipeline_tag, model);
		for (const base of new Set(idsIn(model.data.base_model))) push(byBase, base, model);
		if (model.data.hub_id !== undefined) push(byHubId, model.data.hub_id, model);
	}
	for (const list of byTask.values()) list.sort(byId);

	const related = new Map<string, M[]>();
	for (const model of models) {
		const sharing = new Set<M>();
		for (const base of new Set(idsIn(model.data.base_model))) {
			for (const other of byBase.get(base) ?? []) sharing.add(other);
			for (const other of byHubId.get(base) ?? []) sharing.add(other);
		}
		if (model.data.hub_id !== undefined) for (const other of byBase.get(model.data.hub_id) ?? []) sharing.add(other);
		const shared = [...sharing].filter((other) => other.id !== model.id);
		const sameTask = (other: M) => other.data.pipeline_tag === model.data.pipeline_tag;
		const picked = [...shared.filter(sameTask).sort(byId), ...shared.filter((other) => !sameTask(other)).sort(byId)].slice(0, limit);
		for (const other of byTask.get(model.data.pipeline_tag) ?? []) {
			if (picked.length >= limit) break;
			if (other.id !== model.id && !sharing.has(other)) picked.push(other);
		}
		related.set(model.id, picked);
	}
	return related;
}
