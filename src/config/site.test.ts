import { describe, expect, it } from 'vitest';
import { editUrl, newFileUrl, repository } from './site.ts';

describe('links into the repository', () => {
	it('opens a file in the web editor', () => {
		expect(editUrl('./content/models/bert-base-uncased.md')).toBe(`${repository.url}/edit/${repository.branch}/content/models/bert-base-uncased.md`);
	});

	it('opens the new-file editor in the file’s folder with its name filled in', () => {
		const url = new URL(newFileUrl('content/models/zh-cn/bert-base-uncased.md'));
		expect(url.pathname).toBe(`${new URL(repository.url).pathname}/new/${repository.branch}/content/models/zh-cn`);
		expect(url.searchParams.get('filename')).toBe('bert-base-uncased.md');
	});
});
