/**
 * Writes the hostile cases into a copy of the project's content/, in a temporary folder, so
 * validate and a real build can be run on them. The copy starts from the real, valid content.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bases, type HostileCase } from '../fixtures/hostile/cases.ts';
import { projectRoot } from './dist.ts';

function setField(source: string, key: string, value: string): string {
	const pattern = new RegExp(`^${key}:.*$`, 'm');
	const end = source.indexOf('\n---', 3);
	const frontMatter = source.slice(0, end);
	const next = pattern.test(frontMatter) ? frontMatter.replace(pattern, `${key}: ${value}`) : `${frontMatter}\n${key}: ${value}`;
	return next + source.slice(end);
}

/** The text of a hostile file: its base with the change applied. */
export function hostileSource(hostile: HostileCase, marker: string): string | Buffer {
	const change = hostile.change;
	if ('raw' in change) return change.raw;
	if ('symlink' in change) throw new Error('a symlink has no source');
	const basePath = hostile.file.includes('/zh-cn/') ? bases[hostile.from!].replace(/\/([^/]+)$/, '/zh-cn/$1') : bases[hostile.from!];
	let source = readFileSync(join(projectRoot, basePath), 'utf8');
	if ('set' in change) for (const [key, value] of Object.entries(change.set)) source = setField(source, key, value);
	if ('add' in change) {
		const end = source.indexOf('\n---', 3);
		source = `${source.slice(0, end)}\n${change.add}${source.slice(end)}`;
	}
	if ('body' in change) source = `${source.trimEnd()}\n\n${change.body.replaceAll('MARKER', marker)}\n`;
	return source;
}

export interface HostileTree {
	root: string;
	/** A file that only a payload that ran could have written. */
	marker: string;
}

/** A temporary project folder with content/ = the real content plus every hostile case. */
export function writeHostileTree(cases: readonly HostileCase[]): HostileTree {
	const root = mkdtempSync(join(tmpdir(), 'openmodels-hostile-'));
	const marker = join(root, 'payload-ran.txt');
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
	for (const hostile of cases) {
		const path = join(root, hostile.file);
		mkdirSync(dirname(path), { recursive: true });
		if ('symlink' in hostile.change) symlinkSync(hostile.change.symlink, path);
		else writeFileSync(path, hostileSource(hostile, marker));
	}
	return { root, marker };
}
