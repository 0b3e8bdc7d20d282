import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentPath, contentTypes, renderTemplate, templatePath, todoFields, type ContentType } from '../../scripts/lib/scaffold/templates.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const node = (args: string[], cwd: string) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });

function project() {
	const dir = mkdtempSync(join(tmpdir(), 'openmodels-new-'));
	// Working groups exist in every real checkout; references to them must resolve.
	cpSync(join(root, 'content/working-groups'), join(dir, 'content/working-groups'), { recursive: true });
	return dir;
}

/** What a contributor would type for each TODO. */
const answers: Record<string, string> = {
	title: 'A test entry',
	description: 'A description long enough to satisfy the schema, written by the test.',
	organization: 'openai',
	'sources.organization': '{ url: https://huggingface.co/example/model }',
	'sources.license': '{ url: https://huggingface.co/example/model, quote: "license: apache-2.0" }',
	'sources.parameters': '{ unconfirmed: "the test checked the Hub card" }',
	'sources.release_date': '{ unconfirmed: "the test checked the Hub card" }',
	'sources.context_length': '{ unconfirmed: "the test checked the Hub card" }',
	'sources.language': '{ unconfirmed: "the test checked the Hub card" }',
	modality: 'text',
	'links.repository': 'https://github.com/example/model',
	license: 'apache-2.0',
	pipeline_tag: 'text-generation',
	level: 'beginner',
	duration: '30',
	objectives: '[Run a model locally]',
	authors: ['[OpenModels community]'][0]!,
	sector: 'healthcare',
	region: 'Global',
	problem: 'A problem.',
	approach: 'An approach.',
	outcome: 'What would be measured.',
	kind: 'webinar',
	start: '"2027-02-01T10:00:00+01:00"',
	end: '"2027-02-01T11:00:00+01:00"',
	timezone: 'Europe/Berlin',
	format: 'in-person',
	focus_areas: '[Crop disease detection]',
	discussion_url: 'https://github.com/open-models-platform/home/discussions',
};

function fill(text: string, type: ContentType): string {
	let parent = '';
	return text
		.split('\n')
		.map((line) => {
			if (line.startsWith('TODO: ')) return 'Written by the contributor.';
			const match = /^(\s*)([\w-]+):\s*# TODO:.*$/.exec(line);
			const key = /^([\w-]+):/.exec(line);
			if (key && !line.startsWith(' ')) parent = key[1]!;
			if (!match) return line;
			const field = match[1] ? `${parent}.${match[2]}` : match[2]!;
			// An in-person event needs a place instead of a join link.
			const extra = type === 'event' && field === 'format' ? '\nplace: { venue: Venue to be announced, city: Berlin, country: Germany }' : '';
			return `${match[1]}${match[2]}: ${answers[field] ?? (type === 'case-study' && field === 'kind' ? 'example' : 'MISSING')}${extra}`;
		})
		.join('\n');
}

describe('npm run new', () => {
	it.each(Object.keys(contentTypes) as ContentType[])('writes a %s that validates once its TODO facts are filled', (type) => {
		const dir = project();
		const created = node([join(root, 'scripts/new.ts'), type, 'my-entry'], dir);
		expect(created.stderr).toBe('');
		expect(created.status).toBe(0);
		const path = join(dir, contentPath(type, 'my-entry'));
		expect(created.stdout).toContain(`✓ Created ${contentPath(type, 'my-entry')}`);
		expect(created.stdout).toMatch(/npm run validate[\s\S]*npm start[\s\S]*pull request/);

		const text = readFileSync(path, 'utf8');
		const todos = todoFields(text);
		expect(todos.length).toBeGreaterThan(1);

		// Unfilled: validation fails on exactly the TODO fields, each on its own line.
		const before = node([join(root, 'scripts/validate.ts'), dir], root);
		expect(before.status).toBe(1);
		const fields = before.stderr
			.split('\n')
			.filter((line) => line.startsWith('content/'))
			.map((line) => line.split(/\s{2}/)[1]);
		expect(fields.sort()).toEqual([...todos].sort());

		writeFileSync(path, fill(text, type));
		const after = node([join(root, 'scripts/validate.ts'), dir], root);
		expect(after.stderr).toBe('');
		expect(after.status).toBe(0);
	});

	it('refuses a bad id, an unknown type and an existing file, writing nothing', () => {
		const dir = project();
		const bad = node([join(root, 'scripts/new.ts'), 'model', 'My Model'], dir);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toBe('✗ "My Model" is not a valid id: use lowercase letters, digits and single hyphens, e.g. "my-model".\n');
		expect(existsSync(join(dir, 'content/models'))).toBe(false);

		const unknown = node([join(root, 'scripts/new.ts'), 'blog-post', 'x'], dir);
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('Unknown content type "blog-post"; expected one of: model, tutorial, case-study, event, working-group.');

		const taken = node([join(root, 'scripts/new.ts'), 'working-group', 'healthcare'], dir);
		expect(taken.status).toBe(1);
		expect(taken.stderr).toBe('✗ content/working-groups/healthcare.md already exists: choose another id, or edit that file. Nothing was written.\n');
		expect(readFileSync(join(dir, 'content/working-groups/healthcare.md'), 'utf8')).toBe(
			readFileSync(join(root, 'content/working-groups/healthcare.md'), 'utf8'),
		);
	});

	// `script` (util-linux) gives the command a real terminal, as a contributor would have.
	it.skipIf(spawnSync('script', ['--version']).status !== 0)('asks for the type and id when a terminal is attached', async () => {
		const dir = project();
		const { spawn } = await import('node:child_process');
		const child = spawn('script', ['-qec', `${process.execPath} ${join(root, 'scripts/new.ts')}`, '/dev/null'], { cwd: dir });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		const waitFor = async (text: string) => {
			for (let i = 0; i < 100 && !output.includes(text); i++) await new Promise((resolve) => setTimeout(resolve, 50));
			expect(output).toContain(text);
		};
		await waitFor('What do you want to add?');
		child.stdin.write('tutorial\n');
		await waitFor('Id (lowercase');
		child.stdin.write('my-lesson\n');
		await waitFor('✓ Created content/tutorials/my-lesson.mdx');
		child.stdin.end();
		expect(existsSync(join(dir, 'content/tutorials/my-lesson.mdx'))).toBe(true);
	});

	it('explains usage when arguments are missing and no terminal is attached', () => {
		const result = node([join(root, 'scripts/new.ts')], project());
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Usage: npm run new -- <model|tutorial|case-study|event|working-group> <id>');
	});
});

describe('_template files for the web editor', () => {
	it.each(Object.keys(contentTypes) as ContentType[])('the %s template matches what npm run new writes', (type) => {
		const committed = readFileSync(join(root, templatePath(type)), 'utf8');
		// Regenerate with: node scripts/new.ts --templates
		expect(committed).toBe(renderTemplate(type));
	});
});
