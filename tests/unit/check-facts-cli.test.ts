/** `npm run check:facts` over the real catalog: every fact has an official source. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/dist.ts';

describe('npm run check:facts on the real content', () => {
	const result = spawnSync(process.execPath, ['scripts/check-facts.ts'], { cwd: projectRoot, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });

	it('finds no fact to check', () => {
		expect(result.stdout.split('\n').filter((line) => line.includes('✗'))).toEqual([]);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/\d+ cards; every fact has an official source/);
	});

	it('lists each card with its facts and their sources', () => {
		expect(result.stdout).toContain('content/models/whisper-large-v3.md\n');
		expect(result.stdout).toMatch(/ {2}✓ license: apache-2\.0 {2}← https:\/\/huggingface\.co\/openai\/whisper-large-v3/);
	});
});
