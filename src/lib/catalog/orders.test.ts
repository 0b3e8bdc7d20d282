import { describe, expect, it } from 'vitest';
import { applyOrder, catalogOrders, orderFilePath, sortMetaKey, type IndexedPage } from './orders.ts';

const model = (id: string, name: string, released: string, parameters: string): IndexedPage => ({
	id,
	meta: { title: name, [sortMetaKey('name')]: name.toLowerCase(), [sortMetaKey('released')]: released, [sortMetaKey('parameters')]: parameters },
});

const pages: IndexedPage[] = [
	model('en_c', 'Whisper large-v3', '2023-11-06', '000001550000000'),
	model('en_a', 'bert-base-uncased', '2018-10-11', '000000110000000'),
	model('en_d', 'Llama 3.1 8B', '0000-00-00', '000008000000000'),
	model('en_b', 'Mistral 7B', '2023-11-06', '000000000000000'),
	{ id: 'en_t', meta: { title: 'A tutorial' } },
];

describe('catalogOrders', () => {
	const orders = catalogOrders(pages);

	it('orders the model pages by name, A to Z, ignoring case', () => {
		expect(orders.name).toEqual(['en_a', 'en_d', 'en_b', 'en_c']);
	});

	it('puts the newest and the largest first, unknown values last, ties by name', () => {
		expect(orders.released).toEqual(['en_b', 'en_c', 'en_a', 'en_d']);
		expect(orders.parameters).toEqual(['en_d', 'en_c', 'en_a', 'en_b']);
	});

	it('leaves out pages without sort keys (tutorials, guides)', () => {
		for (const order of Object.values(orders)) expect(order).not.toContain('en_t');
	});

	it('does not depend on the order Pagefind listed the pages in', () => {
		expect(catalogOrders([...pages].reverse())).toEqual(orders);
	});
});

describe('applyOrder', () => {
	it('sorts results by the order and keeps unknown results, in their own order, at the end', () => {
		const results = [{ id: 'x2' }, { id: 'en_c' }, { id: 'x1' }, { id: 'en_a' }];
		expect(applyOrder(results, ['en_a', 'en_b', 'en_c']).map((result) => result.id)).toEqual(['en_a', 'en_c', 'x2', 'x1']);
	});

	it('returns a new array and leaves the results as they were', () => {
		const results = [{ id: 'en_b' }, { id: 'en_a' }];
		expect(applyOrder(results, ['en_a', 'en_b'])).not.toBe(results);
		expect(results.map((result) => result.id)).toEqual(['en_b', 'en_a']);
	});
});

describe('orderFilePath', () => {
	it('names the file after the language index it belongs to', () => {
		expect(orderFilePath('zh-cn_f2cb7166c5789', 'released')).toBe('pagefind/orders/zh-cn_f2cb7166c5789/released.json');
	});
});
