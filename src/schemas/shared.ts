/**
 * Building blocks shared by every content schema. Each helper carries the friendly error a
 * contributor sees, so the wording lives in one place.
 */
import { z } from 'zod';
import { languageName } from '../lib/format.ts';
import { plainTextProblem } from '../lib/safety/plain-text.ts';
import { frontMatterUrlProblem } from '../lib/safety/url-policy.ts';
import { ID_PATTERN } from './ids.ts';

export { ID_PATTERN, toId } from './ids.ts';

export const idSchema = z.string({ error: 'expected an id such as "my-model" (lowercase letters, digits and hyphens)' }).regex(ID_PATTERN, {
	error: 'expected a lowercase-kebab id such as "my-model" (letters a–z, digits, single hyphens)',
});

/** A list of ids referring to entries of another collection; checked across files by validate. */
export const idListSchema = z.array(idSchema).default([]);

/** Longest text any single front-matter field may hold (BibTeX citations are the longest). */
export const MAX_FIELD_LENGTH = 4000;

/** Rejects markup, control and bidi-override characters: a reader sees this as plain text. */
function plainText<T extends z.ZodString>(schema: T) {
	return schema.superRefine((value, ctx) => {
		const problem = plainTextProblem(value);
		if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
	});
}

/** Text a reader sees: plain text, never empty. */
export const textSchema = plainText(
	z
		.string({ error: 'expected text' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(MAX_FIELD_LENGTH, { error: `is too long: keep it under ${MAX_FIELD_LENGTH} characters` }),
);

/** A page title: shown in the browser tab, headings, lists and previews. */
export const titleSchema = plainText(
	z.string({ error: 'expected a title' }).trim().min(1, { error: 'must not be empty' }).max(120, { error: 'is too long: keep a title under 120 characters' }),
);

/** A short summary used in lists, search results and social previews. */
export const descriptionSchema = plainText(
	z
		.string({ error: 'expected a one- or two-sentence description' })
		.trim()
		.min(20, { error: 'is too short: write at least 20 characters that say what this is' })
		.max(300, { error: 'is too long: keep it under 300 characters (it is shown in lists and previews)' }),
);

/**
 * Links in front matter must be `https:` with a real host (readers are sent there) or a path on
 * this site. `javascript:`, `data:`, plain `http:` and paths that a browser reads as another
 * host (`//x`, `/\\x`) are refused.
 */
export const urlSchema = z.string({ error: 'expected a URL starting with https://' }).superRefine((value, ctx) => {
	const problem = frontMatterUrlProblem(value);
	if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
});

/**
 * ISO 639-1 or 639-3 language code, the form Hugging Face cards use, of a language the site can
 * name (CLDR, or src/i18n/language-names.ts): a made-up code would reach the language filter bare.
 */
export const languageCodeSchema = z
	.string({ error: 'expected a language code such as "en" or "zh"' })
	.regex(/^[a-z]{2,3}$/, { error: 'expected an ISO 639 language code such as "en", "zh" or "yue" (2–3 lowercase letters)' })
	.refine((code) => languageName(code, 'en') !== code, {
		error:
			'unknown language code: expected an ISO 639 code such as "en", "zh" or "yue"; for a real ISO 639-3 code the site cannot name yet, add its English and Chinese names to src/i18n/language-names.ts',
	});

/** Hugging Face accepts a single code or a list; both mean the same, so both are accepted. */
export const languageListSchema = z
	.union([languageCodeSchema, z.array(languageCodeSchema)], {
		error: 'expected a language code or a list of them, e.g. [en, zh]',
	})
	.transform((value) => (Array.isArray(value) ? value : [value]));

/** A real calendar date written YYYY-MM-DD, as a Date at midnight UTC; undefined otherwise (2024-02-30, "March 2024"). */
export function calendarDate(text: string): Date | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : undefined;
}

const isMidnightUtc = (date: Date) => date.getTime() % 86_400_000 === 0;

/**
 * Calendar dates. YAML turns an unquoted `2024-04-18` into a date and a quoted one into a
 * string; both are accepted so contributors need not care. Nothing else is: not "March 2024",
 * not a year, not a number of seconds, not a time, and not a day the month does not have
 * (an unquoted one is caught where the YAML is read, src/lib/validation/front-matter.ts).
 */
export const dateSchema = z.preprocess(
	(value) => (typeof value === 'string' ? (calendarDate(value.trim()) ?? value) : value),
	z
		.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2024-04-18' })
		.refine(isMidnightUtc, { error: 'expected a calendar date written as YYYY-MM-DD, without a time' }),
);

/** The locales content can be written in; English is the base every translation points to. */
export const contentLocales = ['en', 'zh-cn'] as const;
export type ContentLocale = (typeof contentLocales)[number];

/** Fields every translation file may carry: only words, never facts. */
export const translationBase = {
	title: titleSchema,
	description: descriptionSchema,
};
