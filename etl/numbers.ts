// Turns the numerals the press writes (Arabic, full-width, Chinese, mixed with 万/亿) into numbers: the one place the 万/亿 arithmetic lives.

const FULLWIDTH_DIGIT = /[０-９]/g;

/** Full-width digits, dots, commas and percent signs to their ASCII forms; lengths are unchanged so offsets survive. */
export function toHalfWidth(s: string): string {
	// most numerals are plain ASCII already: one scan, no copies
	if (!FULLWIDTH_ANY.test(s)) return s;
	return s
		.replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
		.replace(/．/g, '.')
		.replace(/，/g, ',')
		.replace(/％/g, '%');
}
const FULLWIDTH_ANY = /[０-９．，％]/u;

const DIGITS: Record<string, number> = {
	零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
	五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * Characters a Chinese numeral may contain in running text; the extractor's regexes are built from this.
 * The financial forms (壹贰叁, 伍, 拾) are parsed but not searched for: 伍 and 拾 stand in common words (队伍, 收拾).
 */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
export const MAGNITUDE_CHARS = '十百千万亿';

/**
 * Parses a Chinese numeral: 二十三 → 23, 一百零五 → 105, 两千 → 2000, 三万五千 → 35000, 十 → 10,
 * 一亿三百二十二 → 100000322, and the same with Arabic digits between the magnitudes: 3万5千 → 35000.
 * Digit-by-digit forms (二〇二三) read positionally → 2023.
 * Returns null for strings that are not a well-formed numeral (十四五 is a slogan, not 145).
 */
export function parseChineseInteger(s: string): number | null {
	if (!s) return null;
	// positional digits only, like a year 二〇二三 or a code
	if ([...s].every((c) => c in DIGITS)) {
		if (s.length === 1) return DIGITS[s];
		return Number([...s].map((c) => DIGITS[c]).join(''));
	}
	let total = 0; // completed 亿 groups and 万 groups
	let section = 0; // value below the current big unit
	let digit: number | null = null;
	let lastSmall = Infinity; // magnitudes within a section must descend
	let lastBig = Infinity;
	let sawZero = false;
	// an Arabic integer stands where a Chinese digit would (3万5千 reads as 三万五千, 12万3千 as 十二万三千)
	for (const c of s.match(/[0-9]+|[^0-9]/gu) ?? []) {
		if (c in DIGITS || (c >= '0' && c <= '9')) {
			const d = c in DIGITS ? DIGITS[c] : Number(c);
			if (digit !== null && d !== 0) return null; // two digits in a row: 十四五
			if (d === 0) {
				sawZero = true;
				continue;
			}
			digit = d;
		} else if (c in SMALL_UNITS) {
			const u = SMALL_UNITS[c];
			if (u >= lastSmall) return null;
			section += (digit ?? 1) * u;
			digit = null;
			lastSmall = u;
			sawZero = false;
		} else if (c in BIG_UNITS) {
			const u = BIG_UNITS[c];
			if (digit !== null) section += digit;
			digit = null;
			if (u >= lastBig) {
				// 万亿 style compounds multiply the whole so far
				total = (total + section) * u;
			} else {
				total += (section || 1) * u;
			}
			section = 0;
			lastSmall = Infinity;
			lastBig = u;
			sawZero = false;
		} else {
			return null;
		}
	}
	if (digit !== null) {
		// 两千五 (no 零): the bare last digit is one step below the last unit
		if (!sawZero && lastSmall !== Infinity && lastSmall >= 100) section += digit * (lastSmall / 10);
		else if (!sawZero && lastSmall === Infinity && lastBig !== Infinity && section === 0 && total > 0) section += digit * (lastBig / 10);
		else section += digit;
	}
	return total + section;
}

/** Magnitude suffixes written after Arabic numbers: 3.4万 → ×1e4, 1.31亿 → ×1e8, 3千 → ×1e3. */
export function magnitudeOf(chars: string): number | null {
	let m = 1;
	for (const c of chars) {
		const f = BIG_UNITS[c] ?? SMALL_UNITS[c];
		if (f === undefined) return null;
		m *= f;
	}
	return m;
}

/**
 * Parses any numeral the press writes, with an optional trailing magnitude: 543.55万 → 5435500,
 * １２３．５ → 123.5, 1,200 → 1200, 3510.337亿 → 351033700000, 三万五千 → 35000, 10余万 (余 removed by the caller).
 */
export function parseChineseNumber(raw: string): number | null {
	const s = toHalfWidth(raw.trim());
	if (!s) return null;
	const m = /^([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)([十百千万亿萬億]*)$/.exec(s);
	if (m) {
		const base = Number(m[1].replace(/,/g, ''));
		const mag = magnitudeOf(m[2]);
		if (!Number.isFinite(base) || mag === null) return null;
		return roundSignificant(base * mag);
	}
	// 九十一点六, 一点五万: the integer part as usual, then each digit after 点, then the magnitude
	const dot = s.indexOf('点');
	if (dot > 0) {
		const int = parseChineseInteger(s.slice(0, dot));
		const rest = /^([零〇一二三四五六七八九]+)([万亿萬億]?)$/u.exec(s.slice(dot + 1));
		const mag = rest ? magnitudeOf(rest[2]) : null;
		if (int === null || !rest || mag === null) return null;
		const frac = Number('0.' + [...rest[1]].map((c) => DIGITS[c]).join(''));
		return roundSignificant((int + frac) * mag);
	}
	return parseChineseInteger(s);
}

/** Removes binary floating-point noise from products like 543.55 × 1e4 without touching real precision. */
export function roundSignificant(x: number): number {
	if (Number.isInteger(x) && Math.abs(x) < 1e12) return x; // most figures: nothing to round, skip the string trip
	return Number.parseFloat(x.toPrecision(12));
}
