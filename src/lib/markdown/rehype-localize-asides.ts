/**
 * Starlight picks aside labels ("Note", "Tip"…) by a file's path under src/content/docs, so
 * pages in content/**\/zh-cn/ get English labels. This sets the labels of default-titled
 * asides from the file's language.
 */
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

export interface LocalizeAsidesOptions {
	/** Labels per language and aside variant, e.g. { 'zh-cn': { note: '注意' } } */
	labels: Record<string, Record<string, string>>;
	langOf: (filePath: string | undefined) => string;
}

export function rehypeLocalizeAsides(options: LocalizeAsidesOptions) {
	return (tree: Root, file: { path?: string; history?: string[] }) => {
		const labels = options.labels[options.langOf(file.path ?? file.history?.[0])];
		if (!labels) return;
		const english = options.labels.en ?? {};
		visit(tree, 'element', (node: Element) => {
			const classes = node.properties?.className;
			if (node.tagName !== 'aside' || !Array.isArray(classes) || !classes.includes('starlight-aside')) return;
			const variant = String(classes.find((name) => String(name).startsWith('starlight-aside--')) ?? '').replace('starlight-aside--', '');
			const label = labels[variant];
			if (!label || node.properties.ariaLabel !== english[variant]) return;
			node.properties.ariaLabel = label;
			visit(node, 'element', (child: Element) => {
				const childClasses = child.properties?.className;
				if (!Array.isArray(childClasses) || !childClasses.includes('starlight-aside__title')) return;
				for (const text of child.children.filter((item): item is Text => item.type === 'text')) {
					if (text.value.trim() === english[variant]) text.value = label;
				}
			});
		});
	};
}
