import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeFromFile } from './data-store-from-file.ts';

// A store as Astro writes it: devalue's flattened form, with text in two scripts and characters JSON escapes.
const text = JSON.stringify([['Map', 1], 'models', ['Map', 3], 'whisper', { title: '语音识别 "Whisper"\n', body: 'a\\b\u2028' }]);
const embedded = `export default JSON.parse(${JSON.stringify(text)})`;

describe('storeFromFile', () => {
	it('turns the module Astro makes of the store file into one that reads the file, with the same result', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'openmodels-store-'));
		const file = pathToFileURL(join(folder, 'data-store.json'));
		writeFileSync(file, text);
		const code = storeFromFile(embedded, text, file);
		expect(code).toBeDefined();
		expect(code).not.toContain('语音识别');
		writeFileSync(join(folder, 'store.mjs'), code!);
		const fromFile = (await import(pathToFileURL(join(folder, 'store.mjs')).href)).default;
		const fromLiteral = JSON.parse(text);
		expect(fromFile).toEqual(fromLiteral);
	});

	it('leaves any other module alone: another store, a chunked store, an empty one', () => {
		const file = new URL('file:///tmp/data-store.json');
		expect(storeFromFile(embedded, text.replace('Whisper', 'Bark'), file)).toBeUndefined();
		expect(storeFromFile('export default{"models":[(await import("astro:data-layer-content-chunk:0.json"))]}', text, file)).toBeUndefined();
		expect(storeFromFile('export default new Map()', text, file)).toBeUndefined();
	});
});
