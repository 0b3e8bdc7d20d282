import { describe, expect, it } from 'vitest';
import { DEFAULT_MODELS, DEFAULT_SEED, parseArgs } from './args.ts';

describe('bench options', () => {
	it('defaults to 500, 2000 and 5000 cards with a fixed seed', () => {
		expect(parseArgs([])).toMatchObject({ models: DEFAULT_MODELS, seed: DEFAULT_SEED, skipBaseline: false, skipBrowser: false });
		expect(DEFAULT_MODELS).toEqual([500, 2000, 5000]);
	});

	it('reads counts, files and switches, in both --flag value and --flag=value forms', () => {
		expect(parseArgs(['--models', '500,100,100', '--json', '/tmp/b.json', '--markdown=/tmp/b.md', '--skip-baseline', '--seed', '7'])).toMatchObject({
			models: [100, 500],
			json: '/tmp/b.json',
			markdown: '/tmp/b.md',
			skipBaseline: true,
			seed: 7,
		});
	});

	it('refuses bad values and unknown options', () => {
		expect(() => parseArgs(['--models', '10,x'])).toThrow(/positive whole numbers/);
		expect(() => parseArgs(['--models', '0'])).toThrow();
		expect(() => parseArgs(['--json'])).toThrow(/needs a value/);
		expect(() => parseArgs(['--json', '--skip-baseline'])).toThrow(/needs a value/);
		expect(() => parseArgs(['--fast'])).toThrow(/unknown option/);
	});
});
