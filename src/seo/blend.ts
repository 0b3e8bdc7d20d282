/**
 * Draws an RGBA image over an opaque RGB one ("source over", straight alpha), clipped to the
 * base. Plain loops over two small images cost less than another libvips pipeline.
 */
export interface RgbaImage {
	data: Uint8Array;
	width: number;
	height: number;
}

export interface Overlay {
	image: RgbaImage;
	left: number;
	top: number;
}

/**
 * Draws `overlays` into `out` itself, which holds rows of `baseWidth` RGB pixels, each row led by
 * `rowPrefix` bytes that are kept as they are (1 for PNG scanlines, whose rows start with a filter
 * byte; see png.ts). In place, so a caller can reuse one buffer for many images.
 */
export function blendInto(out: Uint8Array, baseWidth: number, overlays: readonly Overlay[], rowPrefix = 0): void {
	const stride = baseWidth * 3 + rowPrefix;
	const baseHeight = out.length / stride;
	for (const { image, left, top } of overlays) {
		const { data, width } = image;
		const firstX = Math.max(0, -left);
		const endX = Math.min(width, baseWidth - left);
		for (let y = Math.max(0, -top); y < image.height && top + y < baseHeight; y++) {
			const rowStart = (top + y) * stride + rowPrefix;
			for (let x = firstX; x < endX; x++) {
				const from = (y * width + x) * 4;
				const alpha = data[from + 3]!;
				if (alpha === 0) continue;
				const to = rowStart + (left + x) * 3;
				if (alpha === 255) {
					out[to] = data[from]!;
					out[to + 1] = data[from + 1]!;
					out[to + 2] = data[from + 2]!;
					continue;
				}
				const rest = 255 - alpha;
				out[to] = divideBy255(data[from]! * alpha + out[to]! * rest);
				out[to + 1] = divideBy255(data[from + 1]! * alpha + out[to + 1]! * rest);
				out[to + 2] = divideBy255(data[from + 2]! * alpha + out[to + 2]! * rest);
			}
		}
	}
}

/** Math.round(value / 255) for 0 ≤ value ≤ 255², without a division. */
export function divideBy255(value: number): number {
	const biased = value + 128;
	return (biased + (biased >> 8)) >> 8;
}
