import { describe, expect, it } from 'vitest';
import { webManifest } from './manifest.ts';

describe('web app manifest', () => {
	it('keeps a language under its own start URL and scope', () => {
		const manifest = webManifest({
			base: '/home',
			locale: 'zh-cn',
			lang: 'zh-CN',
			name: 'OpenModels',
			shortName: 'OpenModels',
			description: '说明',
			shortcuts: [{ name: '教程', path: '/tutorials/' }],
		});
		expect(manifest).toMatchObject({ start_url: '/home/zh-cn/', scope: '/home/zh-cn/', id: '/home/zh-cn/', lang: 'zh-CN', display: 'standalone' });
		expect(manifest.shortcuts).toEqual([{ name: '教程', url: '/home/zh-cn/tutorials/' }]);
		expect(manifest.icons.map((icon) => icon.src)).toContain('/home/offline/icons/icon-192.png');
		expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
	});
});
