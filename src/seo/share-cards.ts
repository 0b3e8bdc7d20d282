/**
 * What each share image says, and its alt text: one definition used by the image endpoints and
 * by the page head, so the `og:image:alt` always describes the image. Pure.
 */
import { organizationName } from '../schemas/vocabularies.ts';
import { locales, useTranslations, type Locale } from '../i18n/index.ts';
import type { ShareImageInput } from './share-image.ts';

type Translate = ReturnType<typeof useTranslations>;

/** What is printed at the bottom of the image: the site's host and base path. */
export function siteHost(site: string | URL, base: string): string {
	return `${new URL(site).host}${base.replace(/\/+$/, '')}`;
}

export interface ModelShareFacts {
	title: string;
	organization: string;
}

export interface TutorialShareFacts {
	title: string;
	level: 'beginner' | 'intermediate' | 'advanced';
	duration: number;
}

function common(locale: Locale, host: string) {
	const t = useTranslations(locale);
	return { t, base: { lang: locales[locale].lang, siteName: t('site.title'), host } };
}

export function modelShareInput(locale: Locale, host: string, model: ModelShareFacts): ShareImageInput {
	const { t, base } = common(locale, host);
	return { ...base, kind: t('seo.kind.model'), title: model.title, detail: organizationName(model.organization, locale) };
}

export function tutorialShareInput(locale: Locale, host: string, tutorial: TutorialShareFacts): ShareImageInput {
	const { t, base } = common(locale, host);
	const detail = `${t(`tutorial.level.${tutorial.level}`)} · ${t('tutorial.minutes', { minutes: tutorial.duration })}`;
	return { ...base, kind: t('seo.kind.tutorial'), title: tutorial.title, detail };
}

/** The image for every other page: the tagline and what the site offers. */
export function siteShareInput(locale: Locale, host: string): ShareImageInput {
	const { t, base } = common(locale, host);
	const sections = (['models.title', 'tutorials.title', 'caseStudies.title', 'events.title', 'workingGroups.title'] as const).map((key) => t(key));
	return { ...base, kind: '', title: t('site.tagline'), detail: sections.join(' · ') };
}

export function shareImageAlt(locale: Locale, input: ShareImageInput): string {
	const t: Translate = useTranslations(locale);
	return input.kind ? t('seo.imageAlt', { kind: input.kind, title: input.title, detail: input.detail }) : t('seo.siteImageAlt', { tagline: input.title });
}
