import { describe, expect, it } from 'vitest';
import { problemsFor } from '../../tests/helpers/validation.ts';

const group = `
title: Agriculture
description: A working group used to check that the schema allows groups beyond the first four.
focus_areas: [Crop disease detection]
discussion_url: https://github.com/open-models-platform/home/discussions
`;

describe('working group schema', () => {
	it('accepts a new group with no leads yet', () => {
		expect(problemsFor('workingGroups', group)).toEqual([]);
	});

	it('requires focus areas and an https discussion link', () => {
		const problems = problemsFor('workingGroups', group.replace('[Crop disease detection]', '[]').replace('https://github', 'http://github'));
		expect(problems).toEqual([
			{ line: 4, field: 'focus_areas', message: 'list at least one focus area; found a list (0 items)' },
			{
				line: 5,
				field: 'discussion_url',
				message:
					'expected an https:// URL (or a path on this site starting with /); http: links are not allowed; found "http://github.com/open-models-platform/home/discussions"',
			},
		]);
	});
});
