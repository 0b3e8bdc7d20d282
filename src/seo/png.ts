/**
 * A PNG encoder for opaque 8-bit RGB images, for the share images (render-share-image.ts).
 *
 * Encoding was the largest part of a share image's cost: libvips took 7–9 ms per 1200×630 image
 * at zlib level 6, and its lower levels saved under a millisecond. Node's zlib at level 3 (zlib's
 * fast, non-lazy matcher) takes about 3 ms, for files about a quarter larger (about 48 KB); at
 * thousands of model cards that is tens of seconds of build CPU. The rows at the top that are
 * the same in every image (a share image's header) are compressed once, and an image is kept as
 * PNG scanlines (each row led by its filter byte, 0: none) from the start, so nothing is copied
 * to encode it.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

/** Bytes before each row's pixels in a scanline buffer: the row's filter type. */
export const SCANLINE_PREFIX = 1;

/** The zlib level: see the module comment. */
export const PNG_ZLIB_LEVEL = 3;

export const scanlineBytes = (width: number) => width * 3 + SCANLINE_PREFIX;

/** Opaque RGB pixels (3 bytes each, rows without padding) as PNG scanlines with filter 0. */
export function rgbToScanlines(rgb: Uint8Array, width: number): Buffer {
	const rowBytes = width * 3;
	const height = rgb.length / rowBytes;
	if (!Number.isInteger(height)) throw new Error(`${rgb.length} bytes are not whole rows of ${width} RGB pixels`);
	const scanlines = Buffer.alloc(height * scanlineBytes(width));
	for (let y = 0; y < height; y++) scanlines.set(rgb.subarray(y * rowBytes, (y + 1) * rowBytes), y * scanlineBytes(width) + SCANLINE_PREFIX);
	return scanlines;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer[] {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	// The CRC covers the type and the data, not the length.
	crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
	return [head, Buffer.from(data.buffer, data.byteOffset, data.byteLength), crc];
}

const ADLER_BASE = 65521;

/** Adler-32, the checksum that ends a zlib stream. */
export function adler32(data: Uint8Array): number {
	let a = 1;
	let b = 0;
	for (let at = 0; at < data.length; ) {
		// 5552 bytes is the most that can be summed before `b` could pass 2^32.
		const end = Math.min(data.length, at + 5552);
		for (; at < end; at++) {
			a += data[at]!;
			b += a;
		}
		a %= ADLER_BASE;
		b %= ADLER_BASE;
	}
	return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte runs one after the other, from theirs (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
	const remainder = secondLength % ADLER_BASE;
	let a = first & 0xffff;
	let b = (remainder * a) % ADLER_BASE;
	a += (second & 0xffff) + ADLER_BASE - 1;
	b += (first >>> 16) + (second >>> 16) + ADLER_BASE - remainder;
	if (a >= ADLER_BASE) a -= ADLER_BASE;
	if (a >= ADLER_BASE) a -= ADLER_BASE;
	if (b >= ADLER_BASE * 2) b -= ADLER_BASE * 2;
	if (b >= ADLER_BASE) b -= ADLER_BASE;
	return ((b << 16) | a) >>> 0;
}

/**
 * An encoder for images `width`×`height` whose top rows are always `fixedTop` (scanlines; may be
 * empty). Those rows are compressed once, as deflate blocks ending on a full flush, so each
 * image's own rows are compressed on their own and appended; the stream's checksum is combined
 * from the two parts'. The returned function takes the scanlines of the remaining rows.
 */
export function rgbPngEncoder(width: number, height: number, fixedTop: Uint8Array = new Uint8Array(0)): (rest: Uint8Array) => Buffer {
	const fixedRows = fixedTop.length / scanlineBytes(width);
	if (!Number.isInteger(fixedRows) || fixedRows >= height) throw new Error(`the fixed top of ${fixedTop.length} bytes is not fewer than ${height} scanlines of ${width} RGB pixels`);
	const restBytes = (height - fixedRows) * scanlineBytes(width);
	const top = fixedRows > 0 ? deflateRawSync(fixedTop, { level: 9, finishFlush: constants.Z_FULL_FLUSH }) : Buffer.alloc(0);
	const topAdler = adler32(fixedTop);
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per channel
	header[9] = 2; // colour type: truecolour, no alpha
	// Bytes 10–12: deflate compression, adaptive filtering method, no interlace (all 0).
	const head = Buffer.concat([SIGNATURE, ...chunk('IHDR', header)]);
	const end = Buffer.concat(chunk('IEND', new Uint8Array(0)));
	return (rest) => {
		if (rest.length !== restBytes) throw new Error(`${rest.length} bytes are not the ${height - fixedRows} scanlines of ${width} RGB pixels under the fixed top`);
		// A zlib stream: 2 bytes of header, deflate blocks, the Adler-32 of what they hold.
		const own = deflateSync(rest, { level: PNG_ZLIB_LEVEL });
		const checksum = Buffer.alloc(4);
		checksum.writeUInt32BE(adler32Combine(topAdler, own.readUInt32BE(own.length - 4), rest.length), 0);
		const stream = Buffer.concat([own.subarray(0, 2), top, own.subarray(2, own.length - 4), checksum]);
		return Buffer.concat([head, ...chunk('IDAT', stream), end]);
	};
}
