import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape-markup.ts';

describe('escapeMarkup', () => {
	it('escapes the five characters markup gives meaning to, and nothing else', () => {
		expect(escapeMarkup(`R&D <b class="x">it's</b>`)).toBe('R&amp;D &lt;b class=&quot;x&quot;&gt;it&#39;s&lt;/b&gt;');
		expect(escapeMarkup('语音识别 · org/model-1.5')).toBe('语音识别 · org/model-1.5');
	});
});
