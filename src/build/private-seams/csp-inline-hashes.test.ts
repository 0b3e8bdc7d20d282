import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, inlineScriptsOfComponent, inlineScriptsOfPage, scriptHash } from './csp-inline-hashes.ts';

describe('inline script hashes', () => {
	it('takes the text of is:inline scripts from components, skipping bundled, external and define:vars scripts', () => {
		const source = `---\nconst x = 1;\n---\n<script is:inline>\n\tone();\n</script>\n<script>bundled()</script>\n<script is:inline define:vars={{ x }}>two(x)</script>\n<script is:inline src="/a.js"></script>\n<script is:inline aria-hidden="true">three()</script>`;
		expect(inlineScriptsOfComponent(source)).toEqual(['\n\tone();\n', 'three()']);
	});

	it('finds the scripts a built page runs inline, not external scripts or data blocks such as JSON-LD', () => {
		const html =
			'<script>one()</script><script type="module">two()</script><script src="/a.js"></script><script type="application/ld+json">{"@type":"Event"}</script>';
		expect(inlineScriptsOfPage(html)).toEqual(['one()', 'two()']);
	});

	it('hashes every component under the given folders once, in a stable order', () => {
		const root = mkdtempSync(join(tmpdir(), 'csp-'));
		mkdirSync(join(root, 'a/nested'), { recursive: true });
		writeFileSync(join(root, 'a/nested/One.astro'), '<script is:inline>one()</script>');
		writeFileSync(join(root, 'a/Two.astro'), '<script is:inline>two()</script><script is:inline>one()</script>');
		writeFileSync(join(root, 'a/not-a-component.js'), '<script is:inline>three()</script>');
		expect(inlineScriptHashes([join(root, 'a')])).toEqual([scriptHash('one()'), scriptHash('two()')].sort());
		expect(inlineScriptHashes([join(root, 'a')], ['Two.astro'])).toEqual([scriptHash('one()')]);
		expect(scriptHash('one()')).toBe('sha256-HR7iaask9daLMRRskMI++QeJtjWDOjyPA6lGzYGzKW4=');
	});
});
