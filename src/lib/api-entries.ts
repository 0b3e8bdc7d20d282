/**
 * The per-entry API files (`/api/<collection>/<id>.json`) as they are written in a build: each is
 * one item of the collection's list (`/api/<collection>.json`, src/lib/api.ts), so they are cut
 * from the list rather than rendered one route at a time, which cost Astro's rendering thread about
 * 4 s at 5,000 model cards.
 */

/** Each entry of a collection list as its own file: path under the API folder, and text. */
export function apiEntryFiles(route: string, list: Record<string, unknown>): [path: string, text: string][] {
	const records = list[route];
	if (!Array.isArray(records)) throw new Error(`api/${route}.json has no "${route}" list`);
	return records.map((record: { id?: unknown }) => {
		if (typeof record?.id !== 'string' || !/^[\w.-]+$/.test(record.id))
			throw new Error(`api/${route}.json has an entry without a usable id: ${JSON.stringify(record).slice(0, 120)}`);
		return [`${route}/${record.id}.json`, JSON.stringify(record, null, 2)];
	});
}
