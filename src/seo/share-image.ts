/**
 * Share images (Open Graph / Twitter cards): 1200×630, the page's title, one line of detail
 * (organisation or level) and the OpenModels name.
 *
 * This module is the layout, pure. An image is drawn in two parts:
 * - the frame (logo, site name, kind, host, bar): the same for every image of a kind and language,
 *   an element tree that Satori lays out once per build (render-share-image.ts);
 * - the title and the detail, which change on every image: text that Pango sets (line breaks for
 *   Latin and Chinese alike) and that is then placed in the frame's body box.
 * Satori per image cost ~30 ms of CPU (layout, every glyph an SVG path, rasterising the paths);
 * Pango draws the two texts in ~3 ms.
 */
import { escapeMarkup } from '../lib/escape-markup.ts';
import { PRIMARY_FAMILY, type FontWeight } from './fonts.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareImageInput {
	/** BCP 47 language of the text, e.g. `en` or `zh-CN` (line breaking and glyph forms follow it). */
	lang: string;
	/** What the page is, e.g. "Model card" or "教程"; empty for the site-wide image. */
	kind: string;
	title: string;
	/** One line under the title: the organisation of a model, the level and time of a tutorial. */
	detail: string;
	siteName: string;
	/** Shown at the bottom, e.g. `open-models-platform.github.io/home`. */
	host: string;
}

/** What the frame shows: everything but the title and the detail. */
export type ShareFrameInput = Pick<ShareImageInput, 'lang' | 'kind' | 'siteName' | 'host'>;

export function frameOf({ lang, kind, siteName, host }: ShareImageInput): ShareFrameInput {
	return { lang, kind, siteName, host };
}

/** Satori's element shape (what JSX would produce), without React. */
export interface ShareNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (ShareNode | string)[] | ShareNode | string; lang?: string };
}

export const shareColors = { brand: '#3b43d6', text: '#14162b', muted: '#50546e', background: '#ffffff', tint: '#eef0ff' } as const;

const PADDING = { top: 56, right: 72, bottom: 44, left: 72 };
const HEADER_HEIGHT = 64;
const FOOTER_HEIGHT = 36;
const BAR_HEIGHT = 16;
/** Space between the header or footer and the text, and between the title and the detail. */
const GAP = 24;

/** The box the title and the detail are centred in, in pixels of the image. */
export const SHARE_BODY = {
	left: PADDING.left,
	top: PADDING.top + HEADER_HEIGHT + GAP,
	width: SHARE_IMAGE_WIDTH - PADDING.left - PADDING.right,
	height: SHARE_IMAGE_HEIGHT - BAR_HEIGHT - PADDING.bottom - FOOTER_HEIGHT - GAP - (PADDING.top + HEADER_HEIGHT + GAP),
} as const;

/** Width of a text in ems, roughly: CJK and full-width characters are 1em, the rest about 0.55em. */
export function visualLength(text: string): number {
	let length = 0;
	for (const char of text) length += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 1 : 0.55;
	return length;
}

/** A title size that fits three lines in the 1056 px text column. */
export function titleFontSize(title: string): number {
	const length = visualLength(title);
	if (length <= 18) return 80;
	if (length <= 36) return 68;
	if (length <= 60) return 56;
	return 48;
}

/** How a block of text is set: Pango wraps it at the body's width and it is cut to `maxLines` with an ellipsis. */
export interface TextStyle {
	text: string;
	lang: string;
	weight: FontWeight;
	/** Font size and line height, in pixels. */
	size: number;
	lineHeight: number;
	color: string;
	maxLines: number;
}

export function titleStyle(input: ShareImageInput): TextStyle {
	const size = titleFontSize(input.title);
	return { text: input.title, lang: input.lang, weight: 700, size, lineHeight: Math.round(size * 1.2), color: shareColors.text, maxLines: 3 };
}

export function detailStyle(input: ShareImageInput): TextStyle {
	return { text: input.detail, lang: input.lang, weight: 400, size: 36, lineHeight: 44, color: shareColors.muted, maxLines: 1 };
}

/** Pango markup for a text block: its colour, language and line height (Pango units: 1024 per pixel at 72 dpi). */
export function pangoMarkup(style: Pick<TextStyle, 'text' | 'lang' | 'color' | 'lineHeight'>): string {
	return `<span foreground="${style.color}" lang="${escapeMarkup(style.lang.toLowerCase())}" line_height="${style.lineHeight * 1024}">${escapeMarkup(style.text)}</span>`;
}

/** The Pango font description of a style, e.g. `Noto Sans SC Bold 56px`. */
export function pangoFont(family: string, style: Pick<TextStyle, 'weight' | 'size'>): string {
	return `${family}${style.weight === 700 ? ' Bold' : ''} ${style.size}px`;
}

/**
 * Lines in a block of text from the height of its ink. The renderer crops to the ink, which is
 * less than a line box (no glyph fills the whole line height) and more than the line boxes
 * before the last, so rounding up counts the lines.
 */
export function lineCount(inkHeight: number, lineHeight: number): number {
	return Math.max(1, Math.ceil(inkHeight / lineHeight - 0.05));
}

export interface Size {
	width: number;
	height: number;
}

/**
 * Where the title and the detail go: left-aligned, and centred together vertically in the body
 * box, the detail a gap under the title. Sizes are the drawn text's (its ink).
 */
export function placeBody(title: Size, detail: Size | undefined): { title: { left: number; top: number }; detail?: { left: number; top: number } } {
	const height = title.height + (detail ? GAP + detail.height : 0);
	const top = SHARE_BODY.top + Math.max(0, Math.round((SHARE_BODY.height - height) / 2));
	return {
		title: { left: SHARE_BODY.left, top },
		...(detail ? { detail: { left: SHARE_BODY.left, top: top + title.height + GAP } } : {}),
	};
}

const node = (type: string, style: Record<string, string | number>, children?: ShareNode['props']['children']): ShareNode => ({
	type,
	props: children === undefined ? { style } : { style, children },
});

/** The element tree of a frame: header, an empty body, footer and bar. Pure: no fonts are read. */
export function shareFrameTree(frame: ShareFrameInput): ShareNode {
	const logo = node('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 64, height: 64, borderRadius: 14, backgroundColor: shareColors.brand }, [
		node('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 37, height: 37, borderRadius: 999, border: '7px solid #ffffff' }, [
			node('div', { width: 8, height: 8, borderRadius: 999, backgroundColor: '#ffffff' }),
		]),
	]);
	const header = node('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: HEADER_HEIGHT }, [
		node('div', { display: 'flex', alignItems: 'center', gap: 20 }, [logo, node('div', { fontSize: 40, fontWeight: 700, color: shareColors.text }, frame.siteName)]),
		...(frame.kind
			? [node('div', { display: 'flex', padding: '8px 24px', borderRadius: 999, backgroundColor: shareColors.tint, color: shareColors.brand, fontSize: 28, fontWeight: 700 }, frame.kind)]
			: []),
	]);
	const body = node('div', { display: 'flex', flexGrow: 1 });
	const footer = node('div', { display: 'flex', alignItems: 'center', height: FOOTER_HEIGHT, fontSize: 26, fontWeight: 400, color: shareColors.muted }, frame.host);
	const content = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PADDING.top}px ${PADDING.right}px ${PADDING.bottom}px ${PADDING.left}px` }, [header, body, footer]);
	const bar = node('div', { display: 'flex', height: BAR_HEIGHT, backgroundColor: shareColors.brand });
	return {
		type: 'div',
		props: {
			lang: frame.lang,
			style: { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', backgroundColor: shareColors.background, fontFamily: PRIMARY_FAMILY },
			children: [content, bar],
		},
	};
}

/** The text the frame draws in each weight, to pick the font subsets Satori needs. */
export function frameTexts(frame: ShareFrameInput): Record<FontWeight, string> {
	return { 400: frame.host, 700: `${frame.siteName}${frame.kind}` };
}
