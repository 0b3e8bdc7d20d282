/**
 * Access to content for pages: every collection, localized, after the cross-file checks have
 * passed. This is the only module pages use to read content, so the build fails on the same
 * rules `npm run validate` applies instead of silently dropping or mangling an entry.
 */
import type { MarkdownHeading } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectionSpecs, translationCollectionName, type CollectionName } from '../../schemas/collections.ts';
import { missingModelSections, missingSectionsMessage } from '../../schemas/model-card.ts';
import type { ContentLocale } from '../../schemas/shared.ts';
import { localizeEntries, type LocalizedEntry } from '../localize.ts';
import { crossCheck, type EntriesByCollection } from '../validation/cross-checks.ts';
import { formatProblem, type Problem } from '../validation/problem.ts';

type AnyEntry = CollectionEntry<CollectionName>;
export type Localized<Name extends CollectionName> = LocalizedEntry<CollectionEntry<Name>['data'], AnyEntry>;

const names = Object.keys(collectionSpecs) as CollectionName[];

async function loadAll() {
	const all = {} as Record<CollectionName, { base: AnyEntry[]; translations: Record<'zh-cn', AnyEntry[]> }>;
	for (const name of names) {
		const base = (await getCollection(name)) as AnyEntry[];
		const zh = (await getCollection(translationCollectionName(name, 'zh-cn') as never)) as AnyEntry[];
		all[name] = { base, translations: { 'zh-cn': zh } };
	}
	const problems: Problem[] = [];
	const refs: EntriesByCollection = {};
	for (const name of names) {
		const { base, translations } = all[name];
		refs[name] = [
			...base.map((entry) => ({ id: entry.id, locale: 'en', file: entry.filePath ?? entry.id, data: entry.data as Record<string, unknown>, lineOf: () => 1 })),
			...translations['zh-cn'].map((entry) => ({ id: entry.id, locale: 'zh-cn', file: entry.filePath ?? entry.id, data: entry.data as Record<string, unknown>, lineOf: () => 1 })),
		];
		if (name === 'models') {
			const check = (entry: AnyEntry, locale: ContentLocale) => {
				// The headings Astro's Markdown renderer found, as validate takes them from its own parse.
				// Astro types the renderer's metadata loosely; Markdown entries carry `headings`.
				const rendered = (entry.rendered?.metadata?.headings ?? []) as MarkdownHeading[];
				const headings = rendered.filter((heading) => heading.depth === 2).map((heading) => heading.text);
				const missing = missingModelSections(headings, locale);
				if (missing.length) problems.push({ file: entry.filePath ?? entry.id, line: 1, field: 'body', message: missingSectionsMessage(missing) });
			};
			base.forEach((entry) => check(entry, 'en'));
			translations['zh-cn'].forEach((entry) => check(entry, 'zh-cn'));
		}
	}
	problems.push(...crossCheck(refs));
	if (problems.length > 0) {
		throw new Error(`Content has ${problems.length} problem(s); run \`npm run validate\` for line numbers:\n${problems.map(formatProblem).join('\n')}`);
	}
	return all;
}

let cache: ReturnType<typeof loadAll> | undefined;
const loaded = () => (cache ??= loadAll());

/** Every entry of a collection in a locale, English facts with translated words laid over them. */
export async function getLocalized<Name extends CollectionName>(name: Name, locale: ContentLocale): Promise<Localized<Name>[]> {
	const { base, translations } = (await loaded())[name];
	return localizeEntries(base as never[], locale === 'en' ? [] : translations[locale], locale) as Localized<Name>[];
}

/** Entries by id, per collection and locale: one lookup per page, however large the catalog. */
const indexes = new Map<string, Promise<Map<string, Localized<CollectionName>>>>();

/**
 * One entry of a collection in a locale, or undefined. For pages whose props name the entry
 * rather than hold it: Astro sends each page's props to the worker that renders it, and a whole
 * entry (its text, rendered HTML and front matter) for each of thousands of pages is a lot to send.
 */
export async function findLocalized<Name extends CollectionName>(name: Name, locale: ContentLocale, id: string): Promise<Localized<Name> | undefined> {
	const key = `${name}:${locale}`;
	let index = indexes.get(key);
	if (!index) {
		index = getLocalized(name, locale).then((entries) => new Map(entries.map((entry) => [entry.id, entry as Localized<CollectionName>])));
		indexes.set(key, index);
	}
	return (await index).get(id) as Localized<Name> | undefined;
}

/** The two locales every collection page is built in, for `getStaticPaths`. */
export function localeParams() {
	return [
		{ params: { lang: undefined }, props: { locale: 'en' as ContentLocale } },
		{ params: { lang: 'zh-cn' }, props: { locale: 'zh-cn' as ContentLocale } },
	];
}

/** For `[...lang]/<collection>/[id]` routes: one path per entry per locale. */
export async function entryPaths<Name extends CollectionName>(name: Name) {
	const paths = [];
	for (const { params, props } of localeParams()) {
		for (const entry of await getLocalized(name, props.locale)) {
			paths.push({ params: { ...params, id: entry.id }, props: { locale: props.locale, entry } });
		}
	}
	return paths;
}
