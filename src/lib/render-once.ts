/**
 * HTML rendered once per build for a key, and shared by every page that asks for it. Only for
 * output that depends on nothing but the key: the memo lives as long as the build.
 */
const rendering = new Map<string, Promise<string>>();
const rendered = new Map<string, string>();

export function renderOnce(key: string, render: () => Promise<string>): Promise<string> {
	let html = rendering.get(key);
	if (!html) {
		html = render();
		rendering.set(key, html);
		html.then(
			(done) => rendered.set(key, done),
			// A failed render is not kept: the next page tries again and reports its own error.
			() => rendering.delete(key),
		);
	}
	return html;
}

/**
 * The HTML once rendered, without waiting. A page that finds it can skip the components that
 * would render it: Astro renders a component's slots whether or not it uses them.
 */
export function renderedAlready(key: string): string | undefined {
	return rendered.get(key);
}
