/**
 * Where an `astro build` spends its time, read from its log: the durations Astro and its
 * integrations print for each phase, and the `(+N ms)` Astro prints after every generated
 * file, summed per route (all model pages together, all share images together…). Pure.
 */

export interface TimeBreakdown {
	/** Phase → milliseconds, as printed by the build (missing phases are left out). */
	phases: Record<string, number>;
	/** Routes by total render time, largest first: pattern, files, total and median ms. */
	routes: { route: string; files: number; totalMs: number; medianMs: number }[];
}

const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** "7m 16s", "1m 41s", "21.16s", "159ms" → milliseconds. */
export function parseDuration(text: string): number | undefined {
	const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s)?$|^([\d.]+)ms$/.exec(text.trim());
	if (!match || (!match[1] && !match[2] && !match[3])) return undefined;
	if (match[3]) return Number(match[3]);
	return Number(match[1] ?? 0) * 60_000 + Number(match[2] ?? 0) * 1000;
}

/** `/zh-cn/models/x/index.html` → `/models/[id]/`: one pattern per route, both languages together. */
export function routePattern(path: string): string {
	return path
		.replace(/\/zh-cn(?=\/)/, '')
		.replace(/^(\/(?:og\/|api\/)?(?:models|tutorials|case-studies|events|working-groups))\/(?!index\.html$)[^/]+?(\/index\.html|\.[a-z]+)$/, '$1/[id]$2')
		.replace(/index\.html$/, '');
}

const PHASES: [string, RegExp][] = [
	['content sync + types', /\[types\] Generated (.+)$/],
	['vite bundles', /\[vite\] ✓ built in (.+)$/],
	['page generation', /^\S+\s+✓ Completed in (.+?)\.?$/],
	['pagefind', /Finished building search index in (.+?)\.?$/],
	// src/integrations/finish-site.ts, which runs Pagefind after Astro has exited.
	['pagefind', /\[openmodels:finish-site\] search index: \d+ pages in ([\d.]+s)/],
	['total', /\[build\] \d+ page\(s\) built in (.+)$/],
];

export function parseBuildLog(log: string): TimeBreakdown {
	const phases: Record<string, number> = {};
	const byRoute = new Map<string, number[]>();
	for (const raw of stripAnsi(log).split('\n')) {
		const line = raw.trimEnd();
		for (const [name, pattern] of PHASES) {
			const match = pattern.exec(line);
			const ms = match && parseDuration(match[1]!);
			if (ms !== undefined && ms !== null) phases[name] = (phases[name] ?? 0) + ms;
		}
		const route = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(line);
		if (route) {
			const key = routePattern(route[1]!);
			const list = byRoute.get(key) ?? [];
			list.push(Number(route[2]));
			byRoute.set(key, list);
		}
	}
	const routes = [...byRoute]
		.map(([route, times]) => {
			const sorted = [...times].sort((a, b) => a - b);
			return { route, files: times.length, totalMs: times.reduce((a, b) => a + b, 0), medianMs: sorted[sorted.length >> 1]! };
		})
		.sort((a, b) => b.totalMs - a.totalMs);
	return { phases, routes };
}

/** "pages 120 s: /models/[id]/ 60 s (2000 × 25 ms), /og/models/[id].png 40 s …" for the largest routes. */
export function formatBreakdown(breakdown: TimeBreakdown, top = 4): string[] {
	const seconds = (ms: number) => `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s`;
	const phases = Object.entries(breakdown.phases)
		.filter(([name]) => name !== 'total')
		.map(([name, ms]) => `${name} ${seconds(ms)}`)
		.join(', ');
	const routes = breakdown.routes
		.slice(0, top)
		.map((route) => `${route.route} ${seconds(route.totalMs)} (${route.files} × ${route.medianMs} ms)`)
		.join(', ');
	return [phases, routes].filter(Boolean);
}

/**
 * The last log line stamped at or before `atEpochMs` (Astro stamps lines with local HH:MM:SS),
 * i.e. what the build was doing then; undefined when no line carries a time.
 */
export function logLineAt(log: string, startedAtEpochMs: number, atEpochMs: number): string | undefined {
	const start = new Date(startedAtEpochMs);
	const midnight = new Date(start.getFullYear(), start.getMonth(), start.getDate()).getTime();
	let found: string | undefined;
	let previous = -Infinity;
	let dayOffset = 0;
	for (const raw of stripAnsi(log).split('\n')) {
		const match = /^(\d\d):(\d\d):(\d\d)\s+(.*)$/.exec(raw.trim());
		if (!match) continue;
		let at = midnight + dayOffset + ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000;
		if (at < previous - 12 * 3600_000) {
			dayOffset += 24 * 3600_000; // past midnight
			at += 24 * 3600_000;
		}
		previous = at;
		if (at > atEpochMs + 999) break;
		found = match[4]!.trim();
	}
	return found;
}
