/**
 * Synthetic but schema-valid model cards for the benchmark. Cards look like the real ones
 * (front matter spread over every facet, a ~250-word body with the four required sections, a
 * table and a code block, varied wording) and are deterministic: card `i` depends only on the
 * seed and `i`, so the first 500 cards of a 5000-card run are the 500 cards of a 500-card run.
 * Pure: returns strings, writes nothing.
 */
import { chance, createRandom, hashSeed, intBetween, pick, pickWeighted, sample, zipfIndex, type Random } from './random.ts';
import { bodyOf, translationOf, type Identity } from './card-body.ts';
import { findLicense } from '../../../src/schemas/vocabularies.ts';
import {
	ARCHITECTURES,
	DOMAINS,
	LANGUAGES,
	LIBRARY_BY_MODALITY,
	LICENSE_WEIGHTS,
	METRICS,
	OTHER_LICENSES,
	TAGS,
	TASK_WEIGHTS,
	VARIANTS,
	arxivId,
	capitalise,
	datasetName,
	isoDate,
	pseudoWord,
	quote,
	sizeLabel,
	slug,
} from './card-words.ts';

export interface Vocabularies {
	tasks: readonly { id: string; name: string; hubModality: string }[];
	licenses: readonly { id: string; category: string; hub?: boolean }[];
	libraries: readonly { id: string }[];
	/** The organisations vocabulary: cards may only name organisations it has. */
	organizations: readonly { id: string; name: string }[];
	/** Working-group ids that exist in the project (cards may only reference those). */
	workingGroups: readonly string[];
}

export interface SyntheticCard {
	id: string;
	title: string;
	description: string;
	/** Markdown body (after the front matter). */
	body: string;
	/** The whole file: front matter and body. */
	markdown: string;
	/** A Chinese translation file for `content/models/zh-cn/`, for some cards. */
	translation?: string;
}

function modalityOf(task: { id: string; hubModality: string }, random: Random): string {
	if (task.id === 'time-series-forecasting') return 'time-series';
	if (task.id === 'feature-extraction' || task.id === 'sentence-similarity' || task.id === 'text-ranking' || task.id === 'text-retrieval') return 'embeddings';
	if (task.id === 'text-generation' && chance(random, 0.15)) return 'code';
	switch (task.hubModality) {
		case 'nlp':
			return 'text';
		case 'cv':
			return 'vision';
		case 'audio':
			return 'audio';
		case 'tabular':
			return 'tabular';
		case 'multimodal':
		case 'rl':
			return 'multimodal';
		default:
			return 'tabular';
	}
}

/** Parameter ranges per modality (log-uniform inside). */
const SIZE_RANGE: Record<string, readonly [number, number]> = {
	text: [6e7, 4e11],
	code: [1e9, 7e10],
	vision: [3e6, 1e10],
	audio: [2e7, 3e9],
	multimodal: [1.5e8, 9e10],
	embeddings: [2e7, 8e9],
	'time-series': [8e6, 7e8],
	tabular: [1e6, 5e7],
};

/** The facts other cards may refer to (a base model's hub id), from card `index`'s own stream. */
export function identity(seed: number, index: number, vocab: Vocabularies): Identity {
	const random = createRandom(hashSeed(seed, index, 'identity'));
	// Organisations come from the vocabulary (an id per organisation), most cards from a few.
	const orgIndex = zipfIndex(random, vocab.organizations.length, 1.05);
	const { name: organization, id: orgSlug } = vocab.organizations[orgIndex]!;
	// Each organisation has a few model families, like Llama or Qwen.
	const family = capitalise(pseudoWord(createRandom(hashSeed(seed, 'family', orgIndex, zipfIndex(random, 8)))));
	const weighted = vocab.tasks.map((task) => [task, TASK_WEIGHTS[task.id] ?? 0.5] as const);
	const task = pickWeighted(random, weighted);
	const modality = modalityOf(task, random);
	const [min, max] = SIZE_RANGE[modality]!;
	const parameters = Math.round(Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min))) / 1e6) * 1e6 || 1e6;
	const version = chance(random, 0.6) ? `${intBetween(random, 1, 4)}${chance(random, 0.4) ? `.${intBetween(random, 1, 5)}` : ''}` : '';
	const title = [family, version, sizeLabel(parameters), pick(random, VARIANTS)].filter(Boolean).join(' ');
	const id = `${slug(title)}-${index.toString(36)}`;
	const hubId = `${orgSlug}/${title.replace(/\s+/g, '-')}`;
	return { index, id, title, organization, orgSlug, family, task, modality, parameters, hubId };
}

export interface CardOptions {
	/** Share of cards with a Chinese translation (the real catalog has about one in five). */
	translated?: number;
}

/** Card `index` of the synthetic catalog for `seed`. */
export function syntheticCard(seed: number, index: number, vocab: Vocabularies, options: CardOptions = {}): SyntheticCard {
	const self = identity(seed, index, vocab);
	const random = createRandom(hashSeed(seed, index, 'card'));
	const { modality } = self;
	const releaseDate = chance(random, 0.85) ? isoDate(random) : undefined;
	const year = releaseDate?.slice(0, 4) ?? String(intBetween(random, 2019, 2025));
	const library = chance(random, 0.88) ? pickWeighted(random, LIBRARY_BY_MODALITY[modality]!) : undefined;
	const languages =
		['text', 'code', 'audio', 'multimodal', 'embeddings'].includes(modality) && chance(random, 0.7)
			? [...new Set([...(chance(random, 0.85) ? ['en'] : []), ...sample(random, LANGUAGES, zipfIndex(random, 30, 1.5) + 1)])]
			: [];
	const licenseWeights = vocab.licenses.filter((license) => license.hub !== false).map((license) => [license.id, LICENSE_WEIGHTS[license.id] ?? 0.3] as const);
	const license = pickWeighted(random, licenseWeights);
	const groupCount = pickWeighted(random, [
		[0, 50],
		[1, 35],
		[2, 15],
	] as const);
	const groups = sample(random, vocab.workingGroups, groupCount);
	const hasHub = chance(random, 0.9);
	const hasRepository = chance(random, 0.85);
	const hasPaper = !hasRepository || chance(random, 0.55);
	const base = index > 0 && chance(random, 0.22) ? identity(seed, index - 1 - zipfIndex(random, Math.min(index, 300), 0.9), vocab) : undefined;

	const sourceUrl = hasHub ? `https://huggingface.co/${self.hubId}` : `https://github.com/${self.orgSlug}/${slug(self.family)}`;
	const lines: string[] = ['---', '# yaml-language-server: $schema=../../public/schemas/model.json'];
	lines.push(`title: ${quote(self.title)}`);
	const description = `${self.organization}'s ${sizeLabel(self.parameters)}-parameter ${self.task.name.toLowerCase()} model${base ? `, ${pick(random, ['fine-tuned', 'adapted', 'distilled'])} from ${base.title}` : ''}, ${pick(random, ['tested on', 'built for', 'documented for', 'evaluated on'])} ${pick(random, DOMAINS)} and released under ${license === 'other' ? 'a custom licence' : `the ${license} licence`}.`;
	lines.push(`description: ${quote(description)}`);
	lines.push(`organization: ${self.orgSlug}`);
	if (releaseDate) lines.push(`release_date: ${releaseDate}`);
	if (chance(random, 0.8)) lines.push(`parameters: ${self.parameters}`);
	lines.push(`modality: ${modality}`);
	lines.push(`architecture: ${quote(pick(random, ARCHITECTURES[modality]!))}`);
	if ((modality === 'text' || modality === 'code') && chance(random, 0.6)) lines.push(`context_length: ${pick(random, [2048, 4096, 8192, 32768, 131072])}`);
	if (hasHub) lines.push(`hub_id: ${self.hubId}`);
	lines.push('links:');
	if (hasRepository) lines.push(`  repository: https://github.com/${self.orgSlug}/${slug(self.family)}`);
	const paper = arxivId(random);
	if (hasPaper) lines.push(`  paper: https://arxiv.org/abs/${paper}`);
	if (hasHub) lines.push(`  weights: https://huggingface.co/${self.hubId}`);
	if (hasPaper && chance(random, 0.4)) {
		const key = `${slug(self.family).replace(/-/g, '')}${year}`;
		lines.push('citation: |');
		lines.push(`  @misc{${key},`);
		lines.push(`    title = {${self.family}: Open ${self.task.name} Models from ${self.organization}},`);
		lines.push(
			`    author = {${capitalise(pseudoWord(random))}, ${capitalise(pseudoWord(random, 2))} and ${capitalise(pseudoWord(random))}, ${capitalise(pseudoWord(random, 2))}},`,
		);
		lines.push(`    year = {${year}},`);
		lines.push(`    eprint = {${paper}},`);
		lines.push(`    archivePrefix = {arXiv}`);
		lines.push('  }');
	}
	lines.push(`working_groups: [${groups.join(', ')}]`);
	lines.push('openness:');
	lines.push(`  weights: ${chance(random, 0.92)}`);
	lines.push(
		`  training_data: ${pickWeighted(random, [
			['disclosed', 2],
			['partial', 3],
			['undisclosed', 5],
		] as const)}`,
	);
	lines.push(`  training_code: ${chance(random, 0.35)}`);
	lines.push(`license: ${license}`);
	if (license === 'other') {
		const name = pick(random, OTHER_LICENSES);
		lines.push(`license_name: ${name}`);
		lines.push(`license_link: https://github.com/${self.orgSlug}/${slug(self.family)}/blob/main/LICENSE`);
		// The vocabulary's reading of the licence: a card may not contradict it.
		lines.push(`license_category: ${findLicense(name)!.category}`);
	}
	if (languages.length) lines.push(`language: [${languages.join(', ')}]`);
	lines.push(`pipeline_tag: ${self.task.id}`);
	if (library) lines.push(`library_name: ${library}`);
	if (base) {
		lines.push(`base_model: ${base.hubId}`);
		lines.push(
			`base_model_relation: ${pickWeighted(random, [
				['finetune', 6],
				['quantized', 2],
				['adapter', 2],
				['merge', 1],
			] as const)}`,
		);
	}
	if (chance(random, 0.3))
		lines.push(`datasets: [${Array.from({ length: intBetween(random, 1, 3) }, () => `${slug(pseudoWord(random))}/${slug(datasetName(random))}`).join(', ')}]`);
	lines.push(`tags: [${sample(random, TAGS[modality]!, intBetween(random, 2, 4)).join(', ')}]`);
	if (chance(random, 0.1)) {
		lines.push('model-index:');
		lines.push(`  - name: ${quote(self.title)}`);
		lines.push('    results:');
		lines.push(`      - task: { type: ${self.task.id} }`);
		lines.push(`        dataset: { type: ${slug(pseudoWord(random))}, name: ${quote(datasetName(random))} }`);
		lines.push('        metrics:');
		for (const metric of sample(random, METRICS, intBetween(random, 1, 3)))
			lines.push(`          - { type: ${quote(metric)}, value: ${Math.round(random() * 1000) / 10} }`);
		lines.push(`        source: { name: Model card, url: ${sourceUrl} }`);
	}
	// Every fact carries its source, as on real cards (a number with the words it is read from), or
	// says why it is not given: not applicable, or not confirmed by an official source.
	const stated = new Map(lines.map((line) => /^([a-z_]+): (.*)$/.exec(line)).flatMap((match) => (match ? [[match[1]!, match[2]!] as const] : [])));
	const takesText = ['text', 'code', 'audio', 'multimodal', 'embeddings'].includes(modality);
	lines.push('sources:');
	for (const fact of ['license', 'parameters', 'release_date', 'context_length', 'language', 'organization'] as const) {
		const value = stated.get(fact);
		if (value === undefined) {
			const applies = fact === 'context_length' ? modality === 'text' || modality === 'code' : fact === 'language' ? takesText : true;
			lines.push(`  ${fact}: ${applies ? '{ unconfirmed: "no page of the model states it" }' : '{ not_applicable: "the model takes no text" }'}`);
		} else if (fact === 'parameters') lines.push(`  ${fact}: { url: ${sourceUrl}, quote: "${self.parameters} parameters" }`);
		else if (fact === 'context_length') lines.push(`  ${fact}: { url: ${sourceUrl}, quote: "${value} tokens" }`);
		else lines.push(`  ${fact}: { url: ${sourceUrl} }`);
	}
	lines.push('---', '');
	const body = bodyOf(self, { library, languages, year }, random);
	const translated = chance(random, options.translated ?? 0.1);
	return {
		id: self.id,
		title: self.title,
		description,
		body,
		markdown: `${lines.join('\n')}\n${body}`,
		translation: translated ? translationOf(self, random) : undefined,
	};
}

/** Cards `0 … count-1`. */
export function syntheticCards(seed: number, count: number, vocab: Vocabularies, options?: CardOptions): SyntheticCard[] {
	return Array.from({ length: count }, (_, index) => syntheticCard(seed, index, vocab, options));
}
