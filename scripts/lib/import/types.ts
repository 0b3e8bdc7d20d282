/** Shapes shared by the Hugging Face card importer's modules. */

/** A Hugging Face field copied to the OpenModels card; `note` says how it was reshaped. */
export interface Mapped {
	field: string;
	note?: string;
}

/** Something in the Hugging Face card that was not copied (or only in part), and why. */
export interface Note {
	/** Dotted path such as `language[6]`, `widget` or `model-index[0].results[3]`. */
	field: string;
	/** 1-based line in the imported file, where there is one. */
	line?: number;
	message: string;
}

/** A value the importer derived rather than read; the contributor must check it. */
export interface Guess {
	field: string;
	value: string;
	basis: string;
}

/** A placeholder the contributor must fill; `npm run validate` fails on each until then. */
export interface Todo {
	/** The field `npm run validate` names for it (`body` for a body section). */
	field: string;
	hint: string;
}

/** One key of the card's front matter as it will be written. */
export interface OutField {
	key: string;
	value?: unknown;
	/** Writes `key:` with no value and this hint as a `# TODO:` comment. */
	todo?: string;
	/** A trailing YAML comment after a value (e.g. why it was guessed). */
	comment?: string;
	/** Nested keys (for `links`). */
	children?: OutField[];
}

/** A card that cannot be imported; `line` is 1-based in the imported file. */
export class ImportFailure extends Error {
	readonly line: number | undefined;
	constructor(message: string, line?: number) {
		super(message);
		this.line = line;
	}
}

/** What mapping a Hugging Face card's metadata produced: fields to write, and what to tell the contributor. */
export interface MetadataResult {
	fields: OutField[];
	mapped: Mapped[];
	unmapped: Note[];
	todo: Todo[];
	/** The task id when pipeline_tag was mapped, for guessing the modality. */
	pipelineTag?: string;
}

/** The 1-based line of a path in the imported front matter. */
export type LineOf = (path: readonly PropertyKey[]) => number;
