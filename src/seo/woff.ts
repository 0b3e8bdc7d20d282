/**
 * WOFF 1.0 to plain OpenType (sfnt), so FreeType can load @fontsource's fonts: the text renderer
 * of libvips (Pango, FreeType) reads TrueType and OpenType files, and fontsource ships WOFF and
 * WOFF2 only. A WOFF file is the sfnt's tables, each zlib-compressed when that saves space, behind
 * a header of its own (https://www.w3.org/TR/WOFF/), so unwrapping it needs no font library. Pure.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_ENTRY_SIZE = 16;

const padded = (length: number) => (length + 3) & ~3;

export function woffToSfnt(woff: Uint8Array): Buffer {
	const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (woff.byteLength < WOFF_HEADER_SIZE || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font (no wOFF signature)');
	const flavor = view.getUint32(4);
	const count = view.getUint16(12);
	const tables = Array.from({ length: count }, (_, index) => {
		const entry = WOFF_HEADER_SIZE + index * WOFF_ENTRY_SIZE;
		const [tag, offset, compressed, original, checksum] = [0, 4, 8, 12, 16].map((field) => view.getUint32(entry + field)) as [number, number, number, number, number];
		if (offset + compressed > woff.byteLength) throw new Error(`WOFF table ${index} runs past the end of the file`);
		const stored = woff.subarray(offset, offset + compressed);
		const data = compressed < original ? inflateSync(stored) : stored;
		if (data.byteLength !== original) throw new Error(`WOFF table ${index} is ${data.byteLength} bytes, its header says ${original}`);
		return { tag, checksum, data };
	});
	// The sfnt header's binary-search fields (OpenType spec, "Table directory").
	const power = 2 ** Math.floor(Math.log2(Math.max(1, count)));
	const searchRange = power * 16;
	let offset = SFNT_HEADER_SIZE + SFNT_ENTRY_SIZE * count;
	const sfnt = Buffer.alloc(offset + tables.reduce((sum, table) => sum + padded(table.data.byteLength), 0));
	sfnt.writeUInt32BE(flavor, 0);
	sfnt.writeUInt16BE(count, 4);
	sfnt.writeUInt16BE(searchRange, 6);
	sfnt.writeUInt16BE(Math.log2(power), 8);
	sfnt.writeUInt16BE(count * 16 - searchRange, 10);
	tables.forEach((table, index) => {
		const entry = SFNT_HEADER_SIZE + index * SFNT_ENTRY_SIZE;
		sfnt.writeUInt32BE(table.tag, entry);
		sfnt.writeUInt32BE(table.checksum, entry + 4);
		sfnt.writeUInt32BE(offset, entry + 8);
		sfnt.writeUInt32BE(table.data.byteLength, entry + 12);
		sfnt.set(table.data, offset);
		offset += padded(table.data.byteLength);
	});
	return sfnt;
}
