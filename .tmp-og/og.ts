import sharp from 'sharp';
import { shareImageSvg } from '/work/main/src/seo/render-share-image.ts';
import { modelShareInput } from '/work/main/src/seo/share-cards.ts';
const input = modelShareInput('en', 'example.org/home', { title: 'Torpadel 497M Lite', organization: 'Riqui Labs' }) as any;
const N = 30;
let t = performance.now(); let svg = '';
for (let i = 0; i < N; i++) svg = await shareImageSvg({ ...input, title: input.title + i });
console.log('satori ms', ((performance.now() - t) / N).toFixed(1), 'svg KB', (svg.length/1024).toFixed(0));
for (const [name, f] of [
  ['png6', (s: sharp.Sharp) => s.png({ compressionLevel: 6 })],
  ['png3', (s: sharp.Sharp) => s.png({ compressionLevel: 3 })],
  ['png1', (s: sharp.Sharp) => s.png({ compressionLevel: 1 })],
  ['png6pal', (s: sharp.Sharp) => s.png({ compressionLevel: 6, palette: true, effort: 1 })],
  ['jpeg85', (s: sharp.Sharp) => s.jpeg({ quality: 85 })],
  ['jpeg85moz', (s: sharp.Sharp) => s.jpeg({ quality: 85, mozjpeg: true })],
  ['webp80', (s: sharp.Sharp) => s.webp({ quality: 80, effort: 2 })],
  ['raw', (s: sharp.Sharp) => s.raw()],
] as const) {
  let size = 0; t = performance.now();
  for (let i = 0; i < N; i++) size = (await f(sharp(Buffer.from(svg))).toBuffer()).length;
  console.log(name, 'ms', ((performance.now() - t) / N).toFixed(1), 'KB', (size / 1024).toFixed(0));
}
