/**
 * Starting and stopping the share-image warm-up (warm-share-images.ts) from scripts/build.ts, in a
 * module of its own: the script waits for Astro with it loaded, and the warm-up's own modules
 * (schemas, parsers) would hold memory there while Astro's peaks.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

/** What the build tells scripts/build.ts when its first page asks for an image (share-image-pool.ts): the warm-up stops. */
export const pagesStartedMessage = 'openmodels:share-images:pages-started';

export interface WarmUp {
	/** Stops rendering after the image being drawn; resolves to how many images were rendered or found, of how many. */
	stop(): Promise<{ rendered: number; total: number } | undefined>;
}

/** What scripts/build.ts sends the warm-up to stop it. */
export const stopMessage = 'stop';

/**
 * Starts the warm-up in a process of its own (share-image-warmup.ts) at the lowest priority: it is
 * to use the CPU Astro leaves idle, and its memory (the parsed cards, the renderer) goes back to
 * the system when it exits, before Astro's own memory peaks.
 */
export function startShareImageWarmUp(entry: string, root: string): WarmUp {
	// A small heap: the warm-up runs while Astro's memory peaks (bundling), and left alone V8 grows
	// it to 260 MB where 160 MB do. Running out would only end the warm-up early.
	const child = spawn(process.execPath, ['--max-old-space-size=96', '--max-semi-space-size=1', entry, root], { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	try {
		setPriority(child.pid!, 19);
	} catch {
		// Not allowed here: the warm-up renices itself too.
	}
	let result: { rendered: number; total: number } | undefined;
	child.on('message', (message: { rendered: number; total: number }) => (result = message));
	const exited = new Promise<void>((resolve) => {
		child.on('exit', () => resolve());
		child.on('error', () => resolve());
	});
	return {
		async stop() {
			if (child.connected) child.send(stopMessage, () => undefined);
			await exited;
			return result;
		},
	};
}
