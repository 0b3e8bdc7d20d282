/**
 * Renders the model cards' share images into the image cache (render-share-image.ts) while Astro
 * is still loading content and bundling: then one core renders pages' worth of Markdown and the
 * other is mostly idle. The model pages then find their images in the cache, instead of having
 * them rendered on threads that compete with page rendering (at 5,000 cards, 5,546 images of about
 * 10 ms of CPU each). Run by scripts/build.ts beside `astro build`.
 *
 * Only a warm-up. Its inputs come from the content files through the collection schemas and the
 * same share-card function the pages use; an image it did not get to, or drew from other data,
 * is rendered by its page as before, because the cache key covers everything an image shows.
 */
import { readdir, readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { extname, join } from 'node:path';
import type { z } from 'zod';
import { collectionSpecs } from '../schemas/collections.ts';
import { parseContentFile } from '../lib/validation/front-matter.ts';
import type { ModelShareFacts } from './share-cards.ts';
import { modelShareInput, siteHost } from './share-cards.ts';
import type { ShareImageInput } from './share-image.ts';

/** Model cards' data in a folder, by id, as the schema parses it; files that do not parse are skipped (the build reports them). */
async function readCards(folder: string, schema: z.ZodType): Promise<Map<string, Record<string, unknown>>> {
	const cards = new Map<string, Record<string, unknown>>();
	let names: string[];
	try {
		names = await readdir(folder);
	} catch {
		return cards;
	}
	for (const name of names.sort()) {
		// Astro's glob loader skips files starting with an underscore (templates).
		if (name.startsWith('_') || name.startsWith('.') || extname(name) !== '.md') continue;
		try {
			const result = schema.safeParse(parseContentFile(await readFile(join(folder, name), 'utf8')).data);
			if (result.success) cards.set(name.slice(0, -3), result.data as Record<string, unknown>);
		} catch {
			// Unreadable front matter: the build reports it.
		}
	}
	return cards;
}

/**
 * The share images the model pages will ask for: each card's in English, and in Chinese where it
 * is translated (an untranslated Chinese page shows the English image), as model pages compute
 * them (src/seo/route-middleware.ts): English facts with the translated words laid over them.
 */
export async function modelShareInputs(root: string, deployment: { site: string; base: string }): Promise<ShareImageInput[]> {
	const spec = collectionSpecs.models;
	const host = siteHost(deployment.site, deployment.base);
	const english = await readCards(join(root, spec.folder), spec.schema);
	const chinese = await readCards(join(root, spec.folder, 'zh-cn'), spec.translationSchema);
	const inputs = [...english.values()].map((card) => modelShareInput('en', host, card as unknown as ModelShareFacts));
	for (const [id, translation] of chinese) {
		const card = english.get(id);
		if (card) inputs.push(modelShareInput('zh-cn', host, { ...card, ...translation } as unknown as ModelShareFacts));
	}
	return inputs;
}

export interface WarmUp {
	/** Stops rendering (an image being written is either whole in the cache or not there); resolves to the images rendered or found. */
	stop(): Promise<number>;
}

/**
 * Renders `inputs` into the image cache on one worker thread (share-image-worker.ts), in order,
 * until stopped. One thread, at the lowest priority: the warm-up is to use the CPU Astro leaves
 * idle, not slow Astro down.
 */
export function warmShareImageCache(inputs: readonly ShareImageInput[], workerFile: string): WarmUp {
	let done = 0;
	let replies = 0;
	let next = 0;
	let stopped = false;
	const worker = new Worker(workerFile, { workerData: { lowPriority: true } });
	// A warm-up never keeps the build's process alive.
	worker.unref();
	let closed: Promise<number> | undefined;
	// The cache writes a file and renames it into place, so stopping mid-image leaves no half file.
	const close = () => (closed ??= worker.terminate().then(() => done));
	const post = () => {
		if (stopped || next >= inputs.length) return;
		worker.postMessage({ id: next, input: inputs[next] });
		next++;
	};
	worker.on('message', ({ error }: { error?: string }) => {
		replies++;
		if (error === undefined) done++;
		if (replies === inputs.length) void close();
		else post();
	});
	worker.on('error', () => void close());
	// Two in flight, so the worker never waits for its next job.
	post();
	post();
	if (inputs.length === 0) void close();
	return {
		stop() {
			stopped = true;
			return close();
		},
	};
}
