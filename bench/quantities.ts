// Random quantities of every dimension of the spec, as printed text plus the value in the canonical unit the extractor must find.
import type { Approx, Dimension, Per } from '../etl/types.ts';
import type { Rng } from './prng.ts';
import { chineseInteger, decimal, toFullWidth } from './numerals.ts';

export interface Quantity {
	quote: string;
	value: number;
	dimension: Dimension;
	unit: string;
	approx: Approx;
	per: Per | null;
	/** the spec's optional shape: no Arabic digit and no magnitude character, or a duration or an age */
	optional: boolean;
}

interface UnitSpec {
	surface: string;
	dimension: Dimension;
	unit: string;
	factor: number;
	/** integer range of the printed number before any magnitude */
	lo: number;
	hi: number;
	/** decimal places allowed when printed in Arabic */
	places?: number;
	/** may take 万 (printed as 3.4万) */
	wan?: boolean;
	/** may take 亿 */
	yi?: boolean;
	/** Chinese numerals read naturally here */
	chinese?: boolean;
}

const u = (surface: string, dimension: Dimension, unit: string, factor: number, lo: number, hi: number, more: Partial<UnitSpec> = {}): UnitSpec =>
	({ surface, dimension, unit, factor, lo, hi, ...more });

/** Unit surfaces per dimension, with plausible ranges. */
export const UNITS: Record<string, UnitSpec[]> = {
	money: [u('元', 'money', 'yuan', 1, 200, 99000, { chinese: true }), u('万元', 'money', 'yuan', 1e4, 1, 9800, { places: 2 }), u('亿元', 'money', 'yuan', 1e8, 1, 60, { places: 2 })],
	people: [u('人', 'people', 'person', 1, 3, 9000, { chinese: true, wan: true }), u('名', 'people', 'person', 1, 3, 9000, { chinese: true, wan: true }), u('位', 'people', 'person', 1, 2, 300, { chinese: true })],
	person_times: [u('人次', 'person_times', 'person_time', 1, 50, 90000, { wan: true })],
	households: [u('户', 'households', 'household', 1, 5, 5000, { chinese: true })],
	weight: [u('公斤', 'weight', 'kg', 1, 50, 60000, { places: 1 }), u('吨', 'weight', 'kg', 1000, 1, 900, { places: 1, wan: true }), u('斤', 'weight', 'kg', 0.5, 100, 9000), u('千克', 'weight', 'kg', 1, 10, 900)],
	area: [u('平方米', 'area', 'm2', 1, 40, 9000, { wan: true }), u('亩', 'area', 'm2', 666.67, 10, 9000, { places: 1, chinese: true }), u('公顷', 'area', 'm2', 1e4, 2, 900, { places: 1 }), u('平方公里', 'area', 'm2', 1e6, 1, 90, { places: 2 })],
	volume: [u('立方米', 'volume', 'm3', 1, 100, 9000, { wan: true }), u('升', 'volume', 'm3', 0.001, 100, 9000)],
	length: [u('公里', 'length', 'm', 1000, 1, 400, { places: 1 }), u('米', 'length', 'm', 1, 50, 9000, { chinese: true }), u('千米', 'length', 'm', 1000, 2, 90)],
	flights: [u('架次', 'flights', 'flight', 1, 10, 9000, { wan: true }), u('班', 'flights', 'flight', 1, 2, 30)],
	percent: [u('%', 'percent', 'percent', 1, 1, 99, { places: 2 }), u('％', 'percent', 'percent', 1, 1, 99), u('个百分点', 'percent', 'percent', 1, 1, 15, { places: 1 })],
	duration: [u('天', 'duration', 'day', 1, 3, 60, { chinese: true }), u('小时', 'duration', 'day', 1 / 24, 2, 72), u('个月', 'duration', 'day', 30, 2, 11, { chinese: true }), u('年', 'duration', 'day', 365, 2, 10, { chinese: true }), u('周', 'duration', 'day', 7, 2, 8, { chinese: true })],
	age: [u('岁', 'age', 'year', 1, 18, 95, { chinese: true })]
};

/** Measure words for counts (surface → canonical measure word). */
export const COUNT_UNITS: Record<string, string> = { 场: '场次', '场(次)': '场次', 棵: '株', 批: '批次' };

const BEFORE: [string, Approx][] = [['约', 'approx'], ['大约', 'approx'], ['近', 'at_most'], ['接近', 'at_most'], ['不足', 'at_most'], ['超过', 'at_least'], ['逾', 'at_least'], ['不少于', 'at_least']];
const AFTER: [string, Approx][] = [['左右', 'approx'], ['以上', 'at_least']];

const isOptionalShape = (quote: string, dimension: Dimension) =>
	dimension === 'duration' || dimension === 'age' || !/[0-9０-９十百千万亿]/u.test(quote);

function roundTo(x: number, sig: number): number {
	return Number(x.toPrecision(sig));
}

/** One printed number of a unit: its text (without unit) and its numeric value before the unit factor. */
function printNumber(rng: Rng, s: UnitSpec): { text: string; n: number; allowInside: boolean } {
	const style = rng.next();
	if (s.surface === '亿元' || (s.places && style < 0.35)) {
		const n = Number(decimal(rng.int(s.lo, s.hi) + rng.int(0, 99) / 100, s.places ?? 2));
		const text = String(n);
		return { text: rng.chance(0.05) ? toFullWidth(text) : text, n, allowInside: Number.isInteger(n) };
	}
	if (s.wan && style < 0.55) {
		const w = Number(decimal(rng.int(1, 9) + rng.int(0, 9) / 10 + (rng.chance(0.3) ? rng.int(0, 9) / 100 : 0), 2));
		return { text: `${w}万`, n: w * 1e4, allowInside: false };
	}
	let n = rng.int(s.lo, s.hi);
	if (s.chinese && style > 0.8) {
		n = roundTo(n, rng.chance(0.5) ? 1 : 2);
		if (s.dimension === 'money' || s.dimension === 'people') n = Math.max(n, 20);
		return { text: n === 2 ? '两' : chineseInteger(n).replace(/^二(?=[千万])/u, '两'), n, allowInside: n >= 100 && n % 100 === 0 };
	}
	if (style > 0.74) n = roundTo(n, 2);
	const text = style > 0.7 && style <= 0.74 ? toFullWidth(String(n)) : n >= 1000 && style > 0.68 && style <= 0.7 ? n.toLocaleString('en-US') : String(n);
	return { text, n, allowInside: n >= 10 };
}

/** A quantity of a dimension (or a count with a given measure word), optionally qualified, with its rate basis. */
export function quantity(rng: Rng, kind: string, per: Per | null = null): Quantity {
	let spec: UnitSpec;
	if (kind.startsWith('count:')) {
		const mw = kind.slice(6);
		const big = ['株', '棵', '份', '册', '件', '张', '只', '头'].includes(mw);
		spec = u(mw, 'count', COUNT_UNITS[mw] ?? mw, 1, 2, big ? 9000 : 300, { chinese: !big, wan: big });
	} else if (kind.includes(':')) {
		const [dim, surface] = kind.split(':');
		spec = UNITS[dim].find((x) => x.surface === surface) ?? UNITS[dim][0];
	} else {
		spec = rng.pick(UNITS[kind]);
	}
	// 百分之二十 and 八成: percent written in words
	if (spec.dimension === 'percent' && !per && rng.chance(0.12)) {
		if (rng.chance(0.5)) {
			const n = rng.int(1, 9) * 10 + (rng.chance(0.5) ? rng.int(1, 9) : 0);
			return { quote: `百分之${chineseInteger(n)}`, value: n, dimension: 'percent', unit: 'percent', approx: 'exact', per, optional: false };
		}
		const n = rng.int(3, 9);
		const after = rng.chance(0.5);
		const quote = `${chineseInteger(n)}成${after ? '以上' : ''}`;
		return { quote, value: n * 10, dimension: 'percent', unit: 'percent', approx: after ? 'at_least' : 'exact', per, optional: isOptionalShape(quote, 'percent') };
	}
	const { text, n, allowInside } = printNumber(rng, spec);
	let approx: Approx = 'exact';
	let quote = text + spec.surface;
	const q = rng.next();
	if (q < 0.1 && allowInside && spec.surface !== '%' && spec.surface !== '％') {
		// 2600余人次, 30多个, 12万余元
		const word = rng.chance(0.7) ? '余' : '多';
		quote = /^[万亿]/u.test(spec.surface) ? `${text}${spec.surface[0]}${word}${spec.surface.slice(1)}` : `${text}${word}${spec.surface}`;
		approx = 'at_least';
	} else if (q < 0.2 && spec.dimension !== 'duration' && spec.dimension !== 'age') {
		const [w, a] = rng.pick(BEFORE);
		quote = w + quote;
		approx = a;
	} else if (q < 0.26 && spec.dimension !== 'duration') {
		const [w, a] = rng.pick(AFTER);
		quote = quote + w;
		approx = a;
	}
	const value = Number((n * spec.factor).toPrecision(12));
	return { quote, value, dimension: spec.dimension, unit: spec.unit, approx, per, optional: isOptionalShape(quote, spec.dimension) };
}
