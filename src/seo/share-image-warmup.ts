/**
 * The share-image warm-up's process (warm-share-images.ts), started by scripts/build.ts:
 * `node src/seo/share-image-warmup.ts <project root>`.
 */
import { setPriority } from 'node:os';
import sharp from 'sharp';
import { runShareImageWarmUp } from './warm-share-images.ts';

try {
	// The lowest priority, before libvips starts its threads (they inherit it).
	setPriority(19);
} catch {
	// Not allowed: normal priority.
}
// One image at a time on one libvips thread, and no libvips cache: every text is drawn once.
sharp.concurrency(1);
sharp.cache(false);
await runShareImageWarmUp(process.argv[2] ?? process.cwd());
