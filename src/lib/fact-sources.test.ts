import { describe, expect, it } from 'vitest';
import { quoteLang, shownSource } from './fact-sources.ts';

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

describe('quoteLang', () => {
	it('marks an English quote on a Chinese page, and nothing on an English one', () => {
		expect(quoteLang('License: mit', 'zh-cn')).toBe('en');
		expect(quoteLang('License: mit', 'en')).toBeUndefined();
	});

	it('leaves a quote in a CJK script to the page language', () => {
		expect(quoteLang('参数量为 70 亿', 'zh-cn')).toBeUndefined();
	});
});
