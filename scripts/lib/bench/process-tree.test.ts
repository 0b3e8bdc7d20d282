import { describe, expect, it } from 'vitest';
import { descendants, parseCpuTicks, parseMachineTicks, parseParentPid, parseVmRss, processName, runMeasured, stealShare, treeRss } from './process-tree.ts';

describe('process tree memory', () => {
	it('reads VmRSS in bytes and zero when absent', () => {
		expect(parseVmRss('Name:\tnode\nVmPeak:\t 9 kB\nVmRSS:\t  123456 kB\nThreads: 7\n')).toBe(123456 * 1024);
		expect(parseVmRss('Name:\tkthreadd\n')).toBe(0);
	});

	it('reads the parent pid and CPU ticks even when the command name holds spaces and parentheses', () => {
		const stat = '4242 (node (worker) x) S 4000 4242 4000 0 -1 4194560 100 0 0 0 1500 250 7 3 20 0 11 0 123 456';
		expect(parseParentPid(stat)).toBe(4000);
		expect(parseCpuTicks(stat)).toBe(1750);
	});

	it("reads the machine's CPU ticks and the share the hypervisor stole between two readings", () => {
		const before = parseMachineTicks('cpu  100 10 50 800 20 0 5 15 7 0\ncpu0 50 5 25 400 10 0 2 8 0 0\n');
		expect(before).toEqual({ total: 1000, steal: 15 });
		const after = parseMachineTicks('cpu  400 10 150 1000 20 0 5 115 9 0\n');
		expect(stealShare(before, after)).toBeCloseTo(100 / 700);
		expect(stealShare(before, before)).toBe(0);
		expect(parseMachineTicks('')).toEqual({ total: 0, steal: 0 });
	});

	it('names processes by program, and by script for interpreters', () => {
		expect(processName('node_modules/.bin/node\0--cpu-prof\0bench/node_modules/astro/bin/astro.mjs\0build\0')).toBe('node astro.mjs');
		expect(processName('node_modules/@pagefind/linux-x64/bin/pagefind_extended\0--service\0')).toBe('pagefind_extended');
		expect(processName('', 'Name:\tkworker\n')).toBe('kworker');
	});

	it('collects a process and all its descendants', () => {
		const parents = new Map([
			[2, 1],
			[3, 2],
			[4, 2],
			[5, 3],
			[6, 99],
		]);
		expect(descendants(2, parents).sort()).toEqual([2, 3, 4, 5]);
		expect(descendants(6, parents)).toEqual([6]);
	});

	it.runIf(process.platform === 'linux')('measures this process and a real child', async () => {
		expect(treeRss(process.pid).bytes).toBeGreaterThan(1024 * 1024);
		const result = await runMeasured(process.execPath, ['-e', 'const a = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => a.length, 400)'], {
			cwd: process.cwd(),
			env: process.env,
			logFile: '/dev/null',
			intervalMs: 50,
		});
		expect(result.exitCode).toBe(0);
		expect(result.peakRssBytes).toBeGreaterThan(64 * 1024 * 1024);
		expect(result.wallMs).toBeGreaterThan(300);
		expect(result.peakByProcess[0]).toMatchObject({ pid: expect.any(Number), name: expect.stringMatching(/^node/) });
		expect(result.peakAtMs).toBeGreaterThan(0);
		expect(result.cpuMs).toBeGreaterThan(10);
		expect(result.meanLoad).toBeGreaterThanOrEqual(0);
		expect(result.steal).toBeGreaterThanOrEqual(0);
		expect(result.steal).toBeLessThan(1);
	});
});
