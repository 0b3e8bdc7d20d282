import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localizeEntries } from '../lib/localize.ts';
import { validateContent } from '../lib/validation/validate-content.ts';
import { modelShareInput } from './share-cards.ts';
import { modelShareImages } from './share-image-warm-up.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const host = 'example.org/home';

describe('modelShareImages', () => {
	it('names the images the model pages show, as the content loader and the locale fallback see them', async () => {
		const { entries } = await validateContent(root);
		const models = entries.models!.map((entry) => ({ ...entry, data: entry.data as { title: string; organization: string } }));
		const english = models.filter((entry) => entry.locale === 'en');
		const chinese = models.filter((entry) => entry.locale === 'zh-cn');
		// What the pages get: English facts with the translation's words laid over them; a page
		// without a translation shows the English image.
		const expected = [
			...english.map((entry) => ({ id: entry.id, locale: 'en', input: modelShareInput('en', host, entry.data) })),
			...localizeEntries(english, chinese, 'zh-cn')
				.filter((entry) => !entry.isFallback)
				.map((entry) => ({ id: entry.id, locale: 'zh-cn', input: modelShareInput('zh-cn', host, entry.data) })),
		];
		const images = await modelShareImages(root, host);
		const key = (image: { id: string; locale: string }) => `${image.locale}/${image.id}`;
		expect([...images].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
		expect(images.some((image) => image.locale === 'zh-cn' && /[\u4e00-\u9fff]/.test(image.input.kind))).toBe(true);
	});
});
