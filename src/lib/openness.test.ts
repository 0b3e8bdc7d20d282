import { describe, expect, it } from 'vitest';
import { isOpenLicense, isOsiApprovedLicense, openLicensesFor, spdxSpelling, type ContentType } from '../schemas/openness-licenses.ts';
import {
	componentsAddedBy,
	componentsRequiredFor,
	opennessComponentIds,
	opennessComponents,
	opennessComponentsSchema,
	type OpennessComponentId,
	type OpennessComponents,
} from '../schemas/openness.ts';
import { OSAID_URL, missingForClass, opennessClass, osaidStatement, releaseFacts } from './openness.ts';

const url = 'https://example.com/release';

/** A record from `{ component: licence }`. */
function record(licences: Partial<Record<OpennessComponentId, string>>): OpennessComponents {
	return Object.fromEntries(Object.entries(licences).map(([id, license]) => [id, { license, url }]));
}

/** Every required component of a class and the classes below it, under licences of the right kind. */
function openRelease(cls: 1 | 2 | 3): Partial<Record<OpennessComponentId, string>> {
	const licenceFor: Record<ContentType, string> = { code: 'Apache-2.0', data: 'CDLA-Permissive-2.0', document: 'CC-BY-4.0' };
	return Object.fromEntries(componentsRequiredFor(cls).map((id) => [id, licenceFor[opennessComponents[id].contentType]]));
}

const idByMotName = new Map(opennessComponentIds.map((id) => [opennessComponents[id].name, id]));

interface MotCase {
	name: string;
	/** The release-wide licences: `distribution`, or one per content type. */
	global: Partial<Record<ContentType | 'distribution', string>>;
	/** MOT component name → the component's own licence, or null where the file gives none. */
	components: Record<string, string | null>;
	/** MOT's classification: class (undefined for "Unclassified") and progress per class, rounded to 2 decimals. */
	expected: { class: 1 | 2 | 3 | undefined; progress: Record<1 | 2 | 3, number> };
}

/**
 * A MOT test model as a card would record it. A component without its own licence takes the
 * release's licence for its content type, else the distribution licence, else none
 * (ModelEvaluator::resolveLicense).
 */
function fromMot({ global, components }: MotCase): OpennessComponents {
	const result: OpennessComponents = {};
	for (const [name, own] of Object.entries(components)) {
		const id = idByMotName.get(name);
		if (!id) throw new Error(`unknown MOT component ${name}`);
		const license = own ?? global[opennessComponents[id].contentType] ?? global.distribution ?? 'unlicensed';
		result[id] = { license, url };
	}
	return result;
}

/**
 * Test models and MOT's classification of them, transcribed from the Model Openness Tool's
 * Test_Data/expected_results.json (https://github.com/lfai/model_openness_tool, commit 8b5d30e;
 * the models themselves are the Test_Data/*.yml files of the same names). 17 of its 27 models:
 * every classified one and a spread of the unclassified ones.
 */
const motCases: MotCase[] = [
	// Test_Data/expected_results.json, model 4. Class III with a research paper in place of the technical report.
	{
		name: 'Class3RTestFile_C1_40%-C2_55%-C3_100%_6C_1G_6L_6V_0I_6T',
		global: { document: 'CC-BY-SA-4.0' },
		components: {
			'Model architecture': 'Apache-1.0',
			'Model parameters (Final)': 'ODbL-1.0',
			'Model card': 'CC-BY-4.0',
			'Data card': 'CC0-1.0',
			'Research paper': 'CC-BY-4.0',
			'Evaluation results': 'CC0-1.0',
		},
		expected: { class: 3, progress: { 1: 0, 2: 60, 3: 100 } },
	},
	// Test_Data/expected_results.json, model 26. Class III with a technical report.
	{
		name: 'Class3TTestFile_C1_33%-C2_55%-C3_100%_6C_1G_6L_6V_0I_6T',
		global: { data: 'CC-BY-SA-2.0-UK' },
		components: {
			'Model architecture': 'MIT-0',
			'Model parameters (Final)': 'CC-BY-2.0',
			'Model card': 'CC-BY-4.0',
			'Data card': 'CC-BY-SA-4.0',
			'Technical report': 'CC-BY-4.0',
			'Evaluation results': 'CC0-1.0',
		},
		expected: { class: 3, progress: { 1: 0, 2: 60, 3: 100 } },
	},
	// Test_Data/expected_results.json, model 9. Class II; Class I has no datasets, preprocessing code, intermediate parameters or paper.
	{
		name: 'Class2TTestFile_C1_67%-C2_100%-C3_100%_11C_1G_11L_11V_0I_11T',
		global: { data: 'CDLA-Permissive-2.0' },
		components: {
			'Model architecture': 'Apache-2.0',
			'Training code': 'ECL-1.0',
			'Inference code': 'AFL-1.1',
			'Evaluation code': 'MIT-0',
			'Supporting libraries and tools': 'UPL-1.0',
			'Model parameters (Final)': 'CC-BY-3.0-DE',
			'Evaluation data': 'ODC-By-1.0',
			'Model card': 'CC0-1.0',
			'Data card': 'CC-BY-SA-4.0',
			'Technical report': 'CC0-1.0',
			'Evaluation results': 'CC-BY-SA-4.0',
		},
		expected: { class: 2, progress: { 1: 71.43, 2: 100, 3: 100 } },
	},
	// Test_Data/expected_results.json, model 23. Class II; the technical report is excused by the paper, so Class I counts 13 components.
	{
		name: 'Class2RTestFile_C1_73%-C2_100%-C3_100%_11C_1G_11L_11V_0I_11T',
		global: { document: 'CC0-1.0' },
		components: {
			'Model architecture': 'MIT',
			'Training code': 'AFL-3.0',
			'Inference code': 'NCSA',
			'Evaluation code': 'ECL-1.0',
			'Supporting libraries and tools': 'Apache-2.0',
			'Model parameters (Final)': 'CC-BY-3.0-NL',
			'Evaluation data': 'CC-BY-3.0-US',
			'Model card': 'CC-BY-SA-3.0',
			'Data card': 'CC-BY-4.0',
			'Research paper': 'CC-BY-SA-3.0',
			'Evaluation results': 'CC-BY-4.0',
		},
		expected: { class: 2, progress: { 1: 76.92, 2: 100, 3: 100 } },
	},
	// Test_Data/expected_results.json, model 15. Class I without a technical report.
	{
		name: 'Class1TestFile_C1_100%-C2_100%-C3_100%_15C_2G_15L_15V_0I_15T',
		global: { distribution: 'Apache-1.0', code: 'UPL-1.0' },
		components: {
			'Model architecture': 'AFL-1.2',
			'Data preprocessing code': 'AFL-2.1',
			'Training code': 'ISC',
			'Inference code': 'AFL-1.1',
			'Evaluation code': 'AFL-3.0',
			'Supporting libraries and tools': 'AFL-2.1',
			'Model parameters (Final)': 'CC-BY-SA-4.0',
			'Model parameters (Intermediate)': 'CC-BY-3.0-US',
			Datasets: 'CC-BY-3.0-NL',
			'Evaluation data': 'CC-BY-3.0-NL',
			'Sample model outputs': 'CC0-1.0',
			'Model card': 'CC-BY-SA-3.0',
			'Data card': 'CC0-1.0',
			'Research paper': 'CC-BY-4.0',
			'Evaluation results': 'CC-BY-4.0',
		},
		expected: { class: 1, progress: { 1: 100, 2: 100, 3: 100 } },
	},
	// Test_Data/expected_results.json, model 18. Class I with all 17 components.
	{
		name: 'FullTestFile_C1_100%-C2_100%-C3_100%_17C_4G_17L_17V_0I_17T',
		global: { distribution: 'AFL-1.2', code: 'AFL-2.1', data: 'CC-BY-2.5', document: 'CC0-1.0' },
		components: {
			'Model architecture': 'AFL-3.0',
			'Data preprocessing code': 'ECL-1.0',
			'Training code': 'AFL-3.0',
			'Inference code': 'AFL-2.0',
			'Evaluation code': 'MIT',
			'Supporting libraries and tools': 'AFL-1.2',
			'Model parameters (Final)': 'CDLA-Sharing-1.0',
			'Model parameters (Intermediate)': 'CC0-1.0',
			Datasets: 'ODC-By-1.0',
			'Evaluation data': 'CC-BY-SA-1.0',
			'Model metadata': 'ODbL-1.0',
			'Sample model outputs': 'CC-BY-SA-3.0',
			'Model card': 'CC0-1.0',
			'Data card': 'CC-BY-4.0',
			'Technical report': 'CC-BY-SA-3.0',
			'Research paper': 'CC-BY-4.0',
			'Evaluation results': 'CC0-1.0',
		},
		expected: { class: 1, progress: { 1: 100, 2: 100, 3: 100 } },
	},
	// Test_Data/expected_results.json, model 2. Release-wide licences only; evaluation results not released.
	{
		name: 'OnlyGlobalLicense_C1_87%-C2_91%-C3_83%_15C_3G_0L_15V_0I_15T',
		global: { distribution: 'AFL-3.0', code: 'Apache-1.0', document: 'CC-BY-SA-4.0' },
		components: {
			'Model architecture': null,
			'Data preprocessing code': null,
			'Training code': null,
			'Inference code': null,
			'Evaluation code': null,
			'Supporting libraries and tools': null,
			'Model parameters (Final)': null,
			'Model parameters (Intermediate)': null,
			Datasets: null,
			'Evaluation data': null,
			'Model metadata': null,
			'Sample model outputs': null,
			'Model card': null,
			'Data card': null,
			'Technical report': null,
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 83.33 } },
	},
	// Test_Data/expected_results.json, model 1. Release-wide licences only.
	{
		name: 'OnlyGlobalLicense_C1_20%-C2_18%-C3_33%_3C_2G_0L_3V_0I_3T',
		global: { distribution: 'CC-BY-SA-4.0', data: 'CC0-1.0' },
		components: {
			Datasets: null,
			'Data card': null,
			'Research paper': null,
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 33.33 } },
	},
	// Test_Data/expected_results.json, model 3. Model architecture under zlib-acknowledgement, which is neither OSI-approved nor FSF-libre.
	{
		name: 'RandomTestFile_C1_73%-C2_82%-C3_83%_15C_4G_15L_13V_2I_11T',
		global: { distribution: 'CDLA-Permissive-2.0', code: 'ECL-2.0', data: 'CC-BY-2.5-AU', document: 'CC-BY-4.0' },
		components: {
			'Model architecture': 'zlib-acknowledgement',
			'Data preprocessing code': 'AFL-3.0',
			'Training code': 'ECL-2.0',
			'Evaluation code': 'UPL-1.0',
			'Supporting libraries and tools': 'AFL-1.1',
			'Model parameters (Final)': 'ODbL-1.0',
			'Model parameters (Intermediate)': 'Xfig',
			Datasets: 'CC-BY-2.0',
			'Evaluation data': 'CC-BY-SA-4.0',
			'Model metadata': 'BSD-2-Clause',
			'Sample model outputs': 'CC-BY-4.0',
			'Model card': 'CC-BY-SA-3.0',
			'Data card': 'SMLNJ',
			'Technical report': 'CC0-1.0',
			'Evaluation results': 'CC-BY-SA-4.0',
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 83.33 } },
	},
	// Test_Data/expected_results.json, model 5. No model architecture, parameters or model card.
	{
		name: 'OnlyComponentLicenese_C1_27%-C2_36%-C3_50%_9C_0G_9L_4V_5I_4T',
		global: {},
		components: {
			'Data preprocessing code': 'HPND-sell-MIT-disclaimer-xserver',
			'Training code': 'YPL-1.0',
			'Inference code': 'AGPL-1.0-or-later',
			'Supporting libraries and tools': '0BSD',
			'Evaluation data': 'OGL-UK-1.0',
			'Sample model outputs': 'TTYP0',
			'Data card': 'CC-BY-SA-4.0',
			'Research paper': 'CC-BY-4.0',
			'Evaluation results': 'CC-BY-SA-4.0',
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 50 } },
	},
	// Test_Data/expected_results.json, model 10. Model architecture under CC-BY-NC-2.5.
	{
		name: 'RandomTestFile_C1_27%-C2_18%-C3_17%_11C_2G_11L_5V_6I_5T',
		global: { code: '0BSD', document: 'CC0-1.0' },
		components: {
			'Model architecture': 'CC-BY-NC-2.5',
			'Data preprocessing code': 'MIT',
			'Evaluation code': 'NCSA',
			'Model parameters (Final)': 'CC-BY-SA-3.0-AT',
			'Model parameters (Intermediate)': 'CC-BY-SA-3.0',
			'Evaluation data': 'CC-PDDC',
			'Model metadata': 'GFDL-1.3',
			'Sample model outputs': 'ADSL',
			'Data card': 'BSD-4.3TAHOE',
			'Technical report': 'Net-SNMP',
			'Evaluation results': 'Soundex',
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 16.67 } },
	},
	// Test_Data/expected_results.json, model 25. A technical report whose licence is not open, excused by an open research paper.
	{
		name: 'RandomTestFile_C1_33%-C2_45%-C3_50%_7C_2G_7L_5V_2I_1T',
		global: { distribution: 'CC-BY-SA-4.0', document: 'CC0-1.0' },
		components: {
			'Model architecture': 'BSD-3-Clause-Clear',
			'Training code': 'MPL-1.1',
			'Evaluation code': 'softSurfer',
			'Model parameters (Final)': 'CC-BY-SA-2.0-UK',
			'Evaluation data': 'CC-BY-2.0',
			'Technical report': 'BSD-3-Clause-Attribution',
			'Research paper': 'CDLA-Permissive-1.0',
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 50 } },
	},
	// Test_Data/expected_results.json, model 8. Every component but the model card, none licensed.
	{
		name: 'NoLicenseFile_C1_0%-C2_0%-C3_0%_16C_0G_0L_0V_0I_0T',
		global: {},
		components: {
			'Model architecture': null,
			'Data preprocessing code': null,
			'Training code': null,
			'Inference code': null,
			'Evaluation code': null,
			'Supporting libraries and tools': null,
			'Model parameters (Final)': null,
			'Model parameters (Intermediate)': null,
			Datasets: null,
			'Evaluation data': null,
			'Model metadata': null,
			'Sample model outputs': null,
			'Data card': null,
			'Technical report': null,
			'Research paper': null,
			'Evaluation results': null,
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 0 } },
	},
	// Test_Data/expected_results.json, model 13. Only datasets, unlicensed.
	{
		name: 'MinimalFile_C1_0%-C2_0%-C3_0%_1C_0G_0L_0V_0I_0T',
		global: {},
		components: {
			Datasets: null,
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 0 } },
	},
	// Test_Data/expected_results.json, model 24. Open architecture (MulanPSL-2.0) and model card; paper and evaluation results under licences that are not open.
	{
		name: 'OnlyComponentLicenese_C1_13%-C2_18%-C3_33%_8C_0G_8L_2V_6I_2T',
		global: {},
		components: {
			'Model architecture': 'MulanPSL-2.0',
			'Training code': 'AML-glslang',
			'Inference code': 'cve-tou',
			'Supporting libraries and tools': 'CNRI-Python-GPL-Compatible',
			'Model parameters (Intermediate)': 'CC-BY-NC-SA-1.0',
			'Model card': 'CC-BY-SA-3.0',
			'Research paper': 'CNRI-Jython',
			'Evaluation results': 'CC-BY-NC-ND-3.0',
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 33.33 } },
	},
	// Test_Data/expected_results.json, model 20. MIT architecture and an open technical report, nothing else of Class III open.
	{
		name: 'OnlyComponentLicenese_C1_20%-C2_18%-C3_33%_11C_0G_11L_4V_7I_1T',
		global: {},
		components: {
			'Model architecture': 'MIT',
			'Data preprocessing code': 'OPUBL-1.0',
			'Model parameters (Intermediate)': 'AFL-2.0',
			Datasets: 'CC-BY-SA-1.0',
			'Evaluation data': 'HPND-sell-variant-MIT-disclaimer-rev',
			'Model metadata': 'softSurfer',
			'Sample model outputs': 'Borceux',
			'Model card': 'SISSL-1.2',
			'Data card': 'CC-BY-ND-3.0',
			'Technical report': 'CC-BY-3.0-AU',
			'Evaluation results': 'libpng-2.0',
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 33.33 } },
	},
	// Test_Data/expected_results.json, model 16. FSF-libre preprocessing code, but no Class III component open.
	{
		name: 'OnlyComponentLicenese_C1_7%-C2_0%-C3_0%_7C_0G_7L_2V_5I_0T',
		global: {},
		components: {
			'Data preprocessing code': 'FSFAP',
			'Model parameters (Final)': 'OLDAP-1.1',
			'Model metadata': 'CC-BY-4.0',
			'Model card': 'SGP4',
			'Data card': 'HPND-doc-sell',
			'Research paper': 'NLOD-1.0',
			'Evaluation results': 'ssh-keyscan',
		},
		expected: { class: undefined, progress: { 1: 0, 2: 0, 3: 0 } },
	},
];

describe("MOF class, against the Model Openness Tool's own test data", () => {
	it.each(motCases.map((c) => [c.name, c] as const))('%s', (_name, motCase) => {
		const result = opennessClass(fromMot(motCase));
		expect(result.class).toBe(motCase.expected.class);
		for (const cls of [1, 2, 3] as const) expect(result.progress[cls], `progress for class ${cls}`).toBeCloseTo(motCase.expected.progress[cls], 1);
	});
});

describe('MOF components', () => {
	it("lists the framework's 17 components, with the classes and content types MOT gives them", () => {
		expect(opennessComponentIds).toHaveLength(17);
		expect(componentsAddedBy(3)).toEqual(['model-architecture', 'model-parameters', 'model-card', 'data-card', 'technical-report', 'evaluation-results']);
		expect(componentsAddedBy(2)).toEqual(['training-code', 'inference-code', 'evaluation-code', 'evaluation-data']);
		expect(componentsAddedBy(1)).toEqual(['data-preprocessing-code', 'intermediate-model-parameters', 'datasets', 'research-paper']);
		expect(opennessComponentIds.filter((id) => !opennessComponents[id].required)).toEqual([
			'supporting-libraries-and-tools',
			'model-metadata',
			'sample-model-outputs',
		]);
		expect(componentsRequiredFor(1)).toHaveLength(14);
		expect(opennessComponentIds.filter((id) => opennessComponents[id].contentType === 'data')).toEqual([
			'model-parameters',
			'intermediate-model-parameters',
			'datasets',
			'evaluation-data',
			'model-metadata',
		]);
	});
});

describe('licences', () => {
	it('counts OSI-approved, FSF-libre and open-data licences as open, in SPDX or Hugging Face spelling', () => {
		for (const id of [
			'MIT',
			'Apache-2.0',
			'apache-2.0',
			'GPL-3.0-only',
			'gpl-3.0',
			'Apache-1.0',
			'CC-BY-4.0',
			'cc-by-sa-4.0',
			'CC0-1.0',
			'CDLA-Permissive-2.0',
			'odc-by',
			'odbl',
			'OpenMDW-1.0',
		]) {
			expect(isOpenLicense(id), id).toBe(true);
		}
		for (const id of ['CC-BY-NC-4.0', 'cc-by-nc-sa-4.0', 'CC-BY-ND-4.0', 'llama3', 'openrail', 'other', 'C-UDA-1.0', 'unlicensed', 'MIT OR Apache-2.0']) {
			expect(isOpenLicense(id), id).toBe(false);
		}
	});

	it('separates OSI-approved licences from other open ones', () => {
		expect(isOsiApprovedLicense('mit')).toBe(true);
		expect(isOsiApprovedLicense('Apache-1.0')).toBe(false);
		expect(isOsiApprovedLicense('CC-BY-4.0')).toBe(false);
		expect(isOsiApprovedLicense('OpenMDW-1.0')).toBe(false);
	});

	it('lists the open licences suited to each content type', () => {
		expect(openLicensesFor('code')).toEqual(expect.arrayContaining(['Apache-2.0', 'MIT', 'ISC', 'OpenMDW-1.0']));
		expect(openLicensesFor('code')).not.toContain('CC-BY-4.0');
		expect(openLicensesFor('data')).toEqual(expect.arrayContaining(['CDLA-Permissive-2.0', 'CC0-1.0', 'PDDL-1.0', 'OpenMDW-1.0']));
		expect(openLicensesFor('data')).not.toContain('C-UDA-1.0');
		expect(openLicensesFor('document')).toEqual(expect.arrayContaining(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0']));
		for (const type of ['code', 'data', 'document'] as const) for (const id of openLicensesFor(type)) expect(isOpenLicense(id), id).toBe(true);
	});
});

describe('MOF class: rules', () => {
	it("gives each class for exactly its own components and the lower classes'", () => {
		expect(opennessClass(record(openRelease(3)))).toMatchObject({ class: 3, nextClass: 2 });
		expect(opennessClass(record(openRelease(2)))).toMatchObject({ class: 2, nextClass: 1 });
		expect(opennessClass(record(openRelease(1)))).toMatchObject({ class: 1, nextClass: undefined, missingForNext: [] });
	});

	it('needs every Class III component for Class II and I: one licence that is not open leaves the release unclassified', () => {
		const result = opennessClass(record({ ...openRelease(1), 'model-card': 'CC-BY-NC-4.0' }));
		expect(result.class).toBeUndefined();
		expect(result.nextClass).toBe(3);
		expect(result.missingForNext).toEqual([{ component: 'model-card', reason: 'not-open', license: 'CC-BY-NC-4.0' }]);
		expect(result.progress).toEqual({ 3: (5 / 6) * 100, 2: 0, 1: 0 });
	});

	it('needs every Class II component for Class I', () => {
		const { 'evaluation-code': _left, ...release } = openRelease(1);
		const result = opennessClass(record(release));
		expect(result.class).toBe(3);
		expect(result.missingForNext).toEqual([{ component: 'evaluation-code', reason: 'missing' }]);
		expect(result.progress[1]).toBe(0);
	});

	it('names what the next class needs, with the reason', () => {
		const result = opennessClass(record({ ...openRelease(3), 'training-code': 'llama3', 'inference-code': 'unlicensed' }));
		expect(result.class).toBe(3);
		expect(result.missingForNext).toEqual([
			{ component: 'training-code', reason: 'not-open', license: 'llama3' },
			{ component: 'inference-code', reason: 'unlicensed' },
			{ component: 'evaluation-code', reason: 'missing' },
			{ component: 'evaluation-data', reason: 'missing' },
		]);
	});

	it("does not count weights under a community licence such as Llama's", () => {
		expect(opennessClass(record({ ...openRelease(3), 'model-parameters': 'llama3.1' })).missingForNext).toEqual([
			{ component: 'model-parameters', reason: 'not-open', license: 'llama3.1' },
		]);
	});

	it('accepts an open research paper for a technical report that is missing or not openly licensed', () => {
		const { 'technical-report': _report, ...withoutReport } = openRelease(1);
		expect(opennessClass(record(withoutReport)).class).toBe(1);
		expect(opennessClass(record({ ...withoutReport, 'technical-report': 'unlicensed' })).class).toBe(1);
		const { 'technical-report': _r, ...classThree } = openRelease(3);
		expect(opennessClass(record({ ...classThree, 'research-paper': 'CC-BY-4.0' })).class).toBe(3);
	});

	it('does not accept a research paper that is not openly licensed for the technical report', () => {
		const { 'technical-report': _report, ...classThree } = openRelease(3);
		const result = opennessClass(record({ ...classThree, 'research-paper': 'unlicensed' }));
		expect(result.class).toBeUndefined();
		expect(result.missingForNext).toEqual([{ component: 'technical-report', reason: 'missing', alternative: 'research-paper' }]);
	});

	it('still needs the research paper for Class I when the technical report is open', () => {
		const { 'research-paper': _paper, ...release } = openRelease(1);
		const result = opennessClass(record(release));
		expect(result.class).toBe(2);
		expect(result.missingForNext).toEqual([{ component: 'research-paper', reason: 'missing' }]);
		expect(result.progress[1]).toBeCloseTo((13 / 14) * 100, 6);
	});

	it('ignores the optional components, open or not', () => {
		const release = { ...openRelease(3), 'sample-model-outputs': 'CC-BY-NC-4.0', 'supporting-libraries-and-tools': 'unlicensed', 'model-metadata': 'other' };
		expect(opennessClass(record(release)).class).toBe(3);
	});

	it('counts an open licence of another content type, with a warning', () => {
		const result = opennessClass(record({ ...openRelease(3), 'model-parameters': 'MIT', 'model-architecture': 'CC-BY-4.0' }));
		expect(result.class).toBe(3);
		expect(result.notTypeAppropriate).toEqual(['model-architecture', 'model-parameters']);
		expect(opennessClass(record(openRelease(1))).notTypeAppropriate).toEqual([]);
	});

	it('leaves a release with no recorded components unclassified, needing all of Class III', () => {
		const result = opennessClass({});
		expect(result.class).toBeUndefined();
		expect(result.missingForNext.map((gap) => gap.component)).toEqual(componentsAddedBy(3));
		expect(result.progress).toEqual({ 3: 0, 2: 0, 1: 0 });
	});

	it('lists everything a higher class needs at once', () => {
		expect(missingForClass(record(openRelease(3)), 1).map((gap) => gap.component)).toEqual([
			'data-preprocessing-code',
			'training-code',
			'inference-code',
			'evaluation-code',
			'intermediate-model-parameters',
			'datasets',
			'evaluation-data',
			'research-paper',
		]);
	});
});

describe('OSAID 1.0 statement', () => {
	const osaidRelease = { ...openRelease(2), 'data-preprocessing-code': 'MIT', 'supporting-libraries-and-tools': 'BSD-3-Clause' };

	it('says the components are released when code is OSI-approved and the rest openly licensed', () => {
		expect(osaidStatement(record(osaidRelease))).toEqual({ id: 'releases-osaid-components', lacking: [], source: OSAID_URL });
		expect(OSAID_URL).toBe('https://opensource.org/ai/open-source-ai-definition');
	});

	it('does not take an open licence that OSI has not approved for code', () => {
		const statement = osaidStatement(record({ ...osaidRelease, 'training-code': 'Apache-1.0', 'inference-code': 'CC-BY-4.0' }));
		expect(statement.id).toBe('does-not-release-osaid-components');
		expect(statement.lacking).toEqual([
			{ component: 'training-code', element: 'code', reason: 'not-osi-approved', license: 'Apache-1.0' },
			{ component: 'inference-code', element: 'code', reason: 'not-osi-approved', license: 'CC-BY-4.0' },
		]);
	});

	it('names missing data information, code and parameters', () => {
		const { 'data-card': _card, 'data-preprocessing-code': _code, ...release } = osaidRelease;
		const statement = osaidStatement(record({ ...release, 'model-parameters': 'llama3' }));
		expect(statement.id).toBe('does-not-release-osaid-components');
		expect(statement.lacking).toEqual([
			{ component: 'data-card', element: 'data-information', reason: 'missing' },
			{ component: 'data-preprocessing-code', element: 'code', reason: 'missing' },
			{ component: 'model-parameters', element: 'parameters', reason: 'not-open', license: 'llama3' },
		]);
	});

	it('says nothing when no component is recorded', () => {
		expect(osaidStatement({}).id).toBe('not-recorded');
	});
});

describe('openness record schema', () => {
	it('accepts components with a licence id and an https URL', () => {
		const parsed = opennessComponentsSchema.parse({
			'model-parameters': { license: 'apache-2.0', url: 'https://huggingface.co/org/model', quote: 'Released under Apache 2.0.' },
			'technical-report': { license: 'unlicensed', url: 'https://arxiv.org/abs/2401.00000' },
		});
		expect(Object.keys(parsed)).toEqual(['model-parameters', 'technical-report']);
		expect(opennessComponentsSchema.parse(undefined)).toEqual({});
	});

	it.each([
		['an unknown component', { weights: { license: 'MIT', url } }],
		['a plain http URL', { 'training-code': { license: 'MIT', url: 'http://example.com/code' } }],
		['an SPDX expression', { 'training-code': { license: 'MIT OR Apache-2.0', url } }],
		['a missing URL', { 'training-code': { license: 'MIT' } }],
		['an unknown key', { 'training-code': { license: 'MIT', url, note: 'x' } }],
	])('refuses %s', (_what, value) => {
		expect(opennessComponentsSchema.safeParse(value).success).toBe(false);
	});
});

describe('spdxSpelling', () => {
	it('spells a licence id as SPDX does, so one page never shows Apache-2.0 beside apache-2.0', () => {
		expect(spdxSpelling('apache-2.0')).toBe('Apache-2.0');
		expect(spdxSpelling('Apache-2.0')).toBe('Apache-2.0');
		expect(spdxSpelling('cc-by-4.0')).toBe('CC-BY-4.0');
		// No alias: the Hub's agpl-3.0 is shown as SPDX's AGPL-3.0, not guessed to be "-only".
		expect(spdxSpelling('agpl-3.0')).toBe('AGPL-3.0');
		expect(spdxSpelling('llama3.1')).toBe('llama3.1');
	});
});

describe('releaseFacts', () => {
	const component = { license: 'MIT', url: 'https://github.com/org/model' };
	it('takes what the card says, else what its released components show', () => {
		expect(releaseFacts({}, { 'training-code': component, 'model-parameters': component })).toEqual({
			weights: true,
			training_data: undefined,
			training_code: true,
		});
		expect(releaseFacts({ training_data: 'partial' }, { datasets: component })).toMatchObject({ training_data: 'partial' });
		expect(releaseFacts({}, { datasets: component })).toMatchObject({ training_data: 'disclosed' });
		expect(releaseFacts({ weights: true }, undefined)).toEqual({ weights: true, training_data: undefined, training_code: undefined });
	});
});
