/**
 * "How open is it?": the components of the Linux Foundation's Model Openness Framework (MOF)
 * and the licence lists its Model Openness Tool (MOT) classifies them with.
 *
 * Everything here follows MOT, https://github.com/lfai/model_openness_tool (read at commit
 * 8b5d30e, May 2026):
 * - components, their content type, class and whether they are required:
 *   web/modules/mof/config/install/mof.settings.yml (MOT's numeric ids are kept as `motId`);
 * - which licences count as open: web/modules/mof/src/LicenseHandler.php
 *   (`isOpenSourceLicense`: OSI-approved or FSF-libre in SPDX's list, or on MOT's own
 *   open-data list, or OpenMDW-1.0), with the SPDX flags MOT imports from
 *   web/modules/mof/licenses.json and overrides with web/modules/mof/mof-licenses.json;
 * - which licences suit which content type: web/modules/mof/mof-licenses.json (`ContentType`).
 *
 * A card records, per component, the licence it is released under and where: `openness_components`
 * (the field name is up to the card schema). The class itself is computed in src/lib/openness.ts.
 */
import { z } from 'zod';
import { factSourceSchema, sourceUrlSchema } from './sources.ts';

/** What a component is, for licensing: MOT checks code, data and documents against different licence lists. */
export const contentTypes = ['code', 'data', 'document'] as const;
export type ContentType = (typeof contentTypes)[number];

/** MOF classes: III is the least a release can be classified as, I the most complete. */
export type OpennessClass = 1 | 2 | 3;

export const opennessClassNames: Record<OpennessClass, string> = {
	3: 'Open Model',
	2: 'Open Tooling',
	1: 'Open Science',
};

/** The 17 MOF components, in the framework's order (code, then data and parameters, then documents). */
export const opennessComponentIds = [
	'model-architecture',
	'data-preprocessing-code',
	'training-code',
	'inference-code',
	'evaluation-code',
	'supporting-libraries-and-tools',
	'model-parameters',
	'intermediate-model-parameters',
	'datasets',
	'evaluation-data',
	'model-metadata',
	'sample-model-outputs',
	'model-card',
	'data-card',
	'technical-report',
	'research-paper',
	'evaluation-results',
] as const;
export type OpennessComponentId = (typeof opennessComponentIds)[number];

export interface OpennessComponent {
	/** MOF's name for the component, as MOT spells it. */
	name: string;
	/** MOT's numeric component id (mof.settings.yml), for cross-reference. */
	motId: number;
	contentType: ContentType;
	/** The class that first asks for it. Classes are cumulative: Class II needs Class III's components too, Class I needs both. */
	class: OpennessClass;
	/** False for the three components MOF lists but no class requires. */
	required: boolean;
}

export const opennessComponents: Record<OpennessComponentId, OpennessComponent> = {
	'model-architecture': { name: 'Model architecture', motId: 9, contentType: 'code', class: 3, required: true },
	'data-preprocessing-code': { name: 'Data preprocessing code', motId: 16, contentType: 'code', class: 1, required: true },
	'training-code': { name: 'Training code', motId: 7, contentType: 'code', class: 2, required: true },
	'inference-code': { name: 'Inference code', motId: 8, contentType: 'code', class: 2, required: true },
	'evaluation-code': { name: 'Evaluation code', motId: 18, contentType: 'code', class: 2, required: true },
	'supporting-libraries-and-tools': { name: 'Supporting libraries and tools', motId: 22, contentType: 'code', class: 2, required: false },
	'model-parameters': { name: 'Model parameters (Final)', motId: 10, contentType: 'data', class: 3, required: true },
	'intermediate-model-parameters': { name: 'Model parameters (Intermediate)', motId: 24, contentType: 'data', class: 1, required: true },
	datasets: { name: 'Datasets', motId: 15, contentType: 'data', class: 1, required: true },
	'evaluation-data': { name: 'Evaluation data', motId: 19, contentType: 'data', class: 2, required: true },
	'model-metadata': { name: 'Model metadata', motId: 17, contentType: 'data', class: 1, required: false },
	'sample-model-outputs': { name: 'Sample model outputs', motId: 20, contentType: 'document', class: 3, required: false },
	'model-card': { name: 'Model card', motId: 13, contentType: 'document', class: 3, required: true },
	'data-card': { name: 'Data card', motId: 14, contentType: 'document', class: 3, required: true },
	/** Class III asks for it, but an openly licensed research paper may stand in for it (MOT's ModelEvaluator). */
	'technical-report': { name: 'Technical report', motId: 11, contentType: 'document', class: 3, required: true },
	'research-paper': { name: 'Research paper', motId: 21, contentType: 'document', class: 1, required: true },
	'evaluation-results': { name: 'Evaluation results', motId: 12, contentType: 'document', class: 3, required: true },
};

/** The components a class adds to the class below it (not cumulative). */
export function componentsAddedBy(cls: OpennessClass): OpennessComponentId[] {
	return opennessComponentIds.filter((id) => opennessComponents[id].required && opennessComponents[id].class === cls);
}

/** Every component a class requires, its own and those of the classes below it. */
export function componentsRequiredFor(cls: OpennessClass): OpennessComponentId[] {
	return opennessComponentIds.filter((id) => opennessComponents[id].required && opennessComponents[id].class >= cls);
}

// — Licences —

/** The licence value for a component that is released without any licence. */
export const UNLICENSED = 'unlicensed';

/** SPDX ids MOT's copy of the SPDX list (licenses.json, list version d8abdb0) marks `isOsiApproved`, after mof-licenses.json's overrides. */
export const osiApprovedLicenses: readonly string[] = [
	'0BSD',
	'AAL',
	'AFL-1.1',
	'AFL-1.2',
	'AFL-2.0',
	'AFL-2.1',
	'AFL-3.0',
	'AGPL-3.0',
	'AGPL-3.0-only',
	'AGPL-3.0-or-later',
	'Apache-1.1',
	'Apache-2.0',
	'APL-1.0',
	'APSL-1.0',
	'APSL-1.1',
	'APSL-1.2',
	'APSL-2.0',
	'Artistic-1.0',
	'Artistic-1.0-cl8',
	'Artistic-1.0-Perl',
	'Artistic-2.0',
	'BlueOak-1.0.0',
	'BSD-1-Clause',
	'BSD-2-Clause',
	'BSD-2-Clause-Patent',
	'BSD-3-Clause',
	'BSD-3-Clause-LBNL',
	'BSL-1.0',
	'CAL-1.0',
	'CAL-1.0-Combined-Work-Exception',
	'CATOSL-1.1',
	'CDDL-1.0',
	'CECILL-2.1',
	'CERN-OHL-P-2.0',
	'CERN-OHL-S-2.0',
	'CERN-OHL-W-2.0',
	'CNRI-Python',
	'CPAL-1.0',
	'CPL-1.0',
	'CUA-OPL-1.0',
	'ECL-1.0',
	'ECL-2.0',
	'EFL-1.0',
	'EFL-2.0',
	'Entessa',
	'EPL-1.0',
	'EPL-2.0',
	'EUDatagrid',
	'EUPL-1.1',
	'EUPL-1.2',
	'Fair',
	'Frameworx-1.0',
	'GPL-2.0',
	'GPL-2.0-only',
	'GPL-2.0-or-later',
	'GPL-2.0+',
	'GPL-3.0',
	'GPL-3.0-only',
	'GPL-3.0-or-later',
	'GPL-3.0-with-GCC-exception',
	'GPL-3.0+',
	'HPND',
	'ICU',
	'Intel',
	'IPA',
	'IPL-1.0',
	'ISC',
	'Jam',
	'LGPL-2.0',
	'LGPL-2.0-only',
	'LGPL-2.0-or-later',
	'LGPL-2.0+',
	'LGPL-2.1',
	'LGPL-2.1-only',
	'LGPL-2.1-or-later',
	'LGPL-2.1+',
	'LGPL-3.0',
	'LGPL-3.0-only',
	'LGPL-3.0-or-later',
	'LGPL-3.0+',
	'LiLiQ-P-1.1',
	'LiLiQ-R-1.1',
	'LiLiQ-Rplus-1.1',
	'LPL-1.0',
	'LPL-1.02',
	'LPPL-1.3c',
	'MirOS',
	'MIT',
	'MIT-0',
	'MIT-Modern-Variant',
	'Motosoto',
	'MPL-1.0',
	'MPL-1.1',
	'MPL-2.0',
	'MPL-2.0-no-copyleft-exception',
	'MS-PL',
	'MS-RL',
	'MulanPSL-2.0',
	'Multics',
	'NASA-1.3',
	'Naumen',
	'NCSA',
	'NGPL',
	'Nokia',
	'NPOSL-3.0',
	'NTP',
	'OCLC-2.0',
	'OFL-1.1',
	'OFL-1.1-no-RFN',
	'OFL-1.1-RFN',
	'OGTSL',
	'OLDAP-2.8',
	'OLFL-1.3',
	'OSET-PL-2.1',
	'OSL-1.0',
	'OSL-2.0',
	'OSL-2.1',
	'OSL-3.0',
	'PHP-3.0',
	'PHP-3.01',
	'PostgreSQL',
	'Python-2.0',
	'QPL-1.0',
	'RPL-1.1',
	'RPL-1.5',
	'RPSL-1.0',
	'RSCPL',
	'SimPL-2.0',
	'SISSL',
	'Sleepycat',
	'SPL-1.0',
	'UCL-1.0',
	'Unicode-3.0',
	'Unicode-DFS-2016',
	'Unlicense',
	'UPL-1.0',
	'VSL-1.0',
	'W3C',
	'Watcom-1.0',
	'wxWindows',
	'Xnet',
	'Zlib',
	'ZPL-2.0',
	'ZPL-2.1',
];

/** SPDX ids marked `isFsfLibre` (FSF free) but not OSI-approved in the same data; MOT counts them as open too. */
export const fsfLibreOnlyLicenses: readonly string[] = [
	'AGPL-1.0',
	'Apache-1.0',
	'BitTorrent-1.1',
	'BSD-2-Clause-FreeBSD',
	'BSD-2-Clause-NetBSD',
	'BSD-3-Clause-Clear',
	'BSD-4-Clause',
	'CC-BY-4.0',
	'CC-BY-SA-4.0',
	'CC0-1.0',
	'CECILL-2.0',
	'CECILL-B',
	'CECILL-C',
	'ClArtistic',
	'Condor-1.1',
	'eCos-2.0',
	'FSFAP',
	'FTL',
	'GFDL-1.1',
	'GFDL-1.1-only',
	'GFDL-1.1-or-later',
	'GFDL-1.2',
	'GFDL-1.2-only',
	'GFDL-1.2-or-later',
	'GFDL-1.3',
	'GFDL-1.3-only',
	'GFDL-1.3-or-later',
	'gnuplot',
	'IJG',
	'iMatix',
	'Imlib2',
	'LPPL-1.2',
	'LPPL-1.3a',
	'NOSL',
	'NPL-1.0',
	'NPL-1.1',
	'Nunit',
	'ODbL-1.0',
	'OFL-1.0',
	'OLDAP-2.3',
	'OLDAP-2.7',
	'OpenSSL',
	'OSL-1.1',
	'Ruby',
	'SGI-B-2.0',
	'SMLNJ',
	'StandardML-NJ',
	'Vim',
	'WTFPL',
	'X11',
	'XFree86-1.1',
	'xinetd',
	'YPL-1.1',
	'Zend-2.0',
	'Zimbra-1.3',
];

/**
 * MOT's open-data licences (LicenseHandler::OPEN_DATA_LICENSES), counted as open for any component.
 * MOT spells the ODC Public Domain Dedication "ODC-PDDL-1.0", which is not an SPDX id; SPDX's id for
 * the same licence, "PDDL-1.0", is listed beside it so a card using the SPDX id is not refused.
 */
export const openDataLicenses: readonly string[] = [
	'CC0-1.0',
	'CC-BY-1.0',
	'CC-BY-2.0',
	'CC-BY-2.5',
	'CC-BY-2.5-AU',
	'CC-BY-3.0',
	'CC-BY-3.0-AT',
	'CC-BY-3.0-AU',
	'CC-BY-3.0-DE',
	'CC-BY-3.0-IGO',
	'CC-BY-3.0-NL',
	'CC-BY-3.0-US',
	'CC-BY-4.0',
	'CC-BY-SA-1.0',
	'CC-BY-SA-2.0',
	'CC-BY-SA-2.0-UK',
	'CC-BY-SA-2.1-JP',
	'CC-BY-SA-2.5',
	'CC-BY-SA-3.0',
	'CC-BY-SA-3.0-AT',
	'CC-BY-SA-4.0',
	'CDLA-Permissive-1.0',
	'CDLA-Permissive-2.0',
	'CDLA-Sharing-1.0',
	'ODC-PDDL-1.0',
	'PDDL-1.0',
	'ODC-By-1.0',
	'ODbL-1.0',
	'GFDL-1.3',
	'OGL-Canada-2.0',
	'OGL-UK-2.0',
	'OGL-UK-3.0',
];

/** Licences MOT counts as open that fit none of the lists above (LicenseHandler::OPEN_LICENSES). */
export const otherOpenLicenses: readonly string[] = ['OpenMDW-1.0'];

/** Every licence id that counts as open for a MOF class, whatever the component. */
export const openLicenseIds: ReadonlySet<string> = new Set([...osiApprovedLicenses, ...fsfLibreOnlyLicenses, ...openDataLicenses, ...otherOpenLicenses]);

/**
 * The licences MOF names as suited to each content type (mof-licenses.json `ContentType`). MOT counts
 * any open licence towards a class but warns when a component's licence is not on its type's list.
 * Some entries are not open themselves (MulanPSL-1.0, C-UDA-1.0, CC-PDDC, FreeBSD-DOC) and so do not
 * count; `openLicensesFor` leaves them out. mof-licenses.json lists CC0-1.0 and CC-PDDC twice, for
 * data and for documents; both are kept here (MOT's importer keeps only the last, `document`).
 */
export const typeAppropriateLicenses: Record<ContentType, readonly string[]> = {
	code: [
		'0BSD',
		'AFL-1.1',
		'AFL-1.2',
		'AFL-2.0',
		'AFL-2.1',
		'AFL-3.0',
		'Apache-1.0',
		'Apache-1.1',
		'Apache-2.0',
		'ECL-1.0',
		'ECL-2.0',
		'ISC',
		'MIT',
		'MIT-0',
		'MulanPSL-1.0',
		'MulanPSL-2.0',
		'NCSA',
		'UPL-1.0',
		'OpenMDW-1.0',
	],
	data: ['CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'C-UDA-1.0', 'CC-PDDC', 'CC0-1.0', 'PDDL-1.0', 'OpenMDW-1.0'],
	document: ['Apache-2.0', 'CC-BY-4.0', 'CC-BY-SA-3.0', 'CC-BY-SA-4.0', 'FreeBSD-DOC', 'CC-PDDC', 'CC0-1.0', 'OpenMDW-1.0'],
};

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

/**
 * The SPDX spelling of a licence id: SPDX ids match case-insensitively, and the Hugging Face
 * ids above are mapped. Unknown ids (e.g. `llama3`, `other`) come back unchanged.
 */
export function canonicalLicenseId(id: string): string {
	const key = id.trim().toLowerCase();
	if (key === UNLICENSED) return UNLICENSED;
	return hubLicenseAliases[key] ?? knownLicenseIds.get(key) ?? id.trim();
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

// — What a card records —

const licenseIdSchema = z
	.string({ error: `expected a licence id such as "Apache-2.0", "CC-BY-4.0" or "${UNLICENSED}"` })
	.regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, {
		error: `expected one licence id such as "Apache-2.0" or "cc-by-4.0" (no spaces or SPDX expressions: record the licence that applies, or "${UNLICENSED}" if none is given)`,
	});

/** One released component: its licence and where it is published. */
export const opennessComponentSchema = z.strictObject({
	/** SPDX id (any case) or Hugging Face licence id; `unlicensed` when it is released without a licence. */
	license: licenseIdSchema,
	/** The page where the component itself is released (repository, file, dataset or paper). */
	url: sourceUrlSchema,
	/** The words on that page that state the release or its licence. */
	quote: factSourceSchema.shape.quote,
});
export type OpennessComponentRecord = z.output<typeof opennessComponentSchema>;

/** A card's record: one entry per MOF component that is released; components not released are left out. */
export const opennessComponentsSchema = z
	.strictObject(
		Object.fromEntries(opennessComponentIds.map((id) => [id, opennessComponentSchema.optional()])) as Record<
			OpennessComponentId,
			z.ZodOptional<typeof opennessComponentSchema>
		>,
	)
	.default({});
export type OpennessComponents = Partial<Record<OpennessComponentId, OpennessComponentRecord>>;
