/**
 * Size limits for Markdown tables. GFM gives every row as many cells as the header, so a wide
 * header over many short rows is small to write and huge to render: 106 KB of Markdown
 * exhausted the build's memory.
 */
interface TableNode {
	children: { children: unknown[] }[];
}

export const MAX_TABLE_COLUMNS = 50;
export const MAX_TABLE_CELLS = 20_000;

export function tableProblem(table: TableNode): string | undefined {
	const columns = table.children[0]?.children.length ?? 0;
	const rows = table.children.length;
	if (columns > MAX_TABLE_COLUMNS) return `table has ${columns} columns: keep it to ${MAX_TABLE_COLUMNS} (split it, or link a data file)`;
	if (columns * rows > MAX_TABLE_CELLS)
		return `table has ${rows} rows of ${columns} cells: keep it under ${MAX_TABLE_CELLS.toLocaleString('en')} cells (split it, or link a data file)`;
	return undefined;
}
