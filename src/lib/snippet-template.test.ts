import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import { describe, expect, it } from 'vitest';
import { usageSnippet } from './model-facts.ts';
import { fillSnippet, HUB_ID_STAND_IN, snippetTemplate } from './snippet-template.ts';

describe('snippet templates', () => {
	it('is the usage snippet with a stand-in for the Hub id, the same for every card of a library and task', () => {
		const whisper = { hub_id: 'openai/whisper-large-v3', library_name: 'transformers', pipeline_tag: 'automatic-speech-recognition' };
		const template = snippetTemplate(whisper)!;
		expect(template.code).toBe(usageSnippet(whisper)!.code.replace('openai/whisper-large-v3', HUB_ID_STAND_IN));
		expect(template).toMatchObject({ lang: 'python', uses: 1, hubId: 'openai/whisper-large-v3' });
		expect(snippetTemplate({ ...whisper, hub_id: 'x/y' })).toEqual({ ...template, hubId: 'x/y' });
		expect(snippetTemplate({ hub_id: 'a/b', pipeline_tag: 'text-generation' })).toMatchObject({ lang: 'sh', uses: 2 });
		expect(snippetTemplate({ library_name: 'transformers', pipeline_tag: 'fill-mask' })).toBeUndefined();
	});

	it('puts the Hub id, escaped, where the highlighted HTML has the stand-in', () => {
		const template = snippetTemplate({ hub_id: 'timm/resnet-50.a1_in1k', library_name: 'timm', pipeline_tag: 'image-classification' })!;
		const html = `<pre data-code="model = ${HUB_ID_STAND_IN}"><span>"hf_hub:${HUB_ID_STAND_IN}"</span></pre>`;
		expect(fillSnippet(html, template)).toBe('<pre data-code="model = timm/resnet-50.a1_in1k"><span>"hf_hub:timm/resnet-50.a1_in1k"</span></pre>');
		expect(fillSnippet(html, { ...template, hubId: 'x/<y>' })).toContain('hf_hub:x/&lt;y&gt;');
	});

	it('gives up when the highlighter split the stand-in, so the snippet is highlighted as it is', () => {
		const template = snippetTemplate({ hub_id: 'a/b', library_name: 'timm', pipeline_tag: 'image-classification' })!;
		const [org, name] = HUB_ID_STAND_IN.split('/');
		expect(fillSnippet(`<pre data-code="${HUB_ID_STAND_IN}"><span>${org}</span>/<span>${name}</span></pre>`, template)).toBeUndefined();
	});
});

describe('snippet templates highlighted by Expressive Code', () => {
	const ec = new ExpressiveCode();
	const render = async (code: string, language: string) => toHtml((await ec.render({ code, language })).renderedGroupAst);
	const ids = ['openai/whisper-large-v3', 'timm/resnet50.a1_in1k', 'TheBloke/Llama-2-7B-GGUF', 'a_b/c.d-e_1'];
	const libraries = ['transformers', 'sentence-transformers', 'diffusers', 'timm', 'open_clip', 'gguf', undefined];

	it.each(libraries)('fills the %s template into exactly what highlighting the snippet itself gives', async (library) => {
		const card = { library_name: library, pipeline_tag: 'text-generation' };
		const { code, lang } = snippetTemplate({ ...card, hub_id: 'x/y' })!;
		const templateHtml = await render(code, lang);
		for (const hubId of ids) {
			const template = snippetTemplate({ ...card, hub_id: hubId })!;
			const direct = await render(usageSnippet({ ...card, hub_id: hubId })!.code, template.lang);
			expect(fillSnippet(templateHtml, template), hubId).toBe(direct);
		}
	});
});
