import { describe, expect, it } from 'vitest';
import { seoHead, type HeadEntry } from './head.ts';

const starlightHead: HeadEntry[] = [
	{ tag: 'meta', attrs: { charset: 'utf-8' } },
	{ tag: 'title', content: 'Bloom | OpenModels' },
	{ tag: 'link', attrs: { rel: 'canonical', href: 'https://x.org/home/models/bloom/' } },
	{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: 'https://x.org/home/models/bloom/' } },
	{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'zh-CN', href: 'https://x.org/home/zh-cn/models/bloom/' } },
	{ tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: 'https://x.org/home/models/bloom/' } },
	{ tag: 'meta', attrs: { property: 'og:title', content: 'Bloom' } },
	{ tag: 'meta', attrs: { property: 'og:type', content: 'article' } },
	{ tag: 'meta', attrs: { property: 'og:url', content: 'https://x.org/home/models/bloom/' } },
	{ tag: 'meta', attrs: { property: 'og:locale', content: 'en' } },
	{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' } },
];
const image = { url: 'https://x.org/home/og/models/bloom.png', alt: 'Model card on OpenModels: Bloom (BigScience)', width: 1200, height: 630 };

const metaContent = (head: HeadEntry[], name: string) =>
	head.filter((entry) => entry.tag === 'meta' && (entry.attrs?.property ?? entry.attrs?.name) === name).map((entry) => entry.attrs?.content);

describe('seoHead', () => {
	it('keeps Starlight’s canonical and alternates and adds the share tags', () => {
		const head = seoHead(starlightHead, { locale: 'en', ogType: 'article', image });
		expect(head.filter((entry) => entry.attrs?.rel === 'canonical')).toHaveLength(1);
		expect(head.filter((entry) => entry.attrs?.rel === 'alternate')).toHaveLength(3);
		expect(metaContent(head, 'og:locale')).toEqual(['en_US']);
		expect(metaContent(head, 'og:locale:alternate')).toEqual(['zh_CN']);
		expect(metaContent(head, 'og:image')).toEqual([image.url]);
		expect(metaContent(head, 'og:image:width')).toEqual(['1200']);
		expect(metaContent(head, 'og:image:height')).toEqual(['630']);
		expect(metaContent(head, 'og:image:alt')).toEqual([image.alt]);
		expect(metaContent(head, 'twitter:image:alt')).toEqual([image.alt]);
		// X falls back to og:image; a second copy of the URL would only add bytes.
		expect(metaContent(head, 'twitter:image')).toEqual([]);
		expect(metaContent(head, 'twitter:card')).toEqual(['summary_large_image']);
	});

	it('sets og:type and the Chinese locale pair', () => {
		const head = seoHead(starlightHead, { locale: 'zh-cn', ogType: 'website', image });
		expect(metaContent(head, 'og:type')).toEqual(['website']);
		expect(metaContent(head, 'og:locale')).toEqual(['zh_CN']);
		expect(metaContent(head, 'og:locale:alternate')).toEqual(['en_US']);
	});

	it('adds JSON-LD as an escaped script and is idempotent', () => {
		const jsonLd = { '@context': 'https://schema.org', '@type': 'WebSite', name: '</script><script>alert(1)</script>' };
		const once = seoHead(starlightHead, { locale: 'en', ogType: 'website', image, jsonLd });
		const twice = seoHead(once, { locale: 'en', ogType: 'website', image, jsonLd });
		expect(twice).toEqual(once);
		const scripts = once.filter((entry) => entry.tag === 'script');
		expect(scripts).toHaveLength(1);
		expect(scripts[0]!.attrs).toEqual({ type: 'application/ld+json' });
		expect(scripts[0]!.content).not.toContain('<');
		expect(JSON.parse(scripts[0]!.content!)).toEqual(jsonLd);
	});

	it('keeps the 404 page out of indexes: no canonical, no alternates, noindex', () => {
		const head = seoHead(starlightHead, { locale: 'en', ogType: 'article', image, notFound: true });
		expect(head.some((entry) => entry.attrs?.rel === 'canonical' || entry.attrs?.rel === 'alternate')).toBe(false);
		expect(metaContent(head, 'og:url')).toEqual([]);
		expect(metaContent(head, 'robots')).toEqual(['noindex']);
	});

	it('adds twitter:card when Starlight did not', () => {
		const head = seoHead(
			starlightHead.filter((entry) => entry.attrs?.name !== 'twitter:card'),
			{ locale: 'en', ogType: 'article', image },
		);
		expect(metaContent(head, 'twitter:card')).toEqual(['summary_large_image']);
	});
});
