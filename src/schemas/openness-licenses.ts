/**
 * The licence lists the Linux Foundation's Model Openness Tool (MOT) classifies Model Openness
 * Framework components with, and the lookups over them. Read from
 * https://github.com/lfai/model_openness_tool at commit 8b5d30e (May 2026):
 * - which licences count as open: web/modules/mof/src/LicenseHandler.php
 *   (`isOpenSourceLicense`: OSI-approved or FSF-libre in SPDX's list, or on MOT's own
 *   open-data list, or OpenMDW-1.0), with the SPDX flags MOT imports from
 *   web/modules/mof/licenses.json and overrides with web/modules/mof/mof-licenses.json;
 * - which licences suit which content type: web/modules/mof/mof-licenses.json (`ContentType`).
 * The components themselves are in openness.ts.
 */
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import spdxDeprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import motLicenses from './vocabularies/mot-licenses.json' with { type: 'json' };

/** What a component is, for licensing: MOT checks code, data and documents against different licence lists. */
export const contentTypes = ['code', 'data', 'document'] as const;
export type ContentType = (typeof contentTypes)[number];

/** The licence value for a component that is released without any licence. */
export const UNLICENSED = 'unlicensed';

/** SPDX ids MOT's copy of the SPDX list (licenses.json, list version d8abdb0) marks `isOsiApproved`, after mof-licenses.json's overrides. */
export const osiApprovedLicenses: readonly string[] = motLicenses.osiApproved;

/** SPDX ids marked `isFsfLibre` (FSF free) but not OSI-approved in the same data; MOT counts them as open too. */
export const fsfLibreOnlyLicenses: readonly string[] = motLicenses.fsfLibreOnly;

/**
 * MOT's open-data licences (LicenseHandler::OPEN_DATA_LICENSES), counted as open for any component.
 * MOT spells the ODC Public Domain Dedication "ODC-PDDL-1.0", which is not an SPDX id; SPDX's id for
 * the same licence, "PDDL-1.0", is listed beside it so a card using the SPDX id is not refused.
 */
export const openDataLicenses: readonly string[] = motLicenses.openData;

/** Licences MOT counts as open that fit none of the lists above (LicenseHandler::OPEN_LICENSES). */
export const otherOpenLicenses: readonly string[] = motLicenses.otherOpen;

/** Every licence id that counts as open for a MOF class, whatever the component. */
export const openLicenseIds: ReadonlySet<string> = new Set([...osiApprovedLicenses, ...fsfLibreOnlyLicenses, ...openDataLicenses, ...otherOpenLicenses]);

/**
 * The licences MOF names as suited to each content type (mof-licenses.json `ContentType`). MOT counts
 * any open licence towards a class but warns when a component's licence is not on its type's list.
 * Some entries are not open themselves (MulanPSL-1.0, C-UDA-1.0, CC-PDDC, FreeBSD-DOC) and so do not
 * count; `openLicensesFor` leaves them out. mof-licenses.json lists CC0-1.0 and CC-PDDC twice, for
 * data and for documents; both are kept here (MOT's importer keeps only the last, `document`).
 */
export const typeAppropriateLicenses: Record<ContentType, readonly string[]> = motLicenses.typeAppropriate;

/**
 * The open licences MOF recommends for a content type: code (e.g. Apache-2.0, MIT), data and
 * parameters (CDLA-Permissive-2.0, CC0-1.0, PDDL-1.0), documents (CC-BY-4.0, CC-BY-SA-4.0).
 */
export function openLicensesFor(type: ContentType): string[] {
	return typeAppropriateLicenses[type].filter((id) => openLicenseIds.has(id));
}

/** Hugging Face licence ids that are not an SPDX id in another case, or name a deprecated one: mapped to SPDX's current id. */
const hubLicenseAliases: Record<string, string> = {
	'odc-by': 'ODC-By-1.0',
	odbl: 'ODbL-1.0',
	pddl: 'PDDL-1.0',
	'c-uda': 'C-UDA-1.0',
	'gpl-2.0': 'GPL-2.0-only',
	'gpl-3.0': 'GPL-3.0-only',
	'lgpl-2.1': 'LGPL-2.1-only',
	'lgpl-3.0': 'LGPL-3.0-only',
	'agpl-3.0': 'AGPL-3.0-only',
};

const knownLicenseIds = new Map<string, string>([...openLicenseIds, ...Object.values(typeAppropriateLicenses).flat()].map((id) => [id.toLowerCase(), id]));

/** Every licence id SPDX's list, MOT's lists or the Hub's aliases know, as written there. */
export const knownOpennessLicenseIds: readonly string[] = [
	...new Set([...spdxIds, ...spdxDeprecatedIds, ...knownLicenseIds.values(), ...Object.keys(hubLicenseAliases)]),
];
const knownKeys = new Set(knownOpennessLicenseIds.map((id) => id.toLowerCase()));

/** True for an id SPDX's list, MOT's lists or the Hub's aliases know, in any case. */
export function isKnownOpennessLicense(id: string): boolean {
	return knownKeys.has(id.trim().toLowerCase());
}

/**
 * The SPDX spelling of a licence id: SPDX ids match case-insensitively, and the Hugging Face
 * ids above are mapped. Unknown ids (e.g. `llama3`, `other`) come back unchanged.
 */
export function canonicalLicenseId(id: string): string {
	const key = id.trim().toLowerCase();
	if (key === UNLICENSED) return UNLICENSED;
	return hubLicenseAliases[key] ?? knownLicenseIds.get(key) ?? id.trim();
}

/** A licence id as SPDX spells it (`apache-2.0` → `Apache-2.0`), for display: no alias is applied. */
export function spdxSpelling(id: string): string {
	return knownLicenseIds.get(id.trim().toLowerCase()) ?? id.trim();
}

/** True when MOT counts the licence as open (LicenseHandler::isOpenSourceLicense). */
export function isOpenLicense(id: string): boolean {
	return openLicenseIds.has(canonicalLicenseId(id));
}

export function isOsiApprovedLicense(id: string): boolean {
	return osiApprovedLicenses.includes(canonicalLicenseId(id));
}

export function isTypeAppropriateLicense(id: string, type: ContentType): boolean {
	return typeAppropriateLicenses[type].includes(canonicalLicenseId(id));
}
