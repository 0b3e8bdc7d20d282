import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../validation/parse-body.ts';
import { remarkContentSafety } from './remark-content-safety.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('remarkContentSafety (build-time enforcement)', () => {
	const transform = remarkContentSafety({ root });

	it('fails the build on unsafe content under content/', () => {
		const tree = parseBody('Hello\n\n<script>alert(1)</script>\n', false);
		expect(() => transform(tree, { path: `${root}content/models/x.md` })).toThrow(
			'Unsafe content in content/models/x.md (line numbers count from the end of the front matter; run `npm run validate` for file lines):\n  line 3: <script> is not allowed in content: it could run code or change the page for readers',
		);
	});

	it('leaves safe content and files outside content/ alone', () => {
		expect(() => transform(parseBody('A [link](https://example.org).\n', false), { path: `${root}content/models/x.md` })).not.toThrow();
		expect(() => transform(parseBody('<script>ok()</script>\n', false), { path: `${root}src/pages/x.md` })).not.toThrow();
	});
});
