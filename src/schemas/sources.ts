/**
 * Where a model card's facts come from. Hugging Face's keys stay exactly as the Hub has them;
 * each sourced fact gets an entry in a separate `sources:` map, keyed by the fact's field name,
 * with the URL it was read from and, where useful, the exact words.
 */
import { z } from 'zod';
import { frontMatterUrlProblem } from '../lib/safety/url-policy.ts';
import { textSchema } from './shared.ts';

/** Facts a reader decides by; each one present on a card needs a source. */
export const sourcedFields = ['license', 'parameters', 'release_date', 'context_length', 'language', 'organization'] as const;
export type SourcedField = (typeof sourcedFields)[number];

/** A source must be a real https page: a model's Hub card or repository, its paper or licence text. */
export const sourceUrlSchema = z
	.string({ error: 'expected the https:// URL the fact was read from' })
	// The front-matter URL rule, without the site paths it also allows: a source is elsewhere.
	.refine((value) => !value.startsWith('/') && frontMatterUrlProblem(value) === undefined, {
		error: 'expected an https:// URL with a host, such as https://huggingface.co/org/model',
	});

export const factSourceSchema = z.strictObject({
	/** The page the fact was read from. */
	url: sourceUrlSchema,
	/** The exact words the fact is taken from, copied from that page. */
	quote: textSchema.max(600, { error: 'keep the quote under 600 characters: copy only the words that state the fact' }).optional(),
});
export type FactSource = z.output<typeof factSourceSchema>;

/** A fact that does not apply to this model (e.g. context length of an image classifier). */
export const notApplicableSchema = z.strictObject({
	not_applicable: textSchema.max(300, { error: 'keep the reason under 300 characters' }),
});

/**
 * A fact that applies but that no official source we could read states (e.g. a parameter count
 * the developers never published): the card says so, and what was checked, instead of guessing.
 */
export const unconfirmedSchema = z.strictObject({
	unconfirmed: textSchema.max(400, { error: 'keep the note under 400 characters: say which official sources were checked' }),
});

export const sourceEntrySchema = z.union([factSourceSchema, notApplicableSchema, unconfirmedSchema], {
	error:
		'expected { url: https://…, quote: "…" }, { not_applicable: "why this fact does not apply" } or { unconfirmed: "which official sources were checked" }',
});
export type SourceEntry = z.output<typeof sourceEntrySchema>;

export const sourcesSchema = z
	.strictObject(
		Object.fromEntries(sourcedFields.map((field) => [field, sourceEntrySchema.optional()])) as Record<SourcedField, z.ZodOptional<typeof sourceEntrySchema>>,
	)
	.default({});

export function isFactSource(entry: SourceEntry | undefined): entry is FactSource {
	return entry !== undefined && 'url' in entry;
}

export function isUnconfirmed(entry: SourceEntry | undefined): entry is z.output<typeof unconfirmedSchema> {
	return entry !== undefined && 'unconfirmed' in entry;
}

/** The message a contributor sees for a fact without a source. */
export function missingSourceMessage(field: SourcedField): string {
	return `${field} has no source: add \`sources.${field}: { url: https://…, quote: "…" }\` with the page it was read from (the model's Hub card, official repository, paper or licence text) and the exact words; if no official source states it, remove the fact and write \`sources.${field}: { unconfirmed: "which official sources you checked" }\``;
}

export function notApplicableConflictMessage(field: SourcedField, entry?: SourceEntry): string {
	if (isUnconfirmed(entry))
		return `sources.${field} says no official source confirms the fact, but the card states ${field}: give its source as { url: https://…, quote: "…" } or remove the fact`;
	return `sources.${field} says the fact does not apply, but the card states ${field}: remove one of the two`;
}
