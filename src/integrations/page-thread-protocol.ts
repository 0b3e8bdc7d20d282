/** The messages between the build's thread and a page thread (parallel-pages.ts, page-thread.ts). */
import type { SearchRecord } from '../lib/search/fallback-records.ts';
import type { ShareImageInput } from '../seo/share-image.ts';

/** Astro's name for the bundle of scripts integrations add to every page (vite-plugin-scripts). */
export const PAGE_SCRIPT_ID = 'astro:scripts/page.js';

/** What of Astro's route data a page thread needs to find the same route in its own copy of the routes. */
export interface RouteData {
	route: string;
	component: string;
	type: string;
}

/** A route's name in both threads. */
export function routeKey(route: RouteData): string {
	return `${route.type} ${route.route} ${route.component}`;
}

/** Given to a page thread as it starts. */
export interface PageThreadData {
	/** URL of Astro's prerender bundle. */
	entry: string;
	/** Each page's stylesheets, by Astro's page key (route and component). */
	pageStyles: [string, unknown[]][];
	/** The scripts integrations add to every page: inline in the head, and bundled (`stage: 'page'`). */
	scripts: unknown[];
	/** The bundled file of the `page` scripts, if there are any. */
	pageScript: string | undefined;
	/** Where pages write their share images (share-image-pool.ts). */
	shareImageOutDir: string | undefined;
}

/** From the build's thread: render a page; report what the pages left behind; a share image is written. */
export type PageThreadRequest =
	| { kind: 'page'; id: number; url: string; route: string }
	| { kind: 'finish' }
	| { kind: 'share-image-written'; id: number; cached?: boolean; error?: string };

/** From a page thread: have the build's share-image pool write an image (one pool per process, not one per thread). */
export interface ShareImageRequest {
	kind: 'share-image';
	id: number;
	input: ShareImageInput;
	file: string;
}

export type PageThreadReply = {
	kind: 'page';
	id: number;
	status?: number;
	statusText?: string;
	headers?: [string, string][];
	body?: Uint8Array<ArrayBuffer> | null;
	/** The page must be rendered by the build's own thread. */
	elsewhere?: true;
	error?: string;
};

/** What pages rendered on a thread left behind, for the build's own collectors. */
export interface PageThreadTotals {
	kind: 'totals';
	records: SearchRecord[];
	shareImages: { written: number; cached: number; error?: string };
}
