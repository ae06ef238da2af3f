// Splits a newspaper page into articles (headline, subtitle, byline, body) and repairs print artefacts, keeping a map back to file offsets.

export type BlockKind = 'title' | 'subtitle' | 'byline' | 'heading' | 'paragraph' | 'caption';

/** A piece of block text copied from the file (origStart ≥ 0) or inserted by the repair (origStart = -1). */
interface Piece {
	textStart: number;
	origStart: number;
	length: number;
}

export interface Block {
	kind: BlockKind;
	text: string;
	/** file offsets of the block's first and one-past-last characters */
	start: number;
	end: number;
	pieces: Piece[];
}

export interface Article {
	seq: number;
	title: string;
	subtitle: string | null;
	byline: string | null;
	start: number;
	end: number;
	blocks: Block[];
}

/** Maps an offset in a block's repaired text to an offset in the file. */
export function toFileOffset(block: Block, i: number): number {
	let last = block.start;
	for (const p of block.pieces) {
		if (i < p.textStart) break;
		if (i < p.textStart + p.length || (i === p.textStart + p.length && p === block.pieces[block.pieces.length - 1])) {
			return p.origStart < 0 ? last : p.origStart + (i - p.textStart);
		}
		if (p.origStart >= 0) last = p.origStart + p.length;
	}
	return last;
}

class BlockBuilder {
	text = '';
	pieces: Piece[] = [];
	start = -1;
	end = -1;
	copy(orig: string, from: number, to: number) {
		if (to <= from) return;
		if (this.start < 0) this.start = from;
		this.end = to;
		this.pieces.push({ textStart: this.text.length, origStart: from, length: to - from });
		this.text += orig.slice(from, to);
	}
	insert(s: string) {
		this.pieces.push({ textStart: this.text.length, origStart: -1, length: s.length });
		this.text += s;
	}
	append(other: BlockBuilder) {
		for (const p of other.pieces) this.pieces.push({ ...p, textStart: p.textStart + this.text.length });
		this.text += other.text;
		if (this.start < 0) this.start = other.start;
		this.end = other.end;
	}
}

const SENTENCE_END_LINE = /[。！？!?][”’」』）)\]】]*[\s\u3000]*$/u;
const TERMINAL = /[。！？!?；;…”」』》）)\]】:：]$/u;
const BODY_PUNCT = /[，,、；;]/u;
const BYLINE = /^(?:拉萨融媒记者|本报记者|记者|通讯员|特约记者|拉萨日报记者|西藏日报记者|新华社记者)(?:[\s\u3000]|$)/u;
/** 本报讯(记者…), 拉萨融媒讯(…), and 本报讯 printed without its reporters before the date (本报讯 12月20日…) */
const DATELINE = /^(?:(?:拉萨融媒讯|本报\p{Script=Han}{0,6}讯|新华社[^\s，,]{0,6}电|[^\s，,]{2,8}融媒讯)[（(]|(?:拉萨融媒讯|本报\p{Script=Han}{0,6}讯)[\s\u3000]*[\d０-９]{1,2}月)/u;
const CREDIT = /(?:摄|供图|图片由.{0,12}提供)$/u;
const CAPTION = /^图为/u;
const MARKDOWN_HEADING = /^(#{1,6})\s+/u;

interface Raw {
	b: BlockBuilder;
	markdown: number; // heading level from '#', 0 if none
	bold: boolean;
	/** a bold lead-in that opens a paragraph (**当雄县** 近日，…), read as a heading of its own */
	runIn?: boolean;
	blankBefore: number;
}

/**
 * Where the bold lead-in opening a line ends (the index of its closing **), or -1: `**当雄县** 近日，…` in a column of
 * briefs. A short bold span with text after it on the same line; a line bold to its end is a bold headline instead.
 */
function runInEnd(text: string, from: number, to: number): number {
	if (to - from < 6 || text.charCodeAt(from) !== 42 || text.charCodeAt(from + 1) !== 42) return -1;
	const close = text.indexOf('**', from + 2);
	if (close < 0 || close - from - 2 < 1 || close - from - 2 > 20 || !text.slice(close + 2, to).trim()) return -1;
	return /[，,。；;]/u.test(text.slice(from + 2, close)) ? -1 : close;
}

/** Reads the page into blocks: runs of non-blank lines, with markdown markers stripped and offsets kept. */
function readBlocks(text: string): Raw[] {
	const out: Raw[] = [];
	const lineRe = /([^\r\n]*)(\r\n|\r|\n|$)/gu;
	const SPACE = /\s/u;
	let cur: { lines: [number, number][] } | null = null;
	// inside a column of briefs (达孜快讯), where a brief may open on its body's name and a space: 章多乡 近日，…
	let column = false;
	const flush = () => {
		if (!cur) return;
		const b = new BlockBuilder();
		let markdown = 0;
		let bold = false;
		cur.lines.forEach(([s, e], k) => {
			let from = s;
			let to = e;
			const line = text.slice(s, e);
			const md = k === 0 ? MARKDOWN_HEADING.exec(line) : null;
			if (md) {
				markdown = md[1].length;
				from += md[0].length;
			}
			// spaces, ** and spaces again at either end (** 标题 **); scans, because a regex anchored at $ is tried at every position
			while (from < to && SPACE.test(text[from])) from++;
			const lead = k === 0 ? runInEnd(text, from, to) : -1;
			if (lead > 0) {
				const h = new BlockBuilder();
				h.copy(text, from + 2, lead);
				out.push({ b: h, markdown: 0, bold: true, runIn: true, blankBefore: 0 });
				from = lead + 2;
				while (from < to && SPACE.test(text[from])) from++;
			} else if (k === 0 && column && !md) {
				const plain = PLAIN_LEAD.exec(text.slice(from, to));
				if (plain) {
					const h = new BlockBuilder();
					h.copy(text, from, from + plain[1].length);
					out.push({ b: h, markdown: 0, bold: false, runIn: true, blankBefore: 0 });
					from += plain[0].length;
				}
			}
			if (to - from >= 2 && text.charCodeAt(from) === 42 && text.charCodeAt(from + 1) === 42) {
				bold = true;
				from += 2;
				while (from < to && SPACE.test(text[from])) from++;
			}
			while (to > from && SPACE.test(text[to - 1])) to--;
			if (to - from >= 2 && text.charCodeAt(to - 1) === 42 && text.charCodeAt(to - 2) === 42) {
				bold = true;
				to -= 2;
				while (to > from && SPACE.test(text[to - 1])) to--;
			}
			if (k > 0 && to > from) {
				// a short line broken inside a block is a headline wrapped in two lines: keep a space
				const prev = b.text;
				if (prev.length < 30 && to - from < 30 && !BODY_PUNCT.test(prev)) b.insert(' ');
			}
			b.copy(text, from, to);
		});
		if (b.text.length) out.push({ b, markdown, bold, blankBefore: 0 });
		if (BRIEFS_LABEL.test(b.text)) column = true;
		else if (markdown === 1) column = false;
		cur = null;
	};
	let m: RegExpExecArray | null;
	while ((m = lineRe.exec(text))) {
		const [, line, nl] = m;
		const s = m.index;
		if (line.trim() === '') flush();
		else {
			if (!cur) cur = { lines: [] };
			cur.lines.push([s, s + line.length]);
			// a line that ends a sentence ends its paragraph too: pages saved with one newline between paragraphs
			// keep them apart, while a wrapped headline or a line cut mid-sentence still joins the next
			if (SENTENCE_END_LINE.test(line)) flush();
		}
		if (!nl) break;
	}
	flush();
	// the blank lines between consecutive blocks: a wide gap can mark a new article
	for (let i = 0; i < out.length; i++) {
		const prevEnd = i === 0 ? 0 : out[i - 1].b.end;
		const gap = text.slice(prevEnd, out[i].b.start);
		out[i].blankBefore = Math.max(0, (gap.match(/\n/g) ?? []).length - 1);
	}
	return out;
}

const isByline = (s: string) => (BYLINE.test(s) || CREDIT.test(s)) && s.length <= 40 && !/[。，,]/u.test(s);
const isCaption = (s: string) => CAPTION.test(s) || (CREDIT.test(s) && s.length <= 80);
const isDateline = (s: string) => DATELINE.test(s) || (BYLINE.test(s) && /^[^。，,]{2,30}[)）]/u.test(s));
/** More opening than closing quotes: a sentence cut in the middle of a quotation, not a headline. */
const unbalanced = (s: string) => (s.match(/[“「『]/gu)?.length ?? 0) > (s.match(/[”」』]/gu)?.length ?? 0);
/** Words that cannot end a headline or a sentence: the line was cut by the page (`紧紧围绕\n\n“…”这一主题`). */
const DANGLING = /(?:的|和|与|及|在|对|把|将|为|向|从|以|于|是|要|被|让|使|给|由|按|据|围绕|关于|通过|经过|按照|根据|包括|并|而|或|也|都|就|还|又|更|最|已|正|第)$/u;
const isHeadlineShape = (s: string) =>
	s.length <= 48 && !TERMINAL.test(s.replace(/[”」』》]$/u, '')) && !/[。，,；;！？]/u.test(s) && !isByline(s) && !unbalanced(s) && !DANGLING.test(s);
/** 学思想 强党性 重实践 建新功: a campaign kicker printed above or below headlines, never a headline of its own. */
const isKicker = (r: Raw) => r.markdown > 1 || (r.bold && !r.runIn) || /^——/u.test(r.b.text) || /^(?:\S{2,4}\s+){2,}\S{2,4}$/u.test(r.b.text);

/**
 * Joins a paragraph that a page break cut (`党\n\n委`, `第\n\n二批`) to its continuation.
 * A block is cut when it does not end a sentence and reads as body text (commas, an open quotation, a dangling
 * word), or when the next block starts with a fragment that cannot stand alone.
 */
function shouldJoin(a: Raw, b: Raw): boolean {
	const s = a.b.text;
	const t = b.b.text;
	// (a whole line in bold, **一、固定资产投资**, is a heading or kicker, never a sentence the page cut)
	if (a.markdown || b.markdown || a.runIn || b.runIn || a.bold) return false;
	if (TERMINAL.test(s) || isByline(s) || isCaption(s) || isByline(t) || isDateline(t)) return false;
	if (BODY_PUNCT.test(s) || unbalanced(s) || DANGLING.test(s)) return true;
	// 走村入\n\n户,将… : the next block opens with a fragment of one or two characters before its first comma
	return /^[^\s，,。；;：:“”]{1,2}[，,、。]/u.test(t) && s.length >= 8;
}

/** Which blocks open an article: a '#' title, a headline group before a byline or dateline, a headline after a photo credit or a wide gap. */
function findOpenings(raws: Raw[], headlineLike: boolean[]): boolean[] {
	const opens = new Array(raws.length).fill(false);
	for (let i = 0; i < raws.length; i++) {
		const t = raws[i].b.text;
		if (raws[i].markdown === 1) {
			let g = i;
			while (g > 0 && raws[g - 1].markdown > 1 && !opens[g - 1]) g--; // a '##' kicker printed above the title
			opens[g] = true;
		} else if ((isByline(t) && !CREDIT.test(t)) || isDateline(t)) {
			// walk back over the headline group: kickers and at most one main headline
			let g = i;
			let mains = 0;
			let trailing = -1;
			while (g > 0 && headlineLike[g - 1] && !isByline(raws[g - 1].b.text)) {
				if (!isKicker(raws[g - 1])) {
					// a second headline before this group: the headline of the text above it, unless that text is
					// continued from another page (（上接第一版）…), whose headline was printed there
					if (mains === 1 && !continuedAbove(raws, opens, g - 1)) {
						trailing = g - 1;
						break;
					}
					mains++;
				}
				g--;
				if (opens[g]) break;
			}
			if (g < i && !opens.slice(g, i).includes(true)) opens[g] = true;
			if (trailing >= 0 && !opens[trailing]) opens[trailing] = true;
		} else if (headlineLike[i] && !isKicker(raws[i]) && i > 0) {
			const prev = raws[i - 1].b.text;
			if (isCaption(prev) || isByline(prev) && CREDIT.test(prev) || raws[i].blankBefore >= 2) opens[i] = true;
			// headline, byline, subtitle, and then another headline: that one heads the next article
			else if (afterBylineAndSubtitle(raws, headlineLike, i)) opens[i] = true;
		} else if (isKicker(raws[i]) && !raws[i].markdown && bodyAround(raws, headlineLike, i) && !isSectionHead(raws[i])) {
			// a campaign kicker between two body paragraphs starts a new article whose headline may follow its body
			opens[i] = true;
		}
	}
	// 综合简讯 over short headlines each followed by its paragraphs: every brief is an article of its own, though none
	// has a byline; the column's label heads the first
	for (let i = 0; i < raws.length; i++) {
		if (!BRIEFS_LABEL.test(raws[i].b.text)) continue;
		opens[i] = true;
		for (let k = i + 2; k < raws.length; k++) {
			if (opens[k] || raws[k].markdown) break;
			if ((raws[k].runIn || (headlineLike[k] && !isKicker(raws[k]))) && isBody(raws, headlineLike, k + 1)) opens[k] = true;
		}
	}
	// △10月16日，麻江乡组织…: a column of marked briefs, each an article of its own; a heading right above the
	// column heads its first
	for (let i = 1; i < raws.length; i++) {
		if (raws[i].markdown || !BRIEF_MARK.test(raws[i].b.text)) continue;
		const column = BRIEF_MARK.test(raws[i - 1].b.text) || (i + 1 < raws.length && BRIEF_MARK.test(raws[i + 1].b.text));
		if (column && !headlineLike[i - 1]) opens[i] = true;
	}
	// （上接第一版）…: text continued from another page is an article of its own, wherever it stands
	for (let i = 1; i < raws.length; i++) if (CONTINUED_FROM.test(raws[i].b.text) && !raws[i].markdown) opens[i] = true;
	if (raws.length) opens[0] = true; // text before the first headline is an article of its own
	return opens;
}

/** Whether the text above block i (back to the last opening) starts with a continuation marker, （上接第一版）. */
function continuedAbove(raws: Raw[], opens: boolean[], i: number): boolean {
	let j = i - 1;
	while (j > 0 && !opens[j]) j--;
	return j >= 0 && j < i && CONTINUED_FROM.test(raws[j].b.text);
}
/** （上接第一版）: a marker opening text continued from another page */
export const CONTINUED_FROM = /^[(（](?:上接|接)第?[一二三四五六七八九十\d０-９]+版[)）]/u;

/** the marks a brief in a column of briefs or a list item opens with (△近日，…) */
export const BRIEF_MARKS = '△▲◆◇●■□★☆▶►';
/** a paragraph opening on a brief's mark; one marked paragraph alone is no column */
const BRIEF_MARK = new RegExp(`^[${BRIEF_MARKS}]\\s*\\S`, 'u');
const BRIEF_MARK_LEAD = new RegExp(`^[${BRIEF_MARKS}]\\s*`, 'u');

/** a column of briefs: 综合简讯, 本地快讯, 新闻速递, 一周要闻, 达孜快讯 */
const BRIEFS_LABEL = /^\p{Script=Han}{0,3}(?:简讯|快讯|短讯|速递|速览|要闻|动态)$/u;
/** in a column of briefs, a body's name and a space opening a brief (区文旅局 “五一”假期期间，…), not a sentence's start */
const PLAIN_LEAD = /^(\p{Script=Han}{2,10})[ \u3000]+(?=\S)(?=[^\n]*[，,。])/u;

/**
 * Where, in article a, the body of a trailing headline begins: the first paragraph after a's own first paragraph whose
 * opening shares a name of four or more characters with the headline; 0 when none does.
 */
function bodyStartFor(a: Article, headline: string): number {
	const paragraphs = a.blocks.map((b, i) => [b, i] as const).filter(([b]) => b.kind === 'paragraph');
	for (const [b, i] of paragraphs.slice(1)) {
		const opening = b.text.slice(0, 40);
		for (let k = 0; k + 4 <= headline.length; k++) {
			const piece = headline.slice(k, k + 4);
			if (!/[\s—“”「」:：]/u.test(piece) && opening.includes(piece)) return i;
		}
	}
	return 0;
}

const isBody = (raws: Raw[], headlineLike: boolean[], k: number) =>
	k >= 0 && k < raws.length && !headlineLike[k] && !isByline(raws[k].b.text) && !isCaption(raws[k].b.text);
/**
 * **农业**, **一、强化组织领导** between two paragraphs: a bulletin's or report's section heading, one phrase without
 * spaces, not a campaign kicker (**学思想 强党性 重实践 建新功**), whose phrases stand apart
 */
const isSectionHead = (r: Raw) => r.bold && !r.runIn && !/\s/u.test(r.b.text) && r.b.text.length <= 16;
const bodyAround = (raws: Raw[], headlineLike: boolean[], i: number) => isBody(raws, headlineLike, i - 1) && isBody(raws, headlineLike, i + 1);

/** The block before i is a subtitle that follows a byline: a headline, its byline and one subtitle are a complete group. */
function afterBylineAndSubtitle(raws: Raw[], headlineLike: boolean[], i: number): boolean {
	const sub = raws[i - 1];
	const by = raws[i - 2];
	return !!by && headlineLike[i - 1] && !isByline(sub.b.text) && isByline(by.b.text) && !CREDIT.test(by.b.text);
}

/** Splits one decoded page into articles; pure, offsets refer to `text`. */
export function segmentPage(text: string): Article[] {
	const raws = readBlocks(text);
	// 1. repair page breaks first, so a cut sentence cannot pass for a headline
	const joined: Raw[] = [];
	raws.forEach((r, i) => {
		const last = joined[joined.length - 1];
		const next = raws[i + 1]?.b.text ?? '';
		// a headline right before a byline starts a new article even when the page cut the previous one short
		const headsArticle = isHeadlineShape(r.b.text) && (isDateline(next) || (isByline(next) && !CREDIT.test(next)));
		if (last && !headsArticle && shouldJoin(last, r)) last.b.append(r.b);
		else joined.push(r);
	});
	const headlineLike = joined.map((r) => r.markdown > 0 || r.bold || isHeadlineShape(r.b.text));
	const opens = findOpenings(joined, headlineLike);

	// 聚焦市两会 above 砥砺奋进启新程 笃行实干开新局: a column's short label over the headline is no headline itself
	const isColumnLabel = (i: number) =>
		/^\p{Script=Han}{2,5}$/u.test(joined[i].b.text) && i + 1 < joined.length && !opens[i + 1] && headlineLike[i + 1]
		&& !isByline(joined[i + 1].b.text) && !isKicker(joined[i + 1]) && joined[i + 1].b.text.length > joined[i].b.text.length;

	// 2. classify blocks and group them into articles
	const articles: Article[] = [];
	let cur: Article | null = null;
	let inHead = false;
	joined.forEach((r, i) => {
		const t = r.b.text;
		if (opens[i] || !cur) {
			cur = { seq: articles.length, title: '', subtitle: null, byline: null, start: r.b.start, end: r.b.end, blocks: [] };
			articles.push(cur);
			inHead = true;
		}
		const a: Article = cur;
		let kind: BlockKind;
		const prevKind = a.blocks[a.blocks.length - 1]?.kind;
		if (inHead && headlineLike[i] && !isKicker(r) && !a.title && !isByline(t) && !isColumnLabel(i)) kind = 'title';
		else if (prevKind === 'title' && !r.runIn && /^[\p{Script=Han}]{2,4}$/u.test(t)) kind = 'byline'; // a bare author name under a commentary's title
		else if (inHead && !r.runIn && (headlineLike[i] || (a.title && /^——/u.test(t) && t.length <= 60)) && !isByline(t)) kind = 'subtitle';
		else if (isByline(t) && !isCaption(t)) kind = 'byline';
		else if (isCaption(t)) kind = 'caption';
		else if (headlineLike[i]) kind = 'heading';
		else kind = 'paragraph';
		if (kind === 'title') a.title = t.replace(BRIEF_MARK_LEAD, ''); // (■ 达孜工业园区 is headed 达孜工业园区)
		if (kind === 'subtitle' && !a.subtitle) a.subtitle = t.replace(/^——/u, '');
		if (kind === 'byline' && !a.byline) a.byline = t;
		if (kind === 'paragraph' || kind === 'caption') inHead = false;
		if (kind === 'paragraph' && !a.byline && isDateline(t)) {
			const close = t.search(/[)）]/u);
			if (close > 0 && close < 40) a.byline = t.slice(0, close + 1);
		}
		a.blocks.push({ kind, text: t, start: r.b.start, end: r.b.end, pieces: r.b.pieces });
		a.end = r.b.end;
	});
	// an "article" that is only a headline (printed after its body, or a stray line) goes back to the one before
	for (let k = articles.length - 1; k > 0; k--) {
		const a = articles[k];
		if (!a.blocks.some((b) => b.kind === 'paragraph')) {
			const prev = articles[k - 1];
			if (!prev.title && a.title) {
				// body first, headline after it: the headline group names the untitled body before it
				prev.blocks.push(...a.blocks);
				prev.title = a.title;
				prev.subtitle = a.subtitle ?? prev.subtitle;
				prev.byline ??= a.byline;
			} else if (a.title && bodyStartFor(prev, a.title) > 0) {
				// a headline printed after its body, at the end of another article: the body is the run of paragraphs
				// that opens with the headline's subject (拉萨贡嘎国际机场… under …拉萨贡嘎国际机场国际航站楼投运)
				const cut = bodyStartFor(prev, a.title);
				const body = prev.blocks.splice(cut);
				a.blocks.unshift(...body);
				a.start = body[0].start;
				prev.end = prev.blocks[prev.blocks.length - 1].end;
				continue;
			} else {
				prev.blocks.push(...a.blocks.map((b) => ({ ...b, kind: (b.kind === 'title' || b.kind === 'subtitle' ? 'heading' : b.kind) as BlockKind })));
			}
			prev.end = a.end;
			articles.splice(k, 1);
		}
	}
	// a kicker printed above the page's first headline: it heads the first real article
	if (articles.length > 1 && !articles[0].blocks.some((b) => b.kind === 'paragraph')) {
		const [kicker, first] = articles;
		first.blocks.unshift(...kicker.blocks.map((b) => ({ ...b, kind: (b.kind === 'title' ? 'subtitle' : b.kind) as BlockKind })));
		first.start = kicker.start;
		first.subtitle ??= kicker.title;
		articles.shift();
	}
	articles.forEach((a, k) => {
		a.seq = k;
		const sub = a.blocks.find((b) => b.kind === 'subtitle');
		if (!a.title && sub) {
			// only kickers in the headline group ('## …' before a dateline): the last of them is the headline
			const last = [...a.blocks].reverse().find((b) => b.kind === 'subtitle')!;
			last.kind = 'title';
			a.title = last.text;
			a.subtitle = a.blocks.find((b) => b.kind === 'subtitle')?.text ?? null;
		}
		if (!a.title) a.title = untitledName(a);
	});
	return articles;
}

/** An article without a printed headline is named by its first words, so lists can still show it. */
function untitledName(a: Article): string {
	const first = a.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
	// (without a brief's mark: △南木乡敬老院… is named 南木乡敬老院…)
	const s = first.replace(BRIEF_MARK_LEAD, '').split(/[。！？]/u)[0];
	return s.length > 24 ? s.slice(0, 24) + '…' : s;
}

/** The article as printed, blocks separated by blank lines, with each block's offset in that text. */
export function articleText(a: Article): { text: string; offsets: number[] } {
	const offsets: number[] = [];
	let text = '';
	for (const b of a.blocks) {
		if (text) text += '\n\n';
		offsets.push(text.length);
		text += b.text;
	}
	return { text, offsets };
}
