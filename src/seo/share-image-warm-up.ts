/**
 * The share images the model-card image route will ask for, worked out from the content files
 * themselves, so they can be rendered while Astro is still loading that content.
 *
 * Loading and rendering the content (Astro's content sync) keeps one core busy for about a
 * minute at 5,000 cards while the other waits; the share images (about 30 ms of CPU each) are the
 * longest part of page generation. Rendering them into the share-image cache during the sync
 * (src/integrations/share-image-warm-up.ts) shortens it. The inputs come from the same schemas
 * and the same `modelShareInput` as the route's, so the cache keys match; a file Astro would
 * reject is skipped here and reported by the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { collectionSpecs } from '../schemas/collections.ts';
import { parseContentFile } from '../lib/validation/front-matter.ts';
import { modelShareInput } from './share-cards.ts';
import type { ShareImageInput } from './share-image.ts';

async function readModels(root: string, folder: string, schema: z.ZodType): Promise<Map<string, Record<string, unknown>>> {
	const dir = join(root, folder);
	const entries = new Map<string, Record<string, unknown>>();
	if (!existsSync(dir)) return entries;
	for (const name of (await readdir(dir)).sort()) {
		if (!name.endsWith('.md') || name.startsWith('_') || name.startsWith('.')) continue;
		try {
			const result = schema.safeParse(parseContentFile(await readFile(join(dir, name), 'utf8')).data);
			if (result.success) entries.set(name.slice(0, -3), result.data as Record<string, unknown>);
		} catch {
			// Not valid front matter: the build reports it.
		}
	}
	return entries;
}

export interface ModelShareImage {
	id: string;
	locale: 'en' | 'zh-cn';
	input: ShareImageInput;
}

/** One per image the route renders: every card in English, translated cards in Chinese (facts from English, words from the translation). */
export async function modelShareImages(root: string, host: string): Promise<ModelShareImage[]> {
	const spec = collectionSpecs.models;
	const english = await readModels(root, spec.folder, spec.schema as z.ZodType);
	const chinese = await readModels(root, `${spec.folder}/zh-cn`, spec.translationSchema as z.ZodType);
	const card = (data: Record<string, unknown>) => data as { title: string; organization: string };
	return [
		...[...english].map(([id, data]) => ({ id, locale: 'en' as const, input: modelShareInput('en', host, card(data)) })),
		...[...chinese].flatMap(([id, words]) => {
			const facts = english.get(id);
			return facts ? [{ id, locale: 'zh-cn' as const, input: modelShareInput('zh-cn', host, card({ ...facts, ...words })) }] : [];
		}),
	];
}
