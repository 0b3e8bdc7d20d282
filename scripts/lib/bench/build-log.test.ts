import { describe, expect, it } from 'vitest';
import { formatBreakdown, logLineAt, parseBuildLog, parseDuration, routePattern } from './build-log.ts';

const log = `\x1b[2m23:15:45\x1b[22m [content] Syncing content
23:17:24 [content] Synced content
23:17:24 [types] Generated 1m 41s
23:17:40 [vite] ✓ built in 15.01s
23:17:41 [vite] ✓ built in 395ms
 generating static routes
23:17:41 ▶ src/pages/[...lang]/models/[id].astro
23:17:41   ├─ /models/a/index.html (+20ms)
23:17:41   ├─ /zh-cn/models/a/index.html (+30ms)
23:17:41   └─ /models/b/index.html (+10ms)
23:17:42   ├─ /og/zh-cn/models/a.png (+800ms)
23:17:42   ├─ /api/models/a.json (+1ms)
23:17:42   ├─ /models/index.html (+300ms)
23:17:42   ├─ /index.html (+5ms)
23:24:57 ✓ Completed in 7m 16s.
23:24:57 [build] ✓ Completed in 7m 33s.
23:26:11 [starlight:pagefind] Finished building search index in 73.90s.
23:27:00 [build] 4085 page(s) built in 11m 17s
`;

describe('build log', () => {
	it('reads the search-index time of the build script, which runs Pagefind after Astro', () => {
		const split =
			'23:27:00 [build] 4085 page(s) built in 11m 17s\n23:28:14 [openmodels:finish-site] search index: 4085 pages in 73.90s (2000 of them untranslated pages, added from their data)\n';
		expect(parseBuildLog(split).phases).toEqual({ total: 677_000, pagefind: 73_900 });
	});

	it('reads durations', () => {
		expect(parseDuration('7m 16s')).toBe(436_000);
		expect(parseDuration('21.16s')).toBe(21_160);
		expect(parseDuration('159ms')).toBe(159);
		expect(parseDuration('soon')).toBeUndefined();
	});

	it('groups files by route, both languages together', () => {
		expect(routePattern('/zh-cn/models/x-1/index.html')).toBe('/models/[id]/');
		expect(routePattern('/og/models/x-1.png')).toBe('/og/models/[id].png');
		expect(routePattern('/api/models/x-1.json')).toBe('/api/models/[id].json');
		expect(routePattern('/models/index.html')).toBe('/models/');
		expect(routePattern('/zh-cn/index.html')).toBe('/');
		expect(routePattern('/events/meetup.ics')).toBe('/events/[id].ics');
	});

	it('sums phases and routes', () => {
		const breakdown = parseBuildLog(log);
		expect(breakdown.phases).toEqual({ 'content sync + types': 101_000, 'vite bundles': 15_405, 'page generation': 436_000, pagefind: 73_900, total: 677_000 });
		expect(breakdown.routes[0]).toEqual({ route: '/og/models/[id].png', files: 1, totalMs: 800, medianMs: 800 });
		expect(breakdown.routes.find((route) => route.route === '/models/[id]/')).toEqual({ route: '/models/[id]/', files: 3, totalMs: 60, medianMs: 20 });
		expect(formatBreakdown(breakdown, 2)).toEqual([
			'content sync + types 101 s, vite bundles 15 s, page generation 436 s, pagefind 74 s',
			'/og/models/[id].png 0.8 s (1 × 800 ms), /models/ 0.3 s (1 × 300 ms)',
		]);
	});

	it('finds what the build was doing at a moment, across midnight too', () => {
		const start = new Date(2026, 0, 1, 23, 15, 40).getTime();
		expect(logLineAt(log, start, new Date(2026, 0, 1, 23, 17, 41).getTime())).toBe('└─ /models/b/index.html (+10ms)');
		expect(logLineAt(log, start, new Date(2026, 0, 1, 23, 26, 30).getTime())).toBe('[starlight:pagefind] Finished building search index in 73.90s.');
		const late = '23:59:58 [build] rendering\n00:00:03 [starlight:pagefind] Building search index with Pagefind...\n';
		expect(logLineAt(late, new Date(2026, 0, 1, 23, 59, 0).getTime(), new Date(2026, 0, 2, 0, 0, 5).getTime())).toBe(
			'[starlight:pagefind] Building search index with Pagefind...',
		);
		expect(logLineAt('no times here', start, start)).toBeUndefined();
	});
});
