/**
 * schema.org structured data (JSON-LD) for the page kinds search engines understand. Pure: every
 * URL and label is passed in, so the builders are tested without a build.
 *
 * Types:
 * - home pages: `WebSite`, published by the OpenModels community (`Organization`);
 * - model cards: `SoftwareSourceCode`. schema.org has no type for a trained model; a released
 *   model is software with a repository, a licence, an organisation that made it and a release
 *   date, which is what `SoftwareSourceCode` carries (`codeRepository`, `license`, `author`,
 *   `datePublished`, `isBasedOn` for fine-tunes). `SoftwareApplication` would claim an installable
 *   app (operating system, category) and `Dataset` would describe data, both wrong;
 * - tutorials: `LearningResource` + `TechArticle` (educational level, time required, what it
 *   teaches; an article with code);
 * - events: `Event` with attendance mode, status, place and/or online location.
 */

export const SCHEMA_ORG = 'https://schema.org';

export type JsonLd = Record<string, unknown>;

export interface OrganizationRef {
	name: string;
	url?: string;
	sameAs?: string[];
}

const organization = ({ name, url, sameAs }: OrganizationRef): JsonLd => ({ '@type': 'Organization', name, url, sameAs: sameAs?.length ? sameAs : undefined });

/** ISO 8601 calendar date (`2024-04-18`) of a date, in UTC like the content's dates. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** ISO 8601 duration of a number of minutes: 45 → `PT45M`, 90 → `PT1H30M`, 120 → `PT2H`. */
export function isoDuration(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}

const nonEmpty = <T>(list: readonly T[] | undefined): T[] | undefined => (list && list.length ? [...list] : undefined);
const unique = (list: (string | undefined)[]): string[] => [...new Set(list.filter((item): item is string => Boolean(item)))];

export interface WebSiteInput {
	url: string;
	name: string;
	description: string;
	inLanguage: string;
	publisher: OrganizationRef;
}

export function webSiteJsonLd(input: WebSiteInput): JsonLd {
	return {
		'@context': SCHEMA_ORG,
		'@type': 'WebSite',
		url: input.url,
		name: input.name,
		description: input.description,
		inLanguage: input.inLanguage,
		publisher: organization(input.publisher),
	};
}

export interface ModelInput {
	/** The model card page. */
	url: string;
	/** Language of the page's text. */
	inLanguage: string;
	image?: string;
	title: string;
	description: string;
	organization: string;
	releaseDate?: Date;
	/** Hugging Face repository id, e.g. `openai/whisper-large-v3`. */
	hubId?: string;
	repository?: string;
	paper?: string;
	licenseUrl?: string;
	baseModel?: string | string[];
	keywords: string[];
}

const hubUrl = (id: string) => `https://huggingface.co/${id}`;

export function modelJsonLd(input: ModelInput): JsonLd {
	const hub = input.hubId ? hubUrl(input.hubId) : undefined;
	const codeRepository = input.repository ?? hub;
	const maker = organization({ name: input.organization });
	const baseModels = input.baseModel === undefined ? [] : [input.baseModel].flat();
	return {
		'@context': SCHEMA_ORG,
		'@type': 'SoftwareSourceCode',
		name: input.title,
		description: input.description,
		url: input.url,
		mainEntityOfPage: input.url,
		inLanguage: input.inLanguage,
		image: input.image,
		identifier: input.hubId,
		codeRepository,
		sameAs: nonEmpty(unique([hub]).filter((url) => url !== codeRepository)),
		license: input.licenseUrl,
		author: maker,
		creator: maker,
		datePublished: input.releaseDate ? isoDay(input.releaseDate) : undefined,
		citation: input.paper,
		isBasedOn: nonEmpty(baseModels.map(hubUrl)),
		keywords: nonEmpty(unique(input.keywords)),
	};
}

export interface TutorialInput {
	url: string;
	inLanguage: string;
	image?: string;
	title: string;
	description: string;
	/** The level as the page shows it, e.g. "Beginner" or "入门". */
	level: string;
	minutes: number;
	objectives: string[];
	prerequisites: string[];
	authors: string[];
	lastReviewed: Date;
	publisher: OrganizationRef;
	/** Every name the publisher goes by (its name in each locale): such authors are the publisher. */
	publisherNames?: string[];
	/** Models the tutorial uses: their names and card URLs. */
	models: { name: string; url: string }[];
}

/**
 * Tutorial authors are GitHub handles or organisation names: a single word that is a valid
 * GitHub login is read as a person with their GitHub profile, anything else as an organisation.
 */
export function authorJsonLd(author: string, community: OrganizationRef, communityNames: readonly string[] = [community.name]): JsonLd {
	if (author === community.name || communityNames.includes(author)) return organization(community);
	const handle = /^@?([A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38})$/.exec(author)?.[1];
	return handle ? { '@type': 'Person', name: author, url: `https://github.com/${handle}` } : organization({ name: author });
}

export function tutorialJsonLd(input: TutorialInput): JsonLd {
	return {
		'@context': SCHEMA_ORG,
		'@type': ['LearningResource', 'TechArticle'],
		name: input.title,
		headline: input.title,
		description: input.description,
		url: input.url,
		mainEntityOfPage: input.url,
		inLanguage: input.inLanguage,
		image: input.image,
		learningResourceType: 'Tutorial',
		educationalLevel: input.level,
		timeRequired: isoDuration(input.minutes),
		teaches: nonEmpty(input.objectives),
		competencyRequired: nonEmpty(input.prerequisites),
		author: input.authors.map((author) => authorJsonLd(author, input.publisher, input.publisherNames)),
		dateModified: isoDay(input.lastReviewed),
		publisher: organization(input.publisher),
		about: nonEmpty(input.models.map((model) => ({ '@type': 'SoftwareSourceCode', name: model.name, url: model.url }))),
	};
}

export type EventFormat = 'online' | 'in-person' | 'hybrid';

export interface EventInput {
	url: string;
	image?: string;
	title: string;
	description: string;
	/** ISO 8601 date-times with their UTC offset, as written in the content. */
	start: string;
	end: string;
	format: EventFormat;
	place?: { venue: string; city: string; country: string };
	joinUrl?: string;
	/** Languages the event is held in (ISO 639 codes). */
	languages: string[];
	organizer: OrganizationRef;
}

export const attendanceModes: Record<EventFormat, string> = {
	online: `${SCHEMA_ORG}/OnlineEventAttendanceMode`,
	'in-person': `${SCHEMA_ORG}/OfflineEventAttendanceMode`,
	hybrid: `${SCHEMA_ORG}/MixedEventAttendanceMode`,
};

export function eventJsonLd(input: EventInput): JsonLd {
	const place = input.place && {
		'@type': 'Place',
		name: input.place.venue,
		address: { '@type': 'PostalAddress', addressLocality: input.place.city, addressCountry: input.place.country },
	};
	const virtual = input.joinUrl && { '@type': 'VirtualLocation', url: input.joinUrl };
	const locations = [input.format !== 'online' ? place : undefined, input.format !== 'in-person' ? virtual : undefined].filter(Boolean);
	return {
		'@context': SCHEMA_ORG,
		'@type': 'Event',
		name: input.title,
		description: input.description,
		url: input.url,
		image: input.image,
		startDate: input.start,
		endDate: input.end,
		eventAttendanceMode: attendanceModes[input.format],
		// Event content has no status field, so every listed event is scheduled.
		eventStatus: `${SCHEMA_ORG}/EventScheduled`,
		location: locations.length === 1 ? locations[0] : locations,
		organizer: organization(input.organizer),
		inLanguage: input.languages.length === 1 ? input.languages[0] : input.languages,
	};
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped so no text
 * can close the script element, and so are the two line separators JavaScript once rejected.
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
