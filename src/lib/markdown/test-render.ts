/** Renders Markdown with Sätteri the way the site does, for the plugin tests beside this file. */
import { markdownToHtml, mdxToJs, type HastPluginList, type MdastPluginList } from 'satteri';

export async function renderMarkdown(source: string, path: string, plugins: { mdast?: MdastPluginList; hast?: HastPluginList }): Promise<string> {
	const options = { features: { gfm: true, directive: true }, fileURL: new URL(`file://${path}`), mdastPlugins: plugins.mdast, hastPlugins: plugins.hast };
	if (path.endsWith('.mdx')) return (await mdxToJs(source, options)).code;
	return (await markdownToHtml(source, options)).html;
}
