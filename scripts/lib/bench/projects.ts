/**
 * The two temporary projects a benchmark run builds: a copy of OpenModels with synthetic model
 * cards, and a minimal Starlight site with the same number of Markdown pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticCard } from './cards.ts';

/** Caches tools write into node_modules; each temporary project gets its own, so builds are cold and independent. */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * The project's node_modules for a temporary project: hard links to every package file (fast,
 * no extra disk), or a full copy when hard links are impossible. Not symlinks: Vite resolves a
 * symlinked package to its real path outside the temporary project, and Astro then fails on
 * Starlight's components ("No cached compile metadata found for …/Icon.astro?astro&type=style").
 * The caches Astro and Vite keep in node_modules (`.astro` holds the content data store) are
 * left out, so every build starts cold and runs never share state with the project or each other.
 */
export function linkNodeModules(source: string, target: string): 'hardlink' | 'copy' {
	mkdirSync(target, { recursive: true });
	const entries = readdirSync(source)
		.filter((name) => !NODE_MODULES_CACHES.has(name))
		.map((name) => join(source, name));
	const linked = spawnSync('cp', ['-al', ...entries, `${target}/`], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
	if (linked.status === 0) return 'hardlink';
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	const copied = spawnSync('cp', ['-a', ...entries, `${target}/`], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
	if (copied.status !== 0) throw new Error(`could not copy node_modules to ${target}: ${copied.stderr}`);
	return 'copy';
}

/**
 * Model ids the rest of the content refers to: `models:` lists in front matter and links to
 * `/models/<id>/`, limited to ids in `known`. Pure.
 */
export function referencedModelIds(texts: readonly string[], known: ReadonlySet<string>): string[] {
	const found = new Set<string>();
	for (const text of texts) {
		const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
		const inline = /^models:\s*\[([^\]]*)\]/m.exec(frontMatter);
		if (inline) for (const id of inline[1]!.split(',')) found.add(id.trim().replace(/^["']|["']$/g, ''));
		const block = /^models:\s*\r?\n((?:[ \t]+-[^\n]*\r?\n?)+)/m.exec(frontMatter);
		if (block)
			for (const line of block[1]!.split('\n'))
				found.add(
					line
						.replace(/^\s*-\s*/, '')
						.trim()
						.replace(/^["']|["']$/g, ''),
				);
		for (const match of text.matchAll(/\/models\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?/g)) found.add(match[1]!);
	}
	return [...found].filter((id) => known.has(id)).sort();
}

function walkText(dir: string, skip: (path: string) => boolean): string[] {
	const texts: string[] = [];
	const walk = (current: string) => {
		for (const entry of readdirSync(current, { withFileTypes: true })) {
			const path = join(current, entry.name);
			if (skip(path)) continue;
			if (entry.isDirectory()) walk(path);
			else if (/\.(md|mdx|ya?ml|json)$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
		}
	};
	walk(dir);
	return texts;
}

/** The real model cards other content refers to (they are kept so cross-references still resolve). */
export function realCardsToKeep(projectRoot: string): string[] {
	const modelsDir = join(projectRoot, 'content/models');
	const known = new Set(
		readdirSync(modelsDir)
			.filter((name) => name.endsWith('.md') && !name.startsWith('_'))
			.map((name) => name.slice(0, -3)),
	);
	const texts = walkText(join(projectRoot, 'content'), (path) => path === modelsDir);
	return referencedModelIds(texts, known);
}

/** Top-level entries of the project that a build does not need (or that must not be shared). */
export const EXCLUDED_ENTRIES = /^(node_modules|\.git|\.astro|\.cache|dist.*|coverage|tests|\.ci|\.github)$/;

/**
 * Copies the project as it is now to `dir` (everything but node_modules, builds, caches and
 * tests), with only the real model cards in `keep` (and their translations) left in
 * content/models. Every N of a run is built from this one snapshot, so edits made to the
 * project while the benchmark runs do not skew the comparison between N.
 */
export function snapshotProject(projectRoot: string, dir: string, keep: readonly string[]): void {
	const models = join(projectRoot, 'content/models');
	const isKept = (path: string) => keep.some((id) => path === join(models, `${id}.md`) || path === join(models, 'zh-cn', `${id}.md`));
	mkdirSync(dir, { recursive: true });
	for (const entry of readdirSync(projectRoot)) {
		if (EXCLUDED_ENTRIES.test(entry)) continue;
		cpSync(join(projectRoot, entry), join(dir, entry), {
			recursive: true,
			filter: (path) => !path.startsWith(`${models}/`) || path === join(models, 'zh-cn') || /\/_[^/]*$/.test(path) || isKept(path),
		});
	}
}

export interface SiteProject {
	dir: string;
	syntheticCards: number;
	translations: number;
}

/** A copy of `snapshot` in `dir` with `cards` added to content/models and node_modules linked. */
export function makeSiteProject(snapshot: string, projectRoot: string, dir: string, cards: readonly SyntheticCard[]): SiteProject {
	cpSync(snapshot, dir, { recursive: true });
	linkNodeModules(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
	const models = join(dir, 'content/models');
	mkdirSync(join(models, 'zh-cn'), { recursive: true });
	let translations = 0;
	for (const card of cards) {
		writeFileSync(join(models, `${card.id}.md`), card.markdown);
		if (card.translation) {
			writeFileSync(join(models, 'zh-cn', `${card.id}.md`), card.translation);
			translations++;
		}
	}
	return { dir, syntheticCards: cards.length, translations };
}

/** Text of a minimal Starlight config with a small, fixed sidebar. Pure. */
export function baselineConfig(base: string): string {
	return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: 'https://example.org',
	base: ${JSON.stringify(base)},
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Baseline',
			sidebar: [
				{ label: 'Start', items: [{ label: 'Home', link: '/' }, { label: 'About', link: '/about/' }] },
				{ label: 'Pages', items: [{ label: 'First page', link: '/models/' }] },
			],
		}),
	],
});
`;
}

const BASELINE_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** A Markdown page of the baseline site made from a synthetic card. Pure. */
export function baselinePage(card: Pick<SyntheticCard, 'title' | 'description' | 'body'>): string {
	return `---\ntitle: ${JSON.stringify(card.title)}\ndescription: ${JSON.stringify(card.description)}\n---\n\n${card.body}`;
}

/** A minimal Starlight project in `dir` with one page per card at `/models/<id>/`. */
export function makeBaselineProject(projectRoot: string, dir: string, cards: readonly SyntheticCard[], base: string): void {
	const docs = join(dir, 'src/content/docs');
	mkdirSync(join(docs, 'models'), { recursive: true });
	// Dependencies must be declared: Astro decides from them which packages (Starlight's .astro
	// components) Vite bundles for the server instead of leaving them to Node.
	const versions = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> }).devDependencies ?? {};
	const dependencies = Object.fromEntries(['astro', '@astrojs/starlight', 'sharp'].filter((name) => versions[name]).map((name) => [name, versions[name]]));
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'openmodels-bench-baseline', private: true, type: 'module', dependencies }, null, 2));
	writeFileSync(join(dir, 'astro.config.mjs'), baselineConfig(base));
	writeFileSync(join(dir, 'src/content.config.ts'), BASELINE_COLLECTIONS);
	writeFileSync(
		join(docs, 'index.md'),
		'---\ntitle: Baseline\ndescription: A minimal Starlight site used as a benchmark baseline.\n---\n\nA plain Starlight site with one page per synthetic model card.\n',
	);
	writeFileSync(
		join(docs, 'about.md'),
		'---\ntitle: About\ndescription: About this baseline site and why it exists.\n---\n\nIt exists to compare build costs.\n',
	);
	writeFileSync(
		join(docs, 'models.md'),
		'---\ntitle: Pages\ndescription: The pages of this baseline site, one per synthetic card.\n---\n\nOne page per synthetic card; see the search.\n',
	);
	for (const card of cards) writeFileSync(join(docs, 'models', `${card.id}.md`), baselinePage(card));
	linkNodeModules(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
}
