// Finds every numeric fact in a piece of text with the grammar from data/: value in the canonical unit, qualifier, rate basis, subject; pure.
import type { Approx, Dimension, Per } from './types.ts';
import { codeTable, type Grammar } from './grammar.ts';
import { MAGNITUDE_CHARS, parseChineseNumber, roundSignificant, toHalfWidth } from './numbers.ts';

export interface RawFact {
	quote: string;
	/** offsets of the quote in the text given to extractFacts */
	start: number;
	end: number;
	value: number;
	value_low: number | null;
	value_high: number | null;
	dimension: Dimension;
	unit: string;
	approx: Approx;
	per: Per | null;
	subject: string | null;
	/** the spec's optional shape: no Arabic digit and no magnitude character, or a duration or an age */
	optional: boolean;
	/** 40至50人 while it is one match: where the low end's numeral ends and the high end's starts (split by boundRanges) */
	lowEnd?: number;
	highStart?: number;
}

const ARABIC = /[0-9０-９]/u;
const ARABIC_OR_POINT = /[0-9０-９.．]/u;
const POINTS_BEFORE = /(?:积分|得分|评分|分值|考核)[^。；;！？!?]*$/u;
const COUNT_DIMENSIONS = new Set<Dimension>(['count', 'people', 'households', 'person_times', 'flights']);
/** 两三, 三四十, 五六百: two neighbouring digits, then the magnitude they share */
const NUMERAL_PAIR = /^(十?)([一二两三四五六七八])([二两三四五六七八九])([十百千万亿]*)$/u;
const NEXT_DIGIT: Record<string, string> = { 一: '二', 二: '三', 两: '三', 三: '四', 四: '五', 五: '六', 六: '七', 七: '八', 八: '九' };
const CN_DIGIT = /^[零〇一二两三四五六七八九]+$/u;
const BARE_MAGNITUDE = /^[百千万亿]+$/u;
/**
 * Clause and sentence boundaries, which subjects and rate markers never cross, as tables indexed by UTF-16 code:
 * scanning character by character, a table lookup is far cheaper than a set of one-character strings or a regex.
 */
const CLAUSE_END = codeTable('，,；;。！？!?：:、\n');
const SENTENCE_END = codeTable('。！？!?；;\n');
/** a rate's marker reaches over the items of a list (日均分出厨余垃圾约3.5吨、可回收物1.2吨), not past a comma */
const RATE_CLAUSE_END = codeTable('，,；;。！？!?：:\n');
/**
 * How far a scan for a clause or sentence boundary looks either side of a figure. News sentences run to a few
 * hundred characters; a text without punctuation (one huge line) must not cost a scan of all of it per figure.
 */
export const MAX_SENTENCE_REACH = 1000;
const TIME_OF_DAY_BEFORE = /(?:上午|下午|晚上|早上|清晨|早晨|凌晨|中午|傍晚|深夜|夜里|晚|早)(?:不到|约|大约|将近|接近|近|刚过|过)?$/u;
/** 晚上最后一班9点收车: a time of day a few words before a clock hour, within its clause */
const CLOCK_RANGE_BEFORE = /[\d０-９一二三四五六七八九十]点(?:半)?(?:到|至|—|－|-|~|～)$/u;
const TIME_OF_DAY_NEAR = /(?:上午|下午|晚上|早上|凌晨|中午|傍晚|首班|末班|最后一班|第一班)[^\d０-９]{0,4}$/u;
/** 9点发车, 8点前到岗: what happens at a clock hour */
const SCHEDULE_AFTER = /^(?:[前后]|以前|以后|之前|之后)?(?:发车|收车|出发|开门|关门|上班|下班|营业|开始|结束|起飞|降落|集合|开放|闭馆|到岗|起床|出门)/u;
const TIME_CLAUSE_END = codeTable('，,。；;！？!?\n');
/** the text before pos back to the clause's start, at most n characters */
function clauseTail(text: string, pos: number, n: number): string {
	let i = pos;
	while (i > 0 && pos - i < n && !TIME_CLAUSE_END[text.charCodeAt(i - 1)]) i--;
	return text.slice(i, pos);
}
/** a figure's clause around it: up to 16 characters before it and 4 after, within the clause's punctuation */
function clauseWindow(text: string, start: number, end: number): string {
	let e = end;
	while (e < text.length && e - end < 4 && !TIME_CLAUSE_END[text.charCodeAt(e)]) e++;
	return clauseTail(text, start, 16) + text.slice(start, e);
}
/**
 * the characters before 约 in words ending in it (签约, 预约, 制约, 特约, 相约, 邀约, 履约, 违约, 契约, 赴约, 节约, 村规民约);
 * not 损失约, 一条约, 居民约, nor a festival's 节 (春节约3000人, 雪顿节约)
 */
const WORD_ENDING_IN_YUE = /(?:[签预制特相邀履违契赴]|规民|(?<![春过佳秋庆宵午明旦顿动童果])节)$/u;
const FLIGHT_CONTEXT = /航|飞|机场|客机|机型/u;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;
/** 32家A级景区, 5家4A级景区: a grade in letters after the measure word names the kind counted, not a code */
const GRADE_AFTER = /^(?:[1-5]?A{1,5}|[1-5]星)级/u;
const LATIN_WORD_BEFORE = /(?<![A-Za-z0-9])[A-Za-z]{3,}$/u;
/**
 * Beyond these, a figure is a typo or a code, not a quantity (999999999999亿元 is 1e20 yuan, a thousand times the world's
 * GDP); such matches are dropped. Generous on purpose: national totals in 万亿元 still pass.
 */
const PLAUSIBLE_MAX: Partial<Record<Dimension, number>> = {
	money: 1e15,
	people: 2e9,
	person_times: 1e11,
	households: 1e9,
	percent: 1e5,
	age: 150,
	duration: 365 * 1000,
	count: 1e12
};
const SPACE = /[ \u3000\u00a0]/u;
const LABEL_UNITS = new Set(['组', '栋', '幢', '号', '队', '排', '单元']);
const PLACE_BEFORE_LABEL = /(?:村|社区|小区|居委会|苑|园)(?:[0-9０-９一二三四五六七八九十]+(?:组|栋|幢|号|队)[和、与及])?$/u;

/** Extracts the facts of one text (a paragraph or a headline). */
export function extractFacts(text: string, g: Grammar): RawFact[] {
	const out: RawFact[] = [];
	// found on the first candidate only: most paragraphs hold no number at all
	let spans: { vague: [number, number][]; quoted: [number, number][] } | null = null;
	// the grammar's compiled regex is reused (compiling it per paragraph cost more than matching); extraction never nests
	const re = g.quantity;
	const lead = g.numeralStart;
	let from = 0;
	let m: RegExpExecArray | null;
	let prev: { end: number; listOfNouns: boolean } = { end: -1, listOfNouns: false };
	for (;;) {
		// jump to the next numeral (a table lookup per character, four times faster than a regex): the quantity regex
		// is slow to reject the long stretches of text between numbers. No match can start earlier than maxBefore
		// characters before it, or its first numeral would come earlier.
		let n = from;
		while (n < text.length && !lead[text.charCodeAt(n)]) n++;
		if (n === text.length) break;
		re.lastIndex = Math.max(from, n - g.maxBefore);
		if (!(m = re.exec(text))) break;
		spans ??= { vague: vagueSpans(text, g), quoted: shortQuotedSpans(text) };
		const fact = readMatch(text, m, g, spans.vague, spans.quoted, prev);
		if (fact) {
			out.push(fact);
			re.lastIndex = fact.end;
			prev = { end: fact.end, listOfNouns: /^[0-9０-９一二三四五六七八九十两]+个./u.test(fact.quote) && fact.unit !== '个' };
		} else if (m[0].length > 1) re.lastIndex = m.index + 1;
		from = re.lastIndex;
	}
	return periodBases(text, qualifierAfterNoun(text, g, sharedSubjects(text, listRates(text, respectiveRates(text, changeRates(text, eachRates(text, boundRanges(text, sharedPoints(text, g, halfUnits(text, g, halves(text, g, unitFirst(text, g, out))))))))))));
}

/** 一年|6800元, 一个月|1200元, 一周吃肉不少于|4次: one period right before a figure is its basis, not a span of time */
const PERIOD_BASIS = new Map<string, Per>([['一年', 'year'], ['一个月', 'month'], ['一月', 'month'], ['一周', 'week'], ['一星期', 'week'], ['一个星期', 'week'], ['一天', 'day'], ['一日', 'day'], ['一晚', 'day']]);
/** (用一年时间完成5个项目, 一年内, 一年后, 一年的收入: a span or a period's own flow, which periodRate reads; 有一年, one year once; 去年一年, that one year's total) */
const NOT_BASIS_AFTER = /^(?:时间|内|后|前|来|多|半|以来|以内|里|中|的|之|间|多时间)/u;
const NOT_BASIS_BEFORE = /[的上下前后这那第同当头整有年]/u;
function periodBases(text: string, facts: RawFact[]): RawFact[] {
	const drop = new Set<RawFact>();
	for (let k = 0; k + 1 < facts.length; k++) {
		const p = facts[k];
		const f = facts[k + 1];
		const per = p.dimension === 'duration' ? PERIOD_BASIS.get(p.quote) : undefined;
		// (最多的一天做了23台, 比上一年增长32%: a day or a year picked out is when, not how often)
		if (!per || NOT_BASIS_BEFORE.test(text[p.start - 1] ?? '') || f.per !== null || f.dimension === 'duration' || f.dimension === 'age') continue;
		const between = text.slice(p.end, f.start);
		if (between.length > 6 || NOT_BASIS_AFTER.test(between) || [...between].some((c) => CLAUSE_END[c.charCodeAt(0)])) continue;
		f.per = per;
		drop.add(p);
	}
	return drop.size ? facts.filter((f) => !drop.has(f)) : facts;
}

/** 10万个工日以上, 3个村左右: a qualifier after the short noun a count counts bounds the count, when it ends the clause (规模以上企业 is a kind of firm) */
const QUALIFIER_AFTER_NOUN = /^(\p{Script=Han}{1,4}?)(以上|以下|左右|上下)(?=[，,。；;、！？!?）)\s]|$)/u;
function qualifierAfterNoun(text: string, g: Grammar, facts: RawFact[]): RawFact[] {
	for (const f of facts) {
		if (f.approx !== 'exact' || !HEADCOUNTS.has(f.dimension) || f.quote.length !== f.end - f.start) continue;
		const m = QUALIFIER_AFTER_NOUN.exec(text.slice(f.end, f.end + 8));
		if (!m || SUBJECT_STOP.test(m[1])) continue;
		g.subjectVerb.lastIndex = 0;
		const verb = g.subjectVerb.test(m[1]);
		g.subjectVerb.lastIndex = 0;
		if (!verb) f.approx = g.after.get(m[2])!.approx;
	}
	return facts;
}

const HEADCOUNTS = new Set<Dimension>(['count', 'people', 'households', 'person_times']);
/** ，同比增长|9.2%: a clause that holds only a change speaks of the figure before it */
const CHANGE_ONLY = /^(?:分别)?(?<vs>同比|环比|比[^，,；;。]{0,6}?|较[^，,；;。]{0,8}?)?(?:分别)?(?<verb>增长|下降|提高|减少|上升|增加|降低|回落)了?$/u;

/**
 * Figures that name nothing themselves take the subject of the figure they follow: the second of a pair of counts
 * (136户|420人, 17件19人, 23支、1860人), the second of two of a kind (7.5％和10.2％), and a change stated after its
 * figure (收入2.1万元，同比增长|9.2% → 收入同比增长).
 */
function sharedSubjects(text: string, facts: RawFact[]): RawFact[] {
	for (let k = 1; k < facts.length; k++) {
		const f = facts[k];
		const r = facts[k - 1];
		if (f.subject !== null || r.subject === null) continue;
		const between = text.slice(r.end, f.start);
		const paired = (HEADCOUNTS.has(f.dimension) && HEADCOUNTS.has(r.dimension)) || f.dimension === r.dimension;
		if (paired && /^(?:、|和|及|与)?$/u.test(between)) {
			f.subject = r.subject;
			continue;
		}
		if (between.length > 24 || [...between].some((c) => SENTENCE_END[c.charCodeAt(0)])) continue;
		let cs = f.start;
		while (cs > r.end && !CLAUSE_END[text.charCodeAt(cs - 1)]) cs--;
		if (cs === r.end) continue;
		const change = CHANGE_ONLY.exec(text.slice(cs, f.start).trim());
		if (change) f.subject = r.subject + (change.groups!.vs === '同比' || change.groups!.vs === '环比' ? change.groups!.vs : '') + change.groups!.verb;
	}
	return facts;
}

/**
 * 日均分出厨余垃圾约3.5吨、可回收物1.2吨左右: the items of a 、-list share the rate of the first; so do two of one kind
 * joined by 和 (每年体检1次和随访4次以上), and things of different kinds sent out or handed over together
 * (每天出动环卫工人1200余名、清扫车辆60台; 每户发放大米50斤、清油5升), though never money or shares, which a list
 * of other items only sits beside (人均收入1.2万元、脱贫户300户)
 */
function listRates(text: string, facts: RawFact[]): RawFact[] {
	for (let k = 1; k < facts.length; k++) {
		const f = facts[k];
		const r = facts[k - 1];
		if (f.per !== null || r.per === null || f.dimension === 'percent') continue;
		const same = f.dimension === r.dimension;
		if (!same && (NO_SHARED_RATE.has(f.dimension) || NO_SHARED_RATE.has(r.dimension))) continue;
		const between = text.slice(r.end, f.start);
		// (每人每月2200元，其中财政补助1800元: a part of a rate is at the same rate)
		const part = same && /^[，,]?其中/u.test(between);
		const joint = part || between.startsWith('、') || (same && /^\p{Script=Han}{0,6}?(?:和|及|以及)$|^(?:和|及|以及)/u.test(between));
		// (a part may follow its whole across a comma, a list item only across its 、)
		const [rest, stop] = part ? [between, SENTENCE_END] : [between.slice(1), CLAUSE_END];
		if (!joint || [...rest].some((c) => stop[c.charCodeAt(0)])) continue;
		f.per = r.per;
	}
	return facts;
}
const NO_SHARED_RATE = new Set<Dimension>(['money', 'percent']);

/** Does a fact of these (sorted by start, none overlapping) overlap [start, end)? A binary search: a huge paragraph holds thousands. */
function overlapsSorted(facts: RawFact[], start: number, end: number): boolean {
	let lo = 0, hi = facts.length;
	while (lo < hi) { const mid = (lo + hi) >> 1; if (facts[mid].end <= start) lo = mid + 1; else hi = mid; }
	return lo < facts.length && facts[lo].start < end;
}

/** 占到一半以上: half of something is a share, 50 percent */
const HALF = /(?<before>超过|近|约|将近|接近)?一半(?<after>以上|左右|多)?/gu;
function halves(text: string, g: Grammar, facts: RawFact[]): RawFact[] {
	if (!text.includes('一半')) return facts;
	let added = false;
	for (const m of text.matchAll(HALF)) {
		const start = m.index, end = m.index + m[0].length;
		// 一半是…一半是…: two halves set against each other are a figure of speech
		if (text.startsWith('是', end) || overlapsSorted(facts, start, end)) continue;
		const after = m.groups!.after === '多' ? undefined : m.groups!.after;
		const approx = m.groups!.after === '多' ? 'at_least' : approxOf(g, m.groups!.before, undefined, after);
		facts.push(finish(text, start, end, 50, null, null, 'percent', 'percent', approx, g, false));
		added = true;
	}
	if (added) facts.sort((a, b) => a.start - b.start);
	return facts;
}

/**
 * 下降近半个百分点, 排队半小时, 工期缩短了半个月: 半 alone before the unit of a change or a span is half of one.
 * (上半年 and 下半年 name a half, not an amount; 大半年, 多半 and 过半 are vague; 一个半小时 is read by the quantity
 * grammar; 每半年 is a schedule.)
 */
const HALF_UNIT = /(?<before>超过|将近|接近|不到|近|约)?半(?<unit>个百分点|个小时|小时|个月|天|年)/gu;
const NOT_HALF_BEFORE = /[上下前后大多过每个整一二两三四五六七八九十百0-9０-９]$/u;
function halfUnits(text: string, g: Grammar, facts: RawFact[]): RawFact[] {
	if (!text.includes('半')) return facts;
	let added = false;
	for (const m of text.matchAll(HALF_UNIT)) {
		const start = m.index, end = m.index + m[0].length;
		const half = start + (m.groups!.before?.length ?? 0);
		if (NOT_HALF_BEFORE.test(text.slice(Math.max(0, half - 1), half)) || overlapsSorted(facts, start, end)) continue;
		// (半年报, 半年度, 半天时间里 stays a span; 半年来 too)
		if (/^[报度]/u.test(text.slice(end, end + 1))) continue;
		const u = g.units.get(m.groups!.unit);
		if (!u) continue;
		facts.push(finish(text, start, end, 0.5 * u.factor, null, null, u.dimension, u.unit, approxOf(g, m.groups!.before), g, false));
		added = true;
	}
	if (added) facts.sort((a, b) => a.start - b.start);
	return facts;
}

/**
 * 分别提高1.9个和3.4个百分点, 分别提高1.9和3.4个百分点: the first of two changes joined by 和 shares the second's
 * 个百分点 (a count of 1.9 个 is nothing); it becomes, or is added as, percentage points.
 */
const POINTS_PAIR = /(?<num>[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})?)(?<ge>个)?(?:和|与|及|、|或)(?=[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})?个百分点)/gu;
function sharedPoints(text: string, g: Grammar, facts: RawFact[]): RawFact[] {
	if (!text.includes('个百分点')) return facts;
	let changed = false;
	for (const m of text.matchAll(POINTS_PAIR)) {
		const start = m.index, end = start + m.groups!.num.length + (m.groups!.ge?.length ?? 0);
		if (start > 0 && ARABIC_OR_POINT.test(text[start - 1])) continue;
		const k = facts.findIndex((f) => f.start === start);
		if (k >= 0 && !(facts[k].end === end && facts[k].unit === '个')) continue;
		const value = Number(toHalfWidth(m.groups!.num));
		const f = finish(text, start, end, value, null, null, 'percent', 'percent', 'exact', g, false);
		if (k >= 0) facts[k] = { ...f, per: facts[k].per, subject: facts[k].subject };
		else facts.push(f);
		changed = true;
	}
	if (changed) facts.sort((a, b) => a.start - b.start);
	return facts;
}

/** 观影人次超过230万, 参保人数达61万: the measure named before a bare figure in 万 or 亿, which no unit follows */
const UNIT_FIRST = /(?<word>人次|人数|户数)(?:达到|达|为|有|共计|共)?(?<before>超过|突破|逾|约|近|接近|超)?(?<num>[0-9０-９]{1,6}(?:[.．][0-9０-９]{1,4})?[万亿]|[一二两三四五六七八九十百千]{1,6}[万亿])(?<inside>余|多)?(?![\p{Script=Han}0-9０-９%％])/gu;
const UNIT_FIRST_DIMENSION: Record<string, [Dimension, string]> = { 人次: ['person_times', 'person_time'], 人数: ['people', 'person'], 户数: ['households', 'household'] };
function unitFirst(text: string, g: Grammar, facts: RawFact[]): RawFact[] {
	if (!text.includes('人次') && !text.includes('人数') && !text.includes('户数')) return facts;
	let added = false;
	for (const m of text.matchAll(UNIT_FIRST)) {
		const gr = m.groups!;
		const end = m.index + m[0].length;
		const start = end - (gr.before?.length ?? 0) - gr.num.length - (gr.inside?.length ?? 0);
		if (overlapsSorted(facts, start, end)) continue;
		const v = parseChineseNumber(toHalfWidth(gr.num));
		if (v === null) continue;
		const [dimension, unit] = UNIT_FIRST_DIMENSION[gr.word];
		facts.push(finish(text, start, end, v, null, null, dimension, unit, approxOf(g, gr.before, gr.inside), g, false));
		added = true;
	}
	if (added) facts.sort((a, b) => a.start - b.start);
	return facts;
}

/**
 * 为2名困难学生发放助学金各5000元, 为5个村各拨付10万元: an amount after 各 in the clause that counts its recipients
 * goes to each of them, so it is a rate per person, household or village (各类, 各级 … are determiners, not 各).
 */
function eachRates(text: string, facts: RawFact[]): RawFact[] {
	for (let k = 1; k < facts.length; k++) {
		const f = facts[k];
		if (f.per !== null || f.dimension === 'percent') continue;
		const r = facts[k - 1];
		const between = text.slice(r.end, f.start);
		if (!EACH.test(between) || [...between].some((c) => CLAUSE_END[c.charCodeAt(0)])) continue;
		const per: Per | null =
			r.dimension === 'people' ? 'person'
			: r.dimension === 'households' ? 'household'
			: r.dimension === 'count' && (r.unit === '村' || /^(?:行政)?村/u.test(r.subject ?? '')) ? 'village'
			: null;
		if (per) f.per = per;
	}
	return facts;
}
const EACH = /各(?!类|种|级|项|地|族|界|个|部门|单位|方面|环节|乡|村|社区|县|区|位|自|有)/u;

/**
 * 人均收入从2015年的6000元增加到2023年的1.8万元: the figure a change goes to measures what the one it comes from
 * measures, so it takes that one's subject and rate basis. Only for 从/由 A … 到/至 B of the same unit, within one
 * clause: elsewhere a marker qualifies the first quantity after it only (年收入100万元以上的村61个).
 */
function changeRates(text: string, facts: RawFact[]): RawFact[] {
	for (let k = 1; k < facts.length; k++) {
		const f = facts[k];
		const r = facts[k - 1];
		if (r.dimension !== f.dimension || r.unit !== f.unit || !CHANGE_TO.test(text.slice(r.end, f.start))) continue;
		let cs = r.start;
		while (cs > 0 && r.start - cs < MAX_SENTENCE_REACH && !CLAUSE_END[text.charCodeAt(cs - 1)]) cs--;
		if (!CHANGE_FROM.test(text.slice(cs, r.start))) continue;
		f.per ??= r.per;
		f.subject = r.subject;
	}
	return facts;
}
/**
 * 人均收入分别突破2万元和2.5万元: figures of one unit that 分别 hands out in turn share the rate basis and subject of the
 * first, which the marker stands before. Only for figures joined by 和/与/及/、 after a 分别 in the same clause.
 */
function respectiveRates(text: string, facts: RawFact[]): RawFact[] {
	for (let k = 1; k < facts.length; k++) {
		const f = facts[k];
		const r = facts[k - 1];
		if (f.per !== null || r.per === null || f.start - r.end !== 1 || r.dimension !== f.dimension || r.unit !== f.unit || !JOINED.test(text[r.end])) continue;
		let cs = r.start;
		while (cs > 0 && r.start - cs < MAX_SENTENCE_REACH && !CLAUSE_END[text.charCodeAt(cs - 1)]) cs--;
		if (!text.slice(cs, r.start).includes('分别')) continue;
		f.per = r.per;
		f.subject ??= r.subject;
		// 分别突破2万元和2.5万元: a qualifier before the first figure qualifies each of them
		if (f.approx === 'exact' && r.approx !== 'exact' && !NUMERAL_START.test(r.quote)) f.approx = r.approx;
	}
	return facts;
}
const NUMERAL_START = /^[0-9０-９零〇一二两三四五六七八九十百千]/u;
const JOINED = /^(?:和|与|及|、)$/u;

/** what stands between the two figures of a change: a verb of change ending in 到/至 (增加到, 提高至, 降至), a date between */
const CHANGE_TO = /^[^，,。；;！？：:、\n]{0,4}?(?:增加|增长|提高|提升|上升|下降|减少|降低|增|升|降|涨|跌|扩大|缩小|发展|扩展|跃升|攀升|达)(?:到|至)[^，,。；;！？：:、\n]{0,10}$/u;
const CHANGE_FROM = /[从由][^，,。；;！？：:、\n]{0,12}$/u;

const RANGE_BETWEEN = /^(?:至|到|~|～|-|—|－|——)$/u;

/**
 * A range is two figures, as the spec counts numbers: 2000元至5000元 and 40至50人 give the low end (at least) and the
 * high end (at most), each with the range as its bounds. Totals count a range once, by its low end: the high end is
 * the fact whose value is its value_high.
 */
function boundRanges(text: string, facts: RawFact[]): RawFact[] {
	// most paragraphs hold no range: the same facts back, without copying
	let any = false;
	for (let k = 0; k < facts.length && !any; k++) any = facts[k].lowEnd !== undefined || (k > 0 && facts[k].unit === facts[k - 1].unit && facts[k].start - facts[k - 1].end <= 2);
	if (!any) return facts;
	const out: RawFact[] = [];
	for (const f of facts) {
		const a = out[out.length - 1];
		// 2000元至5000元: the unit written at both ends
		if (a && a.value_low === null && f.value_low === null && a.unit === f.unit && a.dimension === f.dimension && a.value < f.value
			&& (a.approx === 'exact' || a.approx === 'approx') && f.approx === 'exact' && RANGE_BETWEEN.test(text.slice(a.end, f.start))) {
			const per = a.per ?? f.per;
			out[out.length - 1] = { ...a, value_low: a.value, value_high: f.value, approx: a.approx === 'exact' ? 'at_least' : a.approx, per };
			out.push({ ...f, value_low: a.value, value_high: f.value, approx: 'at_most', per, subject: a.subject ?? f.subject });
		} else if (f.lowEnd !== undefined && f.value_low !== null && f.value_high !== null) {
			// 40至50人: the unit written once, after the high end; 五六十人: the whole and the part from its second digit
			const { lowEnd, highStart, ...range } = f;
			out.push({ ...range, quote: text.slice(f.start, lowEnd), end: lowEnd, value: f.value_low, approx: f.approx === 'exact' ? 'at_least' : f.approx });
			out.push({ ...range, quote: text.slice(highStart!, f.end), start: highStart!, value: f.value_high, approx: f.approx === 'exact' || f.approx === 'at_least' ? 'at_most' : f.approx });
		} else out.push(f);
	}
	return out;
}

function readMatch(
	text: string,
	m: RegExpExecArray,
	g: Grammar,
	vague: [number, number][],
	quoted: [number, number][],
	prev: { end: number; listOfNouns: boolean }
): RawFact | null {
	const gr = m.groups!;
	let start = m.index;
	let end = m.index + m[0].length;
	let before: string | undefined = gr.before;
	const numStart = start + (before?.length ?? 0);
	let p = numStart - 1;
	while (p >= 0 && SPACE.test(text[p]) && p >= numStart - 2) p--; // 第 3 批: typeset spaces do not hide an ordinal
	const prevChar = text[p] ?? '';
	// 最近5天: 近 belongs to 最近, not a qualifier; 上 qualifies only 上千/上万
	if (before === '近' && /^[最附将]$/u.test(text[start - 1] ?? '')) {
		before = undefined;
		start += 1;
	}
	// 集中签约15个项目, 预约300人次: 约 ends another word there, it qualifies nothing
	if (before === '约' && WORD_ENDING_IN_YUE.test(text.slice(Math.max(0, start - 3), start))) {
		before = undefined;
		start += 1;
	}
	// 彩超2台, B超3次: 超 ends the name of a scan there, it bounds nothing
	if (before === '超' && /[彩B]$/u.test(text.slice(Math.max(0, start - 1), start))) {
		before = undefined;
		start += 1;
	}
	if (before === '上' && !/^[百千万亿]/u.test(gr.num ?? '')) return null;
	// 过万元, 破万人: 过 and 破 bound a bare magnitude only (经过3年, 打破2项纪录 are other words)
	if ((before === '过' || before === '破') && !/^[百千万亿]/u.test(gr.num ?? '')) {
		before = undefined;
		start += 1;
	}
	// the numeral must not start inside another number, an ordinal, a code or a formula
	const firstNumChar = text[numStart] ?? '';
	if (/[0-9０-９.．]/u.test(prevChar) && !before) return null;
	if (/[一二三四五六七八九十百千万亿两零〇]/u.test(prevChar) && !before && !ARABIC.test(firstNumChar)) return null;
	if (prevChar === '第' || prevChar === '+' || prevChar === '＋' || prevChar === '初') return null;
	// 4×100米接力: the leg of a relay (or a factor of any product) is part of the event's name
	if (/[×✕xX＊*]/u.test(prevChar) && /[0-9０-９一二三四五六七八九十]/u.test(text[p - 1] ?? '')) return null;
	// TV9985/6航班: the second of a pair of flight numbers is part of the code
	if ((prevChar === '/' || prevChar === '／') && /[A-Za-z0-9]{3,}$/u.test(text.slice(Math.max(0, p - 8), p))) return null;
	if (g.notQuantityBefore.test(text.slice(Math.max(0, start - 6), start))) return null;
	// 几十人, 数百名, 好几个: a vague count, not ten or a hundred
	if (/[几数]/u.test(prevChar) && !ARABIC.test(firstNumChar)) return null;
	// H9774, T1, PM2.5: letters against the digits make a code; 64排CT 1台, with a space between, counts the machine, and
	// after a word of three letters or more (下载APP2600余人次) the figure is a count of its own
	if ((LATIN.test(prevChar) && prevChar === text[numStart - 1] && !LATIN_WORD_BEFORE.test(text.slice(Math.max(0, numStart - 8), numStart)))
		|| (LATIN.test(text[end] ?? '') && !GRADE_AFTER.test(text.slice(end, end + 6)))) return null;
	if (text[end] === '+' || text[end] === '＋') return null;
	// a vague word that starts inside the numeral is part of it (三万一千元 holds 万一, 八十一起 holds 一起)
	if (vague.some(([a, b]) => a <= numStart && numStart < b) || overlaps(quoted, numStart, end)) return null;

	// 三分之一: a share, as a percent (33.3333), core like 九成
	if (gr.fracnum !== undefined) {
		const den = parseChineseNumber(gr.fracden!);
		const part = parseChineseNumber(gr.fracnum);
		if (!den || part === null || part > den) return null;
		const v = Math.round((part / den) * 100 * 1e4) / 1e4;
		// (约占全市的四分之一: 约 before the verb bounds a share as it bounds 25%)
		return finish(text, start, end, v, null, null, 'percent', 'percent', shareApprox(g, text, start, before, gr.after), g, false, Math.max(0, prev.end));
	}
	// 百分之二十
	if (gr.pctnum !== undefined) {
		const v = parseChineseNumber(gr.pctnum);
		if (v === null) return null;
		const cnOnly = !ARABIC.test(gr.pctnum) && ![...gr.pctnum].some((c) => MAGNITUDE_CHARS.includes(c));
		return finish(text, start, end, v, null, null, 'percent', 'percent', shareApprox(g, text, start, before, gr.after), g, cnOnly, Math.max(0, prev.end));
	}

	let unitSurface = gr.unit!;
	// (3基地, 8路公交: the measure word starts a word of its own)
	if (m[0].endsWith(unitSurface) && g.unitWordNext.get(unitSurface)?.test(text.slice(end, end + 3))) return null;
	// (视频监控点位1300余路: a measure word of one trade counts only where its clause names the trade)
	const near = g.unitNear.get(unitSurface);
	if (near && m[0].endsWith(unitSurface) && !near.test(clauseWindow(text, start, end))) return null;
	let unit = g.units.get(unitSurface)!;
	const num = gr.num!;
	const num2 = gr.num2;
	let inside = gr.inside;

	// 5个多月, 两个多小时: 余/多 inside a unit that starts with 个 makes the figure a lower bound of that unit
	if (unitSurface === '个' && !inside && g.inside.has(text[end] ?? '')) {
		let longest = '';
		for (const surface of g.units.keys())
			if (surface.length > longest.length && surface.length > 1 && surface[0] === '个' && text.startsWith(surface.slice(1), end + 1)) longest = surface;
		if (longest) {
			inside = text[end];
			unit = g.units.get(longest)!;
			unitSurface = longest;
			end += longest.length;
		}
	}

	// 1个半小时, 两个半月: 半 between 个 and the unit of a span adds half of it
	let half = false;
	if (unitSurface === '个' && !inside && text[end] === '半') {
		let longest = '';
		for (const surface of g.units.keys())
			if (surface.length > longest.length && surface.length > 1 && surface[0] === '个' && g.units.get(surface)!.dimension === 'duration' && text.startsWith(surface.slice(1), end + 1)) longest = surface;
		if (longest) {
			half = true;
			unit = g.units.get(longest)!;
			unitSurface = longest;
			end += longest.length;
		}
	}

	// dates, times and anniversaries are labels, not quantities
	if (unitSurface === '年') {
		if (/^[0-9０-９]{4}$/u.test(num) || (CN_DIGIT.test(num) && num.length >= 2)) return null;
		if (/^[级度代底初末中前后]/u.test(text[end] ?? '') && !gr.after) return null;
	}
	if ((unitSurface === '周' || unitSurface === '年') && /^(?:年|岁)/u.test(text[end] ?? '')) return null;
	// 2024届毕业生: a class named by its year
	if (unitSurface === '届' && /^[12][0-9]{3}$/u.test(toHalfWidth(num))) return null;
	// 十八届人大四次会议, 十届三中全会: a congress's term and its session are their names, not counts (连续举办三届 counts)
	if (unitSurface === '届' && CONGRESS_AFTER.test(text.slice(end, end + 8))) return null;
	if (unitSurface === '次' && /^(?:全体)?会议|^全会/u.test(text.slice(end, end + 4)) && TERM_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
	// 12333人社服务热线: 人社 is the labour bureau's short name, not people
	if (unitSurface === '人' && text[end] === '社') return null;
	// (早上8点到10点: the second end of a range of clock hours is a clock hour too)
	if (unitSurface === '点' && (TIME_OF_DAY_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || CLOCK_RANGE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || TIME_OF_DAY_NEAR.test(clauseTail(text, start, 8))
		|| /^[钟半整]|^\d+分/u.test(text.slice(end, end + 4)) || SCHEDULE_AFTER.test(text.slice(end, end + 4)))) return null;
	// 曲才村5组和1组, 3栋: the numbered group or building of a village or estate is its name
	if (LABEL_UNITS.has(unitSurface) && PLACE_BEFORE_LABEL.test(text.slice(Math.max(0, start - 12), start))) return null;
	if (unitSurface === '方' && !ARABIC.test(num)) return null; // 三方 are parties, not cubic metres
	if (unitSurface === '单' && text[end] === '元') return null; // 3单元 is a stairwell's number in an address
	if (unitSurface === '成' && /^[为立功本效熟员果长都]/u.test(text[end] ?? '')) return null;
	if (unitSurface === '轮' && text[end] === '车') return null; // 三轮车 is a vehicle
	// 18层住户起火: which floor the household lives on, not how many floors (a 18层住宅楼 has 18)
	if (unitSurface === '层' && /^的?(?:住户|居民|业主|房间|楼道)/u.test(text.slice(end, end + 3))) return null;
	// 分 counts points (积分45万分, 攒200来分, 测评98.6分), not the minutes of a time (8时30分) nor a fraction (三分之一);
	// in Chinese numerals only where the sentence speaks of points (十分重要 is "very")
	if (unitSurface === '分' && (/[时点:：]$/u.test(prevChar) || text[end] === '之'
		|| (!ARABIC.test(num) && !POINTS_BEFORE.test(text.slice(Math.max(0, start - 30), start))))) return null;
	// 一期工程, 二期占地80亩: a project's phase is its name, not a count of sessions
	if (unitSurface === '期' && !ARABIC.test(num) && /^(?:工程|项目|占地|建设|规划|扩建|改造)/u.test(text.slice(end, end + 2))) return null;
	// 一家6口, 全家5口: the mouths of a household are its people (3口水井 counts wells)
	if (unitSurface === '口' && /(?:一家|全家|家里|家有|家庭)$/u.test(text.slice(Math.max(0, start - 3), start))) {
		unit = g.units.get('人')!;
	}
	// 一个月能挣八千多块: 块 ending a clause after earning or spending is yuan (15块展板 counts boards)
	if (unitSurface === '块' && !HAN.test(text[end] ?? '') && MONEY_VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
		unit = g.units.get('元')!;
	}
	if (gr.mixedTimes && unit.dimension === 'count') unit = { ...unit, unit: unit.unit + '次' };
	if (unitSurface === '班' && !FLIGHT_CONTEXT.test(sentenceAround(text, start, end).text)) {
		unit = { ...unit, dimension: 'count', unit: '班', factor: 1 };
	}
	// reduplication 一个个, 一批批: the unit repeated is a manner adverb, not a count
	// 一个个, 一次次: a measure word doubled after 一 is a vague word; 23家家政企业 counts companies
	if (text.slice(end, end + unitSurface.length) === unitSurface && !gr.after && num === '一') return null;
	// 一家一家走访, 一户一户核实: the count said twice is a manner too, both halves of it
	if (num === '一' && !gr.after && (text.startsWith('一' + unitSurface, end) || text.slice(Math.max(0, start - 1 - unitSurface.length), start) === '一' + unitSurface)) return null;
	// 一个都没有, 不漏一户、不落一人: "not a single one" counts nothing
	if (num === '一' && !gr.after && (/^[都也]?(?:没|不)/u.test(text.slice(end, end + 3)) || /(?:不漏|不落|不让|不少|没有|无一)$/u.test(text.slice(Math.max(0, start - 2), start)))) return null;
	// 十条措施, 六项举措: a policy package named by its number of articles, as the spec's 六项举措 (15条措施 counts them)
	if ((unitSurface === '条' || unitSurface === '项') && !ARABIC.test(num) && /^(?:措施|举措|意见|规定|禁令|硬措施)/u.test(text.slice(end, end + 3))) return null;
	// 九年义务教育, 十五年免费教育: the length of a schooling system is its name
	if (unitSurface === '年' && /^(?:义务教育|免费教育|一贯制)/u.test(text.slice(end, end + 4))) return null;

	// a bare magnitude (千家, 万人) is an idiom unless a qualifier or 余/多 makes it a round figure (近千个, 上万人, 百余人)
	const numeral = stripInside(num, g);
	// (亿元以上项目, 千人以上企业: a bound after it makes it a threshold of one such magnitude)
	if (BARE_MAGNITUDE.test(numeral.digits) && !before && !numeral.inside && !inside && !gr.after) return null;

	// 8个站21个点: the noun after 个 is itself a measure word and another quantity follows
	if (unitSurface === '个') {
		const noun = text[end];
		const nounUnit = noun && g.units.get(noun);
		const listGoesOn = /^[0-9０-９一二三四五六七八九十两]/u.test(text[end + 1] ?? '');
		if (nounUnit && nounUnit.dimension === 'count' && (listGoesOn || prev.end === start && prev.listOfNouns)) {
			unit = nounUnit;
			unitSurface = '个' + noun;
			end += 1;
		}
	}

	let v: number | null;
	let low: number | null = null;
	let high: number | null = null;
	let lowEnd: number | undefined;
	let highStart: number | undefined;
	// 两三个小时, 三四十名, 十五六万元: two neighbouring digits are a range between them, not 23, 340 or 156000; like
	// 40至50人 it is two facts, the whole (五六十人, the low end) and the part from the second digit (六十人, the high end)
	const pair = NUMERAL_PAIR.exec(numeral.digits);
	let pairSecond = -1;
	// (三五个 is three to five, as 三四个 is three to four: never thirty-five, which is 三十五)
	if (pair && (NEXT_DIGIT[pair[2]] === pair[3].replace('两', '二') || (pair[2] === '三' && pair[3] === '五'))) {
		low = parseChineseNumber(pair[1] + pair[2] + pair[4]);
		high = parseChineseNumber(pair[1] + pair[3] + pair[4]);
		if (low === null || high === null) return null;
		v = low;
		pairSecond = numStart + num.indexOf(pair[3], pair[1].length + 1);
	} else v = parseChineseNumber(numeral.digits);
	if (v === null) return null;
	if (num2 !== undefined) {
		const second = stripInside(num2, g);
		let v2 = parseChineseNumber(second.digits);
		if (v2 === null || low !== null) return null;
		// 10至20万元: the magnitude written once applies to both bounds
		const mag2 = /[十百千万亿]+$/u.exec(toHalfWidth(second.digits))?.[0];
		const mag1 = /[十百千万亿]+$/u.exec(toHalfWidth(numeral.digits))?.[0];
		if (mag2 && !mag1 && ARABIC.test(numeral.digits) && v < v2 / 10) v = roundSignificant(v * parseChineseNumber('1' + mag2)!);
		if (v2 <= v) return null; // 3-2 is not a range
		low = v;
		high = v2;
		lowEnd = numStart + num.length;
		highStart = text.indexOf(num2, lowEnd + 1);
	}
	if (half && v !== null) v += 0.5;
	// 两岁半, 三年半: 半 after the unit of a span or an age is half of it
	else if ((unit.dimension === 'duration' || unit.dimension === 'age') && text[end] === '半' && !gr.after && low === null) {
		v += 0.5;
		end += 1;
	}
	// 九成五以上, 八成半: a digit (or 半, five) after 成 counts the next tenth (95%, 85%), and a bound may follow it
	let after: string | undefined = gr.after;
	if (unitSurface === '成' && !after && low === null && (TENTH_DIGIT.test(text[end] ?? '') || text[end] === '半')) {
		const rest = text.slice(end + 1, end + 5);
		let q: string | undefined;
		for (const k of g.after.keys()) if (rest.startsWith(k) && (!q || k.length > q.length)) q = k;
		if (q || TENTH_ENDS.test(rest)) {
			v = (v ?? 0) + (text[end] === '半' ? 5 : parseChineseNumber(text[end])!) / 10;
			end += 1 + (q?.length ?? 0);
			after = q;
		}
	}
	const factor = unit.factor;
	const value = roundSignificant(v * factor);
	if (!(value <= (PLAUSIBLE_MAX[unit.dimension] ?? Infinity))) return null;
	let approx = approxOf(g, before, numeral.inside ?? inside, after);
	// 每周至少开展巡逻2次: a bound on the verb phrase bounds the figure it counts
	if (approx === 'exact' && !num2) approx = boundBefore(text, start) ?? approx;
	// 多 after the unit is "and more": 一成多 (a share in tenths), 3倍多 (a multiple), 一年多来 and 两天多 (a span of time), 6亩多油菜 (a
	// measure of land, weight, length, volume or money, but not 多功能, 多种 or 一亩多收了)
	if (approx === 'exact' && text[end] === '多' && !after
		&& (unitSurface === '成' || unitSurface === '倍' || unit.dimension === 'duration' || (MEASURED_MORE.has(unit.dimension) && !MORE_NOT_APPROX.test(text.slice(end, end + 3))))) {
		approx = 'at_least';
		end += 1;
	}
	const fact = finish(
		text,
		start,
		end,
		value,
		low === null ? null : roundSignificant(low * factor),
		high === null ? null : roundSignificant(high * factor),
		unit.dimension,
		unit.unit,
		approx,
		g,
		!ARABIC.test(num + (num2 ?? '')) && ![...(num + (num2 ?? ''))].some((c) => MAGNITUDE_CHARS.includes(c)),
		Math.max(0, prev.end)
	);
	if (pairSecond > 0) Object.assign(fact, { lowEnd: end, highStart: pairSecond });
	else if (lowEnd !== undefined) Object.assign(fact, { lowEnd, highStart });
	return fact;
}

/** what follows a term number: the body it is a term of (十八届人大, 十届区委, 三届三次) */
const CONGRESS_AFTER = /^(?:人大|人民代表大会|政协|党代会|中央|全国|委员会|全委会|[省市县区乡镇]?(?:委|人大|政协|党代会)|[一二三四五六七八九十\d]+(?:次|中全会))/u;
/** a term named just before a session number (十八届人大四次会议) */
const TERM_BEFORE = /届(?:[省市县区乡镇]?(?:人大|政协|党代会|委)|人民代表大会|全国人大|全委会)?(?:常委会)?(?:第)?$/u;
const TENTH_DIGIT = /^[一二三四五六七八九]$/u;
/** what may follow 九成五: the clause's end, 的 or a closing bracket (not 九成五十, 八成一类) */
const TENTH_ENDS = /^(?:$|[，,。；;、：:！？!?）)”"的\s])/u;

/** measures after which 多 means "and more" (6亩多); counts are left out, where 多 so often opens a word (3个多功能厅) */
const MEASURED_MORE = new Set(['area', 'weight', 'length', 'volume', 'money']);
/** 多 opening a word (多功能, 多种) or doing a verb's work (一亩多收了150斤: harvested more), not "and more" */
const MORE_NOT_APPROX = /^多(?:功能|元|样|种|家|个|次|方|项|彩|层|重|数|部门|渠道|措|[收赚挣卖产打花出用拿得增交干养给发了])/u;

/** a share's qualifier: its own word (约三分之一, 百分之二十以上), else a bound or 约 before its verb (约占全市的四分之一) */
function shareApprox(g: Grammar, text: string, start: number, before?: string, after?: string): Approx {
	const approx = approxOf(g, before, undefined, after);
	return approx === 'exact' ? boundBefore(text, start) ?? approx : approx;
}

/** 至少|开展巡逻2次, 最高可|获赔3000元, 约占|全区的45%: a bound or 约 a few characters before the figure, in its clause, with no other number between */
function boundBefore(text: string, start: number): Approx | null {
	const before = text.slice(Math.max(0, start - 12), start);
	const m = BOUND_BEFORE.exec(before);
	if (m) return m[1] ? 'at_least' : 'at_most';
	// 最高每人每月1200元, 每人最高减免3200元: the cap of a grant, across its basis or its verb (not 最高气温)
	if (HIGHEST_GRANT_BEFORE.test(before)) return 'at_most';
	// 约占全区游客总量的45%: 约 before the verb that leads to the figure (not 签约合作项目26个: 约 ends a word there)
	const about = ABOUT_BEFORE.exec(before);
	if (!about) return null;
	const at = start - before.length + about.index;
	return about[0].startsWith('约') && WORD_ENDING_IN_YUE.test(text.slice(Math.max(0, at - 4), at)) ? null : 'approx';
}
const HIGHEST_GRANT_BEFORE = /最高(?:每(?:人|户|年|月|天|名|次|村))*(?:可以?|能)?(?:补贴|补助|减免|奖励|资助|给予|发放|报销|赔付|贷款|支付|享受|可获|可得|支持|扶持|救助|补偿|奖补|补)?$/u;
/** a character of the words between a bound or 约 and its figure: no clause break and no numeral */
const NO_BREAK_OR_NUMERAL = String.raw`[^，,。；;：:、！？!?\n0-9０-９零〇一二两三四五六七八九十百千万亿]`;
/** the same across a rate's basis, where 千 of a unit's name is no numeral (不超过每千瓦时0.8元, 至少每千克2元) */
const BETWEEN = `(?:${NO_BREAK_OR_NUMERAL}|千(?=[瓦克米伏]))`;
// (物业费约每平方米2元: 约 before the basis of a rate qualifies the figure after the basis)
const ABOUT_BEFORE = new RegExp(`(?:约|大约|大概)(?:(?:占|为|达到?|有|是|合|增加|减少|缩短|延长|节约|节省)${NO_BREAK_OR_NUMERAL}{0,8}|每${BETWEEN}{1,4})$`, 'u');
// (最高可获赔3000元: the top of what may be paid; 最高气温 names a reading, so only 最高/最低 with 可/能 bound)
const BOUND_BEFORE = new RegExp(`(?:(至少|不少于|不低于|不小于|不得(?:少于|低于)|最少|最低(?:可以?|能))|(?:最多|至多|不超过|不高于|不得(?:超过|高于)|不能超过|不应超过|不宜超过|最高(?:可以?|能)))${BETWEEN}{1,8}$`, 'u');

/** 2600余 / 十余 / 30多: the numeral with its inner 余/多 taken out. */
function stripInside(raw: string, g: Grammar): { digits: string; inside: string | undefined } {
	const num = raw.replace(/[ \u3000\u00a0]/gu, '');
	for (const q of g.inside.keys()) {
		const i = num.indexOf(q);
		if (i > 0) return { digits: num.slice(0, i) + num.slice(i + q.length), inside: q };
	}
	return { digits: num, inside: undefined };
}

function approxOf(g: Grammar, before?: string, inside?: string, after?: string): Approx {
	// the word nearest the unit decides: 约300人以上 reads as at least
	if (after) return g.after.get(after)!.approx;
	if (inside) return g.inside.get(inside)!.approx;
	if (before) return g.before.get(before)!.approx;
	return 'exact';
}

function finish(
	text: string,
	start: number,
	end: number,
	value: number,
	low: number | null,
	high: number | null,
	dimension: Dimension,
	unit: string,
	approx: Approx,
	g: Grammar,
	chineseOnly: boolean,
	prevEnd = 0
): RawFact {
	// the spec's optional shape: small counts in Chinese numerals (两名社工), durations, ages; 九成 is a share, not a count
	const optional = dimension === 'duration' || dimension === 'age' || (chineseOnly && COUNT_DIMENSIONS.has(dimension));
	return {
		quote: text.slice(start, end),
		start,
		end,
		value,
		value_low: low,
		value_high: high,
		dimension,
		unit,
		approx,
		// a share or a growth rate (人均收入增长8%) has no basis of its own: the basis belongs to what it is a share of
		per: dimension === 'percent' ? null : rateOf(text, start, end, g, prevEnd),
		subject: subjectOf(text, start, end, dimension, g, prevEnd),
		optional
	};
}

/** The rate basis from a marker in the same clause before the number (每人, 日转运, 平均每年) or right after the unit (元/人). */
export function rateOf(text: string, start: number, end: number, g: Grammar, clauseFloor = 0): Per | null {
	const after = /^[/／](人|户|天|日|周|月|年|村)/u.exec(text.slice(end, end + 2));
	if (after) return ({ 人: 'person', 户: 'household', 天: 'day', 日: 'day', 周: 'week', 月: 'month', 年: 'year', 村: 'village' } as const)[after[1] as '人'];
	let cs = start;
	const floor = Math.max(clauseFloor, start - MAX_SENTENCE_REACH);
	while (cs > floor && !RATE_CLAUSE_END[text.charCodeAt(cs - 1)]) cs--;
	// 年收入100万元以上的村61个: a marker qualifies the first quantity after it, not the ones that follow that one
	const clause = text.slice(cs, start);
	// the marker nearest the number wins (每年…人均 → person); the compiled alternation prefers the longest marker
	let found: string | null = null;
	for (const m of clause.matchAll(g.rateMarker)) {
		// 年收入 is yearly income, but 2023年收入 and 今年分红 are one year's totals: a period named before it is a date
		// (青少年服务台, 老年服务中心: 年 closes a word for an age group, it starts no yearly figure)
		if (m[0][0] === '年' && AGE_GROUP_BEFORE_YEAR.test(clause[m.index! - 1] ?? '')) continue;
		// (but 日均, 年均 are averages whatever stands before them: 春节前日均…)
		if (PERIOD_FIRST.test(m[0]) && m[0][1] !== '均' && DATE_BEFORE_PERIOD.test(clause[m.index! - 1] ?? '') && !NOT_DATE_BEFORE_PERIOD.test(clause.slice(0, m.index))) continue;
		// (8月10日单日接待2100人次: the one day named, a total; 旺季单日接待 is any day's)
		const single = m[0].startsWith('单日') ? m.index! : m[0][0] === '日' && clause[m.index! - 1] === '单' ? m.index! - 1 : -1;
		if (single >= 0 && /[日号]$/u.test(clause.slice(0, single))) continue;
		found = m[0];
	}
	if (found === null && g.periodRate) {
		// 他一个月的房租是3.6万元: the marker holds the quantity before (一个月), so it is looked for past the floor
		let ws = cs;
		let may = false;
		const wsFloor = Math.max(0, start - MAX_SENTENCE_REACH);
		while (ws > wsFloor && !CLAUSE_END[text.charCodeAt(ws - 1)]) ws--;
		for (let i = ws; i < start && !may; i++) may = g.periodRateStart[text.charCodeAt(i)] === 1;
		if (may) for (const m of text.slice(ws, start).matchAll(g.periodRate)) found = m[0];
	}
	// 为每个市级示范村安排经费5万元: each village of a kind, however it is qualified (not 每个村民, a villager)
	if (found === null && EACH_VILLAGE.test(clause)) return 'village';
	return found === null ? null : g.perOf.get(found)!;
}
const EACH_VILLAGE = /每个[^，,。；;、\s\d]{1,6}?村(?![民干委两组])/u;

const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN = /\p{Script=Han}/u;
const MONEY_VERB_BEFORE = /(?:挣|赚|花|掏了|付了|拿|领|收入|工资|卖|月薪|年薪|补贴|奖励|分红|收益|存|值)[^，,。；;！？!?]{0,8}$/u;
/** words that follow an amount without naming what it measures: 300万元用于…, 5吨左右, 3000元以上 */
const NOT_NOUN_START = /^(?:增加|增长|增至|提高|提升|上升|下降|减少|降低|降至|用于|用来|以上|以下|以内|左右|上下|之间|之多|不等|资金|多|余|后|前|内|时|中|间|为|是|将|已|并|后|就|都|也|还|又|可|能|对|给|于|被|让|使|由|在|从|向|至|到|比|较|每|共|总)/u;
/** 党员从最初的5名|发展到10名: a change verb after a measure word is not what is counted */
const CHANGE_VERB_START = /^(?:增加|增长|提高|提升|上升|下降|减少|降低|发展|扩展|扩大|缩小|跃升|攀升)(?:到|至|了|为)?|^(?:增|升|降|达)(?:到|至)/u;
const PERIOD_FIRST = /^[年月日周]/u;
const AGE_GROUP_BEFORE_YEAR = /[少老青童]/u;
const DATE_BEFORE_PERIOD = /[0-9０-９零〇一二两三四五六七八九十今去明前本上全当次同]/u;
/** 线上月销量: 上 ends 线上 (online), it does not name last month; nor does 前 of 目前 (now) name a day (目前日收购…) */
const NOT_DATE_BEFORE_PERIOD = /(?:线上|网上|晚上|早上|马上|目前|当前)$/u;

// (与 of 参与 is no conjunction: 320名志愿者参与…)
const SUBJECT_STOP = /[，,；;。！？!?：:、（）()“”"《》\s0-9０-９]|和|(?<!参)与|及|以及|的|了|等|是/u;
/** 助学金、生活补贴等|各类补助资金: 等 closes a list of examples, and the counted noun follows it (not 平等, 高等, 中等 …, nor 等地 "and other places") */
const LIST_BEFORE_ETC = /^.{2,}?(?<![平高中初同对均相优上下特何超次])等(?![地处])(?=.{2})/u;
/** 人均收入从2015年的|6000元: the subject stands before the 从 of a change, not in its date */
const CHANGE_FROM_TAIL = /(?<=[^从由]{2})[从由][^从由]{0,10}$/u;
// 为 ends 违法行为 and 作为, which are words, not a copula before the number
const TRAILING_QUALIFIER = /(?:分别|约|近|超过|逾|将近|接近|不到|不足|达到|可达|达|共计|共|(?<![行作认成因])为|有|是|了|的|至|到|上|仍|可|保持在|稳定在|控制在|维持在|保持|增加|增长|减少|缩短|提高|下降|降低|(?<!新)增|约为)+$/u;
/**
 * Strips a match of an end-anchored pattern. Only the last characters are searched: an unanchored start made the
 * regex engine try every position of the phrase.
 */
function cutTail(phrase: string, tail: RegExp): string {
	const from = Math.max(0, phrase.length - TAIL_REACH);
	const m = tail.exec(from ? phrase.slice(from) : phrase);
	return m ? phrase.slice(0, from + m.index) : phrase;
}
const TAIL_REACH = 16;
/** 供气量|比平时增加了近三成: the comparison is not part of what is measured */
// (but 占比 is a share's name: 学历占比|达到91.6%)
const COMPARISON_TAIL = /(?:(?<!占)比|较|同比|环比)[^比较，,]{0,6}$/u;
/**
 * The last `max` characters of a long phrase, started after a 的, 在 or 将 where one leaves a whole phrase that fits,
 * so that a subject does not begin mid-word (体停车场 for 立体停车场).
 */
const TAILS = [CHANGE_FROM_TAIL, TRAILING_QUALIFIER, COMPARISON_TAIL, TRAILING_QUALIFIER];
function shortTail(s: string, max: number): string {
	for (let i = s.length - max - 1; i < s.length - 2; i++) if (i >= 0 && '的在将'.includes(s[i])) return s.slice(i + 1);
	return s.slice(-max);
}

/**
 * A short phrase naming what is counted: the noun phrase after a measure word up to the next verb (6个行业党委,
 * 75名残疾人|解决…), else the noun phrase before the number after its verb (发放|各种补贴资金543.55万元 → 补贴资金).
 */
export function subjectOf(text: string, start: number, end: number, dimension: Dimension, g: Grammar, clauseFloor = 0): string | null {
	const measure = dimension === 'count' || dimension === 'people' || dimension === 'households' || dimension === 'person_times';
	if (measure) {
		const rest = text.slice(end, end + 16);
		const stop = rest.search(SUBJECT_STOP);
		let noun = stop < 0 ? rest : rest.slice(0, stop);
		g.subjectVerb.lastIndex = 0;
		const verb = g.subjectVerb.exec(noun);
		// matchAll below starts where this exec left the shared regex: leaving it set made a subject depend on the
		// fact extracted before it, so on the order files reached a worker
		g.subjectVerb.lastIndex = 0;
		// 75名残疾人|解决就业岗位: a verb with its own object ends the phrase; 便民服务站 keeps its 服务
		if (verb && verb.index >= 2 && noun.length - verb.index - verb[0].length >= 2) noun = noun.slice(0, verb.index);
		// 1234人|积极投身…: a phrase that starts with an adverb or preposition names nothing
		const cut = breakIn(noun, g);
		if (cut >= 0) noun = noun.slice(0, cut);
		noun = beforePredicate(noun, rest[stop] !== '了', g);
		if (noun.length >= 2 && !/^[0-9０-９一二三四五六七八九十]/u.test(noun) && !CHANGE_VERB_START.test(noun)) return noun.slice(0, 10);
	}
	else {
		// 880米围栏, 1.5万亩高标准农田: a noun right after an amount is what it measures (not 投资3000万元|建设…)
		// 长约12公里的|通村公路: a noun joined by 的 is as much what the amount measures
		const from = text[end] === '的' ? end + 1 : end;
		const rest = text.slice(from, from + 12);
		const stop = rest.search(SUBJECT_STOP);
		const noun = stop < 0 ? '' : rest.slice(0, stop);
		if (noun.length >= 2 && HAN_ONLY.test(noun)) {
			g.subjectVerb.lastIndex = 0;
			const verb = g.subjectVerb.exec(noun);
			g.subjectVerb.lastIndex = 0;
			if (!verb && !NOT_NOUN_START.test(noun) && !CHANGE_VERB_START.test(noun)) return noun.slice(0, 10);
		}
	}
	let cs = start;
	while (cs > clauseFloor && !CLAUSE_END[text.charCodeAt(cs - 1)] && start - cs < 24) cs--;
	let phrase = text.slice(cs, start).replace(/[“”"《》（）()\s]/gu, '').replace(DATE_IN_PHRASE, '');
	// (标准分别提高到每人每年|14520元: a rate word can stand after the qualifiers, and they after it)
	for (let pass = 0; pass < 2; pass++) {
		for (const tail of TAILS) phrase = cutTail(phrase, tail);
		phrase = cutSubjectTail(phrase, g);
	}
	let last = -1;
	let lastVerb = '';
	for (const vm of phrase.matchAll(g.subjectVerb)) {
		// the last verb that still leaves a noun after it: 发放|慰问金, not 发放慰问|金
		if (phrase.length - (vm.index! + vm[0].length) < 2) continue;
		last = vm.index! + vm[0].length;
		lastVerb = vm[0];
	}
	let s = last >= 0 && phrase.length - last >= 2 ? phrase.slice(last) : phrase;
	s = s.replace(LIST_BEFORE_ETC, '');
	// (我们每天的|供气量: the 的 after a determiner went with it)
	const bare = g.subjectDeterminer.test(s) ? s.replace(g.subjectDeterminer, '').replace(/^的/u, '') : s;
	// (我们村|有312户: a determiner that leaves one character was part of the name; 现在 alone names nothing)
	s = bare.length >= 2 || bare.length === 0 ? bare : s;
	if (s.length < 2 && lastVerb) s = phrase.replace(g.subjectDeterminer, ''); // 惠及2600余人次: the verb is all there is
	if (s.length > 12) s = shortTail(s, 12);
	s = s.replace(/^的/u, ''); // (the figure before ended at its 的: 两县|的覆盖率)
	return s.length >= 2 ? s : null;
}

/** 2023年农村居民人均可支配收入: a date before the noun is when, not what */
const DATE_IN_PHRASE = /[0-9０-９]{2,4}年(?:以来)?|[0-9０-９]{1,2}月份?|[0-9０-９]{1,2}[日号]/gu;

/**
 * 参保率已|76%, 老人每人每月|100元, 运动会为期|10天: adverbs, modals and rate words between a noun and its number are
 * not its name (the rate basis is kept in `per`), unless they close a word of their own (现在, 成都) or nothing is left.
 */
function cutSubjectTail(s: string, g: Grammar): string {
	for (;;) {
		const m = g.subjectTail.exec(s);
		if (!m || m.index < 2) return s;
		g.subjectCompound.lastIndex = 0;
		for (const c of s.matchAll(g.subjectCompound)) if (c.index! < m.index && c.index! + c[0].length > m.index) return s;
		s = s.slice(0, m.index);
	}
}

/**
 * 3600名选手|参赛 → 参赛选手, 6800余名群众|下载安装… → 群众: the noun after a measure word ends where what it does
 * begins; a bare two-character predicate is put before it, as Chinese names such a group (受灾行政村, 入股奶牛).
 */
function beforePredicate(noun: string, mayLead: boolean, g: Grammar): string {
	const re = g.subjectPredicate;
	re.lastIndex = 0;
	for (let m = re.exec(noun); m; m = re.exec(noun)) {
		if (m.index < 2) continue;
		g.subjectCompound.lastIndex = 0;
		if ([...noun.matchAll(g.subjectCompound)].some((c) => c.index! < m!.index && c.index! + c[0].length > m!.index)) continue;
		// (320户群众户均|增收: the rate word before the predicate is not the group's name)
		const head = cutSubjectTail(noun.slice(0, m.index), g);
		re.lastIndex = 0;
		// (30多户人家参加了|植树: a predicate with an object after 了 is not what names the group, nor one apart from it)
		return mayLead && head.length === m.index && m.index + m[0].length === noun.length && m[0].length === 2 ? m[0] + head : head;
	}
	re.lastIndex = 0;
	return noun;
}

/** 12名年轻干部|到村任职, 8名专家|定期指导: where an adverb, preposition or motion verb ends the noun after a measure word (not 在建项目) */
function breakIn(noun: string, g: Grammar): number {
	let compounds: [number, number][] | null = null;
	const re = g.subjectBreak;
	re.lastIndex = 0;
	for (let m = re.exec(noun); m; m = re.exec(noun)) {
		const i = m.index;
		if (i === 1) continue;
		compounds ??= [...noun.matchAll(g.subjectCompound)].map((c) => [c.index!, c.index! + c[0].length]);
		if (!compounds.some(([a, b]) => a <= i && i < b)) return i;
	}
	return -1;
}

/** The sentence around a figure (at most MAX_SENTENCE_REACH characters either side). */
function sentenceAround(text: string, start: number, end: number): { text: string; start: number } {
	let s = start;
	const sFloor = Math.max(0, start - MAX_SENTENCE_REACH);
	while (s > sFloor && !SENTENCE_END[text.charCodeAt(s - 1)]) s--;
	let e = end;
	const eCeil = Math.min(text.length, end + MAX_SENTENCE_REACH);
	while (e < eCeil && !SENTENCE_END[text.charCodeAt(e)]) e++;
	if (e < text.length && SENTENCE_END[text.charCodeAt(e)]) e++; // with its full stop
	return { text: text.slice(s, e), start: s };
}
export { sentenceAround };

function vagueSpans(text: string, g: Grammar): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(g.vagueWord)) {
		const end = m.index! + m[0].length;
		// 一点五万人: 点 before a digit is a decimal point, not 一点 (a little)
		if (m[0].endsWith('点') && /^[零〇一二三四五六七八九]/u.test(text.slice(end, end + 1))) continue;
		spans.push([m.index!, end]);
	}
	return spans;
}

/** Numbers inside 《titles》 and short “quoted names” (“110宣传日”, “1+6”) are names, not quantities; long quotations are speech and keep their facts. */
function shortQuotedSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(/《[^》]{0,40}》|“[^”]{0,14}”|「[^」]{0,14}」|"[^"]{0,14}"/gu)) {
		// a short quotation with a clause break and digits (“逢年过节，一天能拉300多人”) is speech; a slogan has no digits
		if (m[0][0] !== '《' && /[，,。；;！？!?]/u.test(m[0]) && /[0-9０-９]/u.test(m[0])) continue;
		// (“订单比去年多了差不多三成”: 了 after a verb makes it something said, not a name)
		if (m[0][0] !== '《' && /[^为]了/u.test(m[0]) && /[0-9０-９一二两三四五六七八九十百千万]/u.test(m[0])) continue;
		spans.push([m.index!, m.index! + m[0].length]);
	}
	return spans;
}

const overlaps = (spans: [number, number][], s: number, e: number) => spans.some(([a, b]) => a < e && s < b);
