/**
 * Controlled vocabularies for model cards. The data lives in JSON beside this module so
 * contributors can extend a list without touching code.
 */
import licenses from './vocabularies/licenses.json' with { type: 'json' };
import tasks from './vocabularies/tasks.json' with { type: 'json' };
import libraries from './vocabularies/libraries.json' with { type: 'json' };
import modalities from './vocabularies/modalities.json' with { type: 'json' };
import organizations from './vocabularies/organizations.json' with { type: 'json' };
import series from './vocabularies/series.json' with { type: 'json' };

import { licenseCategories, type LicenseEntry } from './license.ts';

export { licenseCategories };
export type LicenseCategory = (typeof licenseCategories)[number];
export type License = LicenseEntry;

export const licenseList = licenses as License[];
/** Hugging Face licence ids, the values `license:` accepts. */
export const licenseIds = licenseList.filter((license) => license.hub !== false).map((license) => license.id) as [string, ...string[]];
/** Every licence the vocabulary explains, the values `license_name:` may name. */
export const explainedLicenseIds = licenseList.map((license) => license.id);

export const taskList = tasks as { id: string; name: string; name_zh: string; hubModality: string }[];
export const taskIds = taskList.map((task) => task.id) as [string, ...string[]];

export const libraryList = libraries as { id: string; name: string }[];
export const libraryIds = libraryList.map((library) => library.id) as [string, ...string[]];

export const modalityList = modalities as { id: string; name: string; name_zh: string }[];
export const modalityIds = modalityList.map((modality) => modality.id) as [string, ...string[]];

/** Display name of a task id in a locale, e.g. "Automatic Speech Recognition" / "自动语音识别"; the id when unknown. */
export function taskName(id: string, locale = 'en'): string {
	return knownTaskName(id, locale) ?? id;
}

/** The vocabulary's name of a task in the locale, or undefined for an id it does not have. */
export function knownTaskName(id: string, locale = 'en'): string | undefined {
	const task = taskList.find((entry) => entry.id === id);
	return task && (locale === 'zh-cn' ? task.name_zh : task.name);
}

export function libraryName(id: string): string {
	return libraryList.find((library) => library.id === id)?.name ?? id;
}

export function modalityName(id: string, locale: string): string {
	const modality = modalityList.find((item) => item.id === id);
	return (locale === 'zh-cn' ? modality?.name_zh : modality?.name) ?? id;
}

export function findLicense(id: string): License | undefined {
	return licenseList.find((license) => license.id === id);
}

/**
 * The vocabulary entry for the licence a card's weights are under: the one `license_name` names
 * (for `other`, or where the Hub tag covers only part of the release), else the Hub licence id's.
 */
export function weightsLicenseEntry(card: { license: string; license_name?: string }): License | undefined {
	const named = card.license_name ? findLicense(card.license_name) : undefined;
	return named ?? (card.license === 'other' ? undefined : findLicense(card.license));
}

/**
 * The entry for a licence however a record spells it: its id in any case ("Apache-2.0" for
 * `apache-2.0`) or the SPDX id the entry gives, so one licence is named one way on a page.
 */
export function findLicenseAnySpelling(id: string): License | undefined {
	const key = id.trim().toLowerCase();
	return licenseList.find((license) => license.id === key) ?? licenseList.find((license) => license.spdx?.toLowerCase() === key);
}

export interface Organization {
	id: string;
	/** The name the organisation uses for itself. */
	name: string;
	/** Its Chinese name, where it has one of its own. */
	name_zh?: string;
	homepage: string;
	/** Other sites the organisation publishes official facts on (blogs, docs), by host. */
	sites?: string[];
}

export const organizationList = organizations as Organization[];
export const organizationIds = organizationList.map((organization) => organization.id) as [string, ...string[]];

export function findOrganization(id: string): Organization | undefined {
	return organizationList.find((organization) => organization.id === id);
}

/** Display name of an organisation id in a locale; the id itself when unknown. */
export function organizationName(id: string, locale: string): string {
	const organization = findOrganization(id);
	return (locale === 'zh-cn' ? organization?.name_zh : undefined) ?? organization?.name ?? id;
}

/** Tutorial series: an id tutorials refer to, with its name in both languages. */
export const seriesList = series as { id: string; name: string; name_zh: string }[];
export const seriesIds = seriesList.map((entry) => entry.id);

export function seriesName(id: string, locale: string): string {
	const entry = seriesList.find((candidate) => candidate.id === id);
	return (locale === 'zh-cn' ? entry?.name_zh : entry?.name) ?? id;
}
