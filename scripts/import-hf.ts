/**
 * `npm run import:hf -- <README.md> [--id <id>] [--hub-id <org/name>] [--force]`: turns a
 * Hugging Face model card into content/models/<id>.md (relative to the current folder) and
 * prints what was copied, left out, guessed and still to do. Writes nothing on any error.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importHfCard } from '../src/lib/import/hf-card.ts';
import { formatReport } from '../src/lib/import/report.ts';

const USAGE = `usage: npm run import:hf -- <path to a Hugging Face README.md> [--id <id>] [--hub-id <org/name>] [--force]

  --id       id of the new card (lowercase-kebab, the file name without .md); derived from the
             file name or the card's first heading when left out
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
const input = [process.cwd(), process.env.INIT_CWD].flatMap((base) => (base ? [resolve(base, given)] : [])).find((path) => existsSync(path));
if (!input) fail(`${given}: no such file`);
const shown = given;

const result = importHfCard(readFileSync(input, 'utf8'), { id: args.values.id, fileName: input, hubId: args.values['hub-id'] });
if (!result.ok) fail(`${shown}${result.line ? `:${result.line}` : ''}  ${result.message}`);

const folder = join(process.cwd(), 'content/models');
if (!existsSync(folder)) fail(`no content/models/ folder in ${process.cwd()}: run this from the OpenModels project root`);
const target = join(folder, `${result.id}.md`);
const file = relative(process.cwd(), target);
if (existsSync(target) && !args.values.force) {
	fail(`${file} already exists: pass --force to overwrite it, or --id to import the card under another id.`);
}
writeFileSync(target, result.card, { flag: args.values.force ? 'w' : 'wx' });
console.log(formatReport(result.report, file));
