/**
 * `npm run new -- <model|tutorial|case-study|event|working-group> <id>`: writes a new content
 * file from a template. Asks for what is missing when a terminal is attached.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { collectionSpecs } from '../src/schemas/collections.ts';
import { ID_PATTERN, toId } from '../src/schemas/shared.ts';
import { contentPath, contentTypes, renderTemplate, templatePath, todoFields, type ContentType } from './lib/scaffold/templates.ts';

const types = Object.keys(contentTypes) as ContentType[];
const usage = `Usage: npm run new -- <${types.join('|')}> <id>\n  e.g. npm run new -- model whisper-small`;

function fail(message: string): never {
	console.error(`✗ ${message}`);
	process.exit(1);
}

if (process.argv[2] === '--help' || process.argv[2] === '-h') {
	console.log(usage);
	process.exit(0);
}

if (process.argv[2] === '--templates') {
	// Rewrites the `_template` files contributors copy when they work in GitHub's web editor.
	for (const contentType of types) {
		writeFileSync(join(process.cwd(), templatePath(contentType)), renderTemplate(contentType));
		console.log(`✓ ${templatePath(contentType)}`);
	}
	process.exit(0);
}

const extra = process.argv.slice(4);
let [type, id] = process.argv.slice(2) as [string | undefined, string | undefined];
if (extra.length > 0) fail(`One entry at a time: "${extra.join(' ')}" was not expected.\n${usage}`);

if ((!type || !id) && process.stdin.isTTY && process.stdout.isTTY) {
	const prompt = createInterface({ input: process.stdin, output: process.stdout });
	const lines = prompt[Symbol.asyncIterator]();
	const ask = async (question: string) => {
		process.stdout.write(question);
		const next = await lines.next();
		if (next.done) fail('No answer given; nothing was written.');
		return String(next.value).trim();
	};
	while (!type || !types.includes(type as ContentType)) type = await ask(`What do you want to add? (${types.join(', ')}) `);
	while (!id) id = await ask('Id (lowercase letters, digits and hyphens, e.g. whisper-small): ');
	prompt.close();
}
if (!type || !id) fail(`Missing arguments.\n${usage}`);
if (!types.includes(type as ContentType)) fail(`Unknown content type "${type}"; expected one of: ${types.join(', ')}.\n${usage}`);
if (!ID_PATTERN.test(id)) {
	const suggestion = toId(id);
	fail(`"${id}" is not a valid id: use lowercase letters, digits and single hyphens${suggestion ? `, e.g. "${suggestion}"` : ''}.`);
}

const contentType = type as ContentType;
const spec = collectionSpecs[contentTypes[contentType]];
const folder = join(process.cwd(), spec.folder);
const taken = existsSync(folder) ? readdirSync(folder).find((name) => name.replace(/\.(md|mdx)$/, '') === id) : undefined;
if (taken) fail(`${spec.folder}/${taken} already exists: choose another id, or edit that file. Nothing was written.`);

const path = contentPath(contentType, id);
const today = new Date().toISOString().slice(0, 10);
const text = renderTemplate(contentType, today);
mkdirSync(dirname(join(process.cwd(), path)), { recursive: true });
writeFileSync(join(process.cwd(), path), text, { flag: 'wx' });

console.log(`✓ Created ${path}

Fill in what is marked TODO: ${[...new Set(todoFields(text))].join(', ')}.
Then:
  1. npm run validate     checks your file and points at anything missing (file:line  field  message)
  2. npm start            preview the site at http://localhost:4321/home/
  3. open a pull request  see https://open-models-platform.github.io/home/contributing/`);
