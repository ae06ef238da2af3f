// Shows values the way the press does (万元/亿元, 吨, 万平方米…) with ≥/≈/≤ marks; pure so server, browser and tests agree.
import type { Lang } from './i18n';

export type ApproxKind = 'exact' | 'at_least' | 'approx' | 'at_most';

export const APPROX_MARK: Record<ApproxKind, string> = { exact: '', at_least: '≥', approx: '≈', at_most: '≤' };

/**
 * The qualifier of a sum: ≥ only if every inexact part is a lower bound, ≤ likewise,
 * anything else inexact is ≈.
 */
export function combineApprox(c: { n_at_least?: number; n_approx?: number; n_at_most?: number }): ApproxKind {
	const least = c.n_at_least ?? 0;
	const around = c.n_approx ?? 0;
	const most = c.n_at_most ?? 0;
	if (around > 0 || (least > 0 && most > 0)) return 'approx';
	if (least > 0) return 'at_least';
	if (most > 0) return 'at_most';
	return 'exact';
}

interface Scale {
	factor: number;
	/** the display unit's label in the reader's language */
	label: string;
	/** smallest value shown in this scale, when it is not the factor itself */
	min?: number;
}

/** Chinese display units per canonical unit, largest first; the first whose factor fits the value is used. */
const SCALES: Record<string, Scale[]> = {
	yuan: [
		{ factor: 1e8, label: '亿元' },
		{ factor: 1e4, label: '万元' },
		{ factor: 1, label: '元' }
	],
	person: [
		{ factor: 1e4, label: '万人' },
		{ factor: 1, label: '人' }
	],
	person_time: [
		{ factor: 1e4, label: '万人次' },
		{ factor: 1, label: '人次' }
	],
	household: [
		{ factor: 1e4, label: '万户' },
		{ factor: 1, label: '户' }
	],
	kg: [
		{ factor: 1e7, label: '万吨' },
		{ factor: 1000, label: '吨' },
		{ factor: 1, label: '公斤' }
	],
	m2: [
		// the press writes project areas in 万平方米 up to 100 km²
		{ factor: 1e6, label: '平方公里', min: 1e8 },
		{ factor: 1e4, label: '万平方米' },
		{ factor: 1, label: '平方米' }
	],
	m3: [
		{ factor: 1e4, label: '万立方米' },
		{ factor: 1, label: '立方米' }
	],
	m: [
		{ factor: 1000, label: '公里' },
		{ factor: 1, label: '米' }
	],
	flight: [{ factor: 1, label: '架次' }],
	percent: [{ factor: 1, label: '%' }],
	day: [{ factor: 1, label: '天' }],
	year: [{ factor: 1, label: '岁' }]
};

/** English readers count in thousands and millions; labels carry their own spacing ("131M yuan", "880 m"). */
const EN_SCALES: Record<string, [number, string][]> = {
	yuan: [[1e9, 'B yuan'], [1e6, 'M yuan'], [1e3, 'k yuan'], [1, ' yuan']],
	person: [[1e6, 'M people'], [1e3, 'k people'], [1, ' people']],
	person_time: [[1e6, 'M person-times'], [1e3, 'k person-times'], [1, ' person-times']],
	household: [[1e3, 'k households'], [1, ' households']],
	kg: [[1e6, ' kt'], [1e3, ' t'], [1, ' kg']],
	m2: [[1e6, ' km²'], [1, ' m²']],
	m3: [[1e6, 'M m³'], [1e3, 'k m³'], [1, ' m³']],
	m: [[1e3, ' km'], [1, ' m']],
	flight: [[1, ' flights']],
	percent: [[1, '%']],
	day: [[1, ' days']],
	year: [[1, ' years']]
};

export function scaleFor(unit: string, magnitude: number, lang: Lang = 'zh'): Scale {
	if (lang === 'en') {
		const en = EN_SCALES[unit] ?? [[1, ` ${unit}`]];
		const abs = Math.abs(magnitude);
		const [factor, label] = en.find(([f]) => abs >= f) ?? en[en.length - 1];
		return { factor, label };
	}
	const scales = SCALES[unit];
	if (!scales) return { factor: 1, label: unit };
	const abs = Math.abs(magnitude);
	for (const s of scales) {
		if (abs >= (s.min ?? s.factor)) return s;
	}
	return scales[scales.length - 1];
}

/** Up to 2 decimals as the press writes them (543.55万元), trailing zeros dropped, thousands grouped. */
export function formatNumber(n: number, lang: Lang = 'zh'): string {
	return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 }).format(n);
}

const PER_LABEL: Record<string, [string, string]> = {
	person: ['人', 'person'],
	household: ['户', 'household'],
	day: ['天', 'day'],
	week: ['周', 'week'],
	month: ['月', 'month'],
	year: ['年', 'year'],
	village: ['村', 'village']
};

/** "≥543.55万元", "≈30吨", "500元/人"; count facts keep their measure word ("21个"). */
export function formatValue(
	value: number,
	unit: string,
	opts: { approx?: ApproxKind | string | null; per?: string | null; lang?: Lang } = {}
): string {
	const lang = opts.lang ?? 'zh';
	const scale = scaleFor(unit, value, lang);
	const mark = APPROX_MARK[(opts.approx ?? 'exact') as ApproxKind] ?? '';
	let text = `${mark}${formatNumber(value / scale.factor, lang)}${scale.label}`;
	if (opts.per) {
		const per = PER_LABEL[opts.per];
		text += per ? `/${lang === 'en' ? per[1] : per[0]}` : `/${opts.per}`;
	}
	return text;
}

/** The display scale for a whole chart axis, so bars compare in one unit (万元 for every district). */
export function axisScale(unit: string, values: number[], lang: Lang = 'zh'): { factor: number; label: string } {
	const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
	const s = scaleFor(unit, max, lang);
	return { factor: s.factor, label: s.label.trim() };
}
