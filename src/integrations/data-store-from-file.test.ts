import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonStringLength, storeFromFile } from './data-store-from-file.ts';

// A store as Astro writes it: devalue's flattened form, with text in several scripts, characters
// beyond the BMP, and characters JSON escapes.
const text = JSON.stringify([['Map', 1], 'models', ['Map', 3], 'whisper', { title: '语音识别 "Whisper" 🎙\n', body: 'a\\b\u2028\t\u0001' }]);
const bytes = new TextEncoder().encode(text);
const embedded = `export default JSON.parse(${JSON.stringify(text)})`;

describe('jsonStringLength', () => {
	it('is the length of JSON.stringify of the text, counted on its UTF-8 bytes', () => {
		for (const sample of [text, '', 'plain', '"quoted" \\ back', '\b\f\n\r\t\u0000\u001f', 'é中🎙𝄞', 'x'.repeat(1000)]) {
			expect(jsonStringLength(new TextEncoder().encode(sample)), sample).toBe(JSON.stringify(sample).length);
		}
	});
});

describe('storeFromFile', () => {
	it('turns the module Astro makes of the store file into one that reads the file, with the same result', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'openmodels-store-'));
		const file = pathToFileURL(join(folder, 'data-store.json'));
		writeFileSync(file, text);
		const code = storeFromFile(embedded, bytes, file);
		expect(code).toBeDefined();
		expect(code).not.toContain('语音识别');
		writeFileSync(join(folder, 'store.mjs'), code!);
		const fromFile = (await import(pathToFileURL(join(folder, 'store.mjs')).href)).default;
		expect(fromFile).toEqual(JSON.parse(text));
	});

	it('leaves any other module alone: a store of another length, a chunked store, an empty one', () => {
		const file = new URL('file:///tmp/data-store.json');
		expect(storeFromFile(embedded, new TextEncoder().encode(text.replace('Whisper', 'Bark')), file)).toBeUndefined();
		expect(storeFromFile('export default{"models":[(await import("astro:data-layer-content-chunk:0.json"))]}', bytes, file)).toBeUndefined();
		expect(storeFromFile('export default new Map()', bytes, file)).toBeUndefined();
	});
});
