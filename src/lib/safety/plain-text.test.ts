import { describe, expect, it } from 'vitest';
import { plainTextProblem } from './plain-text.ts';

describe('plainTextProblem', () => {
	it('accepts text an HTML parser reads back unchanged', () => {
		for (const text of ['Llama 3.1 8B', 'Fish & chips', 'a < b', '1 < 2 > 0', 'AT&T', '文本生成']) expect(plainTextProblem(text), text).toBeUndefined();
	});

	it('refuses markup, including a tag left open at the end that a parser would drop without a trace', () => {
		for (const text of [
			'<b>x</b>',
			'Welcome <img src=x onerror=alert(1) ',
			'Read on <meta http-equiv=refresh content=0;url=https://evil.example/ ',
			'x <!-- c',
		])
			expect(plainTextProblem(text), text).toMatch(/^contains HTML markup/);
	});

	it('refuses character references, which read differently as HTML and as text', () => {
		expect(plainTextProblem('R&amp;D')).toMatch(/^contains HTML markup or an HTML character reference/);
		expect(plainTextProblem('&lt;script&gt;')).toMatch(/^contains HTML markup or an HTML character reference/);
	});

	it('refuses control and bidirectional-override characters', () => {
		expect(plainTextProblem('a\u0007b')).toMatch(/control character/);
		expect(plainTextProblem('a\u202eb')).toMatch(/bidirectional-override/);
	});
});
