/** The part of the `jsonld` package's API the tests use (it ships no types). */
declare module 'jsonld' {
	interface RemoteDocument {
		contextUrl: string | null;
		document: unknown;
		documentUrl: string;
	}
	interface Options {
		documentLoader?: (url: string) => Promise<RemoteDocument>;
		/** Fail on lossy processing, e.g. a term the context does not define. */
		safe?: boolean;
	}
	const jsonld: {
		expand(input: object, options?: Options): Promise<Record<string, unknown>[]>;
	};
	export default jsonld;
}
