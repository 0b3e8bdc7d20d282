/**
 * Tutorials whose code is TypeScript against this project's own API are run here, against the
 * built API files, so their code cannot rot.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { distDir } from '../helpers/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const api = JSON.parse(readFileSync(join(distDir, 'api/models.json'), 'utf8')) as {
	models: { id: string; url: string; license_full_name: string; license_commercial: string }[];
};
let server: RunningServer;
beforeAll(async () => {
	server = await serveStatic(distDir);
});
afterAll(() => server?.close());

/** Code blocks whose title names a TypeScript file: ```ts title="x.ts" … ``` */
function typescriptBlocks(source: string): { file: string; code: string }[] {
	return [...source.matchAll(/^```ts[^\n]*title="([^"]+\.ts)"[^\n]*\n([\s\S]*?)^```/gm)].map((match) => ({ file: match[1]!, code: match[2]! }));
}

const tutorials = ['content/tutorials', 'content/tutorials/zh-cn'].flatMap((folder) =>
	readdirSync(`${root}${folder}`)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => `${folder}/${name}`)
		.filter((path) => typescriptBlocks(readFileSync(`${root}${path}`, 'utf8')).some((block) => block.code.includes('OPENMODELS_API'))),
);

describe('tutorial code', () => {
	it('finds the API tutorial in both languages', () => {
		expect(tutorials).toEqual([
			'content/tutorials/use-the-openmodels-api-from-typescript.mdx',
			'content/tutorials/zh-cn/use-the-openmodels-api-from-typescript.mdx',
		]);
	});

	it.each(tutorials)('runs the TypeScript in %s against the built API', async (path) => {
		const dir = mkdtempSync(join(tmpdir(), 'openmodels-tutorial-'));
		for (const block of typescriptBlocks(readFileSync(`${root}${path}`, 'utf8'))) writeFileSync(join(dir, block.file), block.code);
		// Asynchronous, so the static server in this process can answer the script's requests.
		const run = (args: string[]) =>
			promisify(execFile)(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, OPENMODELS_API: `${server.url}api/` } });

		const speech = await run(['find-models.ts']);
		expect(speech.stderr).toBe('');
		expect(speech.stdout).toMatch(/^\d+ permissively licensed models for automatic-speech-recognition:/);
		const whisper = api.models.find((model) => model.id === 'whisper-large-v3')!;
		expect(speech.stdout).toContain(
			`- Whisper large-v3 (OpenAI, ${whisper.license_full_name}) https://open-models-platform.github.io/home/models/whisper-large-v3/`,
		);

		// Every model listed is under a licence that asks for nothing but its notices, named as the pages name it.
		const all = await run(['find-models.ts', 'text-generation']);
		const listed = all.stdout.split('\n').filter((line) => line.startsWith('- '));
		expect(listed.length).toBeGreaterThan(0);
		for (const line of listed) {
			const record = api.models.find((model) => line.endsWith(` ${model.url}`))!;
			expect(record.license_commercial, line).toBe('yes');
			expect(line).toContain(`, ${record.license_full_name})`);
		}

		const embeddings = await run(['find-models.ts', 'sentence-similarity']);
		expect(embeddings.stdout).toContain('all-MiniLM-L6-v2');
		expect(embeddings.stdout).not.toContain('Whisper');
	});
});
