// The extraction grammar compiled from the data tables (units, qualifiers, rate markers, vague words): rules live in data/, this module turns them into regexes once.
import { z } from 'zod';
import { Approx, Dimension, Per } from './types.ts';
import { DATA_DIR, readTable } from './tables.ts';
import { CHINESE_NUMERAL_CHARS } from './numbers.ts';

const UnitRow = z.object({
	surface: z.string().min(1),
	dimension: Dimension,
	unit: z.string().min(1),
	factor: z.coerce.number().positive(),
	example: z.string()
});
const QualifierRow = z.object({
	word: z.string().min(1),
	position: z.enum(['before', 'inside', 'after']),
	approx: Approx,
	example: z.string()
});
const RateRow = z.object({ marker: z.string().min(1), per: Per, example: z.string() });
/** 一个月的 + a flow noun (租金, 工资, 收入 …) is a rate: 他一个月的租金是7万元 is per month; 一个月的时间 is not */
const RatePeriodRow = z.object({ period: z.string().min(1), per: Per, example: z.string() });
const RateFlowRow = z.object({ noun: z.string().min(1), why: z.string() });
const VagueRow = z.object({ phrase: z.string().min(1), why: z.string() });
const ContextRow = z.object({ before: z.string().min(1), why: z.string() });
const UnitWordRow = z.object({ unit: z.string().min(1), next: z.string().min(1), why: z.string() });
/** a measure word that counts only beside one of its words (视频监控480路; 28路公交 is a route's number) */
const UnitContextRow = z.object({ unit: z.string().min(1), near: z.string().min(1), why: z.string() });
const SubjectWordRow = z.object({ word: z.string().min(1), kind: z.enum(['verb', 'determiner', 'break', 'compound', 'tail', 'predicate']), example: z.string() });

export type UnitDef = z.infer<typeof UnitRow>;
export type QualifierDef = z.infer<typeof QualifierRow>;

export interface Grammar {
	units: Map<string, UnitDef>;
	before: Map<string, QualifierDef>;
	inside: Map<string, QualifierDef>;
	after: Map<string, QualifierDef>;
	rates: { marker: string; per: Per }[];
	perOf: Map<string, Per>;
	vague: string[];
	/** one regex for a whole quantity: qualifier, numeral(s), magnitude, unit, trailing qualifier */
	quantity: RegExp;
	/** 1 for every UTF-16 code a quantity's first numeral can start with; a quantity starts at most maxBefore characters earlier */
	numeralStart: Uint8Array;
	maxBefore: number;
	rateMarker: RegExp;
	/** 一个月的租金, 一年的收入 …: a period's flow, a rate although the period itself is a quantity before it */
	periodRate: RegExp | null;
	/** 1 for every first character of a periodRate marker: most clauses have none, and skip the regex */
	periodRateStart: Uint8Array;
	vagueWord: RegExp;
	/** verbs that end a counted noun phrase (75名残疾人|解决…) or start one (发放|慰问金3万元) */
	subjectVerb: RegExp;
	/** words before a noun that are not part of its name (各种补贴资金 → 补贴资金) */
	subjectDeterminer: RegExp;
	/** verbs that, right after a counted noun, start what it does (3600名选手|参赛, 31个行政村|受灾) */
	subjectPredicate: RegExp;
	/** adverbs, modals and rate words after a noun, before its number, that are not part of its name (参保率已|76%, 老人每人每月|100元) */
	subjectTail: RegExp;
	/** adverbs, prepositions and motion verbs that end the noun after a measure word (12名年轻干部|到村任职) */
	subjectBreak: RegExp;
	/** nouns that hold a break word (在建项目, 帮扶对象, 餐饮从业人员): no break inside them */
	subjectCompound: RegExp;
	/** words right before a number that make it something the spec does not count (时速120公里 is a speed) */
	notQuantityBefore: RegExp;
	/** by measure word, what may follow it to make a word of its own (3基地, 8路公交): then the figure is no count */
	unitWordNext: Map<string, RegExp>;
	/** by measure word, the words one of which must stand in its clause for it to count (监控 for 路) */
	unitNear: Map<string, RegExp>;
}

/** 1 for each of the characters, indexed by UTF-16 code: a per-character test costs one array read. */
export const codeTable = (chars: string) => {
	const t = new Uint8Array(65536);
	for (const c of chars) t[c.charCodeAt(0)] = 1;
	return t;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest alternatives first, so 人次 wins over 人 and 平方公里 over 公里. */
const alternation = (words: Iterable<string>) =>
	[...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');

function unique<T>(rows: T[], key: (r: T) => string, name: string): Map<string, T> {
	const m = new Map<string, T>();
	for (const r of rows) {
		const k = key(r);
		if (m.has(k)) throw new Error(`${name}: duplicate entry ${k}`);
		m.set(k, r);
	}
	return m;
}

export function buildGrammar(tables: {
	units: UnitDef[];
	qualifiers: QualifierDef[];
	rates: z.infer<typeof RateRow>[];
	ratePeriods?: z.infer<typeof RatePeriodRow>[];
	rateFlows?: z.infer<typeof RateFlowRow>[];
	vague: z.infer<typeof VagueRow>[];
	subjectWords: z.infer<typeof SubjectWordRow>[];
	contexts: z.infer<typeof ContextRow>[];
	unitWords?: z.infer<typeof UnitWordRow>[];
	unitContexts?: z.infer<typeof UnitContextRow>[];
}): Grammar {
	const units = unique(tables.units, (u) => u.surface, 'units');
	const byPos = (p: QualifierDef['position']) =>
		unique(tables.qualifiers.filter((q) => q.position === p), (q) => q.word, `qualifiers (${p})`);
	const before = byPos('before');
	const inside = byPos('inside');
	const after = byPos('after');
	// Every repetition is bounded, longer than any real figure: unbounded, a page with a long run of digits or
	// numerals (a table dump, a code) made each search quadratic in the run, and 300,000 digits took hours. A run
	// longer than the bound is still no fact: a match inside it starts after a digit, which readMatch rejects.
	const cn = `[${CHINESE_NUMERAL_CHARS}]{1,24}`;
	/** measure words of animals and things that a count of mixed kinds lists in brackets (头(只、匹), 台(套)) */
	const MIXED_COUNT = '只匹头口羽尾峰个件台套辆株棵座栋间张';
	// 1,200 | 543.55 | １２３．５ ; thousands separators only in groups of three
	const arabic = String.raw`[0-9０-９]{1,16}(?:,[0-9]{3}(?![0-9])){0,5}(?:[.．][0-9０-９]{1,12})?`;
	const insideAlt = alternation(inside.keys());
	// 30余万, 三十多万: 余/多 may stand before the magnitude as well as after it
	// 3万5千: Arabic digits may go on between magnitudes, as Chinese digits do in 三万五千
	// 一点五万, 百分之九十一点六: a Chinese decimal, its digits read one by one after 点 (only before 万/亿 in a plain
	// figure: 三点 alone is a time of day)
	const cnDecimal = `[${CHINESE_NUMERAL_CHARS}]{1,12}点[零〇一二三四五六七八九]{1,6}`;
	const numeral = `(?:${arabic}(?:${insideAlt})?(?:[ \u3000\u00a0]?[十百千万亿]{1,4}(?:[0-9０-９]{1,4}[十百千万亿]{1,4}){0,4})?|${cnDecimal}[万亿]|${cn}(?:(?:${insideAlt})[万亿])?)`;
	const range = `(?:[至到~～\\-—－]|——)`;
	// 百分之二十 is a percent with the unit in front
	const pct = `百分之(?<pctnum>${arabic}|${cnDecimal}|${cn})`;
	// 三分之一, 4分之3: a share written as a fraction, read as a percent
	const frac = `(?<fracden>[0-9０-９]{1,4}|[一二两三四五六七八九十千]{1,3})分之(?<fracnum>[0-9０-９]{1,4}|[一二两三四五六七八九十]{1,3})`;
	const quantity = new RegExp(
		`(?<before>${alternation(before.keys())})?` +
			// a typeset space may stand between the number and its unit (12 人, 543.55 万元)
			`(?:${pct}|${frac}|(?<num>${numeral})(?:${range}(?<num2>${numeral}))?(?<inside>${insideAlt})?[ \u3000\u00a0]?(?<unit>${alternation(units.keys())}))` +
			// 48万头(只、匹)以内: the other measure words of a mixed count, bracketed, before a qualifier after them
			// (35.6万头(只)次: times of a mixed count, 头次)
			`(?:[(（][${MIXED_COUNT}](?:[、,，][${MIXED_COUNT}]){0,4}[)）](?<mixedTimes>次)?)?` +
			`(?<after>${alternation(after.keys())})?`,
		'gu'
	);
	// a marker that starts with one period (一天要, 一个月能) holds a quantity of its own, as 一个月的租金 does
	const startsWithPeriod = (m: string) => /^一(?:天|日|周|个星期|个月|月|年)/u.test(m);
	// (年处理 also stands as 年可处理, what a plant can do in a year: the same rate)
	const rates = tables.rates
		.filter((r) => !startsWithPeriod(r.marker))
		.flatMap((r) => [r, ...(/^[年月日周][^均可]/u.test(r.marker) ? [{ ...r, marker: r.marker[0] + '可' + r.marker.slice(1) }] : [])])
		.map((r) => ({ marker: r.marker, per: r.per }));
	// one period's flow (一个月的租金): the period is a quantity of its own (一个月), so these are looked for across it
	const periodRates = [
		...(tables.ratePeriods ?? []).flatMap((p) => (tables.rateFlows ?? []).map((f) => ({ marker: p.period + f.noun, per: p.per }))),
		...tables.rates.filter((r) => startsWithPeriod(r.marker)).map((r) => ({ marker: r.marker, per: r.per }))
	];
	return {
		units,
		before,
		inside,
		after,
		rates,
		perOf: new Map([...rates, ...periodRates].map((r) => [r.marker, r.per])),
		periodRate: periodRates.length ? new RegExp(alternation(periodRates.map((r) => r.marker)), 'gu') : null,
		periodRateStart: codeTable(periodRates.map((r) => r.marker[0]).join('')),
		vague: tables.vague.map((v) => v.phrase),
		quantity,
		numeralStart: codeTable(`0123456789０１２３４５６７８９${CHINESE_NUMERAL_CHARS}百`),
		maxBefore: Math.max(0, ...[...before.keys()].map((w) => w.length)),
		rateMarker: new RegExp(alternation(rates.map((r) => r.marker)), 'gu'),
		vagueWord: new RegExp(alternation(tables.vague.map((v) => v.phrase)), 'gu'),
		subjectVerb: new RegExp(alternation(tables.subjectWords.filter((w) => w.kind === 'verb').map((w) => w.word)), 'gu'),
		subjectDeterminer: new RegExp(`^(?:${alternation(tables.subjectWords.filter((w) => w.kind === 'determiner').map((w) => w.word))})+`, 'u'),
		subjectTail: new RegExp(`(?:${alternation(tables.subjectWords.filter((w) => w.kind === 'tail').map((w) => w.word))})+$`, 'u'),
		subjectPredicate: wordsRegExp(tables.subjectWords, 'predicate', 'gu'),
		subjectBreak: wordsRegExp(tables.subjectWords, 'break', 'gu'),
		subjectCompound: wordsRegExp(tables.subjectWords, 'compound', 'gu'),
		unitWordNext: new Map(
			[...new Set((tables.unitWords ?? []).map((w) => w.unit))].map((u) => [
				u,
				new RegExp(`^(?:${alternation(tables.unitWords!.filter((w) => w.unit === u).map((w) => w.next))})`, 'u')
			])
		),
		unitNear: new Map(
			[...new Set((tables.unitContexts ?? []).map((w) => w.unit))].map((u) => [u, new RegExp(alternation(tables.unitContexts!.filter((w) => w.unit === u).map((w) => w.near)), 'u')])
		),
		notQuantityBefore: new RegExp(`(?:${alternation(tables.contexts.map((c) => c.before))})(?:为|达|约|达到)?$`, 'u')
	};
}

/** an alternation of the subject words of one kind; one that never matches when the table has none */
function wordsRegExp(words: z.infer<typeof SubjectWordRow>[], kind: z.infer<typeof SubjectWordRow>['kind'], flags: string): RegExp {
	const ws = words.filter((w) => w.kind === kind).map((w) => w.word);
	return ws.length ? new RegExp(alternation(ws), flags) : /(?!)/u;
}

const cache = new Map<string, Grammar>();
export function loadGrammar(dataDir = DATA_DIR): Grammar {
	let g = cache.get(dataDir);
	if (!g) {
		g = buildGrammar({
			units: readTable('units.csv', UnitRow, dataDir),
			qualifiers: readTable('qualifiers.csv', QualifierRow, dataDir),
			rates: readTable('rate_markers.csv', RateRow, dataDir),
			ratePeriods: readTable('rate_periods.csv', RatePeriodRow, dataDir),
			rateFlows: readTable('rate_flows.csv', RateFlowRow, dataDir),
			vague: readTable('vague_words.csv', VagueRow, dataDir),
			subjectWords: readTable('subject_words.csv', SubjectWordRow, dataDir),
			contexts: readTable('not_quantity_context.csv', ContextRow, dataDir),
			unitWords: readTable('unit_words.csv', UnitWordRow, dataDir),
			unitContexts: readTable('unit_contexts.csv', UnitContextRow, dataDir)
		});
		cache.set(dataDir, g);
	}
	return g;
}
