/** The web app manifest of one language, pure. The integration writes one per locale. */
import { backgroundColor, localeHome, themeColor, trailingSlash } from '../../lib/offline.ts';

export const iconSizes = [192, 512] as const;

export interface ManifestInput {
	base: string;
	locale: string;
	/** BCP-47 language tag, e.g. `zh-CN`. */
	lang: string;
	name: string;
	shortName: string;
	description: string;
	shortcuts: { name: string; path: string }[];
}

/** Icon file for a size, under the build output: `offline/icons/icon-192.png`. */
export function iconPath(size: number, maskable = false): string {
	return `offline/icons/${maskable ? 'maskable' : 'icon'}-${size}.png`;
}

export function webManifest({ base, locale, lang, name, shortName, description, shortcuts }: ManifestInput) {
	const root = trailingSlash(base);
	const home = localeHome(base, locale);
	return {
		id: home,
		name,
		short_name: shortName,
		description,
		lang,
		dir: 'ltr',
		start_url: home,
		scope: home,
		display: 'standalone',
		theme_color: themeColor,
		background_color: backgroundColor,
		icons: [
			...iconSizes.map((size) => ({ src: `${root}${iconPath(size)}`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
			{ src: `${root}${iconPath(512, true)}`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		],
		shortcuts: shortcuts.map((shortcut) => ({ name: shortcut.name, url: `${home}${shortcut.path.replace(/^\//, '')}` })),
	};
}
