/** Facts about where the site is published and where its source lives. */

/**
 * Where the site is published: Astro's `site` and `base`. Forks and other hosts override them,
 * e.g. `SITE_URL=https://example.org BASE_PATH=/ npm run build`.
 */
export function deployment(env: Record<string, string | undefined> = process.env): { site: string; base: string } {
	return { site: env.SITE_URL ?? 'https://open-models-platform.github.io', base: env.BASE_PATH ?? '/home' };
}

/** GitHub repository that holds the site's source. */
export const repository = {
	owner: 'open-models-platform',
	name: 'home',
	branch: 'main',
	get url() {
		return `https://github.com/${this.owner}/${this.name}`;
	},
};

/** The header's social links (Starlight's `social` option; drawn by the SocialIcons override). */
export const socialLinks = [{ icon: 'github', label: 'GitHub', href: repository.url }] as const;

/** Link that opens a file in GitHub's web editor. */
export function editUrl(filePath: string): string {
	return `${repository.url}/edit/${repository.branch}/${filePath.replace(/^\.?\//, '')}`;
}

/**
 * Link that opens GitHub's "new file" editor for a file that does not exist yet, e.g. a
 * translation: in its folder, with its name filled in (GitHub's `filename` query parameter).
 */
export function newFileUrl(filePath: string): string {
	const path = filePath.replace(/^\.?\//, '');
	const slash = path.lastIndexOf('/');
	const query = new URLSearchParams({ filename: path.slice(slash + 1) });
	return `${repository.url}/new/${repository.branch}/${path.slice(0, slash)}?${query}`;
}

/** Link that opens a new issue prefilled with the page it is about. */
export function reportProblemUrl(pageUrl: string, title: string): string {
	const params = new URLSearchParams({
		title: `Problem on "${title}"`,
		labels: 'content-error',
		body: `Page: ${pageUrl}\n\nWhat is wrong:\n\nWhat it should say (with a source, if it is a fact):\n`,
	});
	return `${repository.url}/issues/new?${params}`;
}
