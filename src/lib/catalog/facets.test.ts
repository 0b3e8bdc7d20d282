import { describe, expect, it } from 'vitest';
import { countFacets, facetValues, sortValues } from './facets.ts';
import { isDefaultState, pagefindFilters, parseState, serializeState, sortOrder } from './state.ts';

const whisper = {
	title: 'Whisper large-v3',
	organization: 'openai',
	modality: 'audio',
	pipeline_tag: 'automatic-speech-recognition',
	license: 'mit',
	library_name: 'transformers',
	working_groups: ['healthcare', 'education'],
	language: ['en', 'zh', 'en'],
	parameters: 1_550_000_000,
	release_date: new Date('2023-11-06'),
};
const llama = {
	title: 'Llama 3.1 8B Instruct',
	organization: 'meta',
	modality: 'text',
	pipeline_tag: 'text-generation',
	license: 'other',
	license_name: 'llama3.1',
	license_category: 'restricted' as const,
	working_groups: [],
};

describe('facet extraction', () => {
	it('derives every facet value from a card', () => {
		expect(facetValues(whisper)).toEqual({
			task: ['automatic-speech-recognition'],
			commercial: ['yes'],
			runs_on: ['phone'],
			openness: ['not-recorded'],
			modality: ['audio'],
			license: ['mit'],
			license_type: ['permissive'],
			library: ['transformers'],
			organization: ['openai'],
			working_group: ['healthcare', 'education'],
			language: ['en', 'zh'],
			size: ['1b-10b'],
		});
		expect(facetValues(llama)).toMatchObject({
			license: ['llama3.1'],
			license_type: ['restricted'],
			commercial: ['conditions'],
			runs_on: ['unknown'],
			library: [],
			language: [],
			size: ['unknown'],
			organization: ['meta'],
		});
	});

	it('groups a language under one code, whichever ISO 639 code the card gives', () => {
		const seamless = { ...whisper, language: ['eng', 'cmn', 'yue', 'arb', 'deu'] };
		expect(facetValues(seamless).language).toEqual(['en', 'zh', 'yue', 'ar', 'de']);
		expect(facetValues({ ...whisper, language: ['zh', 'cmn', 'zho'] }).language).toEqual(['zh']);
	});

	it('gives the openness class computed from the recorded components', () => {
		const open = { license: 'Apache-2.0', url: 'https://github.com/org/model' };
		const classThree = {
			'model-architecture': open,
			'model-parameters': open,
			'model-card': { ...open, license: 'CC-BY-4.0' },
			'data-card': { ...open, license: 'CC-BY-4.0' },
			'technical-report': { ...open, license: 'CC-BY-4.0' },
			'evaluation-results': { ...open, license: 'CC-BY-4.0' },
		};
		expect(facetValues({ ...whisper, openness_components: classThree }).openness).toEqual(['class-3']);
		expect(facetValues({ ...whisper, openness_components: { ...classThree, 'model-parameters': { ...open, license: 'llama3.1' } } }).openness).toEqual([
			'unclassified',
		]);
	});

	it('writes sort keys that sort correctly as text, with lowest values for unknowns', () => {
		expect(sortValues(whisper)).toEqual({ name: 'whisper large-v3', released: '2023-11-06', parameters: '000001550000000' });
		expect(sortValues(llama)).toEqual({ name: 'llama 3.1 8b instruct', released: '0000-00-00', parameters: '000000000000000' });
	});

	it('counts facet values, most common first', () => {
		const counts = countFacets([whisper, llama, { ...whisper, title: 'Whisper small', parameters: 244_000_000 }]);
		expect([...counts.modality]).toEqual([
			['audio', 2],
			['text', 1],
		]);
		expect([...counts.size]).toEqual([
			['100m-1b', 1],
			['1b-10b', 1],
			['unknown', 1],
		]);
		// Sizes smallest first whatever their counts, "not stated" last.
		const small = { ...whisper, parameters: 244_000_000 };
		expect([...countFacets([small, whisper, whisper, llama, llama, llama]).size]).toEqual([
			['100m-1b', 1],
			['1b-10b', 2],
			['unknown', 3],
		]);
		expect(counts.working_group.get('healthcare')).toBe(2);
		// Machines by size, each counting every model that fits it.
		expect([...counts.runs_on]).toEqual([
			['phone', 2],
			['laptop-8gb', 2],
			['computer-16gb', 2],
			['gpu-24gb', 2],
			['unknown', 1],
		]);
	});
});

describe('catalog view state', () => {
	it('round-trips through the URL, normalising order and duplicates', () => {
		const state = parseState('?q=+speech+&modality=audio,text&license_type=permissive&modality=audio&sort=newest&bogus=1');
		expect(state).toEqual({ query: 'speech', filters: { modality: ['audio', 'text'], license_type: ['permissive'] }, sort: 'newest' });
		expect(serializeState(state)).toBe('?q=speech&modality=audio%2Ctext&license_type=permissive&sort=newest');
		expect(parseState(serializeState(state))).toEqual(state);
		expect(serializeState(parseState(''))).toBe('');
		expect(parseState('?sort=bogus').sort).toBe('relevance');
	});

	const tasks = ['automatic-speech-recognition', 'text-generation'];

	it('builds Pagefind filters: AND across facets, OR within one, and without a facet for its own counts', () => {
		const state = parseState('?modality=audio,text&license_type=permissive');
		expect(pagefindFilters(state, { tasks })).toEqual({ task: { any: tasks }, modality: { any: ['audio', 'text'] }, license_type: { any: ['permissive'] } });
		expect(pagefindFilters(state, { tasks, exclude: 'modality' })).toEqual({ task: { any: tasks }, license_type: { any: ['permissive'] } });
	});

	it('keeps results to model pages through the task facet, whose ticked values narrow them further', () => {
		expect(pagefindFilters(parseState('?q=speech'), { tasks })).toEqual({ task: { any: tasks } });
		expect(pagefindFilters(parseState('?task=text-generation'), { tasks })).toEqual({ task: { any: ['text-generation'] } });
		// Its own counts: every task again, so the results stay models.
		expect(pagefindFilters(parseState('?task=text-generation'), { tasks, exclude: 'task' })).toEqual({ task: { any: tasks } });
	});

	it('asks Pagefind to count open facets without narrowing the results by them', () => {
		const state = parseState('?modality=audio&q=speech');
		expect(pagefindFilters(state, { tasks, counted: ['task', 'modality', 'library'] })).toEqual({
			task: { any: tasks },
			modality: { any: ['audio'] },
			library: { none: [] },
		});
		expect(pagefindFilters(state, { tasks, exclude: 'modality', counted: ['modality'] })).toEqual({ task: { any: tasks }, modality: { none: [] } });
	});

	it('finds every model that fits the machine a reader ticks under "Runs on"', () => {
		expect(pagefindFilters(parseState('?runs_on=laptop-8gb'), { tasks })).toEqual({ task: { any: tasks }, runs_on: { any: ['phone', 'laptop-8gb'] } });
	});

	it('tells the unfiltered view, which needs no search, from every other', () => {
		expect(isDefaultState(parseState(''))).toBe(true);
		expect(isDefaultState(parseState('?q=%20%20'))).toBe(true);
		expect(isDefaultState(parseState('?sort=relevance&unknown=1'))).toBe(true);
		expect(isDefaultState(parseState('?q=clip'))).toBe(false);
		expect(isDefaultState(parseState('?task=translation'))).toBe(false);
		expect(isDefaultState(parseState('?sort=name'))).toBe(false);
	});

	it('sorts by relevance when there is a query and by name otherwise', () => {
		expect(sortOrder(parseState('?q=x'))).toBeUndefined();
		expect(sortOrder(parseState(''))).toBe('name');
		expect(sortOrder(parseState('?sort=largest'))).toBe('parameters');
		expect(sortOrder(parseState('?q=x&sort=newest'))).toBe('released');
		expect(sortOrder(parseState('?q=x&sort=name'))).toBe('name');
	});
});
