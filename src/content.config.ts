import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { collections as specs, translationCollectionName, translationLocales } from './schemas/collections.ts';

function pattern(extensions: readonly string[]) {
	const names = extensions.map((extension) => extension.slice(1));
	return names.length === 1 ? `[^_]*.${names[0]}` : `[^_]*.{${names.join(',')}}`;
}

const entries: Record<string, ReturnType<typeof defineCollection>> = {
	docs: defineCollection({
		loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
};

for (const spec of specs) {
	entries[spec.name] = defineCollection({
		loader: glob({ base: `./${spec.folder}`, pattern: pattern(spec.extensions) }),
		schema: spec.schema,
	});
	for (const locale of translationLocales) {
		entries[translationCollectionName(spec.name, locale)] = defineCollection({
			loader: glob({ base: `./${spec.folder}/${locale}`, pattern: pattern(spec.extensions) }),
			schema: spec.translationSchema,
		});
	}
}

export const collections = entries;
