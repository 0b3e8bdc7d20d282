import { describe, expect, it } from 'vitest';
import { memoizeTranslations } from './memo-translations.ts';

function counting() {
	const calls: unknown[][] = [];
	const t = Object.assign(
		(key: string, ...rest: unknown[]) => {
			calls.push([key, ...rest]);
			const options = rest[0] as { title?: string } | undefined;
			return options?.title ? `${key}: ${options.title}` : `text of ${key}`;
		},
		{ dir: () => 'ltr', all: () => ({ a: 'b' }) },
	);
	return { t, calls };
}

describe('memoizeTranslations', () => {
	it('looks a key up once per cache and returns the same text every time', () => {
		const { t, calls } = counting();
		const cache = new Map<string, string>();
		const first = memoizeTranslations(t, cache);
		const second = memoizeTranslations(t, cache);
		expect(first('search.label')).toBe('text of search.label');
		expect(second('search.label')).toBe('text of search.label');
		expect(calls).toEqual([['search.label']]);
	});

	it('always passes calls with options through, and keeps the helpers', () => {
		const { t, calls } = counting();
		const memoized = memoizeTranslations(t, new Map());
		expect(memoized('heading.anchorLabel', { title: 'Usage' })).toBe('heading.anchorLabel: Usage');
		expect(memoized('heading.anchorLabel', { title: 'Licence' })).toBe('heading.anchorLabel: Licence');
		expect(calls).toHaveLength(2);
		expect(memoized.dir()).toBe('ltr');
		expect(memoized.all()).toEqual({ a: 'b' });
	});
});
