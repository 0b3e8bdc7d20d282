import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff.ts';

/** A WOFF file holding the given tables (tag → bytes), compressed where that is smaller. */
function woff(tables: Record<string, Buffer>, flavor = 0x00010000): Buffer {
	const entries = Object.entries(tables).map(([tag, data]) => {
		const packed = deflateSync(data);
		return { tag, data, stored: packed.length < data.length ? packed : data };
	});
	let offset = 44 + 20 * entries.length;
	const parts: Buffer[] = [];
	const header = Buffer.alloc(offset);
	header.write('wOFF', 0, 'latin1');
	header.writeUInt32BE(flavor, 4);
	header.writeUInt16BE(entries.length, 12);
	entries.forEach((entry, index) => {
		const at = 44 + index * 20;
		header.write(entry.tag, at, 'latin1');
		header.writeUInt32BE(offset, at + 4);
		header.writeUInt32BE(entry.stored.length, at + 8);
		header.writeUInt32BE(entry.data.length, at + 12);
		header.writeUInt32BE(0x1234, at + 16);
		const padded = Buffer.alloc((entry.stored.length + 3) & ~3);
		entry.stored.copy(padded);
		parts.push(padded);
		offset += padded.length;
	});
	return Buffer.concat([header, ...parts]);
}

/** The tables of an sfnt: tag → bytes, read through its table directory. */
function tablesOf(sfnt: Buffer): Record<string, Buffer> {
	const count = sfnt.readUInt16BE(4);
	return Object.fromEntries(
		Array.from({ length: count }, (_, index) => {
			const at = 12 + index * 16;
			const offset = sfnt.readUInt32BE(at + 8);
			return [sfnt.toString('latin1', at, at + 4), sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12))];
		}),
	);
}

describe('woffToSfnt', () => {
	it('unpacks compressed and stored tables behind an sfnt table directory', () => {
		const tables = { cmap: Buffer.alloc(600, 7), head: Buffer.from([1, 2, 3, 4, 5]), name: Buffer.from('Noto Sans SC'.repeat(20)) };
		const sfnt = woffToSfnt(woff(tables));
		expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
		expect(sfnt.readUInt16BE(4)).toBe(3);
		// searchRange, entrySelector, rangeShift for 3 tables: 2 is the largest power of two ≤ 3.
		expect([sfnt.readUInt16BE(6), sfnt.readUInt16BE(8), sfnt.readUInt16BE(10)]).toEqual([32, 1, 16]);
		expect(tablesOf(sfnt)).toEqual(tables);
		// Tables start on 4-byte boundaries, as the format requires.
		for (let index = 0; index < 3; index++) expect(sfnt.readUInt32BE(12 + index * 16 + 8) % 4).toBe(0);
	});

	it('keeps the flavour (CFF-based OpenType stays OTTO)', () => {
		expect(woffToSfnt(woff({ head: Buffer.alloc(8) }, 0x4f54544f)).toString('latin1', 0, 4)).toBe('OTTO');
	});

	it('rejects what is not WOFF 1.0, and a table that runs past the end', () => {
		expect(() => woffToSfnt(Buffer.from('wOF2 and more bytes than a header needs, so length is not the reason'))).toThrow(/not a WOFF 1.0 font/);
		const broken = woff({ head: Buffer.alloc(8) });
		expect(() => woffToSfnt(broken.subarray(0, broken.length - 4))).toThrow(/runs past the end/);
	});

	it('unpacks the real Noto Sans SC subsets into fonts that name their family', () => {
		const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'));
		const sfnt = woffToSfnt(readFileSync(join(dir, 'files', 'noto-sans-sc-latin-700-normal.woff')));
		const tables = tablesOf(sfnt);
		expect(Object.keys(tables)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'name']));
		// The 'name' table's strings are UTF-16BE.
		expect(Buffer.from(tables.name!).swap16().toString('utf16le')).toContain('Noto Sans SC');
	});
});
