/**
 * Offline reading, build side: the integration adds the small service-worker registration module
 * (`register.ts`) to every page. What the build writes for offline reading once the site and its
 * search index are done is in finish.ts, loaded only then (sharp and Workbox take a second to load).
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const registerModule = fileURLToPath(new URL('../../scripts/offline/register.ts', import.meta.url));

export default function offline(): AstroIntegration {
	return {
		name: 'openmodels:offline',
		hooks: {
			'astro:config:setup': ({ injectScript }) => {
				// Bundled with Astro's own per-page module (prefetch), so it costs no extra request.
				injectScript('page', `import ${JSON.stringify(registerModule.split(sep).join('/'))};`);
			},
		},
	};
}

/** The part of Astro's integration logger the build steps use (scripts/build.ts passes its own). */
export interface BuildLogger {
	info(message: string): void;
	warn(message: string): void;
	error(message: string): void;
}
