/**
 * Element ids the page around content uses on every page: Starlight's (`_top`, `starlight__…`,
 * `theme-icons`) and the project's own, which all start with `om-`. A heading gets an id from its
 * text (github-slugger, as the build makes it); one equal to these would duplicate the page's
 * element, and links and scripts would find the heading instead.
 */
import GithubSlugger from 'github-slugger';

const RESERVED_ID = /^(?:_top|theme-icons|starlight.*|om-.*)$/;

export function isReservedId(id: string): boolean {
	return RESERVED_ID.test(id);
}

/** The id the build gives a heading with this text (before numbering repeats). */
export function headingId(text: string): string {
	return new GithubSlugger().slug(text);
}
