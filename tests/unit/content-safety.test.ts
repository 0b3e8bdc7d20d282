import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('content safety (npm run validate on unsafe fixtures)', () => {
	const result = spawnSync(process.execPath, ['scripts/validate.ts', 'tests/fixtures/unsafe-content'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, GITHUB_ACTIONS: '' },
	});
	const lines = result.stderr.split('\n').filter((line) => line.startsWith('content/'));

	it('fails', () => {
		expect(result.status).toBe(1);
	});

	it('rejects raw HTML that could run code or restyle the page, with the line', () => {
		expect(lines.filter((line) => line.startsWith('content/case-studies/raw-html.md'))).toEqual([
			'content/case-studies/raw-html.md:14  body  <script> is not allowed in content: it could run code or change the page for readers',
			'content/case-studies/raw-html.md:16  body  <iframe> is not allowed in content: it could run code or change the page for readers',
			'content/case-studies/raw-html.md:18  body  inline event handler onerror is not allowed in content',
			'content/case-studies/raw-html.md:18  body  image "./x.png" needs alt text: write ![what the image shows](./x.png)',
			'content/case-studies/raw-html.md:18  body  image "./x.png" does not exist next to this file',
			'content/case-studies/raw-html.md:20  body  javascript: URLs are not allowed (href); link to an https:// page or a file in the repository',
			'content/case-studies/raw-html.md:22  body  <style> is not allowed in content: it could run code or change the page for readers',
			'content/case-studies/raw-html.md:24  body  <object> is not allowed in content: it could run code or change the page for readers',
			'content/case-studies/raw-html.md:24  body  <embed> is not allowed in content: it could run code or change the page for readers',
			'content/case-studies/raw-html.md:26  body  javascript: URLs are not allowed (link); link to an https:// page or a file in the repository',
			'content/case-studies/raw-html.md:26  body  data: URLs are not allowed (link); link to an https:// page or a file in the repository',
		]);
	});

	it('allows only allow-listed MDX imports and no exports or expressions', () => {
		expect(lines.filter((line) => line.startsWith('content/tutorials/scripted.mdx'))).toEqual([
			'content/tutorials/scripted.mdx:11  body  import from "node:fs" is not allowed: MDX content may only import components listed in src/lib/safety/content-policy.ts (Aside, Badge, Card, CardGrid, Code, FileTree, LinkButton, LinkCard, Steps, TabItem, Tabs from @astrojs/starlight/components)',
			'content/tutorials/scripted.mdx:13  body  component "Dangerous" is not on the allow-list (src/lib/safety/content-policy.ts), or is renamed; allowed: Aside, Badge, Card, CardGrid, Code, FileTree, LinkButton, LinkCard, Steps, TabItem, Tabs',
			'content/tutorials/scripted.mdx:15  body  `export` is not allowed in MDX content: content may not define code',
			'content/tutorials/scripted.mdx:17  body  JavaScript expressions in braces are not allowed in content; write literal text (escape braces as \\{ and \\}); only {/* comments */} are allowed',
			'content/tutorials/scripted.mdx:21  body  prop icon is not allowed on <Card>; allowed: title',
			'content/tutorials/scripted.mdx:23  body  attribute title uses a JavaScript expression; only literal values are allowed in content',
			'content/tutorials/scripted.mdx:25  body  component <Widget> is not on the allow-list (src/lib/safety/content-policy.ts)',
			'content/tutorials/scripted.mdx:27  body  inline event handler onClick is not allowed in content',
			'content/tutorials/scripted.mdx:27  body  <button> is not allowed in content: it could run code or change the page for readers',
		]);
	});

	it('requires images in the repository, with alt text, under the size limit', () => {
		expect(lines.filter((line) => line.startsWith('content/tutorials/images.md'))).toEqual([
			'content/tutorials/images.md:13  body  image "./images/tiny.gif" needs alt text: write ![what the image shows](./images/tiny.gif)',
			'content/tutorials/images.md:15  body  image "https://example.org/tracker.png" is not in the repository: download it (if its licence allows), put it next to the content file and link it with a relative path',
			'content/tutorials/images.md:17  body  image "./images/missing.png" does not exist next to this file',
			'content/tutorials/images.md:19  body  image "./images/huge.png" is 470 KB; keep images under 300 KB (resize or compress it)',
		]);
	});

	it('keeps MDX out of collections that must be Markdown, and checks docs pages', () => {
		expect(lines).toContain('content/events/mdx-event.mdx:1  (file)  .mdx files are not allowed in content/events/; expected .md (rename the file)');
		expect(lines.filter((line) => line.startsWith('content/docs/'))).toEqual([
			'content/docs/page.mdx:7  body  import from "../../src/components/Evil.astro" is not allowed: MDX content may only import components listed in src/lib/safety/content-policy.ts (Aside, Badge, Card, CardGrid, Code, FileTree, LinkButton, LinkCard, Steps, TabItem, Tabs from @astrojs/starlight/components)',
		]);
	});
});
