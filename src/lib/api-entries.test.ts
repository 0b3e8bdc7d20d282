import { describe, expect, it } from 'vitest';
import { apiList } from './api.ts';
import { apiEntryFiles } from './api-entries.ts';

describe('apiEntryFiles', () => {
	const records = [
		{ id: 'whisper-large-v3', title: 'Whisper large-v3', parameters: 1_550_000_000, score: 1e-7, languages: ['en', 'zh'] },
		{ id: 'bge-m3', title: 'BGE-M3 "multi"', license: 'mit', note: '多语言' },
	];

	it('writes each entry of a list as the entry route wrote it (the record, two-space JSON)', () => {
		// The list as the build writes it, read back.
		const list = JSON.parse(JSON.stringify(apiList('models', records), null, 2));
		expect(apiEntryFiles('models', list)).toEqual(records.map((record) => [`models/${record.id}.json`, JSON.stringify(record, null, 2)]));
	});

	it('refuses a list that is not the collection’s, or an entry it cannot name', () => {
		expect(() => apiEntryFiles('models', apiList('tutorials', records))).toThrow('api/models.json has no "models" list');
		expect(() => apiEntryFiles('models', apiList('models', [{ title: 'no id' }]))).toThrow('an entry without a usable id');
		expect(() => apiEntryFiles('models', apiList('models', [{ id: '../escape' }]))).toThrow('an entry without a usable id');
	});
});
