import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { adler32, adler32Combine, rgbPngEncoder, rgbToScanlines, SCANLINE_PREFIX } from './png.ts';

/** Seeded noise with flat runs, like text over a plain background. */
function pixels(width: number, height: number): Uint8Array {
	const rgb = new Uint8Array(width * height * 3).fill(255);
	let state = 7;
	for (let index = 0; index < rgb.length; index++) {
		state = (state * 1103515245 + 12345) >>> 0;
		if (state % 3 === 0) rgb[index] = state >>> 24;
	}
	return rgb;
}

/** The chunks of a PNG file: type, data, and whether the stored CRC matches. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
	const list = [];
	for (let at = 8; at < png.length; ) {
		const length = png.readUInt32BE(at);
		const type = png.toString('latin1', at + 4, at + 8);
		const data = png.subarray(at + 8, at + 8 + length);
		list.push({ type, data, crcOk: png.readUInt32BE(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length)) });
		at += 12 + length;
	}
	return list;
}

describe('rgbPngEncoder without a fixed top', () => {
	it('writes a PNG that decoders read back pixel for pixel', async () => {
		const rgb = pixels(37, 11);
		const png = rgbPngEncoder(37, 11)(rgbToScanlines(rgb, 37));
		const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
		expect(info).toMatchObject({ width: 37, height: 11, channels: 3 });
		expect(Buffer.from(data).equals(Buffer.from(rgb))).toBe(true);
	});

	it('writes the signature, then IHDR, IDAT and IEND with correct CRCs', () => {
		const png = rgbPngEncoder(4, 3)(rgbToScanlines(pixels(4, 3), 4));
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const list = chunks(png);
		expect(list.map(({ type }) => type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		expect(list.every(({ crcOk }) => crcOk)).toBe(true);
		const header = list[0]!.data;
		expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([4, 3, 8, 2, 0, 0, 0]);
		// Every row starts with filter type 0.
		const rows = inflateSync(list[1]!.data);
		expect(rows.length).toBe(3 * (4 * 3 + SCANLINE_PREFIX));
		expect([rows[0], rows[13], rows[26]]).toEqual([0, 0, 0]);
	});

	it('refuses scanlines that do not match the size', () => {
		expect(() => rgbPngEncoder(4, 3)(new Uint8Array(10))).toThrow(/10 bytes are not the 3 scanlines of 4 RGB pixels/);
		expect(() => rgbToScanlines(new Uint8Array(10), 4)).toThrow(/not whole rows of 4 RGB pixels/);
	});
});

describe('rgbPngEncoder', () => {
	it('compresses fixed top rows once and still writes images that decode pixel for pixel', async () => {
		const [width, height, fixedRows] = [29, 17, 6];
		const rows = (rgb: Uint8Array) => rgbToScanlines(rgb, width);
		const encode = rgbPngEncoder(width, height, rows(pixels(width, fixedRows)));
		for (const seed of [1, 2]) {
			const below = pixels(width, height - fixedRows).map((value) => (value + seed) & 255);
			const png = encode(rows(below));
			const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
			expect(Buffer.from(data).equals(Buffer.concat([pixels(width, fixedRows), below]))).toBe(true);
			// The stream's checksum is the Adler-32 of every row, combined from the two parts.
			const stream = chunks(png).find(({ type }) => type === 'IDAT')!.data;
			expect(inflateSync(stream).equals(Buffer.concat([rows(pixels(width, fixedRows)), rows(below)]))).toBe(true);
		}
	});

	it('refuses a fixed top that is not whole rows, or the wrong number of remaining rows', () => {
		expect(() => rgbPngEncoder(4, 3, new Uint8Array(14))).toThrow(/not fewer than 3 scanlines/);
		expect(() => rgbPngEncoder(4, 3, new Uint8Array(13 * 3))).toThrow(/not fewer than 3 scanlines/);
		expect(() => rgbPngEncoder(4, 3, new Uint8Array(13))(new Uint8Array(13))).toThrow(/not the 2 scanlines/);
	});
});

describe('adler32', () => {
	it('matches zlib, and combines the checksums of two runs into that of both', () => {
		const data = Buffer.from(pixels(300, 40));
		const stream = deflateSync(data);
		expect(adler32(data)).toBe(stream.readUInt32BE(stream.length - 4));
		for (const cut of [0, 1, 5552, 20_000, data.length]) {
			expect(adler32Combine(adler32(data.subarray(0, cut)), adler32(data.subarray(cut)), data.length - cut)).toBe(adler32(data));
		}
	});
});
