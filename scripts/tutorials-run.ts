/**
 * `npm run tutorials:run -- <id>`: follows a Python tutorial as a reader would, in a fresh
 * folder and virtual environment: writes its files from its code blocks, runs its `pip install`
 * lines and its `python file.py` lines in order, then every file no command ran. Needs Python 3 and the network (it downloads
 * packages and models). `--list` prints the tutorials it can run, as JSON with `--json`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { codeBlocks, runnableCommands, tutorialFiles } from './lib/tutorials/blocks.ts';

const root = resolve(import.meta.dirname, '..');
const folder = join(root, 'content/tutorials');
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { list: { type: 'boolean' }, json: { type: 'boolean' }, dir: { type: 'string' } },
});

/** Tutorials with Python files, leaving out those that need a local server (Ollama). */
function runnable(): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
		.map((name) => name.slice(0, -4))
		.filter((id) => {
			const blocks = codeBlocks(readFileSync(join(folder, `${id}.mdx`), 'utf8'));
			const needsServer = blocks.some((block) => ['sh', 'bash'].includes(block.lang) && /^\s*(?:ollama|llama-server|llama-cli)\s/m.test(block.code));
			return tutorialFiles(blocks, id).files.size > 0 && !needsServer;
		});
}

if (values.list) {
	console.log(values.json ? JSON.stringify(runnable()) : runnable().join('\n'));
	process.exit(0);
}
const id = positionals[0];
if (!id || !runnable().includes(id)) {
	console.error(`usage: npm run tutorials:run -- <id> [--dir <folder>]\nrunnable tutorials: ${runnable().join(', ')}`);
	process.exit(2);
}

const blocks = codeBlocks(readFileSync(join(folder, `${id}.mdx`), 'utf8'));
const { files, problems } = tutorialFiles(blocks, id);
if (problems.length > 0) {
	console.error(problems.join('\n'));
	process.exit(1);
}
const work = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), `openmodels-${id}-`));
mkdirSync(work, { recursive: true });
for (const [name, code] of files) writeFileSync(join(work, name), code);

const venv = join(work, '.venv');
const step = (label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
	console.log(`\n▶ ${label}`);
	const result = spawnSync(command, args, { cwd: work, stdio: 'inherit', env });
	if (result.status !== 0) {
		console.error(`✗ ${id}: "${label}" failed (exit ${result.status ?? result.signal}) in ${work}`);
		process.exit(1);
	}
};
step('python3 -m venv .venv', 'python3', ['-m', 'venv', venv]);
const env = { ...process.env, VIRTUAL_ENV: venv, PATH: `${join(venv, 'bin')}:${process.env.PATH}` };
const commands = runnableCommands(blocks);
for (const command of commands) step(command, 'bash', ['-c', command], env);
// Files the page asks the reader to run in its prose rather than in a shell block.
for (const name of files.keys()) {
	if (!commands.some((command) => command.includes(name))) step(`python ${name}`, 'python', [name], env);
}
console.log(`\n✓ ${id}: every step ran (${work})`);
