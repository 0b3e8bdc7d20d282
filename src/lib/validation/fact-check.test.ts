import { describe, expect, it } from 'vitest';
import { checkFacts, quotedNumbers, siteProblem, type CardFacts } from './fact-check.ts';

const card: CardFacts = {
	id: 'qwen3-8b',
	organization: 'alibaba-qwen',
	license: 'apache-2.0',
	parameters: 8_200_000_000,
	context_length: 32_768,
	release_date: new Date('2025-04-29'),
	language: ['en', 'zh'],
	sources: {
		organization: { url: 'https://huggingface.co/Qwen/Qwen3-8B' },
		license: { url: 'https://huggingface.co/Qwen/Qwen3-8B', quote: 'license: apache-2.0' },
		parameters: { url: 'https://huggingface.co/Qwen/Qwen3-8B', quote: 'Number of Parameters: 8.2B' },
		context_length: { url: 'https://huggingface.co/Qwen/Qwen3-8B', quote: 'Context Length: 32,768 natively' },
		release_date: { url: 'https://qwenlm.github.io/blog/qwen3/', quote: 'April 29, 2025' },
		language: { url: 'https://qwenlm.github.io/blog/qwen3/', quote: 'Qwen3 models are supporting 119 languages and dialects.' },
	},
};

describe('quotedNumbers', () => {
	const covers = (quote: string, value: number) => quotedNumbers(quote).some(({ low, high }) => value >= low && value <= high);
	it('does not read a size that is part of the model’s name as its count', () => {
		expect(covers('Falcon3-7B-Instruct', 7_000_000_000)).toBe(false);
		expect(covers('Phi-3-mini', 3)).toBe(false);
		expect(covers('Granite-3.3-8B-Instruct is a 8-billion parameter model', 8_000_000_000)).toBe(true);
		expect(covers('available in 8B, 70B and 405B sizes', 8_000_000_000)).toBe(true);
		expect(covers('a 1.5B-parameter model', 1_500_000_000)).toBe(true);
	});

	it('reads figures as people write them', () => {
		expect(covers('Number of Parameters: 8.2B', 8_200_000_000)).toBe(true);
		expect(covers('Context Length: 32,768 natively', 32_768)).toBe(true);
		expect(covers('a 128K context window', 131_072)).toBe(true);
		expect(covers('GLM-4.5 has **355** billion total parameters', 355_000_000_000)).toBe(true);
		expect(covers('Model # param. (Millions) … DistilBERT 66 410', 66_000_000)).toBe(true);
	});
	it('does not let a rounded figure stand for a different number', () => {
		expect(covers('Number of Parameters: 8.2B', 8_300_000_000)).toBe(false);
		expect(covers('Context Length: 32,768', 32_000)).toBe(false);
		expect(covers('7B', 13_000_000_000)).toBe(false);
	});
});

describe('siteProblem', () => {
	it('accepts hubs, code hosts, papers and the organisation’s own sites', () => {
		expect(siteProblem('https://huggingface.co/Qwen/Qwen3-8B', card)).toBeUndefined();
		expect(siteProblem('https://arxiv.org/abs/2505.09388', card)).toBeUndefined();
		expect(siteProblem('https://qwenlm.github.io/blog/qwen3/', card)).toBeUndefined();
		expect(siteProblem('https://research.google/blog/x', { organization: 'google', license: 'apache-2.0' })).toBeUndefined();
	});
	it('flags aggregators, other organisations’ sites and plain http', () => {
		expect(siteProblem('https://apxml.com/models/qwen3-8b', card)).toMatch(/apxml\.com is not/);
		expect(siteProblem('https://ai.meta.com/blog/x', card)).toMatch(/ai\.meta\.com is not/);
		expect(siteProblem('http://huggingface.co/Qwen/Qwen3-8B', card)).toBe('not https');
	});
});

describe('checkFacts', () => {
	it('lists each fact with its source and flags nothing on a well-sourced card', () => {
		const findings = checkFacts(card);
		expect(findings.map((finding) => finding.field)).toEqual(['license', 'parameters', 'release_date', 'context_length', 'language', 'organization']);
		expect(findings.filter((finding) => finding.problem)).toEqual([]);
	});
	it('flags a missing source, a wrong number and a date not in its words', () => {
		const findings = checkFacts({
			...card,
			parameters: 8_000_000_000,
			release_date: new Date('2024-04-29'),
			sources: { ...card.sources, organization: undefined },
		});
		expect(findings.filter((finding) => finding.problem).map((finding) => `${finding.field}: ${finding.problem}`)).toEqual([
			expect.stringMatching(/^parameters: 8000000000 does not appear in the quoted words \(quote them as the source writes/),
			'release_date: the year 2024 does not appear in the quoted words',
			'organization: no source',
		]);
	});
	it('flags a fact that is neither stated nor marked not applicable', () => {
		const findings = checkFacts({
			...card,
			language: undefined,
			context_length: undefined,
			sources: { ...card.sources, language: undefined, context_length: undefined },
		});
		expect(findings.filter((finding) => finding.problem).map((finding) => finding.field)).toEqual(['context_length', 'language']);
		expect(findings.find((finding) => finding.field === 'language')?.problem).toMatch(/^missing: .*not_applicable/);
	});
	it('reports a fact no official source confirms, with what was checked, without flagging it', () => {
		const findings = checkFacts({
			...card,
			parameters: undefined,
			sources: { ...card.sources, parameters: { unconfirmed: 'not on the Hub card or in the report' } },
		});
		expect(findings).toContainEqual({ id: 'qwen3-8b', field: 'parameters', value: 'unconfirmed: not on the Hub card or in the report', unconfirmed: true });
		expect(findings.filter((finding) => finding.problem)).toEqual([]);
	});
	it('reports a fact that does not apply, with the reason', () => {
		const findings = checkFacts({ ...card, context_length: undefined, sources: { ...card.sources, context_length: { not_applicable: 'an image model' } } });
		expect(findings).toContainEqual({ id: 'qwen3-8b', field: 'context_length', value: 'not applicable: an image model' });
	});
});
