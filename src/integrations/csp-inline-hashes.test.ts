import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes } from './csp-inline-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self'"></head><body>${body}</body></html>`;

describe('addInlineScriptHashes', () => {
	it('adds the hash of each executable inline script to script-src only', () => {
		const html = addInlineScriptHashes(page('<script>one()</script><script type="module">two()</script><script>one()</script>'));
		const policy = /content="([^"]*)"/.exec(html)![1]!;
		expect(policy).toBe(`default-src 'self'; script-src 'self' 'sha256-AAA=' ${hash('one()')} ${hash('two()')}; style-src 'self'`);
	});

	it('ignores external scripts and data blocks such as JSON-LD', () => {
		const input = page('<script src="/a.js"></script><script type="application/ld+json">{"@type":"Event"}</script>');
		expect(addInlineScriptHashes(input)).toBe(input);
	});
});
