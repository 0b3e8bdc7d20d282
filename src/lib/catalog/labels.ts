/** Human labels for facet values, per locale. Pure: names that come from content are passed in. */
import type { UiKey } from '../../i18n/en.ts';
import { libraryName, modalityName, taskName } from '../../schemas/vocabularies.ts';
import { licenseNameOf } from '../model-facts.ts';
import { languageName, withAside } from '../format.ts';
import type { FacetId } from './facets.ts';

export interface LabelContext {
	locale: string;
	t: (key: UiKey, values?: Record<string, string | number>) => string;
	/** organisation id → name as written on the cards */
	organizations: Map<string, string>;
	/** working-group id → localized title */
	workingGroups: Map<string, string>;
}

export function facetLabel(facet: FacetId, value: string, context: LabelContext): string {
	switch (facet) {
		case 'task':
			return taskName(value, context.locale);
		case 'modality':
			return modalityName(value, context.locale);
		case 'license':
			return licenseNameOf(value, context.locale);
		case 'license_type':
			return context.t(`catalog.licenseType.${value}` as UiKey);
		case 'library':
			return libraryName(value);
		case 'organization':
			return context.organizations.get(value) ?? value;
		case 'working_group':
			return context.workingGroups.get(value) ?? value;
		case 'language':
			return languageName(value, context.locale) === value ? value : withAside(languageName(value, context.locale), value, context.locale);
		case 'commercial':
			return context.t(`catalog.commercial.${value}` as UiKey);
		case 'openness':
			return context.t(`catalog.openness.${value}` as UiKey);
		case 'runs_on':
			return context.t(`catalog.runsOn.${value}` as UiKey);
		case 'size':
			return context.t(`catalog.size.${value}` as UiKey);
	}
}
