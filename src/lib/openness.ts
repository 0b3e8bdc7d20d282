/**
 * "How open is it?": a release's Model Openness Framework class, computed from a card's record of
 * which components are released under which licence (src/schemas/openness.ts), and a plain,
 * conservative statement about the components OSI's Open Source AI Definition 1.0 asks for.
 *
 * The class follows the Model Openness Tool's ModelEvaluator
 * (https://github.com/lfai/model_openness_tool, web/modules/mof/src/ModelEvaluator.php):
 * - a component counts when it is released under a licence MOT counts as open, whatever its
 *   content type; a licence off the type's list only earns a warning (`notTypeAppropriate`);
 * - classes are cumulative: Class II needs every Class III component, Class I every Class II one;
 * - a missing or not openly licensed technical report is excused when the research paper is open;
 * - optional components (supporting libraries and tools, model metadata, sample outputs) never
 *   change the class.
 * Pure functions: no I/O.
 */
import { UNLICENSED, canonicalLicenseId, isOpenLicense, isOsiApprovedLicense, isTypeAppropriateLicense } from '../schemas/openness-licenses.ts';
import {
	componentsAddedBy,
	componentsRequiredFor,
	opennessComponentIds,
	opennessComponents,
	type OpennessClass,
	type OpennessComponentId,
	type OpennessComponents,
} from '../schemas/openness.ts';

export const MOT_URL = 'https://github.com/lfai/model_openness_tool';
/** The Open Source AI Definition, version 1.0, as OSI publishes it. */
export const OSAID_URL = 'https://opensource.org/ai/open-source-ai-definition';
export const OSAID_VERSION = '1.0';

/** Where a component stands: released under an open licence, released without one or under one that is not open, or not released. */
export type ComponentStatus = 'open' | 'unlicensed' | 'not-open' | 'missing';

export function componentStatus(components: OpennessComponents, id: OpennessComponentId): ComponentStatus {
	const record = components[id];
	if (!record) return 'missing';
	const license = canonicalLicenseId(record.license);
	if (license === UNLICENSED) return 'unlicensed';
	return isOpenLicense(license) ? 'open' : 'not-open';
}

/** A component that keeps a release from a class, and why. */
export interface ComponentGap {
	component: OpennessComponentId;
	reason: Exclude<ComponentStatus, 'open'>;
	/** The licence recorded, when the component is released under one that is not open. */
	license?: string;
	/** A component that would do instead (an open research paper for the technical report). */
	alternative?: OpennessComponentId;
}

export interface OpennessResult {
	/** The most complete class met; undefined when not even Class III is (MOT's "Unclassified"). */
	class: OpennessClass | undefined;
	/** The class to aim for next: III when unclassified, undefined at Class I. */
	nextClass: OpennessClass | undefined;
	/** What the next class still needs, in the framework's order. */
	missingForNext: ComponentGap[];
	/** MOT's progress percentage per class: 0 for a class whose lower classes are not met. */
	progress: Record<OpennessClass, number>;
	/** Released components whose licence is open but not one MOF lists for their content type (MOT warns, the class is unaffected). */
	notTypeAppropriate: OpennessComponentId[];
}

const TECHNICAL_REPORT = 'technical-report';
const RESEARCH_PAPER = 'research-paper';

function gap(components: OpennessComponents, id: OpennessComponentId, status: Exclude<ComponentStatus, 'open'>): ComponentGap {
	return { component: id, reason: status, ...(status === 'not-open' ? { license: components[id]!.license } : {}) };
}

/** Everything a release still needs for a class, its own components and the lower classes'. */
export function missingForClass(components: OpennessComponents, target: OpennessClass): ComponentGap[] {
	const paperOpen = componentStatus(components, RESEARCH_PAPER) === 'open';
	const gaps: ComponentGap[] = [];
	for (const id of componentsRequiredFor(target)) {
		const status = componentStatus(components, id);
		if (status === 'open') continue;
		if (id === TECHNICAL_REPORT) {
			if (!paperOpen) gaps.push({ ...gap(components, id, status), alternative: RESEARCH_PAPER });
			continue;
		}
		gaps.push(gap(components, id, status));
	}
	return gaps;
}

export function opennessClass(components: OpennessComponents): OpennessResult {
	const open = (id: OpennessComponentId) => componentStatus(components, id) === 'open';
	const reportExcused = !open(TECHNICAL_REPORT) && open(RESEARCH_PAPER);
	/** A required component counts when open; the technical report also when the paper stands in for it. */
	const counts = (id: OpennessComponentId) => open(id) || (id === TECHNICAL_REPORT && reportExcused);
	const added = (cls: OpennessClass) => componentsAddedBy(cls).every(counts);
	const met: Record<OpennessClass, boolean> = { 3: added(3), 2: false, 1: false };
	met[2] = met[3] && added(2);
	met[1] = met[2] && added(1);

	// MOT's percentages (ModelEvaluator::getProgress): the share of a class's cumulative
	// components that count, or 0 while a lower class is not met. For Class I an excused
	// technical report leaves the count rather than counting as present.
	const progressOf = (cls: OpennessClass): number => {
		if ((cls < 3 && !met[3]) || (cls < 2 && !met[2])) return 0;
		let ids = componentsRequiredFor(cls);
		if (cls === 1 && reportExcused) ids = ids.filter((id) => id !== TECHNICAL_REPORT);
		const included = ids.filter(cls === 1 ? open : counts).length;
		return Math.min(100, (included / ids.length) * 100);
	};

	const cls: OpennessClass | undefined = met[1] ? 1 : met[2] ? 2 : met[3] ? 3 : undefined;
	const nextClass: OpennessClass | undefined = cls === undefined ? 3 : cls === 1 ? undefined : ((cls - 1) as OpennessClass);
	return {
		class: cls,
		nextClass,
		missingForNext: nextClass === undefined ? [] : missingForClass(components, nextClass),
		progress: { 3: progressOf(3), 2: progressOf(2), 1: progressOf(1) },
		notTypeAppropriate: opennessComponentIds.filter((id) => {
			const record = components[id];
			return record !== undefined && open(id) && !isTypeAppropriateLicense(record.license, opennessComponents[id].contentType);
		}),
	};
}

// — OSI's Open Source AI Definition 1.0 —

/** The three elements OSAID 1.0's "preferred form to make modifications" lists. */
export type OsaidElement = 'data-information' | 'code' | 'parameters';

/**
 * The MOF components that carry each OSAID element, and the licence each needs. Code "shall be
 * made available under OSI-approved licenses"; data information and parameters under
 * "OSI-approved terms", for which OSI publishes no list, so MOT's open licences are accepted there.
 * Read conservatively: the definition's "if used" code (supporting libraries such as tokenizers)
 * is asked for, and the data card stands for the data information. Intermediate checkpoints and
 * optimizer state, which the definition gives only as examples, are not asked for.
 */
export const osaidRequirements: readonly { component: OpennessComponentId; element: OsaidElement; needs: 'osi-approved' | 'open' }[] = [
	{ component: 'data-card', element: 'data-information', needs: 'open' },
	{ component: 'data-preprocessing-code', element: 'code', needs: 'osi-approved' },
	{ component: 'training-code', element: 'code', needs: 'osi-approved' },
	{ component: 'evaluation-code', element: 'code', needs: 'osi-approved' },
	{ component: 'inference-code', element: 'code', needs: 'osi-approved' },
	{ component: 'supporting-libraries-and-tools', element: 'code', needs: 'osi-approved' },
	{ component: 'model-architecture', element: 'code', needs: 'osi-approved' },
	{ component: 'model-parameters', element: 'parameters', needs: 'open' },
];

export interface OsaidGap {
	component: OpennessComponentId;
	element: OsaidElement;
	/** `not-osi-approved`: an open licence, but code needs an OSI-approved one. */
	reason: Exclude<ComponentStatus, 'open'> | 'not-osi-approved';
	license?: string;
}

/**
 * - `releases-osaid-components`: every component OSAID 1.0 asks for is released under a licence
 *   of the kind it names. Not a certification: OSI has not reviewed the release, and whether the
 *   data information is "sufficiently detailed" is not judged here.
 * - `does-not-release-osaid-components`: `lacking` lists what is not released, or not under such a licence.
 * - `not-recorded`: the card records no components, so nothing is said.
 */
export type OsaidStatementId = 'releases-osaid-components' | 'does-not-release-osaid-components' | 'not-recorded';

export interface OsaidStatement {
	id: OsaidStatementId;
	lacking: OsaidGap[];
	source: typeof OSAID_URL;
}

export function osaidStatement(components: OpennessComponents): OsaidStatement {
	if (!opennessComponentIds.some((id) => components[id] !== undefined)) return { id: 'not-recorded', lacking: [], source: OSAID_URL };
	const lacking: OsaidGap[] = [];
	for (const { component, element, needs } of osaidRequirements) {
		const status = componentStatus(components, component);
		const license = components[component]?.license;
		if (status === 'open' && needs === 'osi-approved' && !isOsiApprovedLicense(license!)) {
			lacking.push({ component, element, reason: 'not-osi-approved', license });
		} else if (status !== 'open') {
			lacking.push({ component, element, reason: status, ...(status === 'not-open' ? { license } : {}) });
		}
	}
	return { id: lacking.length === 0 ? 'releases-osaid-components' : 'does-not-release-osaid-components', lacking, source: OSAID_URL };
}

export const OPENNESS_FACET_VALUES = ['class-1', 'class-2', 'class-3', 'unclassified', 'not-recorded'] as const;

/** The catalog's Openness facet value (and the API's `openness_class`) for a card's recorded components. */
export function opennessFacet(components: OpennessComponents | undefined): (typeof OPENNESS_FACET_VALUES)[number] {
	if (!components || Object.keys(components).length === 0) return 'not-recorded';
	const { class: cls } = opennessClass(components);
	return cls === undefined ? 'unclassified' : `class-${cls}`;
}

export interface ReleaseFacts {
	weights?: boolean;
	training_data?: 'disclosed' | 'partial' | 'undisclosed';
	training_code?: boolean;
}

/**
 * What the facts list says is released: the card's `openness` where it says so, else what its
 * recorded components show (weights from `model-parameters`, code from `training-code`, data
 * from `datasets`), so the facts never say "not stated" of a part the page lists as released.
 */
export function releaseFacts(openness: ReleaseFacts, components: OpennessComponents | undefined): ReleaseFacts {
	return {
		weights: openness.weights ?? (components?.['model-parameters'] ? true : undefined),
		training_data: openness.training_data ?? (components?.datasets ? 'disclosed' : undefined),
		training_code: openness.training_code ?? (components?.['training-code'] ? true : undefined),
	};
}
