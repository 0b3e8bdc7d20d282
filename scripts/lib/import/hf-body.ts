/**
 * Turns a Hugging Face card's Markdown body into an OpenModels card body: the first heading
 * becomes the title, common Hugging Face section names become the four required sections,
 * links relative to the Hugging Face repository are resolved or removed, and scripts, frames,
 * style sheets and inline event handlers are stripped. Code blocks are left untouched.
 */
import { requiredModelSections } from '../../../src/schemas/model-card.ts';
import type { Guess, Todo } from './types.ts';
import { escapeMarkup } from '../../../src/lib/escape-markup.ts';
import { sanitizeMarkdownHtml } from '../../../src/lib/safety/sanitize-markdown-html.ts';
import { parseBody } from '../../../src/lib/validation/parse-body.ts';

/** Hugging Face heading names (normalised) that mean each required section. */
const SECTION_ALIASES: Record<string, string[]> = {
	'Intended use': [
		'uses',
		'use',
		'intended use',
		'intended uses',
		'intended use cases',
		'direct use',
		'direct uses',
		'intended uses and limitations',
		'model use',
		'model uses',
		'use cases',
		'evaluated use',
	],
	'Limitations and risks': [
		'bias risks and limitations',
		'bias risks limitations',
		'limitations',
		'risks and limitations',
		'limitations and bias',
		'limitations and biases',
		'bias and limitations',
		'biases and limitations',
		'performance and limitations',
		'ethical considerations and limitations',
		'known limitations',
		'risks',
		'bias',
	],
	'Training data': ['training data', 'training details', 'training dataset', 'training datasets', 'pretraining data', 'training and evaluation data', 'data'],
	Evaluation: ['evaluation', 'evaluation results', 'results', 'evaluations', 'benchmarks', 'benchmark results', 'performance'],
};

const SECTION_HINTS: Record<string, string> = {
	'Intended use': 'what the model is for, who it is for, and uses it is not suited to',
	'Limitations and risks': 'known failure modes, biases and risks, and advice to users',
	'Training data': 'what data the model was trained on and where it is described (or say that it is undisclosed)',
	Evaluation: 'how the model was evaluated, on which benchmarks, with which results; link the source',
};

/** First headings that name a section rather than the model. */
const NOT_A_TITLE = new Set([
	'model details',
	'model description',
	'model card',
	'table of contents',
	'overview',
	'introduction',
	'summary',
	'description',
	'about',
	...Object.values(SECTION_ALIASES).flat(),
]);

export interface BodyResult {
	body: string;
	/** Title read from the first heading, and that heading as written. */
	title?: { text: string; heading: string };
	notes: string[];
	guesses: Guess[];
	todo: Todo[];
}

/** Lowercase words only: `**Bias, Risks, & Limitations** [optional]` → `bias risks and limitations`. */
export function normalizeHeading(text: string): string {
	return text
		.toLowerCase()
		.replace(/\[optional\]/g, '')
		.replace(/<[^>]*>/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
		.replace(/-/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The anchor Astro gives a heading (github-slugger rules). */
export function slugify(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

function plainText(markdown: string): string {
	return markdown
		.replace(/<[^>]*>/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__|\*|`)(\S(?:.*?\S)?)\1/g, '$2')
		.replace(/`/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Marks the lines inside fenced code blocks (fences included). */
function codeMask(lines: string[]): boolean[] {
	const mask: boolean[] = [];
	let fence: string | undefined;
	for (const line of lines) {
		const match = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (fence) {
			mask.push(true);
			if (match && match[1]![0] === fence[0] && match[1]!.length >= fence.length && line.trim() === match[1]) fence = undefined;
		} else if (match) {
			fence = match[1];
			mask.push(true);
		} else mask.push(false);
	}
	return mask;
}

function takeTitle(lines: string[], mask: boolean[], result: BodyResult): void {
	for (let index = 0; index < lines.length; index++) {
		if (mask[index]) continue;
		const match = /^#\s+(.*?)\s*#*\s*$/.exec(lines[index]!) ?? /^\s*<h1\b[^>]*>(.*?)<\/h1>\s*$/i.exec(lines[index]!);
		if (!match) continue;
		const text = plainText(match[1]!)
			.replace(/^model\s+card\s*(?:for|of|:|-|–|—)?\s*/i, '')
			.trim();
		if (text && !NOT_A_TITLE.has(normalizeHeading(text))) {
			result.title = { text, heading: lines[index]!.trim() };
			const removeBlank = lines[index + 1]?.trim() === '' ? 2 : 1;
			lines.splice(index, removeBlank);
			mask.splice(index, removeBlank);
			result.notes.push(`the first heading ${JSON.stringify(result.title.heading)} became the title and was removed from the body (the page shows the title)`);
		}
		return;
	}
}

/** Renames Hugging Face section headings to the required names; returns old → new anchors. */
function mapSections(lines: string[], mask: boolean[], result: BodyResult): Map<string, string> {
	const anchors = new Map<string, string>();
	const sections = requiredModelSections.en;
	const h2 = lines.flatMap((line, index) => {
		const match = mask[index] ? null : /^##\s+(.+?)\s*#*\s*$/.exec(line);
		return match ? [{ index, text: match[1]!.trim() }] : [];
	});
	const present = new Set(sections.filter((section) => h2.some((heading) => heading.text.toLowerCase() === section.toLowerCase())));
	for (const heading of h2) {
		const section = sections.find((name) => !present.has(name) && SECTION_ALIASES[name]!.includes(normalizeHeading(heading.text)));
		if (!section) continue;
		present.add(section);
		lines[heading.index] = `## ${section}`;
		anchors.set(slugify(heading.text), slugify(section));
		result.notes.push(`section ${JSON.stringify(`## ${heading.text}`)} renamed ${JSON.stringify(`## ${section}`)}`);
	}
	for (const section of sections.filter((name) => !present.has(name))) {
		lines.push(
			'',
			`## ${section} <!-- TODO: write this section, then delete this comment (npm run validate reports it until then) -->`,
			'',
			`TODO: ${SECTION_HINTS[section]}.`,
		);
		mask.push(false, false, false, false);
		result.notes.push(`section "## ${section}" added with a TODO`);
		result.todo.push({ field: 'body', hint: `write the "## ${section}" section: ${SECTION_HINTS[section]}` });
	}
	return anchors;
}

const STRIPPED_ELEMENTS = ['script', 'iframe', 'style'] as const;

/** Removes scripts, frames, style sheets, inline event handlers and javascript: URLs. */
function sanitize(text: string, counts: Map<string, number>): string {
	const count = (what: string, n = 1) => counts.set(what, (counts.get(what) ?? 0) + n);
	let out = text;
	for (const element of STRIPPED_ELEMENTS) {
		out = out.replace(new RegExp(`<${element}\\b[^>]*>[\\s\\S]*?<\\/${element}\\s*>`, 'gi'), () => (count(`<${element}> element`), ''));
		out = out.replace(new RegExp(`<\\/?${element}\\b[^>]*>`, 'gi'), () => (count(`<${element}> element`), ''));
	}
	out = out.replace(/<[a-z][^>]*>/gi, (tag) =>
		tag
			.replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, () => (count('inline event handler'), ''))
			.replace(/\s+(?:href|src)\s*=\s*(?:"\s*javascript:[^"]*"|'\s*javascript:[^']*')/gi, () => (count('javascript: URL'), '')),
	);
	// Images must live in the OpenModels repository: hosted ones become links, relative ones
	// (files of the Hugging Face repository) are removed.
	return out.replace(/<img\b[^>]*>/gi, (tag) => {
		const src = /\ssrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		const alt = /\salt\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1]?.trim();
		if (src && /^https?:\/\//i.test(src)) {
			count('externally hosted <img> turned into a link');
			// The alt text was an attribute value; as element content it must be escaped.
			return `<a href="${escapeMarkup(src)}">${escapeMarkup(alt ? `Image: ${alt}` : 'Image')}</a>`;
		}
		count('<img> of a file outside this repository');
		return '';
	});
}

/**
 * OpenModels serves only images from its own repository (no tracking, no broken pictures),
 * so an image hosted elsewhere becomes a link to it.
 */
function remoteImageAsLink(label: string, url: string, titlePart: string, result: BodyResult): string {
	result.notes.push(
		`image "${url}" turned into a link: images must live in the OpenModels repository (download it if its licence allows, and add it with alt text)`,
	);
	return `[${label.trim() ? `Image: ${label.trim()}` : 'Image'}](${url}${titlePart})`;
}

function resolveLinks(text: string, hubId: string | undefined, result: BodyResult): string {
	return text.replace(
		/(!?)\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?((?:\s+(?:"[^"]*"|'[^']*'))?)\s*\)/g,
		(whole, bang: string, label: string, target: string, titlePart: string) => {
			if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target)) {
				return bang && /^(?:https?:)?\/\//i.test(target) ? remoteImageAsLink(label, target, titlePart, result) : whole;
			}
			if (target.startsWith('/')) {
				result.notes.push(`link "${target}" (relative to huggingface.co) written as https://huggingface.co${target}`);
				return bang
					? remoteImageAsLink(label, `https://huggingface.co${target}`, titlePart, result)
					: `[${label}](https://huggingface.co${target}${titlePart})`;
			}
			const path = target.replace(/^\.\//, '');
			if (hubId) {
				const url = `https://huggingface.co/${hubId}/${bang ? 'resolve' : 'blob'}/main/${path}`;
				result.guesses.push({
					field: 'body',
					value: url,
					basis: `the card's relative ${bang ? 'image' : 'link'} "${target}", resolved in the repository given by --hub-id`,
				});
				return bang ? remoteImageAsLink(label, url, titlePart, result) : `[${label}](${url}${titlePart})`;
			}
			result.notes.push(
				`relative ${bang ? 'image' : 'link'} "${target}" removed${bang ? '' : ' (its text kept)'}: it points into the Hugging Face repository; pass --hub-id to resolve it, or add an https:// URL`,
			);
			return bang ? '' : label;
		},
	);
}

/** Applies `transform` to the text outside code blocks and inline code spans. */
function outsideCode(lines: string[], mask: boolean[], transform: (text: string) => string): string[] {
	const out: string[] = [];
	for (let start = 0; start < lines.length;) {
		let end = start;
		while (end < lines.length && mask[end] === mask[start]) end++;
		const chunk = lines.slice(start, end).join('\n');
		if (mask[start]) out.push(chunk);
		else {
			const spans: string[] = [];
			const hidden = chunk.replace(/`[^`\n]*`/g, (span) => `\u0000${spans.push(span) - 1}\u0000`);
			out.push(transform(hidden).replace(/\u0000(\d+)\u0000/g, (_, index: string) => spans[Number(index)]!));
		}
		start = end;
	}
	return out.join('\n').split('\n');
}

export function convertBody(body: string, options: { hubId?: string } = {}): BodyResult {
	const result: BodyResult = { body: '', notes: [], guesses: [], todo: [] };
	let lines = body.replace(/\s+$/, '').split('\n');
	const mask = codeMask(lines);
	takeTitle(lines, mask, result);

	if (lines.some((line, index) => !mask[index] && /^#\s/.test(line))) {
		lines = lines.map((line, index) => (!mask[index] && /^#{1,5}\s/.test(line) ? `#${line}` : line));
		result.notes.push('the card used "#" headings for its sections: every heading moved one level down so that sections are "##" headings');
	}
	const anchors = mapSections(lines, mask, result);
	const counts = new Map<string, number>();
	lines = outsideCode(lines, mask, (text) => {
		let out = text;
		for (const [from, to] of anchors) {
			if (from !== to) out = out.replaceAll(`](#${from})`, `](#${to})`).replaceAll(`href="#${from}"`, `href="#${to}"`);
		}
		return resolveLinks(sanitize(out, counts), options.hubId, result);
	});
	for (const [what, n] of counts) result.notes.push(`removed ${n} ${what}${n === 1 ? '' : 's'}`);
	// Then the site's own allow-list, on the parsed HTML: whatever the steps above left that
	// `npm run validate` would refuse (styles, ids, unknown elements, script URLs) goes.
	const cleaned = sanitizeMarkdownHtml(
		`${lines
			.join('\n')
			.replace(/^(?:[ \t]*\n)+/, '')
			.trimEnd()}\n`,
		(text) => parseBody(text, false),
	);
	if (cleaned.changed > 0)
		result.notes.push(`cleaned ${cleaned.changed} HTML block${cleaned.changed === 1 ? '' : 's'} to the HTML that content may use (see the contributing guide)`);
	result.body = cleaned.markdown;
	return result;
}
