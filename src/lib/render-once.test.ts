import { describe, expect, it, vi } from 'vitest';
import { renderedAlready, renderOnce } from './render-once.ts';

describe('renderOnce', () => {
	it('renders a key once and hands every caller that HTML', async () => {
		const render = vi.fn(async () => '<p>x</p>');
		expect(renderedAlready('k1')).toBeUndefined();
		const [a, b] = await Promise.all([renderOnce('k1', render), renderOnce('k1', render)]);
		expect([a, b, await renderOnce('k1', render)]).toEqual(['<p>x</p>', '<p>x</p>', '<p>x</p>']);
		expect(render).toHaveBeenCalledTimes(1);
		expect(renderedAlready('k1')).toBe('<p>x</p>');
		expect(await renderOnce('k2', async () => '<p>y</p>')).toBe('<p>y</p>');
	});

	it('does not keep a failed render', async () => {
		await expect(renderOnce('k3', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(renderedAlready('k3')).toBeUndefined();
		expect(await renderOnce('k3', async () => 'ok')).toBe('ok');
	});
});
