// Splits an article's text into plain runs and highlighted fact runs by article offsets; overlapping facts share one highlight.
export interface Span {
	fact_id: string;
	article_start: number;
	article_end: number;
}

export interface Segment<F extends Span> {
	text: string;
	/** facts covering this run, first one owns the highlight; empty for plain text */
	facts: F[];
}

export function highlightSegments<F extends Span>(text: string, facts: F[]): Segment<F>[] {
	const valid = facts
		.filter((f) => f.article_start >= 0 && f.article_end <= text.length && f.article_end > f.article_start)
		.sort((a, b) => a.article_start - b.article_start || b.article_end - a.article_end);
	const segments: Segment<F>[] = [];
	let cursor = 0;
	let i = 0;
	while (i < valid.length) {
		const first = valid[i];
		let end = first.article_end;
		const group = [first];
		i++;
		// merge anything that overlaps the current highlight (e.g. "8个站21个点" read two ways)
		while (i < valid.length && valid[i].article_start < end) {
			end = Math.max(end, valid[i].article_end);
			group.push(valid[i]);
			i++;
		}
		const start = Math.max(first.article_start, cursor);
		if (start > cursor) segments.push({ text: text.slice(cursor, start), facts: [] });
		segments.push({ text: text.slice(start, end), facts: group });
		cursor = end;
	}
	if (cursor < text.length) segments.push({ text: text.slice(cursor), facts: [] });
	return segments;
}

/** Facts whose offsets do not fit the text (listed under the article instead of highlighted). */
export function unplacedFacts<F extends Span>(text: string, facts: F[]): F[] {
	return facts.filter((f) => !(f.article_start >= 0 && f.article_end <= text.length && f.article_end > f.article_start));
}
