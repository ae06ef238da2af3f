// Links a fact that repeats another (a headline restating its body, two articles reporting one figure) to one canonical fact, so totals count it once.

/** What the linking needs to know of a fact; in_headline: the fact stands in its article's headline. */
export interface DedupeFact {
	fact_id: string;
	file: string;
	article_id: string;
	start: number;
	dimension: string;
	unit: string;
	value: number;
	per: string | null;
	district: string | null;
	agency: string | null;
	subject: string | null;
	quote: string;
	sentence: string | null;
	optional: boolean;
	in_headline: boolean;
	canonical_id: string;
}

/** Character bigrams of a subject, for a loose "same thing counted" test that survives rewording. */
function bigrams(s: string): Set<string> {
	const out = new Set<string>();
	const t = s.replace(/[\s“”"《》（）()]/gu, '');
	for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
	return out;
}

export function similarSubjects(a: string | null, b: string | null): boolean {
	if (!a || !b) return false;
	if (a.includes(b) || b.includes(a)) return true;
	const x = bigrams(a);
	const y = bigrams(b);
	let common = 0;
	for (const g of x) if (y.has(g)) common++;
	return common / Math.max(1, Math.min(x.size, y.size)) >= 0.5;
}

/** The grouping key: only facts equal on all of these can be one fact. */
export const dedupeKey = (f: Pick<DedupeFact, 'dimension' | 'unit' | 'value' | 'per' | 'district' | 'agency'>) =>
	[f.dimension, f.unit, f.value, f.per ?? '', f.district ?? '', f.agency ?? ''].join('\u0001');

/**
 * Sets canonical_id in place. Two facts are one when value, dimension, unit, rate basis, district and agency agree
 * and their subjects name the same thing, and they stand in different articles or one of them is in a headline
 * (a body that counts 6项 twice for two different duties keeps both). The earliest fact, by file and offset, is canonical.
 */
export function linkDuplicates(facts: DedupeFact[]): void {
	const groups = new Map<string, DedupeFact[]>();
	for (const f of facts) {
		const key = dedupeKey(f);
		let g = groups.get(key);
		if (!g) groups.set(key, (g = []));
		g.push(f);
	}
	for (const g of groups.values()) {
		if (g.length < 2) continue;
		g.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
		// compare each fact with the canonical facts found so far only: a figure repeated n times costs n, not n²
		const canon: DedupeFact[] = [];
		for (const f of g) {
			const c = f.optional ? undefined : canon.find(
				(c) =>
					(f.article_id !== c.article_id || f.in_headline || c.in_headline) &&
					((f.quote === c.quote && f.sentence === c.sentence) || similarSubjects(f.subject, c.subject))
			);
			if (c) f.canonical_id = c.fact_id;
			else canon.push(f);
		}
	}
}
