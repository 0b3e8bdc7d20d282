import { describe, expect, it } from 'vitest';
import { headingId, isReservedId } from './reserved-ids.ts';

describe('reserved ids', () => {
	it("refuses Starlight's ids and the project's om- ids", () => {
		expect(isReservedId(headingId('om-a11y'))).toBe(true);
		expect(isReservedId(headingId('starlight__search'))).toBe(true);
		expect(isReservedId(headingId('_top'))).toBe(true);
	});

	it('accepts ordinary headings, in any language', () => {
		expect(isReservedId(headingId('Evaluation results'))).toBe(false);
		expect(isReservedId(headingId('预期用途'))).toBe(false);
	});
});
