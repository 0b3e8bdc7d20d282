import { describe, expect, it } from 'vitest';
import { localizedPath, withBase } from './paths.ts';

describe('withBase', () => {
	it.each([
		['/home', '/models/', '/home/models/'],
		['/home/', '/models/', '/home/models/'],
		['/home', '/home/models/', '/home/models/'],
		['/', '/models/', '/models/'],
		['/home', 'https://example.org/', 'https://example.org/'],
		['/home', '#anchor', '#anchor'],
		['/home', '//cdn.example.org/x', '//cdn.example.org/x'],
		['/home', 'relative/', 'relative/'],
		['/home', '/homepage/', '/home/homepage/'],
	])('withBase(%s, %s) → %s', (base, path, expected) => {
		expect(withBase(base, path)).toBe(expected);
	});

	it('prefixes non-English paths with the locale', () => {
		expect(localizedPath('en', '/models/')).toBe('/models/');
		expect(localizedPath('zh-cn', '/models/')).toBe('/zh-cn/models/');
		expect(localizedPath('zh-cn', 'models/')).toBe('/zh-cn/models/');
	});
});
