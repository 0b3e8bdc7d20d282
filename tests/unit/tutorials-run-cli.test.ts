/** `npm run tutorials:run`: what the scheduled workflow runs (it needs the network, so not here). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/dist.ts';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/tutorials-run.ts', ...args], { cwd: projectRoot, encoding: 'utf8' });

describe('npm run tutorials:run', () => {
	it('lists the Python tutorials, leaving out those that need a local Ollama server', () => {
		const list = JSON.parse(run('--list', '--json').stdout) as string[];
		expect(list).toEqual(expect.arrayContaining(['speech-to-text-with-whisper', 'embeddings-and-semantic-search', 'fine-tune-with-lora']));
		expect(list).not.toContain('serve-a-quantised-model-with-ollama');
		expect(list).not.toContain('use-the-openmodels-api-from-typescript');
	});

	it('refuses an unknown tutorial with the list of runnable ones', () => {
		const result = run('no-such-tutorial');
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^usage: npm run tutorials:run -- <id>[^]*runnable tutorials: .*speech-to-text-with-whisper/);
	});
});
