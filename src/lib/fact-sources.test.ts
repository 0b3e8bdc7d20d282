import { describe, expect, it } from 'vitest';
import { shownSource } from './fact-sources.ts';

describe('shownSource', () => {
	it('gives the URL, the host a reader lands on and the quoted words', () => {
		expect(shownSource({ license: { url: 'https://www.huggingface.co/org/m', quote: 'license: mit' } }, 'license')).toEqual({
			url: 'https://www.huggingface.co/org/m',
			host: 'huggingface.co',
			quote: 'license: mit',
		});
	});

	it('gives nothing for a missing fact or one that does not apply', () => {
		expect(shownSource({}, 'parameters')).toBeUndefined();
		expect(shownSource({ context_length: { not_applicable: 'an image model' } }, 'context_length')).toBeUndefined();
	});
});
