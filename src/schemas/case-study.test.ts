import { describe, expect, it } from 'vitest';
import { problemsFor } from '../../tests/helpers/validation.ts';

const example = `
title: Transcribing lectures
description: An illustrative scenario about transcribing lectures with an open speech model.
kind: example
sector: education
region: Global
models: [whisper-large-v3]
problem: Lectures are hard to follow for some students.
approach: Transcribe recordings locally and review them.
outcome: The team would measure word error rate on its own recordings.
`;

describe('case study schema', () => {
	it('accepts an illustrative example without sources', () => {
		expect(problemsFor('caseStudies', example)).toEqual([]);
	});

	it('requires an organisation and sources for a real deployment', () => {
		expect(problemsFor('caseStudies', example.replace('kind: example', 'kind: deployment'))).toEqual([
			{ line: 2, field: 'organization', message: 'is required for a deployment: name who deployed it' },
			{
				line: 2,
				field: 'sources',
				message: 'a deployment must cite at least one public source (https:// URL); use kind: example for an illustrative scenario',
			},
		]);
	});

	it('requires a source for every measured result of a deployment', () => {
		const deployment = `${example.replace('kind: example', 'kind: deployment')}organization: Example University
sources: [https://example.org/report]
results:
  - metric: Word error rate
    value: 12%`;
		expect(problemsFor('caseStudies', deployment)).toEqual([
			{ line: 14, field: 'results[0].source', message: 'every measured result of a deployment needs the URL where it was reported' },
		]);
	});

	it('rejects an unknown kind', () => {
		expect(problemsFor('caseStudies', example.replace('kind: example', 'kind: story'))).toContainEqual(
			expect.objectContaining({
				field: 'kind',
				message: 'expected deployment (a real, sourced deployment) or example (an illustrative scenario); found "story"',
			}),
		);
	});
});
