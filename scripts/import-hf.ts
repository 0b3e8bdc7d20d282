/**
 * `npm run import:hf -- <README.md> [--id <id>] [--hub-id <org/name>] [--force]`: turns a
 * Hugging Face model card into content/models/<id>.md (relative to the current folder) and
 * prints what was copied, left out, guessed and still to do. Writes nothing on any error.
 */
import { existsSync, lstatSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importHfCard } from './lib/import/hf-card.ts';
import { formatReport } from './lib/import/report.ts';

const USAGE = `usage: npm run import:hf -- <path to a Hugging Face README.md, or the folder holding it> [--id <id>] [--hub-id <org/name>] [--force]

  --id       id of the new card (lowercase-kebab, the file name without .md); derived from the
             file name, from --hub-id for a README.md, or from the card's first heading when left out
  --hub-id   the Hugging Face repository holding the weights, e.g. openai/whisper-large-v3
             (fills hub_id and links.weights, resolves links relative to the repository)
  --force    overwrite content/models/<id>.md if it exists`;

function fail(message: string): never {
	console.error(`${message}\nNothing was written.`);
	process.exit(1);
}

let args;
try {
	args = parseArgs({
		allowPositionals: true,
		options: { id: { type: 'string' }, 'hub-id': { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
	});
} catch (error) {
	fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (args.values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (args.positionals.length !== 1) fail(`expected exactly one card to import\n\n${USAGE}`);

const given = args.positionals[0]!;
// `npm run` starts scripts in the project root; INIT_CWD is where the command was typed.
let input = [process.cwd(), process.env.INIT_CWD].flatMap((base) => (base ? [resolve(base, given)] : [])).find((path) => existsSync(path));
if (!input) fail(`${given}: no such file`);
let shown = given;
// A folder is a cloned Hub repository: its card is the README.md in it.
if (statSync(input).isDirectory()) {
	const readme = join(input, 'README.md');
	if (!existsSync(readme) || !statSync(readme).isFile()) fail(`${given} is a folder with no README.md: give the path of the model card itself`);
	input = readme;
	shown = join(given, 'README.md');
}

// Hugging Face cards are long, but not this long: refuse before reading, not after.
const MAX_INPUT_BYTES = 2 * 1024 * 1024;
if (statSync(input).size > MAX_INPUT_BYTES)
	fail(`${shown}: the card is ${Math.round(statSync(input).size / 1024)} KB; a model card over ${MAX_INPUT_BYTES / 1024 / 1024} MB is not imported`);

const result = importHfCard(readFileSync(input, 'utf8'), { id: args.values.id, fileName: input, hubId: args.values['hub-id'] });
if (!result.ok) fail(`${shown}${result.line ? `:${result.line}` : ''}  ${result.message}`);

const folder = join(process.cwd(), 'content/models');
if (!existsSync(folder)) fail(`no content/models/ folder in ${process.cwd()}: run this from the OpenModels project root`);
// Never write through a link: content/, content/models/ and the target must be real.
for (const path of [join(process.cwd(), 'content'), folder]) {
	if (lstatSync(path).isSymbolicLink())
		fail(`${relative(process.cwd(), path)} is a symbolic link: the importer writes only into a real content/models/ folder`);
}
const target = join(folder, `${result.id}.md`);
const file = relative(process.cwd(), target);
if (relative(folder, target).includes('/') || relative(folder, target).startsWith('..')) fail(`the id "${result.id}" would write outside content/models/`);
const existing = existsSync(target) || lstatExists(target);
if (existing && lstatSync(target).isSymbolicLink())
	fail(`${file} is a symbolic link: remove it first; the importer never writes through a link, even with --force`);
if (existing && !args.values.force) {
	fail(`${file} already exists: pass --force to overwrite it, or --id to import the card under another id.`);
}
writeFileSync(target, result.card, { flag: args.values.force ? 'w' : 'wx' });
console.log(formatReport(result.report, file));

function lstatExists(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}
