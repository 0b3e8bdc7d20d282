/**
 * One static server for the built site and one Chromium per test file, started before the
 * file's tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { distDir } from './dist.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface SiteSession {
	server: RunningServer;
	browser: Browser;
}

/** Registers the hooks; read `session.server` and `session.browser` inside tests. */
export function useSiteSession(): SiteSession {
	const session = {} as SiteSession;
	beforeAll(async () => {
		session.server = await serveStatic(distDir);
		session.browser = await launchChromium();
	});
	afterAll(async () => {
		await session.browser?.close();
		await session.server?.close();
	});
	return session;
}
