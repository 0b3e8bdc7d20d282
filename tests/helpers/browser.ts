/**
 * Chromium for the browser tests, driven by playwright-core. Nothing downloads a browser, at
 * install or at test time; the first of these is used:
 * 1. `CHROMIUM_PATH`, when set;
 * 2. `/usr/bin/chromium`, Debian's package (what CI installs);
 * 3. the Chromium inside the npm package @sparticuz/chromium: brotli archives in its `bin/`
 *    folder (the browser, and the libraries and fonts it needs on a machine that has none),
 *    inflated by its API into the temporary folder the first time, and reused after that.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumBinary {
	path: string;
	/** What to tell a reader about where it came from. */
	source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
	/** Variables the browser needs besides the test process's own. */
	env: Record<string, string>;
}

/** The packaged Chromium, inflated once per machine (the package keeps it in the temporary folder). */
async function packagedChromium(): Promise<ChromiumBinary> {
	const { default: Chromium, inflate } = await import('@sparticuz/chromium');
	const bin = join(dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))), '..', 'bin');
	const [path, libraries] = await Promise.all([Chromium.executablePath(bin), inflate(join(bin, 'al2023.tar.br'))]);
	const fonts = join(dirname(path), 'fonts');
	return {
		path,
		source: '@sparticuz/chromium',
		// Its own libraries first (NSS and the others a bare machine lacks), and its own fonts
		// unless fontconfig is set up otherwise.
		env: {
			LD_LIBRARY_PATH: [join(libraries, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
			FONTCONFIG_PATH: process.env.FONTCONFIG_PATH ?? fonts,
		},
	};
}

let found: Promise<ChromiumBinary> | undefined;

export function findChromium(env: NodeJS.ProcessEnv = process.env, systemExists = existsSync(SYSTEM_CHROMIUM)): Promise<ChromiumBinary> {
	if (env.CHROMIUM_PATH) return Promise.resolve({ path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', env: {} });
	if (systemExists) return Promise.resolve({ path: SYSTEM_CHROMIUM, source: 'system', env: {} });
	return (found ??= packagedChromium());
}

export async function launchChromium(): Promise<Browser> {
	const binary = await findChromium();
	return chromium.launch({
		executablePath: binary.path,
		env: { ...process.env, ...binary.env },
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
}
