import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { licenseEntrySchema } from './license.ts';
import licenses from './vocabularies/licenses.json' with { type: 'json' };

const apache = {
	id: 'apache-2.0',
	name: 'Apache License 2.0',
	category: 'permissive',
	commercial: 'yes',
	conditions: ['attribution'],
	derivatives: 'yes',
};

describe('licence vocabulary', () => {
	it('parses with the licence schema, every entry', () => {
		const result = z.array(licenseEntrySchema).safeParse(licenses);
		expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
	});

	it('calls a licence permissive only when keeping its notices is all it asks', () => {
		expect(licenseEntrySchema.safeParse(apache).success).toBe(true);
		const naming = licenseEntrySchema.safeParse({ ...apache, id: 'x', commercial: 'conditions', conditions: ['attribution', 'naming'] });
		expect(naming.success).toBe(false);
		expect(naming.error!.issues[0]!.message).toBe(
			'a permissive licence asks for nothing but its notices, but x has the condition "naming", commercial: "conditions" (use "restricted")',
		);
		expect(licenseEntrySchema.safeParse({ ...apache, category: 'restricted', commercial: 'conditions', conditions: ['naming'] }).success).toBe(true);
	});
});
