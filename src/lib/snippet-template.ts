/**
 * The usage snippet of a model card is one of a few templates with the card's Hub id in it, and
 * highlighting it (Expressive Code, Shiki) cost about 1 ms on each of the catalog's pages. So each
 * template is highlighted once per build and locale, with a stand-in for the id, and the id is
 * put into that HTML. Hub ids are `org/name` of letters, digits, `_`, `.` and `-` (the schema's
 * pattern), which every template's grammar tokenises as the stand-in (plain text in a string,
 * a comment or a shell word), so the highlighting is the same.
 */
import { escapeMarkup } from './escape-markup.ts';
import { usageSnippet } from './model-facts.ts';

/** Shaped like a Hub id, and a string no card has. */
export const HUB_ID_STAND_IN = 'openmodels-stand-in/hub-id-0';

export interface SnippetTemplate {
	lang: string;
	/** The snippet with the stand-in for the Hub id. */
	code: string;
	/** How often the stand-in occurs in the code. */
	uses: number;
	/** The card's own Hub id, put in for the stand-in. */
	hubId: string;
}

/** The card's usage snippet as a template; undefined when the card has none (no Hub id). */
export function snippetTemplate(card: Parameters<typeof usageSnippet>[0]): SnippetTemplate | undefined {
	const snippet = card.hub_id ? usageSnippet({ ...card, hub_id: HUB_ID_STAND_IN }) : undefined;
	return snippet && card.hub_id ? { ...snippet, uses: snippet.code.split(HUB_ID_STAND_IN).length - 1, hubId: card.hub_id } : undefined;
}

/** One highlighted template per locale (Expressive Code's labels are translated) and code. */
export function snippetKey(locale: string, template: SnippetTemplate): string {
	return JSON.stringify([locale, template.lang, template.code]);
}

/**
 * The highlighted template with the card's Hub id in place of the stand-in. Undefined when the HTML
 * does not hold the stand-in whole at least where the code had it (the copy button may hold it
 * again, or not: Expressive Code leaves comments out of a terminal's copy).
 */
export function fillSnippet(html: string, template: SnippetTemplate): string | undefined {
	const parts = html.split(HUB_ID_STAND_IN);
	if (parts.length - 1 < template.uses) return undefined;
	// A stand-in the highlighter split would leave its pieces behind.
	if (parts.some((part) => part.includes('stand-in') || part.includes('hub-id-0'))) return undefined;
	return parts.join(escapeMarkup(template.hubId));
}
