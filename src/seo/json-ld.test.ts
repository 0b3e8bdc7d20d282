import { describe, expect, it } from 'vitest';
import { authorJsonLd, eventJsonLd, isoDuration, modelJsonLd, serializeJsonLd, tutorialJsonLd, webSiteJsonLd, type EventInput } from './json-ld.ts';
import { validateSchemaOrg } from '../../tests/helpers/schema-org.ts';

const community = { name: 'OpenModels community', url: 'https://x.org/home/', sameAs: ['https://github.com/open-models-platform/home'] };

/** Valid JSON (after the HTML-safe serialisation) and valid schema.org JSON-LD. */
async function expectValid(data: Record<string, unknown>) {
	const parsed = JSON.parse(serializeJsonLd(data)) as Record<string, unknown>;
	expect(parsed).toEqual(JSON.parse(JSON.stringify(data)));
	const { problems } = await validateSchemaOrg(parsed);
	expect(problems).toEqual([]);
	return parsed;
}

describe('isoDuration', () => {
	it('writes minutes as an ISO 8601 duration', () => {
		expect(isoDuration(45)).toBe('PT45M');
		expect(isoDuration(60)).toBe('PT1H');
		expect(isoDuration(90)).toBe('PT1H30M');
		expect(isoDuration(600)).toBe('PT10H');
	});
});

describe('serializeJsonLd', () => {
	it('cannot close the script element it is written into', () => {
		const text = serializeJsonLd({ name: '</script><!-- & \u2028' });
		expect(text).not.toMatch(/[<>&\u2028]/);
		expect(JSON.parse(text)).toEqual({ name: '</script><!-- & \u2028' });
	});
});

describe('webSiteJsonLd', () => {
	it('describes the site and its publisher', async () => {
		const data = await expectValid(
			webSiteJsonLd({ url: 'https://x.org/home/zh-cn/', name: 'OpenModels', description: '开放的 AI 模型', inLanguage: 'zh-CN', publisher: community }),
		);
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'WebSite',
			inLanguage: 'zh-CN',
			publisher: { '@type': 'Organization', name: 'OpenModels community' },
		});
	});
});

describe('modelJsonLd', () => {
	const base = {
		url: 'https://x.org/home/models/whisper-large-v3/',
		inLanguage: 'en',
		image: 'https://x.org/home/og/models/whisper-large-v3.png',
		title: 'Whisper large-v3',
		description: 'Speech recognition.',
		organization: 'OpenAI',
		keywords: ['automatic-speech-recognition', 'audio', '', 'audio'],
	};

	it('is SoftwareSourceCode with repository, licence URL, maker and release date', async () => {
		const data = await expectValid(
			modelJsonLd({
				...base,
				releaseDate: new Date('2023-11-06'),
				hubId: 'openai/whisper-large-v3',
				repository: 'https://github.com/openai/whisper',
				paper: 'https://arxiv.org/abs/2212.04356',
				licenseUrl: 'https://spdx.org/licenses/MIT.html',
				baseModel: 'openai/whisper-large-v2',
			}),
		);
		expect(data).toMatchObject({
			'@type': 'SoftwareSourceCode',
			name: 'Whisper large-v3',
			codeRepository: 'https://github.com/openai/whisper',
			sameAs: ['https://huggingface.co/openai/whisper-large-v3'],
			license: 'https://spdx.org/licenses/MIT.html',
			author: { '@type': 'Organization', name: 'OpenAI' },
			creator: { '@type': 'Organization', name: 'OpenAI' },
			datePublished: '2023-11-06',
			isBasedOn: ['https://huggingface.co/openai/whisper-large-v2'],
			keywords: ['automatic-speech-recognition', 'audio'],
		});
		expect(data).not.toHaveProperty('programmingLanguage');
	});

	it('falls back to the Hugging Face repository and leaves out unknown facts', async () => {
		const data = await expectValid(modelJsonLd({ ...base, hubId: 'org/model' }));
		expect(data.codeRepository).toBe('https://huggingface.co/org/model');
		for (const key of ['sameAs', 'license', 'datePublished', 'citation', 'isBasedOn']) expect(data).not.toHaveProperty(key);
	});
});

describe('tutorialJsonLd', () => {
	it('is a LearningResource and TechArticle with level, time, objectives and models', async () => {
		const data = await expectValid(
			tutorialJsonLd({
				url: 'https://x.org/home/zh-cn/tutorials/t/',
				inLanguage: 'zh-CN',
				image: 'https://x.org/home/zh-cn/og/tutorials/t.png',
				title: '用 Whisper 将语音转成文字',
				description: '转写录音。',
				level: '入门',
				minutes: 90,
				objectives: ['转写音频'],
				prerequisites: [],
				authors: ['OpenModels community', 'octocat', 'Some University'],
				lastReviewed: new Date('2026-11-25'),
				publisher: { ...community, name: 'OpenModels 社区' },
				publisherNames: ['OpenModels community', 'OpenModels 社区'],
				models: [{ name: 'Whisper large-v3', url: 'https://x.org/home/zh-cn/models/whisper-large-v3/' }],
			}),
		);
		expect(data).toMatchObject({
			'@type': ['LearningResource', 'TechArticle'],
			educationalLevel: '入门',
			timeRequired: 'PT1H30M',
			inLanguage: 'zh-CN',
			teaches: ['转写音频'],
			dateModified: '2026-11-25',
			author: [
				{ '@type': 'Organization', name: 'OpenModels 社区' },
				{ '@type': 'Person', name: 'octocat', url: 'https://github.com/octocat' },
				{ '@type': 'Organization', name: 'Some University' },
			],
			about: [{ '@type': 'SoftwareSourceCode', name: 'Whisper large-v3' }],
		});
		expect(data).not.toHaveProperty('competencyRequired');
	});

	it('reads GitHub handles as people and anything else as organisations', () => {
		expect(authorJsonLd('@octo-cat', community)).toEqual({ '@type': 'Person', name: '@octo-cat', url: 'https://github.com/octo-cat' });
		expect(authorJsonLd('bad--handle-', community)['@type']).toBe('Organization');
	});
});

describe('eventJsonLd', () => {
	const base: EventInput = {
		url: 'https://x.org/home/events/e/',
		title: 'Meetup',
		description: 'A meetup.',
		start: '2026-12-12T14:00:00+08:00',
		end: '2026-12-12T17:00:00+08:00',
		format: 'in-person',
		place: { venue: 'Hall 1', city: 'Shanghai', country: 'China' },
		languages: ['zh'],
		organizer: community,
	};

	it('describes an in-person event with its place, keeping the UTC offset', async () => {
		const data = await expectValid(eventJsonLd(base));
		expect(data).toMatchObject({
			'@type': 'Event',
			startDate: '2026-12-12T14:00:00+08:00',
			endDate: '2026-12-12T17:00:00+08:00',
			eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
			eventStatus: 'https://schema.org/EventScheduled',
			location: { '@type': 'Place', name: 'Hall 1', address: { '@type': 'PostalAddress', addressLocality: 'Shanghai', addressCountry: 'China' } },
			organizer: { '@type': 'Organization', name: 'OpenModels community' },
			inLanguage: 'zh',
		});
	});

	it('describes online and hybrid events', async () => {
		const online = await expectValid(eventJsonLd({ ...base, format: 'online', place: undefined, joinUrl: 'https://meet.example/x', languages: ['en', 'zh'] }));
		expect(online).toMatchObject({
			eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
			location: { '@type': 'VirtualLocation', url: 'https://meet.example/x' },
			inLanguage: ['en', 'zh'],
		});
		const hybrid = await expectValid(eventJsonLd({ ...base, format: 'hybrid', joinUrl: 'https://meet.example/x' }));
		expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
		expect((hybrid.location as { '@type': string }[]).map((location) => location['@type'])).toEqual(['Place', 'VirtualLocation']);
	});
});

describe('the offline schema.org validator', () => {
	it('rejects unknown properties, unknown types and properties on the wrong type', async () => {
		await expect(validateSchemaOrg({ '@context': 'https://schema.org', '@type': 'Event', nmae: 'x' })).rejects.toThrow(/Safe mode/);
		await expect(validateSchemaOrg({ '@context': 'https://schema.org', '@type': 'Evnt', name: 'x' })).rejects.toThrow(/Safe mode/);
		expect((await validateSchemaOrg({ '@context': 'https://schema.org', '@type': 'Event', codeRepository: 'https://x' })).problems).toEqual([
			'[0]: codeRepository is not defined on Event',
		]);
	});
});
