// The scale-corpus generator: deterministic newspaper pages in the seeds' format, recombined from templates, with the facts it planted.
import type { Per } from '../etl/types.ts';
import { Rng } from './prng.ts';
import { BUILTIN_GAZETTEER, type Gazetteer } from './gazetteer.ts';
import { quantity, type Quantity } from './quantities.ts';
import { CAPTIONS, FILLER, HEADLINES, KICKERS, OPENERS, SUBTITLES, TEMPLATES, TOPICS, type Theme } from './templates.ts';

/** A quantity as planted on a page: where it stands, so recall can be matched file by file. */
export interface PlantedFact extends Quantity {
	file: string;
	/** the article's position on the generated page (0-based), as written */
	article: number;
}

export interface Page {
	file: string;
	text: string;
	articles: number;
	facts: PlantedFact[];
}

export interface GenOptions {
	seed: string | number;
	/** stop after this many articles (default 100 unless targetBytes is given) */
	articles?: number;
	/** or stop after the page that brings the UTF-8 size to this many bytes */
	targetBytes?: number;
	gazetteer?: Gazetteer;
	/** articles per page, inclusive range */
	perPage?: [number, number];
	/** probability that a body paragraph is cut by a page break */
	breakRate?: number;
	/**
	 * share of a paragraph's sentences that carry figures; the rest are number-free sentences, as in real reporting.
	 * The default gives about the density of the seed pages (≈3.3 facts per KB); 1 packs figures into every sentence slot.
	 */
	figureShare?: number;
}

/** Calibrated on the seeds: at this share the corpus has about their facts per KB of text (see tests/bench/gen-corpus.test.ts). */
export const SEED_FIGURE_SHARE = 0.1;

/** Full-width → half-width punctuation, as about a third of the seed pages print it. */
const HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };
const toHalf = (s: string) => s.replace(/[，；：（）！？]/gu, (c) => HALF[c]);
const HAN = /\p{Script=Han}/u;

interface Ctx {
	rng: Rng;
	gaz: Gazetteer;
	theme: Theme;
	district: string;
	sub: string;
	agency: string;
	topic: string;
	reporter: string;
	half: boolean;
}

/** A paragraph being written: its text and the spans of the quantities planted in it. */
interface Para {
	text: string;
	spans: { start: number; end: number; q: Quantity }[];
}

function fillNames(c: Ctx, s: string): string {
	return s.replace(/\{([DSATR])\}/gu, (_, k: string) =>
		k === 'D' ? c.district : k === 'S' ? c.sub : k === 'A' ? c.agency : k === 'T' ? c.topic : c.reporter
	);
}

/** Appends a template sentence to the paragraph, drawing its quantities. */
function writeSentence(c: Ctx, p: Para, template: string) {
	const parts = template.split(/(\{q:[^}]+\})/u);
	for (const part of parts) {
		const m = /^\{q:([^@}]+)(?:@([a-z]+))?\}$/u.exec(part);
		if (m) {
			const q = quantity(c.rng, m[1], (m[2] as Per | undefined) ?? null);
			p.spans.push({ start: p.text.length, end: p.text.length + q.quote.length, q });
			p.text += q.quote;
		} else {
			const t = fillNames(c, part);
			p.text += c.half ? toHalf(t) : t;
		}
	}
}

/** Cuts the paragraph with a blank line between two Han characters, after its first comma and away from every planted quote. */
function pageBreak(rng: Rng, p: Para): string {
	const comma = p.text.search(/[，,、；;]/u);
	if (comma < 0) return p.text;
	const cands: number[] = [];
	for (let i = comma + 2; i < p.text.length - 2; i++) {
		if (!HAN.test(p.text[i - 1]) || !HAN.test(p.text[i]) || /[摄图第]/u.test(p.text[i - 1])) continue;
		if (p.spans.some((s) => i > s.start - 3 && i < s.end + 3)) continue;
		cands.push(i);
	}
	if (!cands.length) return p.text;
	const i = rng.pick(cands);
	return p.text.slice(0, i) + '\n\n' + p.text.slice(i);
}

function pickAgency(rng: Rng, gaz: Gazetteer, district: string): string {
	const local = gaz.agencies.filter((a) => a.startsWith(district.slice(0, 2)));
	return rng.chance(0.6) && local.length ? rng.pick(local) : rng.pick(gaz.agencies);
}

function pickSub(rng: Rng, gaz: Gazetteer, district: string): string {
	const local = gaz.subPlaces.filter((s) => s.district === district);
	return (local.length ? rng.pick(local) : rng.pick(gaz.subPlaces)).name;
}

/** One article as text blocks (joined by blank lines) and its planted facts. */
function writeArticle(rng: Rng, gaz: Gazetteer, markdown: boolean, figureShare: number, breakRate: number): { text: string; facts: Quantity[] } {
	const themes = Object.keys(TOPICS) as Theme[];
	const theme = rng.pick(themes);
	const district = rng.pick(gaz.districts);
	const c: Ctx = {
		rng, gaz, theme, district,
		sub: pickSub(rng, gaz, district),
		agency: pickAgency(rng, gaz, district),
		topic: rng.pick(TOPICS[theme]),
		reporter: rng.pick(gaz.reporters),
		half: rng.chance(0.35)
	};
	const blocks: string[] = [];
	const facts: Quantity[] = [];
	const punct = (s: string) => (c.half ? toHalf(s) : s);

	if (rng.chance(0.15)) {
		const k = rng.pick(KICKERS);
		blocks.push(markdown ? `## ${k}` : rng.chance(0.3) ? `**${k}**` : k);
	}
	const title = punct(fillNames(c, rng.pick(HEADLINES)));
	blocks.push(markdown ? `# ${title}` : title);
	if (rng.chance(0.12)) blocks.push(punct(fillNames(c, rng.pick(SUBTITLES))));

	const byline = rng.next();
	const second = rng.chance(0.3) ? ' ' + rng.pick(gaz.reporters) : '';
	let dateline = '';
	if (byline < 0.4) blocks.push(`拉萨融媒记者 ${c.reporter}${second}`);
	else if (byline < 0.55) blocks.push(`本报记者 ${c.reporter}${second}`);
	else {
		const [l, r] = c.half ? ['(', ')'] : rng.chance(0.5) ? ['（', '）'] : ['(', ')'];
		dateline = `拉萨融媒讯${l}记者${rng.chance(0.3) ? ' ' : ''}${c.reporter}${r}${rng.chance(0.6) ? `${rng.int(1, 12)}月${rng.int(1, 28)}日，` : ''}`;
		dateline = punct(dateline);
	}

	const nParas = rng.int(3, 7);
	const used = new Set<string>();
	for (let k = 0; k < nParas; k++) {
		const p: Para = { text: k === 0 ? dateline : '', spans: [] };
		let nFacts = 0;
		let nFill = 0;
		for (let slot = rng.int(2, 4); slot > 0; slot--) (rng.chance(figureShare) ? nFacts++ : nFill++);
		const order = [...Array(nFacts).fill('t'), ...Array(nFill).fill('f')];
		for (let i = order.length - 1; i > 0; i--) {
			const j = rng.int(0, i);
			[order[i], order[j]] = [order[j], order[i]];
		}
		order.forEach((kind, i) => {
			let t: string;
			if (kind === 'f') t = rng.pick(FILLER);
			else {
				const pool = TEMPLATES.filter((x) => (rng.chance(0.75) ? x.theme === theme : true) && !used.has(x.text));
				t = (pool.length ? rng.pick(pool) : rng.pick(TEMPLATES)).text;
				used.add(t);
			}
			// 今年以来，{D}…: an opener only before a sentence that starts with a name
			if (i === 0 && t.startsWith('{') && !/[，,]$/u.test(p.text)) p.text += punct(rng.pick(OPENERS));
			writeSentence(c, p, t);
		});
		facts.push(...p.spans.map((s) => s.q));
		blocks.push(rng.chance(breakRate) ? pageBreak(rng, p) : p.text);
		if (k === 1 && rng.chance(0.12)) blocks.push(punct(fillNames(c, `{T}有力有序`)));
	}
	if (rng.chance(0.2)) blocks.push(`${rng.pick(CAPTIONS)}拉萨融媒记者 ${rng.pick(gaz.reporters)}摄`);
	return { text: blocks.join('\n\n'), facts };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Yields pages one by one, so a 100 MB corpus never sits in memory; same options → same bytes. */
export function* generatePages(opts: GenOptions): Generator<Page> {
	const gaz = opts.gazetteer ?? BUILTIN_GAZETTEER;
	const root = new Rng(`factboard-corpus:${opts.seed}`);
	const [lo, hi] = opts.perPage ?? [6, 16];
	const limit = opts.articles ?? (opts.targetBytes ? Infinity : 100);
	let written = 0;
	let bytes = 0;
	for (let pageNo = 0; written < limit && (!opts.targetBytes || bytes < opts.targetBytes); pageNo++) {
		const rng = root.fork(pageNo);
		const n = Math.min(rng.int(lo, hi), limit - written);
		const file = `${pad(pageNo, 6)}_${rng.int(0, 0xffffffff).toString(16).padStart(8, '0')}.txt`;
		const markdown = rng.chance(0.3);
		const parts: string[] = [];
		const facts: PlantedFact[] = [];
		for (let a = 0; a < n; a++) {
			const art = writeArticle(rng, gaz, markdown, opts.figureShare ?? SEED_FIGURE_SHARE, opts.breakRate ?? 0.3);
			parts.push(art.text);
			for (const q of art.facts) facts.push({ file, quote: q.quote, value: q.value, dimension: q.dimension, unit: q.unit, approx: q.approx, per: q.per, optional: q.optional, article: a });
		}
		const text = '\n\n' + parts.map((p) => p + '\n\n' + (rng.chance(0.5) ? '\n' : '')).join('\n');
		written += n;
		bytes += Buffer.byteLength(text);
		yield { file, text, articles: n, facts };
	}
}

/** The whole corpus in memory: for tests and small sizes. */
export function generateCorpus(opts: GenOptions): Page[] {
	return [...generatePages(opts)];
}
