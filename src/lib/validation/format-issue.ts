/** Turns Zod issues into sentences a first-time contributor can act on. */
import type { z } from 'zod';

export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	if (Array.isArray(value)) return `a list (${value.length} item${value.length === 1 ? '' : 's'})`;
	if (typeof value === 'object') return 'a group of keys';
	const text = JSON.stringify(value);
	return `${typeof value === 'string' ? '' : `${typeof value} `}${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

import { closest } from '../../schemas/closest.ts';

export { closest, editDistance } from '../../schemas/closest.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

const typeWords: Record<string, string> = {
	object: 'a group of keys, indented on the lines below',
	array: 'a list, one "- " item per line',
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
};

export interface FriendlyIssue {
	path: PropertyKey[];
	message: string;
}

/**
 * One friendly issue per Zod issue; unknown keys are split into one issue each so every
 * misspelling points at its own line.
 */
export function friendlyIssues(issues: readonly z.core.$ZodIssue[], data: unknown, knownKeys: (path: readonly PropertyKey[]) => string[]): FriendlyIssue[] {
	const result: FriendlyIssue[] = [];
	for (const issue of issues) {
		const path = issue.path as PropertyKey[];
		const found = valueAt(data, path);
		switch (issue.code) {
			case 'unrecognized_keys':
				for (const key of issue.keys) {
					const known = knownKeys(path);
					const suggestion = closest(key, known);
					// Inside a group (openness_components, links …) the few keys it takes are worth listing.
					const listed = path.length > 0 && known.length > 0 && known.length <= 20 ? `; expected one of ${known.join(', ')}` : '';
					result.push({
						path: [...path, key],
						message: `unknown field "${key}"${suggestion ? `: did you mean "${suggestion}"?` : listed || '; remove it or check the spelling against the template'}`,
					});
				}
				break;
			case 'invalid_type': {
				// Zod's own wording names a type ("expected object, received null"); say it in words.
				const expected = /^Invalid input: expected \w+, received \w+$/.test(issue.message)
					? `expected ${typeWords[issue.expected] ?? issue.expected}`
					: issue.message.replace(/^Invalid input: /, '');
				result.push({
					path,
					message: found === undefined ? `is required: ${expected}` : `${expected}; found ${describeValue(found)}`,
				});
				break;
			}
			case 'invalid_value': {
				const message = issue.message.replace(/^Invalid option: /, '');
				const allowed = issue.values.filter((value): value is string => typeof value === 'string');
				const suggestion = typeof found === 'string' ? closest(found, allowed) : undefined;
				result.push({ path, message: `${message}; found ${describeValue(found)}${suggestion ? `: did you mean "${suggestion}"?` : ''}` });
				break;
			}
			case 'invalid_format':
			case 'too_small':
			case 'too_big':
			case 'invalid_union':
				result.push({ path, message: `${issue.message}; found ${describeValue(found)}` });
				break;
			default:
				// Refinements phrased as "expected …" gain what was found, like built-in checks.
				result.push({
					path,
					message: issue.message.startsWith('expected') && found !== undefined ? `${issue.message}; found ${describeValue(found)}` : issue.message,
				});
		}
	}
	return result;
}
