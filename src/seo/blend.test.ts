import { describe, expect, it } from 'vitest';
import { blendInto, divideBy255, type Overlay } from './blend.ts';

/** Draws into a copy of `base`, and returns the copy. */
function blended(base: Uint8Array, width: number, overlays: Overlay[], rowPrefix?: number): Uint8Array {
	const out = Uint8Array.from(base);
	blendInto(out, width, overlays, rowPrefix);
	return out;
}

/** A 3×2 white RGB image. */
const white = () => new Uint8Array(3 * 2 * 3).fill(255);
const pixel = (rgb: Uint8Array, width: number, x: number, y: number) => [...rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];

describe('blendInto', () => {
	it('draws opaque pixels as they are, skips transparent ones, and mixes by alpha in between', () => {
		const overlay = { width: 3, height: 1, data: new Uint8Array([0, 0, 0, 255, 0, 0, 0, 0, 0, 0, 255, 128]) };
		const out = blended(white(), 3, [{ image: overlay, left: 0, top: 1 }]);
		expect(pixel(out, 3, 0, 1)).toEqual([0, 0, 0]);
		expect(pixel(out, 3, 1, 1)).toEqual([255, 255, 255]);
		// Blue at half opacity over white.
		expect(pixel(out, 3, 2, 1)).toEqual([127, 127, 255]);
		expect(pixel(out, 3, 0, 0)).toEqual([255, 255, 255]);
	});

	it('clips what falls outside the base', () => {
		const base = white();
		const red = { width: 2, height: 2, data: new Uint8Array(16).fill(255).map((value, index) => (index % 4 === 1 || index % 4 === 2 ? 0 : value)) };
		const out = blended(base, 3, [{ image: red, left: 2, top: 1 }, { image: red, left: -1, top: -1 }]);
		expect(pixel(out, 3, 2, 1)).toEqual([255, 0, 0]);
		expect(pixel(out, 3, 0, 0)).toEqual([255, 0, 0]);
		expect(pixel(out, 3, 1, 0)).toEqual([255, 255, 255]);
		expect(out.length).toBe(base.length);
	});

	it('keeps the bytes that lead each row, and blends the pixels after them', () => {
		// Two rows of 2 pixels, each row led by one byte (a PNG filter type).
		const base = new Uint8Array([9, 255, 255, 255, 255, 255, 255, 8, 255, 255, 255, 255, 255, 255]);
		const black = { width: 1, height: 1, data: new Uint8Array([0, 0, 0, 255]) };
		const out = blended(base, 2, [{ image: black, left: 1, top: 1 }], 1);
		expect([...out]).toEqual([9, 255, 255, 255, 255, 255, 255, 8, 255, 255, 255, 0, 0, 0]);
	});
});

describe('divideBy255', () => {
	it('rounds value / 255 exactly over every product of two bytes', () => {
		for (let value = 0; value <= 255 * 255; value++) {
			if (divideBy255(value) !== Math.round(value / 255)) expect(divideBy255(value), String(value)).toBe(Math.round(value / 255));
		}
	});
});
