import { describe, expect, it } from 'vitest';
import { notCopiedLines } from './report.ts';

const unsourced = (index: number) => ({
	field: `model-index[0].results[${index}]`,
	line: 56 + 11 * index,
	message: 'result left out: it names no source',
});

describe('notCopiedLines', () => {
	it('gives a run of the same note on one list one line, with its first and last item and lines', () => {
		const notes = [{ field: 'language[6]', line: 10, message: '"code" left out' }, ...Array.from({ length: 139 }, (_, index) => unsourced(index))];
		expect(notCopiedLines(notes)).toEqual([
			'line 10  language[6]  "code" left out',
			'lines 56–1574  model-index[0].results[0] to model-index[0].results[138] (139)  result left out: it names no source',
		]);
	});

	it('keeps notes apart where the messages differ or the run is short', () => {
		const notes = [unsourced(0), unsourced(1), { field: 'language[2]', line: 9, message: 'result left out: it names no source' }];
		expect(notCopiedLines(notes)).toHaveLength(3);
	});
});
