/**
 * HTML rendered once per build for a key, and shared by every page that asks for it. Only for
 * output that depends on nothing but the key: the memo lives as long as the build.
 */
const rendered = new Map<string, Promise<string>>();

export function renderOnce(key: string, render: () => Promise<string>): Promise<string> {
	let html = rendered.get(key);
	if (!html) {
		html = render();
		rendered.set(key, html);
		// A failed render is not kept: the next page tries again and reports its own error.
		html.catch(() => rendered.delete(key));
	}
	return html;
}
