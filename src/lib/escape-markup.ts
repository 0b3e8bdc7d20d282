/** Escapes text for HTML and XML markup: text content and quoted attribute values. Pure. */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(text: string): string {
	return text.replace(/[&<>"']/g, (char) => entities[char]!);
}
