import { describe, expect, it } from 'vitest';
import { modelShareInput, shareImageAlt, siteHost, siteShareInput, tutorialShareInput } from './share-cards.ts';

describe('share cards', () => {
	it('prints the host and base path', () => {
		expect(siteHost('https://open-models-platform.github.io', '/home/')).toBe('open-models-platform.github.io/home');
		expect(siteHost(new URL('https://example.org/'), '/')).toBe('example.org');
	});

	it('shows a model’s organisation and a tutorial’s level and time, in the page’s language', () => {
		expect(modelShareInput('en', 'h', { title: 'Bloom', organization: 'BigScience' })).toEqual({
			lang: 'en',
			siteName: 'OpenModels',
			host: 'h',
			kind: 'Model card',
			title: 'Bloom',
			detail: 'BigScience',
		});
		expect(modelShareInput('zh-cn', 'h', { title: 'Bloom', organization: 'BigScience' })).toMatchObject({ lang: 'zh-CN', kind: '模型卡' });
		expect(tutorialShareInput('en', 'h', { title: 'T', level: 'intermediate', duration: 45 })).toMatchObject({
			kind: 'Tutorial',
			detail: 'Intermediate · 45 min',
		});
		expect(tutorialShareInput('zh-cn', 'h', { title: 'T', level: 'beginner', duration: 25 })).toMatchObject({ kind: '教程', detail: '入门 · 25 分钟' });
	});

	it('describes the image in its alt text', () => {
		expect(shareImageAlt('en', modelShareInput('en', 'h', { title: 'Bloom', organization: 'BigScience' }))).toBe(
			'Model card on OpenModels: Bloom (BigScience)',
		);
		expect(shareImageAlt('zh-cn', tutorialShareInput('zh-cn', 'h', { title: '教程甲', level: 'advanced', duration: 60 }))).toBe(
			'OpenModels 教程：教程甲（高级 · 60 分钟）',
		);
		const site = siteShareInput('en', 'h');
		expect(site.kind).toBe('');
		expect(shareImageAlt('en', site)).toBe(`OpenModels: ${site.title}`);
	});
});
