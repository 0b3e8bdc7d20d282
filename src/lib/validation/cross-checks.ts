/**
 * Rules a per-file schema cannot see: ids are unique, every translation has its English
 * entry, and every id that points to another entry exists.
 */
import { getCollectionSpec, references, type CollectionName } from '../../schemas/collections.ts';
import { closest } from './format-issue.ts';
import type { Problem } from './problem.ts';

export interface EntryRef {
	id: string;
	locale: string;
	file: string;
	data?: Record<string, unknown>;
	lineOf: (path: readonly PropertyKey[]) => number;
}

export type EntriesByCollection = Partial<Record<CollectionName, EntryRef[]>>;

export function crossCheck(entries: EntriesByCollection): Problem[] {
	const problems: Problem[] = [];
	const baseIds = new Map<CollectionName, Set<string>>();

	for (const [name, list] of Object.entries(entries) as [CollectionName, EntryRef[]][]) {
		const seen = new Map<string, EntryRef>();
		for (const entry of list) {
			const key = `${entry.locale}/${entry.id}`;
			const first = seen.get(key);
			if (first) {
				problems.push({
					file: entry.file,
					line: 1,
					field: '(file)',
					message: `duplicate id "${entry.id}": ${first.file} has the same id; rename one of the files`,
				});
			} else seen.set(key, entry);
		}
		baseIds.set(name, new Set(list.filter((entry) => entry.locale === 'en').map((entry) => entry.id)));
	}

	for (const [name, list] of Object.entries(entries) as [CollectionName, EntryRef[]][]) {
		const ids = baseIds.get(name)!;
		for (const entry of list) {
			if (entry.locale !== 'en' && !ids.has(entry.id)) {
				problems.push({
					file: entry.file,
					line: 1,
					field: '(file)',
					message: `translation without an English entry: expected ${entry.file.replace(`/${entry.locale}/`, '/')} to exist (translations share the file name of the entry they translate)`,
				});
			}
		}
	}

	for (const reference of references) {
		const targets = baseIds.get(reference.target);
		if (!targets) continue;
		for (const entry of entries[reference.collection] ?? []) {
			const value = entry.data?.[reference.field];
			const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
			values.forEach((id, index) => {
				if (typeof id === 'string' && !targets.has(id)) {
					const path = Array.isArray(value) ? [reference.field, index] : [reference.field];
					const known = [...targets].sort();
					const suggestion = closest(id, known);
					const noun = reference.target === 'workingGroups' ? 'working group' : reference.target === 'models' ? 'model' : reference.target;
					const hint = suggestion
						? `did you mean "${suggestion}"?`
						: known.length <= 12
							? `expected one of: ${known.join(', ') || '(none yet)'}`
							: `expected the file name (without extension) of an entry in ${getCollectionSpec(reference.target).folder}/`;
					problems.push({
						file: entry.file,
						line: entry.lineOf(path),
						field: Array.isArray(value) ? `${reference.field}[${index}]` : reference.field,
						message: `unknown ${noun} id "${id}": ${hint}`,
					});
				}
			});
		}
	}
	return problems;
}
