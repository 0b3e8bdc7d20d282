/** Previous and next tutorial within a series. Pure. */
interface SeriesEntry {
	id: string;
	data: { series?: { id: string; order: number } };
}

export function seriesNeighbours<E extends SeriesEntry>(entry: E, all: readonly E[]): { previous?: E; next?: E } {
	const series = entry.data.series;
	if (!series) return {};
	const members = all.filter((other) => other.data.series?.id === series.id).sort((a, b) => a.data.series!.order - b.data.series!.order);
	const index = members.findIndex((member) => member.id === entry.id);
	return { previous: members[index - 1], next: members[index + 1] };
}
