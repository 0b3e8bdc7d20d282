/** Renders Markdown with Sätteri the way the site does, for the plugin tests beside this file. */
import { markdownToHtml, mdxToJs, type HastPluginList, type MdastPluginList } from 'satteri';
import { contentSafetyPlugin } from '../../src/lib/markdown/content-safety-plugin.ts';

export async function renderMarkdown(source: string, path: string, plugins: { mdast?: MdastPluginList; hast?: HastPluginList }): Promise<string> {
	const options = { features: { gfm: true, directive: true }, fileURL: new URL(`file://${path}`), mdastPlugins: plugins.mdast, hastPlugins: plugins.hast };
	if (path.endsWith('.mdx')) return (await mdxToJs(source, options)).code;
	return (await markdownToHtml(source, options)).html;
}

/**
 * The safety problems the build finds in a body on its own (Sätteri) parse, as `line message`
 * strings, the form `npm run validate`'s findings are compared in; none when it renders.
 */
export async function buildSafetyProblems(body: string, path: string, root: string): Promise<string[]> {
	return renderMarkdown(body, path, { mdast: [contentSafetyPlugin({ root })] }).then(
		() => [],
		(error: Error) =>
			error.message
				.split('\n')
				.slice(1)
				.map((line) => line.replace(/^ {2}line (\d+): /, '$1 ')),
	);
}
