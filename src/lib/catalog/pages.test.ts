import { describe, expect, it } from 'vitest';
import { listOrder, listPagePath, pageCount, pageLinks, pageSlice } from './pages.ts';

describe('catalog list pages', () => {
	it('splits the list into full pages and a last partial one', () => {
		const items = Array.from({ length: 123 }, (_, index) => index);
		expect(pageCount(123, 50)).toBe(3);
		expect(pageCount(100, 50)).toBe(2);
		expect(pageCount(0, 50)).toBe(1);
		expect(pageSlice(items, 1, 50)).toEqual(items.slice(0, 50));
		expect(pageSlice(items, 3, 50)).toEqual(items.slice(100));
		expect([1, 2, 3].flatMap((page) => pageSlice(items, page, 50))).toEqual(items);
	});

	it('orders the list by title without changing its input', () => {
		const models = ['Whisper', 'bark', 'BERT', 'ĀI model'].map((title) => ({ data: { title } }));
		expect(listOrder(models).map((model) => model.data.title)).toEqual(['ĀI model', 'bark', 'BERT', 'Whisper']);
		expect(models[0]!.data.title).toBe('Whisper');
	});

	it('puts page 1 on the catalog page itself', () => {
		expect(listPagePath(1)).toBe('/models/');
		expect(listPagePath(4)).toBe('/models/page/4/');
	});

	it('shows the ends and the neighbours of the current page, with gaps', () => {
		expect(pageLinks(1, 1)).toEqual([1]);
		expect(pageLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
		expect(pageLinks(8, 100)).toEqual([1, null, 6, 7, 8, 9, 10, null, 100]);
		expect(pageLinks(1, 100)).toEqual([1, 2, 3, null, 100]);
		expect(pageLinks(100, 100)).toEqual([1, null, 98, 99, 100]);
		// A gap of one page shows the page instead of an ellipsis.
		expect(pageLinks(5, 100)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 100]);
	});
});
