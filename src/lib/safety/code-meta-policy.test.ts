import { describe, expect, it } from 'vitest';
import { codeMetaProblems } from './code-meta-policy.ts';

const code = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n');

describe('codeMetaProblems', () => {
	it('accepts the options the tutorials use: a title, line ranges, frames and text markers', () => {
		expect(codeMetaProblems('title="transcribe.py" {7-12}', code)).toEqual([]);
		expect(codeMetaProblems('title="index.py" {3,10,13-20}', code)).toEqual([]);
		expect(codeMetaProblems('frame="terminal" mark={2} ins={3-4} del={5} "line 1" ins="line 2"', code)).toEqual([]);
		expect(codeMetaProblems(undefined, code)).toEqual([]);
		expect(codeMetaProblems('  ', code)).toEqual([]);
	});

	it('refuses regular-expression markers, which run at build time', () => {
		expect(codeMetaProblems('/(a+)+$/', code)).toEqual([expect.stringContaining('is a regular expression')]);
		expect(codeMetaProblems('mark=/x/', code)).toEqual([expect.stringContaining('is a regular expression')]);
	});

	it('refuses line ranges outside the block, however large', () => {
		expect(codeMetaProblems('mark={1-200000000}', code)).toEqual([expect.stringContaining("goes beyond the block's 20 lines")]);
		expect(codeMetaProblems('{21}', code)).toEqual([expect.stringContaining('beyond')]);
		expect(codeMetaProblems('{5-3}', code)).toEqual([expect.stringContaining('beyond')]);
		expect(codeMetaProblems('{0}', code)).toEqual([expect.stringContaining('beyond')]);
		expect(codeMetaProblems('{a-b}', code)).toEqual([expect.stringContaining('is not a list of line numbers')]);
	});

	it('refuses unknown options, unknown frames and markup in titles', () => {
		expect(codeMetaProblems('collapse={1-5}', code)).toEqual([expect.stringContaining('is not supported')]);
		expect(codeMetaProblems('frame="window"', code)).toEqual([expect.stringContaining('is not one of')]);
		expect(codeMetaProblems('title="a.py <img src=x onerror=alert(1)>"', code)).toHaveLength(1);
	});
});
