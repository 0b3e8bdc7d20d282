import { describe, expect, it } from 'vitest';
import { checkContentSafety } from '../validation/content-safety.ts';
import { parseBody } from '../validation/parse-body.ts';
import { sanitizeMarkdownHtml } from './sanitize-markdown-html.ts';

const parse = (text: string) => parseBody(text, false);
const clean = (text: string) => sanitizeMarkdownHtml(text, parse).markdown;

const hostile = [
	'<div align="center" style="position:fixed;inset:0">Sign in</div>',
	'<p>Logo <img src="https://example.org/x.png" onerror="alert(1)"></p>',
	'<a href="jav&#x61;script:alert(1)" id="search">x</a>',
	'<details open ontoggle=alert(1)><summary>More</summary>text</details>',
	'<svg><script>alert(1)</script></svg>',
	'<form action="https://evil.example"><input name="password"></form>',
	'Text with <span onclick="alert(1)">inline</span> HTML.',
].join('\n\n');

describe('sanitizeMarkdownHtml', () => {
	it('leaves nothing the validator would refuse', () => {
		const output = clean(hostile);
		expect(checkContentSafety(parse(output)).filter((problem) => !problem.message.startsWith('image '))).toEqual([]);
	});

	it('keeps what was safe, as written', () => {
		const safe = '<details><summary>More</summary>\n\nText.\n\n</details>\n\nPress <kbd>Ctrl</kbd>.';
		expect(clean(safe)).toBe(safe);
		expect(clean(hostile)).toContain('<summary>More</summary>');
		expect(clean(hostile)).toContain('<span>inline</span>');
	});

	it('changes nothing more when run twice', () => {
		const once = clean(hostile);
		expect(clean(once)).toBe(once);
	});
});
