import { describe, expect, it } from 'vitest';
import { problemsFor } from '../../tests/helpers/validation.ts';

const tutorial = `
title: A first tutorial
description: A tutorial used to check the tutorial schema accepts and rejects the right things.
level: beginner
duration: 20
objectives: [Run a model]
authors: [OpenModels community]
last_reviewed: 2026-11-25
`;

describe('tutorial schema', () => {
	it('accepts a minimal tutorial and fills defaults', () => {
		expect(problemsFor('tutorials', tutorial)).toEqual([]);
	});

	it.each([
		['an unknown level', tutorial.replace('beginner', 'easy'), 'level', 'expected beginner, intermediate or advanced; found "easy"'],
		[
			'a duration in words',
			tutorial.replace('duration: 20', 'duration: twenty minutes'),
			'duration',
			'expected the time in minutes, e.g. 30; found "twenty minutes"',
		],
		[
			'no objectives',
			tutorial.replace('objectives: [Run a model]', 'objectives: []'),
			'objectives',
			'list at least one learning objective; found a list (0 items)',
		],
		[
			'no authors',
			tutorial.replace('authors: [OpenModels community]', 'authors: []'),
			'authors',
			'name at least one author (a GitHub handle or organisation); found a list (0 items)',
		],
		[
			'a bad series id',
			`${tutorial}series: { id: Getting Started, order: 1 }`,
			'series.id',
			'expected a lowercase-kebab id such as "my-model" (letters a–z, digits, single hyphens); found "Getting Started"',
		],
	])('rejects %s', (_name, yaml, field, message) => {
		expect(problemsFor('tutorials', yaml)).toContainEqual(expect.objectContaining({ field, message }));
	});
});
