// Writes numbers the ways Lhasa newspapers print them: Arabic, full-width, Chinese numerals, with 万/亿 magnitudes.

const DIGITS = '零一二三四五六七八九';

/** Chinese numerals for an integer in [0, 1e8): 35000 → 三万五千, 105 → 一百零五, 15 → 十五. */
export function chineseInteger(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n >= 1e8) throw new Error(`chineseInteger: ${n}`);
	if (n === 0) return '零';
	const below10k = (x: number, leadingZero: boolean): string => {
		const parts = [Math.floor(x / 1000), Math.floor(x / 100) % 10, Math.floor(x / 10) % 10, x % 10];
		const marks = ['千', '百', '十', ''];
		let s = '';
		let zero = false;
		let started = leadingZero;
		parts.forEach((d, i) => {
			if (d === 0) {
				if (started) zero = true;
				return;
			}
			if (zero) s += '零';
			zero = false;
			started = true;
			s += DIGITS[d] + marks[i];
		});
		return s;
	};
	const hi = Math.floor(n / 10000);
	const lo = n % 10000;
	let s = hi ? below10k(hi, false) + '万' : '';
	if (lo) s += (hi && lo < 1000 ? '零' : '') + below10k(lo, false);
	// 一十五 → 十五 at the start
	return s.replace(/^一十/u, '十');
}

export const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/\./g, '．');

/** A decimal without trailing zeros: 3.40 → 3.4. */
export function decimal(x: number, places: number): string {
	return x.toFixed(places).replace(/\.?0+$/u, '');
}
