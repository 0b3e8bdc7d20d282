/**
 * Synthetic but schema-valid model cards for the benchmark. Cards look like the real ones
 * (front matter spread over every facet, a ~250-word body with the four required sections, a
 * table and a code block, varied wording) and are deterministic: card `i` depends only on the
 * seed and `i`, so the first 500 cards of a 5000-card run are the 500 cards of a 500-card run.
 * Pure: returns strings, writes nothing.
 */
import { chance, createRandom, hashSeed, intBetween, pick, pickWeighted, sample, zipfIndex, type Random } from './random.ts';
import { toId } from '../../../src/schemas/shared.ts';

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

// — word pools —

const SYLLABLES = [
	'ka',
	'lo',
	'mi',
	'ra',
	'ven',
	'tor',
	'sa',
	'qui',
	'del',
	'on',
	'ar',
	'lu',
	'ne',
	'bri',
	'zo',
	'tha',
	'mer',
	'is',
	'cal',
	'dra',
	'fen',
	'gal',
	'hel',
	'ix',
	'jor',
	'kel',
	'ly',
	'mo',
	'nor',
	'pa',
	'ri',
	'sol',
	'ta',
	'ul',
	'vi',
	'wen',
	'yar',
	'zen',
];
const VARIANTS = ['', '', 'Base', 'Instruct', 'Chat', 'Small', 'Large', 'Mini', 'Turbo', 'XL', 'Lite', 'Pro'];
const LANGUAGES = [
	'en',
	'zh',
	'es',
	'fr',
	'de',
	'ar',
	'hi',
	'pt',
	'ru',
	'ja',
	'ko',
	'it',
	'nl',
	'tr',
	'pl',
	'vi',
	'id',
	'th',
	'sw',
	'yo',
	'ha',
	'am',
	'bn',
	'ur',
	'fa',
	'he',
	'el',
	'cs',
	'sv',
	'fi',
	'da',
	'no',
	'uk',
	'ro',
	'hu',
	'ta',
	'te',
	'mr',
	'ms',
	'tl',
	'zu',
	'xh',
	'ig',
	'yue',
	'ca',
	'eu',
	'gl',
	'cy',
	'ga',
	'is',
	'lt',
	'lv',
	'et',
	'sk',
	'sl',
	'hr',
	'sr',
	'bg',
	'ka',
	'hy',
];
const LANGUAGE_NAMES: Record<string, string> = {
	en: 'English',
	zh: 'Chinese',
	es: 'Spanish',
	fr: 'French',
	de: 'German',
	ar: 'Arabic',
	hi: 'Hindi',
	pt: 'Portuguese',
	ru: 'Russian',
	ja: 'Japanese',
	ko: 'Korean',
	sw: 'Swahili',
	yo: 'Yoruba',
};
/** Named licences from the vocabulary that cards give with `license: other`. */
const OTHER_LICENSES = ['llama4', 'deepseek-license', 'modified-mit', 'flux-1-dev-non-commercial', 'dinov3-license', 'prior-labs-license'];
const LICENSE_WEIGHTS: Record<string, number> = {
	'apache-2.0': 30,
	mit: 15,
	other: 10,
	'cc-by-4.0': 5,
	'cc-by-nc-4.0': 5,
	openrail: 3,
	'creativeml-openrail-m': 2,
	'bigscience-openrail-m': 2,
	llama2: 3,
	gemma: 2,
	'bsd-3-clause': 3,
	'gpl-3.0': 2,
	'cc-by-sa-4.0': 2,
	'agpl-3.0': 1,
	unknown: 1,
	'openrail++': 1,
};
const TASK_WEIGHTS: Record<string, number> = {
	'text-generation': 18,
	'text-classification': 5,
	'feature-extraction': 4,
	'sentence-similarity': 4,
	'automatic-speech-recognition': 4,
	'image-classification': 5,
	'object-detection': 3,
	'text-to-image': 4,
	'image-text-to-text': 3,
	translation: 3,
	summarization: 2,
	'token-classification': 3,
	'fill-mask': 3,
	'question-answering': 2,
	'time-series-forecasting': 2,
	'image-segmentation': 2,
	'text-to-speech': 2,
	'zero-shot-classification': 2,
	'text2text-generation': 2,
};
const LIBRARY_BY_MODALITY: Record<string, readonly (readonly [string, number])[]> = {
	text: [
		['transformers', 12],
		['gguf', 3],
		['peft', 2],
		['mlx', 1],
		['jax', 1],
		['paddlenlp', 1],
		['flair', 1],
		['spacy', 1],
	],
	code: [
		['transformers', 10],
		['gguf', 3],
		['mlx', 1],
	],
	vision: [
		['transformers', 6],
		['timm', 5],
		['ultralytics', 2],
		['diffusers', 3],
		['onnx', 1],
		['keras', 1],
		['pytorch', 2],
	],
	audio: [
		['transformers', 6],
		['nemo', 2],
		['speechbrain', 2],
		['espnet', 1],
		['pyannote-audio', 1],
	],
	multimodal: [
		['transformers', 8],
		['open_clip', 2],
		['diffusers', 1],
	],
	embeddings: [
		['sentence-transformers', 8],
		['transformers', 4],
		['transformers.js', 1],
		['fasttext', 1],
		['onnx', 1],
	],
	'time-series': [
		['transformers', 3],
		['pytorch', 3],
		['jax', 1],
		['other', 1],
	],
	tabular: [
		['sklearn', 3],
		['pytorch', 2],
		['other', 1],
	],
};
const ARCHITECTURES: Record<string, readonly string[]> = {
	text: ['Decoder-only Transformer', 'Encoder-only Transformer', 'Encoder-decoder Transformer', 'Mixture-of-experts Transformer', 'State-space model'],
	code: ['Decoder-only Transformer with fill-in-the-middle training', 'Mixture-of-experts Transformer'],
	vision: ['Vision Transformer', 'Convolutional network', 'Latent diffusion U-Net', 'DETR-style detection Transformer', 'Diffusion Transformer'],
	audio: ['Transformer encoder-decoder', 'Conformer', 'wav2vec-style encoder', 'Neural audio codec with Transformer decoder'],
	multimodal: ['Vision encoder with a decoder-only language model', 'Dual-encoder (contrastive)', 'Any-to-any Transformer'],
	embeddings: ['Encoder-only Transformer with mean pooling', 'Bi-encoder', 'Matryoshka embedding encoder'],
	'time-series': ['Patch-based decoder-only Transformer', 'Encoder-decoder Transformer over tokenised values'],
	tabular: ['Prior-fitted Transformer', 'Gradient-boosted trees distilled into an MLP'],
};
const DOMAINS = [
	'customer support',
	'clinical documentation',
	'classroom tutoring',
	'legal research',
	'financial reporting',
	'public transport planning',
	'agricultural extension',
	'newsroom archives',
	'software maintenance',
	'scientific literature',
	'accessibility tools',
	'call-centre analytics',
	'humanitarian response',
	'municipal services',
	'retail search',
	'insurance claims',
	'museum collections',
	'language learning',
	'road safety',
	'energy forecasting',
];
const TAGS: Record<string, readonly string[]> = {
	text: ['chat', 'instruction-tuned', 'multilingual', 'long-context', 'reasoning', 'summarisation', 'rag', 'quantised', 'small'],
	code: ['code', 'fill-in-the-middle', 'chat', 'quantised'],
	vision: ['image', 'detection', 'segmentation', 'diffusion', 'edge', 'onnx'],
	audio: ['speech', 'speech-recognition', 'text-to-speech', 'audio', 'multilingual'],
	multimodal: ['vision-language', 'image-captioning', 'document-understanding', 'video'],
	embeddings: ['embeddings', 'retrieval', 'rag', 'multilingual', 'reranking'],
	'time-series': ['forecasting', 'zero-shot', 'time-series'],
	tabular: ['tabular', 'classification', 'regression', 'small-data'],
};
const METRICS = ['accuracy', 'f1', 'wer', 'bleu', 'rouge-l', 'exact-match', 'map', 'ndcg@10', 'mase', 'fid'];

// — small helpers —

function pseudoWord(random: Random, syllables = intBetween(random, 2, 3)): string {
	let word = '';
	for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
	return word;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const slug = toId;
const quote = (text: string) => JSON.stringify(text);

/** Organisation `k`: the named ones first, then invented ones; a long tail like the Hub's. */
function sizeLabel(parameters: number): string {
	if (parameters >= 1e9) return `${Number((parameters / 1e9).toPrecision(2))}B`;
	return `${Math.round(parameters / 1e6)}M`;
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

interface Identity {
	index: number;
	id: string;
	title: string;
	organization: string;
	orgSlug: string;
	family: string;
	task: Vocabularies['tasks'][number];
	modality: string;
	parameters: number;
	hubId: string;
}

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

function isoDate(random: Random): string {
	const start = Date.UTC(2018, 0, 1);
	const end = Date.UTC(2026, 5, 30);
	return new Date(start + Math.floor(random() * (end - start))).toISOString().slice(0, 10);
}

function arxivId(random: Random): string {
	return `${intBetween(random, 18, 26)}${String(intBetween(random, 1, 12)).padStart(2, '0')}.${String(intBetween(random, 1, 19999)).padStart(5, '0')}`;
}

function datasetName(random: Random): string {
	return `${capitalise(pseudoWord(random))}${pick(random, ['Corpus', 'Bench', 'QA', '-Speech', 'Vision', 'Instruct', 'Web', 'Docs'])}`;
}

// — the body —

interface Slots {
	name: string;
	org: string;
	task: string;
	domain: string;
	domain2: string;
	langs: string;
	dataset: string;
	dataset2: string;
	benchmark: string;
	tokens: string;
	size: string;
	year: string;
}

const fill = (template: string, slots: Slots) => template.replace(/\{(\w+)\}/g, (_, key: keyof Slots) => slots[key]);

const INTROS = [
	'{name} is a model for {task} with {size} parameters, released by {org}. It was designed to be small enough to run on a single workstation while staying useful for {domain} and {domain2}.',
	'{org} trained {name} to handle {task} with fewer resources than earlier releases. The model is aimed at teams working on {domain} who need predictable behaviour and a clear licence.',
	'{name} continues the {org} line of open models for {task}. Compared with the previous version it was trained on more data, documented more carefully and tested on {domain}.',
	'Built by {org}, {name} focuses on {task} in {langs}. The weights are public, and the authors describe the training recipe in enough detail for others to reproduce the main results.',
	'{name} is an open {task} model with {size} parameters. {org} released it in {year} together with evaluation scripts and examples for {domain}.',
];
const USES = [
	'Use {name} for {task} in {domain}, for prototypes that must run offline, and for research on how model size affects quality. The authors list education and {domain2} as settings they tested directly.',
	'The model suits batch jobs such as processing archives in {domain}, interactive tools for {domain2} and teaching material about {task}. Fine-tuning on a few thousand examples usually adapts it to a new domain.',
	'Typical uses are {task} inside internal tools, assistive features for {domain} and experiments comparing open models. {org} recommends a human reviewer whenever outputs inform decisions about people.',
	'Teams in {domain} use {name} to triage incoming material, to draft first versions that staff then correct, and to build search over documents in {langs}.',
];
const LIMITS = [
	'Quality drops on input that differs from the training data, such as informal speech, scanned documents or rare dialects.',
	'The model can produce confident but wrong output; check results before they reach a patient, a student or a customer.',
	'Performance in languages other than {langs} has not been measured and is likely much worse.',
	'Biases present in web data, including stereotypes about gender, ethnicity and disability, can appear in outputs.',
	'Long inputs increase memory use sharply; the {size} version needs a recent GPU for real-time use.',
	'The licence may restrict some commercial uses; read it before deploying {name} in a product.',
	'It was not evaluated for high-stakes decisions in {domain}, and should not be used for them without a local study.',
	'Outputs can leak fragments of training data, so do not rely on it to keep sensitive text private.',
	'Quantised variants trade some accuracy for speed; measure the difference on your own data.',
];
const TRAINING = [
	'According to {org}, {name} was trained on about {tokens} tokens drawn from {dataset}, {dataset2} and licensed material, filtered for quality and deduplicated. Personal data was removed with automatic tools, which are known to miss some cases.',
	'The training mixture combines public web text, {dataset}, curated material from {domain} and synthetic examples generated by a larger model. The exact mixture is described in the technical report; the raw data is not redistributed.',
	'Pretraining used {tokens} tokens; instruction tuning used {dataset2} and a smaller set of conversations written by annotators in {langs}. The authors report removing benchmark test sets from the training data.',
];
const EVALUATION = [
	'The authors report results on {benchmark} and {dataset2}, where {name} is competitive with models twice its size. Independent replications are still limited, so evaluate on data like your own.',
	'{org} published scores on {benchmark} and an internal suite for {domain}. Results vary by language and input length; the table in the report lists each configuration separately.',
	'On {benchmark}, the model improves on its predecessor by a few points. No evaluation covers {domain2}, which is one reason the working groups ask for local testing before use.',
];

function codeBlock(identity: Identity, library: string | undefined, random: Random): string {
	const task = identity.task.id;
	if (library === 'gguf' || (library === undefined && chance(random, 0.5))) {
		return [
			'```sh',
			`# download a quantised build and run it locally`,
			`ollama pull ${identity.orgSlug}/${slug(identity.title)}`,
			`ollama run ${identity.orgSlug}/${slug(identity.title)} "Summarise this report in three sentences."`,
			'```',
		].join('\n');
	}
	if (library === 'transformers.js') {
		return [
			'```js',
			`import { pipeline } from '@huggingface/transformers';`,
			'',
			`const run = await pipeline('${task}', '${identity.hubId}');`,
			`console.log(await run('OpenModels makes AI usable by everyone.'));`,
			'```',
		].join('\n');
	}
	return [
		'```python',
		`from transformers import pipeline`,
		'',
		`pipe = pipeline("${task}", model="${identity.hubId}", device_map="auto")`,
		`result = pipe("Describe the main risks of using this model in ${pick(random, DOMAINS)}.")`,
		`print(result)`,
		'```',
	].join('\n');
}

function trainingTable(random: Random, slots: Slots): string {
	const rows = intBetween(random, 3, 4);
	const shares: number[] = [];
	let left = 100;
	for (let i = 0; i < rows - 1; i++) {
		const share = intBetween(random, 5, Math.max(5, Math.floor(left / 2)));
		shares.push(share);
		left -= share;
	}
	shares.push(left);
	const sources = [
		slots.dataset,
		slots.dataset2,
		`Filtered web crawl (${slots.year})`,
		`Synthetic ${slots.task} examples`,
		`Licensed ${slots.domain} material`,
	];
	const lines = ['| Source | Share | Notes |', '| --- | ---: | --- |'];
	shares.forEach((share, i) =>
		lines.push(`| ${sources[i]} | ${share}% | ${pick(random, ['deduplicated', 'public', 'not released', 'filtered for quality', 'licensed', 'synthetic'])} |`),
	);
	return lines.join('\n');
}

function bodyOf(identity: Identity, card: { library?: string; languages: string[]; year: string }, random: Random): string {
	const langNames = card.languages.map((code) => LANGUAGE_NAMES[code] ?? code);
	const langs =
		langNames.length === 0
			? 'English'
			: langNames.length <= 3
				? langNames.join(', ')
				: `${langNames.slice(0, 3).join(', ')} and ${langNames.length - 3} other languages`;
	const [domain, domain2] = sample(random, DOMAINS, 2);
	const slots: Slots = {
		name: identity.title,
		org: identity.organization,
		task: identity.task.name.toLowerCase(),
		domain: domain!,
		domain2: domain2!,
		langs,
		dataset: datasetName(random),
		dataset2: datasetName(random),
		benchmark: `${capitalise(pseudoWord(random, 2)).toUpperCase()}-${intBetween(random, 1, 9)}`,
		tokens: `${intBetween(random, 1, 18)} trillion`,
		size: sizeLabel(identity.parameters),
		year: card.year,
	};
	const limits = sample(random, LIMITS, 3).map((line) => `- ${fill(line, slots)}`);
	return [
		fill(pick(random, INTROS), slots),
		'',
		'## Intended use',
		'',
		fill(pick(random, USES), slots),
		'',
		codeBlock(identity, card.library, random),
		'',
		'## Limitations and risks',
		'',
		...limits,
		'',
		'## Training data',
		'',
		fill(pick(random, TRAINING), slots),
		'',
		trainingTable(random, slots),
		'',
		'## Evaluation',
		'',
		fill(pick(random, EVALUATION), slots),
		'',
	].join('\n');
}

const ZH_SENTENCES = [
	'该模型适合在本地部署，用于内部工具和教学实验。',
	'请在与自己数据相近的样本上评估后再投入使用。',
	'训练数据主要来自公开网页文本和授权资料，作者没有公开全部语料。',
	'在训练数据较少的语言上效果明显较差。',
	'输出可能包含错误或偏见，涉及个人的决定必须由人工复核。',
	'作者报告了多个公开基准上的结果，但独立复现仍然有限。',
];

function translationOf(identity: Identity, random: Random): string {
	const sentences = () => sample(random, ZH_SENTENCES, 2).join('');
	return [
		'---',
		`title: ${quote(identity.title)}`,
		`description: ${quote(`${identity.organization} 发布的开放模型，参数量 ${sizeLabel(identity.parameters)}，可用于${identity.task.name}等任务，许可证见英文模型卡。`)}`,
		'---',
		'',
		`${identity.title} 是 ${identity.organization} 发布的开放模型。${sentences()}`,
		'',
		'## 预期用途',
		'',
		sentences(),
		'',
		'## 局限与风险',
		'',
		`- ${pick(random, ZH_SENTENCES)}`,
		`- ${pick(random, ZH_SENTENCES)}`,
		'',
		'## 训练数据',
		'',
		sentences(),
		'',
		'## 评估',
		'',
		sentences(),
		'',
	].join('\n');
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
		lines.push(
			`license_category: ${pickWeighted(random, [
				['restricted', 5],
				['non-commercial', 3],
				['permissive', 2],
				['unknown', 1],
			] as const)}`,
		);
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
	// Every fact carries its source, as on real cards.
	const facts = lines
		.map((line) => /^([a-z_]+):/.exec(line)?.[1])
		.filter((key) => ['license', 'parameters', 'release_date', 'context_length', 'language', 'organization'].includes(key ?? ''));
	lines.push('sources:');
	for (const fact of facts) lines.push(`  ${fact}: { url: ${sourceUrl} }`);
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
