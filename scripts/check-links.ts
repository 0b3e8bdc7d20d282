/** `npm run check:links`: every internal link and anchor in dist/ resolves. Run after a build. */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { checkLinks } from './lib/link-check.ts';

const dist = resolve('dist');
const base = process.env.BASE_PATH ?? '/home';
if (!existsSync(dist)) {
	console.error('dist/ does not exist: run `npm run build` first.');
	process.exit(1);
}
const { broken, pages, links } = checkLinks(dist, base);
for (const link of broken) {
	console.error(`dist/${link.page}  ${link.href}  ${link.reason}`);
	if (process.env.GITHUB_ACTIONS === 'true') console.log(`::error title=Broken link::${link.page} links to ${link.href}: ${link.reason}`);
}
if (broken.length) {
	console.error(`\n✗ ${broken.length} broken link(s) in ${pages} pages.`);
	// exitCode, not exit(): exit() drops what is still queued for a pipe.
	process.exitCode = 1;
} else {
	console.log(`✓ ${links} internal links in ${pages} pages resolve.`);
}
