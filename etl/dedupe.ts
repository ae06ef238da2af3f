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

/** 税收同比增长 and 工业总产值同比增长: the change a subject names (extract's sharedSubjects) says nothing of what changed */
const CHANGE_SUFFIX = /(?:同比|环比)?(?:增长|下降|提高|减少|上升|增加|降低|回落)$/u;

export function similarSubjects(a: string | null, b: string | null): boolean {
	a = a && a.replace(CHANGE_SUFFIX, '');
	b = b && b.replace(CHANGE_SUFFIX, '');
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

/** What linking compares within one key group; `same` is equal for two facts with the same quote in the same sentence. */
export interface GroupMember {
	article: string | number;
	same: string | number;
	subject: string | null;
	optional: boolean;
	in_headline: boolean;
}

/**
 * Links one key group, given in canonical order (by file, then offset): returns for each member the index of its
 * canonical member (itself when it is canonical). Two facts are one when their subjects name the same thing (or they
 * are the same quote in the same sentence) and they stand in different articles or one of them is in a headline
 * (a body that counts 6项 twice for two different duties keeps both).
 */
export function linkGroup(g: readonly GroupMember[]): number[] {
	const out = new Array<number>(g.length);
	// compare each fact with the canonical facts found so far only: a figure repeated n times costs n, not n²
	const canon: number[] = [];
	for (let i = 0; i < g.length; i++) {
		const f = g[i];
		let to = -1;
		if (!f.optional)
			for (const k of canon) {
				const c = g[k];
				if ((f.article !== c.article || f.in_headline || c.in_headline) && (f.same === c.same || similarSubjects(f.subject, c.subject))) {
					to = k;
					break;
				}
			}
		if (to < 0) canon.push((to = i));
		out[i] = to;
	}
	return out;
}

/**
 * Sets canonical_id in place. Only facts equal on value, dimension, unit, rate basis, district and agency can be one
 * fact (see linkGroup for the rest). The earliest fact, by file and offset, is canonical.
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
		const to = linkGroup(g.map((f) => ({ article: f.article_id, same: `${f.quote}\u0001${f.sentence}`, subject: f.subject, optional: f.optional, in_headline: f.in_headline })));
		g.forEach((f, i) => (f.canonical_id = g[to[i]].fact_id));
	}
}
