/** Shared by schema tests: validate a front-matter object (written as YAML) in a collection. */
import { getCollectionSpec, type CollectionName } from '../../src/schemas/collections.ts';
import type { ContentLocale } from '../../src/schemas/shared.ts';
import { checkContentFile } from '../../src/lib/validation/check-file.ts';

export function problemsFor(collection: CollectionName, yaml: string, options: { body?: string; locale?: ContentLocale } = {}) {
	const spec = getCollectionSpec(collection);
	const source = `---\n${yaml.trim()}\n---\n${options.body ?? ''}`;
	const { problems } = checkContentFile({ spec, file: `${spec.folder}/x.md`, id: 'x', locale: options.locale ?? 'en', source });
	return problems.map(({ line, field, message }) => ({ line, field, message }));
}
