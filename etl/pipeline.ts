// One page of text in, its articles and facts out: segmentation, extraction and attribution chained as pure functions.
import type { ArticleRecord, FactRecord } from './types.ts';
import type { Grammar } from './grammar.ts';
import { articleText, CONTINUED_FROM, segmentPage, toFileOffset, type Article } from './segment.ts';
import { extractFacts, sentenceAround } from './extract.ts';
import { contentId } from './ids.ts';

export interface Attribution {
	district: string | null;
	place: string | null;
	agency: string | null;
	agency_level: string | null;
	theme: string | null;
}
export interface ArticleBlockView {
	kind: 'title' | 'subtitle' | 'heading' | 'paragraph';
	text: string;
}
/** Attribution is injected so the pipeline stays pure and testable without the reference tables. */
export interface Attributor {
	fact(blocks: ArticleBlockView[], loc: { block: number; start: number; end: number; subject?: string | null }): Attribution;
	/** pageCounty: the district of the article before it on the page, for a sidebar that says 全县 and names no county */
	article(blocks: ArticleBlockView[], pageCounty?: string | null): { district: string | null; theme: string | null };
}

export const noAttribution: Attributor = {
	fact: () => ({ district: null, place: null, agency: null, agency_level: null, theme: null }),
	article: () => ({ district: null, theme: null })
};

export interface PageResult {
	articles: ArticleRecord[];
	facts: FactRecord[];
}

/** Bylines and captions are read as paragraphs by attribution: they can name places but never head the article. */
const viewKind = (k: Article['blocks'][number]['kind']): ArticleBlockView['kind'] =>
	k === 'title' || k === 'subtitle' || k === 'heading' ? k : 'paragraph';

export function processPage(file: string, text: string, grammar: Grammar, attributor: Attributor = noAttribution): PageResult {
	const articles: ArticleRecord[] = [];
	const facts: FactRecord[] = [];
	let pageCounty: string | null = null;
	for (const a of segmentPage(text)) {
		const { text: body, offsets } = articleText(a);
		const article_id = contentId(file, a.seq, body);
		const views = a.blocks.map((b) => ({ kind: viewKind(b.kind), text: b.text }));
		// (the article is attributed before its facts, which reuse what it prepared)
		// (text continued from another page belongs to a story told there, not to the one above it)
		const art = attributor.article(views, CONTINUED_FROM.test(body) ? null : pageCounty);
		pageCounty = art.district;
		const firstFact = facts.length;
		articles.push({
			article_id,
			file,
			seq: a.seq,
			title: a.title,
			subtitle: a.subtitle,
			byline: a.byline,
			start: a.start,
			end: a.end,
			text: body,
			district: art.district,
			theme: art.theme
		});
		a.blocks.forEach((b, bi) => {
			if (b.kind === 'byline') return;
			for (const f of extractFacts(b.text, grammar)) {
				const sentence = sentenceAround(b.text, f.start, f.end).text.trim();
				const who = attributor.fact(views, { block: bi, start: f.start, end: f.end, subject: f.subject });
				// the article id already hashes the content; a fact is its position in that article
				const fact_id = `${article_id}-${(offsets[bi] + f.start).toString(36)}`;
				facts.push({
					fact_id,
					file,
					article_id,
					seq: facts.length,
					quote: f.quote,
					value: f.value,
					value_low: f.value_low,
					value_high: f.value_high,
					dimension: f.dimension,
					unit: f.unit,
					approx: f.approx,
					per: f.per,
					subject: f.subject,
					...who,
					start: toFileOffset(b, f.start),
					end: toFileOffset(b, f.end - 1) + 1,
					article_start: offsets[bi] + f.start,
					article_end: offsets[bi] + f.end,
					sentence,
					optional: f.optional,
					canonical_id: fact_id
				});
			}
		});
		// an article without a word of any theme is about what most of its figures are about
		if (!art.theme) articles[articles.length - 1].theme = mostCommon(facts.slice(firstFact).map((f) => f.theme));
	}
	return { articles, facts };
}

function mostCommon(values: (string | null)[]): string | null {
	const n = new Map<string, number>();
	let best: string | null = null;
	for (const v of values) {
		if (v === null) continue;
		const k = (n.get(v) ?? 0) + 1;
		n.set(v, k);
		if (best === null || k > n.get(best)!) best = v;
	}
	return best;
}
