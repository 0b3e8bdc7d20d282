/**
 * Peak memory of a process and all its descendants, sampled from /proc: every interval the
 * VmRSS of each process in the tree is read and summed; the peak is the largest sum seen.
 * (Linux only. Pages shared between processes are counted once per process, so the figure is
 * an upper bound; a process that lives less than one interval can be missed.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

/** Resident set size in bytes from the text of /proc/<pid>/status, or 0 (zombie, kernel thread). */
export function parseVmRss(status: string): number {
	const match = /^VmRSS:\s+(\d+)\s*kB/m.exec(status);
	return match ? Number(match[1]) * 1024 : 0;
}

/** Parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseParentPid(stat: string): number {
	const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(rest[1]);
}

/** User + system CPU time in clock ticks from the text of /proc/<pid>/stat (fields 14 and 15). */
export function parseCpuTicks(stat: string): number {
	const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(rest[11]) + Number(rest[12]) || 0;
}

/** The machine's CPU time in ticks from /proc/stat's first line: all of it, and what the hypervisor took (steal). */
export function parseMachineTicks(stat: string): { total: number; steal: number } {
	const fields = /^cpu\s+([\d\s]+)/m.exec(stat)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
	// user nice system idle iowait irq softirq steal guest guest_nice; guest time is already in user.
	const counted = fields.slice(0, 8);
	return { total: counted.reduce((sum, value) => sum + value, 0), steal: fields[7] ?? 0 };
}

/** Share of the machine's CPU time the hypervisor gave to other machines between two readings. */
export function stealShare(before: { total: number; steal: number }, after: { total: number; steal: number }): number {
	const total = after.total - before.total;
	return total > 0 ? (after.steal - before.steal) / total : 0;
}

let clockTicks: number | undefined;
/** Clock ticks per second (`getconf CLK_TCK`, 100 on Linux). */
function ticksPerSecond(): number {
	clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;
	return clockTicks;
}

/** `root` and every pid below it, given each process's parent. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
	const children = new Map<number, number[]>();
	for (const [pid, parent] of parents) children.set(parent, [...(children.get(parent) ?? []), pid]);
	const tree: number[] = [];
	const queue = [root];
	while (queue.length) {
		const pid = queue.shift()!;
		if (tree.includes(pid)) continue;
		tree.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return tree;
}

const read = (path: string) => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
};

/** Children of every thread of `pid`, from /proc/<pid>/task/<tid>/children; undefined if unsupported. */
function childrenOf(pid: number): number[] | undefined {
	let tasks: string[];
	try {
		tasks = readdirSync(`/proc/${pid}/task`);
	} catch {
		return [];
	}
	const children: number[] = [];
	for (const task of tasks) {
		const text = read(`/proc/${pid}/task/${task}/children`);
		if (text === undefined) return undefined;
		for (const part of text.split(' ')) if (part.trim()) children.push(Number(part));
	}
	return children;
}

function processTree(root: number): number[] {
	const tree: number[] = [];
	const queue = [root];
	while (queue.length) {
		const pid = queue.shift()!;
		const children = childrenOf(pid);
		if (children === undefined) return scanTree(root);
		tree.push(pid);
		queue.push(...children);
	}
	return tree;
}

/** Fallback when the kernel has no `children` files: read every process's parent. */
function scanTree(root: number): number[] {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = read(`/proc/${name}/stat`);
		if (stat) parents.set(Number(name), parseParentPid(stat));
	}
	return descendants(root, parents);
}

/** "node astro.mjs", "pagefind": the program and, for interpreters, the script (from /proc/<pid>/cmdline). */
export function processName(cmdline: string, status = ''): string {
	const args = cmdline.split('\0').filter(Boolean);
	const base = (path: string) => path.split('/').pop() ?? path;
	if (args.length === 0) return /^Name:\s*(.+)$/m.exec(status)?.[1] ?? '?';
	const program = base(args[0]!);
	const script = args.slice(1).find((arg) => !arg.startsWith('-'));
	return /^(node|nodejs|bun|deno|python3?)$/.test(program) && script ? `${program} ${base(script)}` : program;
}

export interface ProcessRss {
	pid: number;
	name: string;
	bytes: number;
	/** CPU time used so far (user + system), in clock ticks. */
	cpuTicks: number;
}

export function treeRss(root: number): { bytes: number; processes: number; byProcess: ProcessRss[] } {
	const pids = processTree(root);
	let bytes = 0;
	const byProcess: ProcessRss[] = [];
	for (const pid of pids) {
		const status = read(`/proc/${pid}/status`) ?? '';
		const rss = parseVmRss(status);
		bytes += rss;
		byProcess.push({
			pid,
			name: processName(read(`/proc/${pid}/cmdline`) ?? '', status),
			bytes: rss,
			cpuTicks: parseCpuTicks(read(`/proc/${pid}/stat`) ?? ''),
		});
	}
	return { bytes, processes: pids.length, byProcess };
}

export interface RunResult {
	exitCode: number | null;
	wallMs: number;
	peakRssBytes: number;
	/** When the peak was seen (ms after start, and the wall-clock time) and each process's share. */
	peakAtMs: number;
	peakAtEpochMs: number;
	peakByProcess: ProcessRss[];
	startedAtEpochMs: number;
	/**
	 * CPU time (user + system) of the process tree, from the last sample of each process: far less
	 * sensitive than wall time to other jobs on a shared machine (processes that live less than
	 * one interval are missed).
	 */
	cpuMs: number;
	/** Mean of the 1-minute load average over the samples (the build's own work included). */
	meanLoad: number;
	/**
	 * Share of the machine's CPU time that the hypervisor gave to other virtual machines during the
	 * build (steal time): CPU this build waited for, which no change to the build can win back.
	 */
	steal: number;
	maxProcesses: number;
	samples: number;
}

/** Runs a command, sampling the memory of its process tree every `intervalMs`; output goes to `logFile`. */
export function runMeasured(
	command: string,
	args: readonly string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; intervalMs?: number },
): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const log = createWriteStream(options.logFile);
		const started = performance.now();
		const startedAtEpochMs = Date.now();
		const machineBefore = parseMachineTicks(read('/proc/stat') ?? '');
		const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		let peak = 0;
		let peakAtMs = 0;
		let peakAtEpochMs = startedAtEpochMs;
		let peakByProcess: ProcessRss[] = [];
		let maxProcesses = 0;
		const cpuTicks = new Map<number, number>();
		let loadSum = 0;
		let samples = 0;
		const sample = () => {
			if (child.pid === undefined) return;
			const { bytes, processes, byProcess } = treeRss(child.pid);
			samples++;
			for (const process of byProcess) cpuTicks.set(process.pid, Math.max(cpuTicks.get(process.pid) ?? 0, process.cpuTicks));
			loadSum += Number(read('/proc/loadavg')?.split(' ')[0]) || 0;
			if (bytes > peak) {
				peak = bytes;
				peakAtMs = performance.now() - started;
				peakAtEpochMs = Date.now();
				peakByProcess = byProcess.sort((a, b) => b.bytes - a.bytes);
			}
			maxProcesses = Math.max(maxProcesses, processes);
		};
		const timer = setInterval(sample, options.intervalMs ?? 100);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (exitCode) => {
			const wallMs = performance.now() - started;
			clearInterval(timer);
			const cpuMs = ([...cpuTicks.values()].reduce((a, b) => a + b, 0) * 1000) / ticksPerSecond();
			const meanLoad = samples ? loadSum / samples : 0;
			const steal = stealShare(machineBefore, parseMachineTicks(read('/proc/stat') ?? ''));
			log.end(() =>
				resolve({
					exitCode,
					wallMs,
					peakRssBytes: peak,
					peakAtMs,
					peakAtEpochMs,
					peakByProcess,
					startedAtEpochMs,
					cpuMs,
					meanLoad,
					steal,
					maxProcesses,
					samples,
				}),
			);
		});
	});
}
