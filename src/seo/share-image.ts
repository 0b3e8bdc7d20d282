/**
 * Share images (Open Graph / Twitter cards): 1200×630, the page's title, one line of detail
 * (organisation or level), the kind of page and the OpenModels name. This module is the layout,
 * pure: an element tree in Satori's shape (what JSX would produce), which render-share-image.ts
 * draws. Satori breaks the lines of Latin and Chinese alike and cuts the title after three lines
 * and the detail after one, with an ellipsis.
 */
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

const node = (type: string, style: Record<string, string | number>, children?: ShareNode['props']['children']): ShareNode => ({
	type,
	props: children === undefined ? { style } : { style, children },
});

/** A block of text Satori wraps at the body's width and cuts after `lines` lines with an ellipsis. */
const textBlock = (text: string, style: { size: number; lineHeight: number; weight: FontWeight; color: string; lines: number }) =>
	node(
		'div',
		{
			display: 'block',
			width: SHARE_BODY.width,
			fontSize: style.size,
			lineHeight: `${style.lineHeight}px`,
			fontWeight: style.weight,
			color: style.color,
			lineClamp: style.lines,
		},
		text,
	);

/** The whole image as an element tree: header, the title and detail centred in the body, footer and bar. */
export function shareImageTree(input: ShareImageInput): ShareNode {
	const logo = node(
		'div',
		{ display: 'flex', alignItems: 'center', justifyContent: 'center', width: 64, height: 64, borderRadius: 14, backgroundColor: shareColors.brand },
		[
			node('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 37, height: 37, borderRadius: 999, border: '7px solid #ffffff' }, [
				node('div', { width: 8, height: 8, borderRadius: 999, backgroundColor: '#ffffff' }),
			]),
		],
	);
	const header = node('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: HEADER_HEIGHT }, [
		node('div', { display: 'flex', alignItems: 'center', gap: 20 }, [
			logo,
			node('div', { fontSize: 40, fontWeight: 700, color: shareColors.text }, input.siteName),
		]),
		...(input.kind
			? [
					node(
						'div',
						{
							display: 'flex',
							padding: '8px 24px',
							borderRadius: 999,
							backgroundColor: shareColors.tint,
							color: shareColors.brand,
							fontSize: 28,
							fontWeight: 700,
						},
						input.kind,
					),
				]
			: []),
	]);
	const titleSize = titleFontSize(input.title);
	const body = node('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', gap: GAP, flexGrow: 1, margin: `${GAP}px 0` }, [
		textBlock(input.title, { size: titleSize, lineHeight: Math.round(titleSize * 1.2), weight: 700, color: shareColors.text, lines: 3 }),
		...(input.detail.trim() ? [textBlock(input.detail, { size: 36, lineHeight: 44, weight: 400, color: shareColors.muted, lines: 1 })] : []),
	]);
	const footer = node(
		'div',
		{ display: 'flex', alignItems: 'center', height: FOOTER_HEIGHT, fontSize: 26, fontWeight: 400, color: shareColors.muted },
		input.host,
	);
	const content = node(
		'div',
		{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PADDING.top}px ${PADDING.right}px ${PADDING.bottom}px ${PADDING.left}px` },
		[header, body, footer],
	);
	const bar = node('div', { display: 'flex', height: BAR_HEIGHT, backgroundColor: shareColors.brand });
	return {
		type: 'div',
		props: {
			lang: input.lang,
			style: { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', backgroundColor: shareColors.background, fontFamily: PRIMARY_FAMILY },
			children: [content, bar],
		},
	};
}

/** The text the image draws in each weight (the ellipsis included), to pick the font subsets Satori needs. */
export function shareImageTexts(input: ShareImageInput): Record<FontWeight, string> {
	return { 400: `${input.host}${input.detail}…`, 700: `${input.siteName}${input.kind}${input.title}…` };
}
