/** Which Chromium the browser tests drive (tests/helpers/browser.ts). */
import { accessSync, constants, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium, SYSTEM_CHROMIUM } from '../helpers/browser.ts';

describe('findChromium', () => {
	it('takes CHROMIUM_PATH first, then the system Chromium', async () => {
		expect(await findChromium({ CHROMIUM_PATH: '/opt/chromium/chrome' }, true)).toEqual({ path: '/opt/chromium/chrome', source: 'CHROMIUM_PATH', env: {} });
		expect(await findChromium({}, true)).toEqual({ path: SYSTEM_CHROMIUM, source: 'system', env: {} });
	});

	it('otherwise inflates the Chromium shipped in @sparticuz/chromium, with its libraries', async () => {
		const binary = await findChromium({}, false);
		expect(binary.source).toBe('@sparticuz/chromium');
		expect(existsSync(binary.path)).toBe(true);
		accessSync(binary.path, constants.X_OK);
		const [libraries] = binary.env.LD_LIBRARY_PATH!.split(':');
		expect(existsSync(libraries!)).toBe(true);
	}, 120_000);
});
