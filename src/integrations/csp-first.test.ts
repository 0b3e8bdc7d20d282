import { describe, expect, it } from 'vitest';
import { policyFirst } from './csp-first.ts';

const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const page = (head: string) => `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"/>${head}</head><body><p>x</p></body></html>`;

describe('policyFirst', () => {
	it('moves the policy right after the charset, before the title', () => {
		expect(
			policyFirst(
				page(`<meta name="viewport" content="width=device-width"/><title>A &lt; B | OpenModels</title>${policy}<link rel="stylesheet" href="/a.css">`),
			),
		).toBe(page(`${policy}<meta name="viewport" content="width=device-width"/><title>A &lt; B | OpenModels</title><link rel="stylesheet" href="/a.css">`));
	});

	it('leaves a page alone that has no policy, or has it first already', () => {
		const without = page('<title>x</title>');
		expect(policyFirst(without)).toBe(without);
		const first = page(`${policy}<title>x</title>`);
		expect(policyFirst(first)).toBe(first);
	});
});
