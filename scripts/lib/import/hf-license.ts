/**
 * The licence keys of a Hugging Face card (license, license_name, license_link): copied when the
 * licence vocabulary explains them, otherwise refused or left as a TODO with a suggestion.
 */
import { urlSchema } from '../../../src/schemas/shared.ts';
import { explainedLicenseIds, licenseList } from '../../../src/schemas/vocabularies.ts';
import { closest, describeValue } from '../../../src/lib/validation/format-issue.ts';
import { ImportFailure, type LineOf, type MetadataResult } from './types.ts';

function isValidUrl(value: string): boolean {
	return urlSchema.safeParse(value).success;
}

/** Finds the licence id a free-text licence most likely means, trying ids and then names. */
export function suggestLicense(text: string): string | undefined {
	const ids = licenseList.map((license) => license.id);
	const lower = text.trim().toLowerCase();
	const stripped = lower
		.replace(/\b(the|license|licence|version|v)\b/g, ' ')
		.trim()
		.replace(/\s+/g, '-');
	for (const candidate of [lower, lower.replace(/\s+/g, '-'), stripped]) if (ids.includes(candidate)) return candidate;
	const byId = closest(stripped, ids);
	if (byId) return byId;
	const name = closest(
		text.trim(),
		licenseList.map((license) => license.name),
	);
	return name ? licenseList.find((license) => license.name === name)?.id : undefined;
}

/**
 * Maps `license`, `license_name` and `license_link`; `otherKeys` are the keys a misspelt `license`
 * is not mistaken for.
 */
export function mapLicense(
	data: Record<string, unknown>,
	lineOf: LineOf,
	out: MetadataResult,
	options: { hubId?: string; otherKeys: readonly string[] },
): void {
	const { hubId, otherKeys } = options;
	const license = data.license;
	if (license === undefined || license === null) {
		const typo = Object.keys(data).find((key) => key !== 'license' && closest(key, ['license']) === 'license' && !otherKeys.includes(key));
		const hint = typo ? `; the card has "${typo}: ${String(data[typo])}" (did you mean license?)` : '';
		out.fields.push({ key: 'license', todo: `the Hugging Face licence id, e.g. apache-2.0, mit or other (see src/schemas/vocabularies/licenses.json)${hint}` });
		out.todo.push({ field: 'license', hint: `the card states no licence${hint}; find the model's licence and write its Hugging Face id` });
		return;
	}
	if (typeof license !== 'string' || !licenseList.some((entry) => entry.id === license)) {
		const advice =
			'license must be a Hugging Face licence id (see src/schemas/vocabularies/licenses.json); for a licence not on that list write "license: other" with license_name and license_link. Fix the card and run the import again.';
		if (typeof license !== 'string') throw new ImportFailure(`license holds ${describeValue(license)}, not one licence id: ${advice}`, lineOf(['license']));
		const suggestion = suggestLicense(license);
		const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
		const digits = (text: string) => text.replace(/\D/g, '');
		// `llama3` is not a misspelt `llama2`: another version of a licence is another licence.
		const otherVersion = suggestion !== undefined && letters(suggestion) === letters(license) && digits(suggestion) !== digits(license);
		const hint = !suggestion
			? ''
			: otherVersion
				? `the list has "${suggestion}", another version, which is not the same licence; `
				: `did you mean "${suggestion}"? `;
		throw new ImportFailure(`unknown licence ${JSON.stringify(license)}: ${hint}${advice}`, lineOf(['license']));
	}
	out.fields.push({ key: 'license', value: license });
	out.mapped.push({ field: 'license' });
	const isOther = license === 'other';

	const name = data.license_name;
	if (typeof name === 'string' && name.trim() !== '' && explainedLicenseIds.includes(name)) {
		out.fields.push({ key: 'license_name', value: name });
		out.mapped.push({ field: 'license_name' });
	} else if (typeof name === 'string' && name.trim() !== '') {
		// Every licence a card uses is explained in the vocabulary; a new one is added there first.
		out.unmapped.push({
			field: 'license_name',
			line: lineOf(['license_name']),
			message: `"${name}" is not in src/schemas/vocabularies/licenses.json: add the licence there (with "hub": false and its sourced answers) and write its id`,
		});
		out.fields.push({ key: 'license_name', todo: `the id of this licence's entry in src/schemas/vocabularies/licenses.json (the card names "${name}")` });
		out.todo.push({ field: 'license_name', hint: `add "${name}" to the licence vocabulary and write its id` });
	} else {
		if (name !== undefined)
			out.unmapped.push({
				field: 'license_name',
				line: lineOf(['license_name']),
				message: `not copied: expected the licence's name; found ${describeValue(name)}`,
			});
		if (isOther) {
			out.fields.push({ key: 'license_name', todo: 'the name of the licence, e.g. "Llama 3 Community License"' });
			out.todo.push({ field: 'license_name', hint: 'license is "other": name the licence' });
		}
	}

	const link = data.license_link;
	if (typeof link === 'string' && isValidUrl(link)) {
		out.fields.push({ key: 'license_link', value: link });
		out.mapped.push({ field: 'license_link' });
	} else {
		const relative = typeof link === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(link);
		if (link !== undefined) {
			out.unmapped.push({
				field: 'license_link',
				line: lineOf(['license_link']),
				message: relative
					? `not copied: ${JSON.stringify(link)} is relative to the Hugging Face repository and cannot be used as-is; give the full https:// URL`
					: `not copied: expected an https:// URL; found ${describeValue(link)}`,
			});
		}
		if (isOther) {
			const where = relative && hubId ? `, probably https://huggingface.co/${hubId}/blob/main/${String(link).replace(/^\.?\//, '')}` : '';
			out.fields.push({
				key: 'license_link',
				todo: `https:// URL of the licence text${relative ? ` (the card links "${link}" relative to its repository${where})` : ''}`,
			});
			out.todo.push({
				field: 'license_link',
				hint: `license is "other": link the licence text with an https:// URL${relative ? ` (the card's "${link}" is relative)` : ''}`,
			});
		}
	}
	if (isOther) {
		out.fields.push({
			key: 'license_category',
			todo: 'how freely the licence lets people use the model: permissive, copyleft, restricted, non-commercial or unknown',
		});
		out.todo.push({ field: 'license_category', hint: 'license is "other": say whether it is permissive, copyleft, restricted or non-commercial' });
	}
}
