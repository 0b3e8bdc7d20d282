/** The source of a model card's fact, as pages and the API show it. Pure. */
import { isFactSource, type SourceEntry, type SourcedField } from '../schemas/sources.ts';

export interface ShownSource {
	url: string;
	/** The host a reader will land on, e.g. "huggingface.co". */
	host: string;
	quote?: string;
}

export function shownSource(sources: Partial<Record<SourcedField, SourceEntry>>, field: SourcedField): ShownSource | undefined {
	const entry = sources[field];
	if (!isFactSource(entry)) return undefined;
	return { url: entry.url, host: new URL(entry.url).hostname.replace(/^www\./, ''), quote: entry.quote };
}
