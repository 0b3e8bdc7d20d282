import { describe, expect, it } from 'vitest';
import { baselineConfig, baselinePage, EXCLUDED_ENTRIES, referencedModelIds } from './projects.ts';

describe('bench projects', () => {
	it('finds the model ids other content refers to', () => {
		const known = new Set(['whisper', 'bge-m3', 'llama', 'phi', 'resnet-50', 'unused']);
		const texts = [
			'---\ntitle: A\nmodels: [whisper, "bge-m3"]\n---\nSee [Llama](/models/llama/) and /models/ and /models/not-a-card/.',
			'---\ntitle: B\nmodels:\n  - phi\n  - resnet-50\nworking_groups: []\n---\nBody',
			'---\ntitle: C\nmodels: []\n---\n',
		];
		expect(referencedModelIds(texts, known)).toEqual(['bge-m3', 'llama', 'phi', 'resnet-50', 'whisper']);
	});

	it('writes baseline pages and a config with a small fixed sidebar', () => {
		const page = baselinePage({ title: 'A "quoted" title', description: 'What it is, in a sentence or two.', body: '## Intended use\n\nText.\n' });
		expect(page).toBe('---\ntitle: "A \\"quoted\\" title"\ndescription: "What it is, in a sentence or two."\n---\n\n## Intended use\n\nText.\n');
		const config = baselineConfig('/home');
		expect(config).toContain('base: "/home"');
		expect(config).toContain('sidebar: [');
		expect(config).not.toContain('autogenerate');
	});

	it('leaves builds, their logs and every cache out of the snapshot, so each bench build starts cold', () => {
		for (const name of ['node_modules', '.astro', '.cache', 'dist', 'dist.build.log', '.git']) expect(EXCLUDED_ENTRIES.test(name), name).toBe(true);
		for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'package.json']) expect(EXCLUDED_ENTRIES.test(name), name).toBe(false);
	});
});
