/**
 * The classes of a hast element. Nodes built by Starlight's Sätteri plugins carry a `class`
 * string, nodes from Markdown a `className` list; both are read the same way.
 */
import type { Element } from 'hast';

export function classesOf(node: Pick<Element, 'properties'>): string[] {
	return String(node.properties?.class ?? node.properties?.className ?? '').split(/[\s,]+/);
}
