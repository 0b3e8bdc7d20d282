/**
 * Word pools and small random-word generators for the synthetic benchmark cards (cards.ts):
 * every facet's values with weights like the Hub's, and pseudo-words for names. Pure.
 */
import { intBetween, pick, type Random } from './random.ts';
import { toId } from '../../../src/schemas/shared.ts';

export const SYLLABLES = [
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
export const VARIANTS = ['', '', 'Base', 'Instruct', 'Chat', 'Small', 'Large', 'Mini', 'Turbo', 'XL', 'Lite', 'Pro'];
export const LANGUAGES = [
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
export const LANGUAGE_NAMES: Record<string, string> = {
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
export const OTHER_LICENSES = ['llama4', 'deepseek-license', 'modified-mit', 'flux-1-dev-non-commercial', 'dinov3-license', 'prior-labs-license'];
export const LICENSE_WEIGHTS: Record<string, number> = {
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
export const TASK_WEIGHTS: Record<string, number> = {
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
export const LIBRARY_BY_MODALITY: Record<string, readonly (readonly [string, number])[]> = {
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
export const ARCHITECTURES: Record<string, readonly string[]> = {
	text: ['Decoder-only Transformer', 'Encoder-only Transformer', 'Encoder-decoder Transformer', 'Mixture-of-experts Transformer', 'State-space model'],
	code: ['Decoder-only Transformer with fill-in-the-middle training', 'Mixture-of-experts Transformer'],
	vision: ['Vision Transformer', 'Convolutional network', 'Latent diffusion U-Net', 'DETR-style detection Transformer', 'Diffusion Transformer'],
	audio: ['Transformer encoder-decoder', 'Conformer', 'wav2vec-style encoder', 'Neural audio codec with Transformer decoder'],
	multimodal: ['Vision encoder with a decoder-only language model', 'Dual-encoder (contrastive)', 'Any-to-any Transformer'],
	embeddings: ['Encoder-only Transformer with mean pooling', 'Bi-encoder', 'Matryoshka embedding encoder'],
	'time-series': ['Patch-based decoder-only Transformer', 'Encoder-decoder Transformer over tokenised values'],
	tabular: ['Prior-fitted Transformer', 'Gradient-boosted trees distilled into an MLP'],
};
export const DOMAINS = [
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
export const TAGS: Record<string, readonly string[]> = {
	text: ['chat', 'instruction-tuned', 'multilingual', 'long-context', 'reasoning', 'summarisation', 'rag', 'quantised', 'small'],
	code: ['code', 'fill-in-the-middle', 'chat', 'quantised'],
	vision: ['image', 'detection', 'segmentation', 'diffusion', 'edge', 'onnx'],
	audio: ['speech', 'speech-recognition', 'text-to-speech', 'audio', 'multilingual'],
	multimodal: ['vision-language', 'image-captioning', 'document-understanding', 'video'],
	embeddings: ['embeddings', 'retrieval', 'rag', 'multilingual', 'reranking'],
	'time-series': ['forecasting', 'zero-shot', 'time-series'],
	tabular: ['tabular', 'classification', 'regression', 'small-data'],
};
export const METRICS = ['accuracy', 'f1', 'wer', 'bleu', 'rouge-l', 'exact-match', 'map', 'ndcg@10', 'mase', 'fid'];

export function pseudoWord(random: Random, syllables = intBetween(random, 2, 3)): string {
	let word = '';
	for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
	return word;
}

export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
export const slug = toId;
export const quote = (text: string) => JSON.stringify(text);

/** A size name such as "7B" or "350M". */
export function sizeLabel(parameters: number): string {
	if (parameters >= 1e9) return `${Number((parameters / 1e9).toPrecision(2))}B`;
	return `${Math.round(parameters / 1e6)}M`;
}

export function isoDate(random: Random): string {
	const start = Date.UTC(2018, 0, 1);
	const end = Date.UTC(2026, 5, 30);
	return new Date(start + Math.floor(random() * (end - start))).toISOString().slice(0, 10);
}

export function arxivId(random: Random): string {
	return `${intBetween(random, 18, 26)}${String(intBetween(random, 1, 12)).padStart(2, '0')}.${String(intBetween(random, 1, 19999)).padStart(5, '0')}`;
}

export function datasetName(random: Random): string {
	return `${capitalise(pseudoWord(random))}${pick(random, ['Corpus', 'Bench', 'QA', '-Speech', 'Vision', 'Instruct', 'Web', 'Docs'])}`;
}
