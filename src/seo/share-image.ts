/**
 * Share images (Open Graph / Twitter cards): 1200×630, the page's title, one line of detail
 * (organisation or level) and the OpenModels name.
 *
 * This module is the layout, pure: an element tree for Satori. render-share-image.ts turns it
 * into SVG (Satori lays the text out and writes every glyph as a path) and PNG (sharp).
 */
import { PRIMARY_FAMILY, type FontWeight } from './fonts.ts';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareImageInput {
	/** BCP 47 language of the text, e.g. `en` or `zh-CN` (Satori picks line-breaking rules by it). */
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

const colors = { brand: '#3b43d6', text: '#14162b', muted: '#50546e', background: '#ffffff', tint: '#eef0ff' };

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

/** The element tree of a share image. Pure: no fonts are read. */
export function shareImageTree(input: ShareImageInput): ShareNode {
	const logo = node('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 64, height: 64, borderRadius: 14, backgroundColor: colors.brand }, [
		node('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 37, height: 37, borderRadius: 999, border: '7px solid #ffffff' }, [
			node('div', { width: 8, height: 8, borderRadius: 999, backgroundColor: '#ffffff' }),
		]),
	]);
	const header = node('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between' }, [
		node('div', { display: 'flex', alignItems: 'center', gap: 20 }, [logo, node('div', { fontSize: 40, fontWeight: 700, color: colors.text }, input.siteName)]),
		...(input.kind
			? [node('div', { display: 'flex', padding: '8px 24px', borderRadius: 999, backgroundColor: colors.tint, color: colors.brand, fontSize: 28, fontWeight: 700 }, input.kind)]
			: []),
	]);
	const body = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 24 }, [
		node(
			'div',
			{ display: 'block', fontSize: titleFontSize(input.title), fontWeight: 700, lineHeight: 1.2, color: colors.text, lineClamp: 3 },
			input.title,
		),
		node('div', { display: 'block', fontSize: 36, fontWeight: 400, color: colors.muted, lineClamp: 1 }, input.detail),
	]);
	const footer = node('div', { display: 'flex', fontSize: 26, fontWeight: 400, color: colors.muted }, input.host);
	const content = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 44px' }, [header, body, footer]);
	const bar = node('div', { display: 'flex', height: 16, backgroundColor: colors.brand });
	return {
		type: 'div',
		props: {
			lang: input.lang,
			style: { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', backgroundColor: colors.background, fontFamily: PRIMARY_FAMILY },
			children: [content, bar],
		},
	};
}

/** The text drawn in each weight, to pick the font subsets. */
export function shareImageTexts(input: ShareImageInput): Record<FontWeight, string> {
	return { 400: `${input.detail}${input.host}…`, 700: `${input.siteName}${input.kind}${input.title}…` };
}
