import { describe, expect, it } from 'vitest';
import { closest } from './closest.ts';

const organisations = ['mistral-ai', 'meta', 'openai', 'google-deepmind', 'google'];

describe('closest', () => {
	it('finds the same id in other letter case', () => {
		expect(closest('OpenAI', organisations)).toBe('openai');
	});

	it('finds the one id a word is a part of', () => {
		expect(closest('mistral', organisations)).toBe('mistral-ai');
		expect(closest('deepmind', organisations)).toBe('google-deepmind');
	});

	it('prefers an exact id to one that contains the word', () => {
		expect(closest('google', organisations)).toBe('google');
	});

	it('finds a near misspelling', () => {
		expect(closest('opnai', organisations)).toBe('openai');
	});

	it('suggests nothing for an unrelated word', () => {
		expect(closest('stability', organisations)).toBeUndefined();
	});
});
