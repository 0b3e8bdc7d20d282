import { describe, expect, it } from 'vitest';
import { importHfCard } from './hf-card.ts';
import { convertBody, normalizeHeading, slugify } from './hf-body.ts';
import { fixture } from '../../../tests/helpers/import-hf.ts';

describe('convertBody', () => {
	it('maps Hugging Face template sections to the required ones and strips active content', () => {
		const result = importHfCard(fixture('hf-sections.md'), { fileName: 'hf-sections.md' });
		if (!result.ok) throw new Error(result.message);
		expect(result.report.body).toEqual([
			'the first heading "# Model Card for Sentiment Mini" became the title and was removed from the body (the page shows the title)',
			'the card used "#" headings for its sections: every heading moved one level down so that sections are "##" headings',
			'section "## Uses" renamed "## Intended use"',
			'section "## Bias, Risks, and Limitations" renamed "## Limitations and risks"',
			'section "## Training Details" renamed "## Training data"',
			'removed 1 <script> element',
			'removed 1 <iframe> element',
			'removed 1 <style> element',
			'removed 1 inline event handler',
			'removed 1 <img> of a file outside this repository',
		]);
		const body = result.card.split('\n---\n')[1]!;
		expect(body.match(/^#{1,3} .*$/gm)).toEqual([
			'##  Table of Contents',
			'## Intended use',
			'### Direct Use',
			'## Limitations and risks',
			'## Training data',
			'### Training Data',
			'## Evaluation',
			'### Results',
		]);
		expect(body).toContain('1. [Uses](#intended-use)\n2. [Bias, Risks, and Limitations](#limitations-and-risks)');
		expect(body).toContain('Misreads sarcasm. ');
		expect(body).not.toMatch(/alert|<iframe|<style|display: none/);
		expect(body).toContain('```html\n<script>console.log("kept: this is code")</script>\n```');
		expect(body).toContain('Inline `<script>` code stays too.');
		expect(result.report.todo.filter((todo) => todo.field === 'body')).toEqual([]);
	});

	it('adds missing sections with a TODO and keeps the card’s own sections in order', () => {
		const result = convertBody('Intro.\n\n## Results\n\nGood.\n\n## Limitations\n\nSome.\n');
		expect(result.body).toBe(
			[
				'Intro.',
				'',
				'## Evaluation',
				'',
				'Good.',
				'',
				'## Limitations and risks',
				'',
				'Some.',
				'',
				'## Intended use <!-- TODO: write this section, then delete this comment (npm run validate reports it until then) -->',
				'',
				'TODO: what the model is for, who it is for, and uses it is not suited to.',
				'',
				'## Training data <!-- TODO: write this section, then delete this comment (npm run validate reports it until then) -->',
				'',
				'TODO: what data the model was trained on and where it is described (or say that it is undisclosed).',
				'',
			].join('\n'),
		);
		expect(result.todo.map((todo) => todo.hint)).toEqual([
			'write the "## Intended use" section: what the model is for, who it is for, and uses it is not suited to',
			'write the "## Training data" section: what data the model was trained on and where it is described (or say that it is undisclosed)',
		]);
	});

	it('does not treat a section-name first heading as the title, nor headings inside code', () => {
		const result = convertBody('# **Model Details**\n\n```md\n# Not a heading\n```\n\n# **Intended Use**\n\nChat.\n');
		expect(result.title).toBeUndefined();
		expect(result.body.startsWith('## **Model Details**\n\n```md\n# Not a heading\n```\n\n## Intended use\n')).toBe(true);
	});

	it('removes inline event handlers and javascript: URLs from any tag', () => {
		const result = convertBody('<a href="javascript:alert(1)" onclick=\'x()\'>x</a> <div onmouseover="y()">d</div>\n');
		expect(result.body.split('\n')[0]).toBe('<a>x</a> <div>d</div>');
		expect(result.notes.slice(-2)).toEqual(['removed 2 inline event handlers', 'removed 1 javascript: URL']);
	});

	it('resolves links relative to huggingface.co and to the repository', () => {
		const result = convertBody('[data](/datasets/mc4) ![chart](./chart.png) [code](train.py)\n', { hubId: 'org/model' });
		expect(result.body.split('\n')[0]).toBe(
			'[data](https://huggingface.co/datasets/mc4) [Image: chart](https://huggingface.co/org/model/resolve/main/chart.png) [code](https://huggingface.co/org/model/blob/main/train.py)',
		);
		expect(result.guesses.map((guess) => guess.value)).toEqual([
			'https://huggingface.co/org/model/resolve/main/chart.png',
			'https://huggingface.co/org/model/blob/main/train.py',
		]);
	});

	it('normalises headings and slugs like the site', () => {
		expect(normalizeHeading('**Bias, Risks, & Limitations** [optional]')).toBe('bias risks and limitations');
		expect(slugify('Bias, Risks, and Limitations')).toBe('bias-risks-and-limitations');
	});
});
