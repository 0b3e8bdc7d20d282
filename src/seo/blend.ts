/**
 * Draws an RGBA image over an opaque RGB one ("source over", straight alpha), clipped to the
 * base. Plain loops over two small images cost less than another libvips pipeline. Pure: returns
 * a new buffer.
 */
export interface RgbaImage {
	data: Uint8Array;
	width: number;
	height: number;
}

export function blendOver(base: Uint8Array, baseWidth: number, overlays: readonly { image: RgbaImage; left: number; top: number }[]): Buffer {
	const out = Buffer.from(base);
	const baseHeight = base.length / 3 / baseWidth;
	for (const { image, left, top } of overlays) {
		for (let y = Math.max(0, -top); y < image.height && top + y < baseHeight; y++) {
			for (let x = Math.max(0, -left); x < image.width && left + x < baseWidth; x++) {
				const from = (y * image.width + x) * 4;
				const alpha = image.data[from + 3]!;
				if (alpha === 0) continue;
				const to = ((top + y) * baseWidth + left + x) * 3;
				for (let channel = 0; channel < 3; channel++) {
					out[to + channel] = Math.round((image.data[from + channel]! * alpha + out[to + channel]! * (255 - alpha)) / 255);
				}
			}
		}
	}
	return out;
}
