/**
 * The compare page: reads `?models=a,b,c`, fetches each model's record from the JSON API and
 * lays them side by side. Removing or adding a model updates the URL (so Back and sharing
 * work). Without JavaScript the page lists the models to pick from.
 */
import { alignedResults, COMPARED_STORAGE_KEY, comparedIds, comparedSearch, MAX_COMPARED, requestedIds } from '../lib/compare.ts';
import { formatDate, formatNumber, humanizeCount } from '../lib/format.ts';

interface Strings {
	[key: string]: string;
}

/** Languages shown in a compare cell before "and N more": a long list would fill a phone's screen. */
const SHOWN_LANGUAGES = 6;

/** A model's languages, the site's own two first (the question readers bring), then a count of the rest. */
function shownLanguages(codes: readonly string[], strings: Strings): string {
	const ordered = [...codes.filter((code) => code === 'zh' || code === 'en'), ...codes.filter((code) => code !== 'zh' && code !== 'en')];
	const names = ordered.slice(0, SHOWN_LANGUAGES).map((code) => strings[`language.${code}`] ?? code);
	const rest = ordered.length - names.length;
	return [...names, ...(rest > 0 ? [strings.moreLanguages!.replace('{count}', String(rest))] : [])].join(strings.listSeparator);
}

interface ModelRecord {
	id: string;
	title: string;
	url: string;
	organization: string;
	organization_name?: string;
	pipeline_tag: string;
	parameters?: number;
	release_date?: string;
	context_length?: number;
	license_id: string;
	license_full_name: string;
	license_commercial?: string;
	license_derivatives?: string;
	runs_on?: string;
	openness_class?: string;
	language?: string[];
	'model-index'?: {
		results: {
			task: { type: string };
			dataset: { type: string; name: string; split?: string; config?: string };
			metrics: { type: string; value: number | string; name?: string }[];
		}[];
	}[];
}

const root = document.querySelector<HTMLElement>('[data-compare]');
if (root) {
	const strings = JSON.parse(root.dataset.strings!) as Strings;
	const api = root.dataset.api!;
	const locale = root.dataset.locale!;
	// Model pages in the reader's language, and titles as that language writes them.
	const pages = root.dataset.pages!;
	const titles = new Map(Object.entries(JSON.parse(root.dataset.models!) as Record<string, string>));
	const output = root.querySelector<HTMLElement>('[data-compare-output]')!;
	const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
	const picker = root.querySelector<HTMLSelectElement>('[data-compare-add]')!;
	const form = picker.form!;
	root.querySelector<HTMLElement>('[data-compare-controls]')!.hidden = false;

	const cell = (text: string) => {
		const td = document.createElement('td');
		td.textContent = text;
		return td;
	};
	// Facts written as every other page writes them: "8.2B" / "82亿", "29 April 2025" / "2025年4月29日".
	const count = (value: number | undefined) => (value === undefined ? '—' : humanizeCount(value, locale));
	const number = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value, locale));
	const date = (value: string | undefined) => (value === undefined ? '—' : formatDate(new Date(value), locale));

	const go = (ids: string[]) => {
		history.pushState(null, '', `${location.pathname}${comparedSearch(ids)}`);
		return render();
	};

	/** The model's record; `unknown` when the catalog has no such model, `unavailable` when it cannot be fetched (offline and not saved). */
	async function load(id: string): Promise<ModelRecord | 'unknown' | 'unavailable'> {
		try {
			const response = await fetch(`${api}${id}.json`);
			if (response.status === 404) return 'unknown';
			return response.ok ? ((await response.json()) as ModelRecord) : 'unavailable';
		} catch {
			return 'unavailable';
		}
	}

	async function render() {
		const ids = comparedIds(location.search);
		// Remembered, so "Compare" on a model page or in the catalog adds to this choice.
		try {
			localStorage.setItem(COMPARED_STORAGE_KEY, ids.join(','));
		} catch {
			// storage blocked: comparing still works through the URL
		}
		status.textContent = ids.length ? strings.loading! : strings.empty!;
		output.setAttribute('aria-busy', 'true');
		const records = await Promise.all(ids.map(load));
		const found = records.filter((record): record is ModelRecord => typeof record === 'object');
		output.replaceChildren();
		output.removeAttribute('aria-busy');
		const full = ids.length >= MAX_COMPARED;
		picker.disabled = full;
		for (const button of form.querySelectorAll('button')) button.disabled = full;
		for (const option of picker.options) option.disabled = option.value !== '' && ids.includes(option.value);
		status.textContent = [
			found.length > 1 ? strings.comparing!.replace('{count}', String(found.length)) : found.length === 1 ? strings.comparingOne! : strings.empty!,
			...(requestedIds(location.search).length > MAX_COMPARED ? [strings.tooMany!] : full ? [strings.full!] : []),
			...records.flatMap((record, index) => (typeof record === 'object' ? [] : [strings[record]!.replace('{id}', titles.get(ids[index]!) ?? ids[index]!)])),
		].join(' ');
		if (found.length === 0) return;

		const table = document.createElement('table');
		table.className = 'om-compare-table';
		const caption = table.createCaption();
		caption.textContent = strings.caption!;
		const head = table.createTHead().insertRow();
		head.append(Object.assign(document.createElement('td'), {}));
		for (const record of found) {
			const th = document.createElement('th');
			th.scope = 'col';
			const title = titles.get(record.id) ?? record.title;
			const link = Object.assign(document.createElement('a'), { href: `${pages}${record.id}/`, textContent: title });
			const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'om-compare-remove', textContent: strings.remove! });
			remove.setAttribute('aria-label', strings.removeNamed!.replace('{title}', title));
			remove.addEventListener('click', () => {
				const column = found.indexOf(record);
				// The table is drawn again without the column: the focus goes to the Remove button now in
				// its place (or the last one), or to the model picker when none is left.
				void go(comparedIds(location.search).filter((id) => id !== record.id)).then(() => {
					const buttons = output.querySelectorAll<HTMLButtonElement>('.om-compare-remove');
					(buttons[Math.min(column, buttons.length - 1)] ?? picker).focus();
				});
			});
			th.append(link, document.createElement('br'), remove);
			head.append(th);
		}
		const body = table.createTBody();
		const row = (label: string, values: string[]) => {
			const tr = body.insertRow();
			const th = document.createElement('th');
			th.scope = 'row';
			th.textContent = label;
			tr.append(th, ...values.map(cell));
		};
		const answer = (value: string | undefined) => strings[`answer.${value ?? 'unknown'}`] ?? strings['answer.unknown']!;
		row(
			strings.organization!,
			found.map((record) => strings[`organization.${record.organization}`] ?? record.organization_name ?? '—'),
		);
		row(
			strings.task!,
			found.map((record) => strings[`task.${record.pipeline_tag}`] ?? record.pipeline_tag),
		);
		row(
			strings.languages!,
			found.map((record) => shownLanguages(record.language ?? [], strings) || '—'),
		);
		row(
			strings.parameters!,
			found.map((record) => count(record.parameters)),
		);
		row(
			strings.released!,
			found.map((record) => date(record.release_date)),
		);
		row(
			strings.context!,
			found.map((record) => number(record.context_length)),
		);
		row(
			strings.license!,
			found.map((record) => strings[`license.${record.license_id}`] ?? record.license_full_name),
		);
		row(
			strings.commercial!,
			found.map((record) => answer(record.license_commercial)),
		);
		row(
			strings.derivatives!,
			found.map((record) => answer(record.license_derivatives)),
		);
		row(
			strings.runsOn!,
			found.map((record) => (record.runs_on ? strings[`runsOn.${record.runs_on}`]! : '—')),
		);
		row(
			strings.openness!,
			found.map((record) => strings[`openness.${record.openness_class ?? 'not-recorded'}`] ?? '—'),
		);
		for (const result of alignedResults(found))
			row(
				result.label,
				result.values.map((value) => (value === undefined ? '—' : String(value))),
			);
		output.append(table);
		if (alignedResults(found).length === 0 && found.length > 1)
			output.append(Object.assign(document.createElement('p'), { textContent: strings.noSharedResults! }));
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const id = picker.value;
		if (id) void go([...comparedIds(location.search), id]);
		picker.value = '';
	});
	addEventListener('popstate', () => void render());
	void render();
}
