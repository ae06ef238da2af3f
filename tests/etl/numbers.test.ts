// The number parser on every form the press writes: Arabic, full-width, separators, Chinese numerals, 万/亿 mixtures.
import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseChineseInteger, toHalfWidth } from '../../etl/numbers.ts';

describe('parseChineseNumber', () => {
	const cases: [string, number | null][] = [
		['0', 0],
		['42', 42],
		['3.14', 3.14],
		['1,200', 1200],
		['12,345,678', 12345678],
		['１２３．５', 123.5],
		['3.4万', 34000],
		['1.31亿', 131000000],
		['3510.337亿', 351033700000],
		['543.55万', 5435500],
		['55694万', 556940000],
		['2千', 2000],
		['十', 10],
		['十二', 12],
		['二十三', 23],
		['一百零五', 105],
		['两千', 2000],
		['两千五', 2500],
		['三万五千', 35000],
		['一万二', 12000],
		['五十六万七千', 567000],
		['一千零一', 1001],
		['一亿三百二十二', 100000322],
		['二〇二三', 2023],
		['壹佰', 100],
		['千', 1000],
		['九十一点六', 91.6],
		['一点五万', 15000],
		['三点', null],
		['十四五', null],
		['三抓', null],
		['', null]
	];
	for (const [s, v] of cases) it(`${s} → ${v}`, () => expect(parseChineseNumber(s)).toBe(v));

	it('has no floating-point noise after scaling', () => {
		expect(parseChineseNumber('49.76万')).toBe(497600);
		expect(parseChineseNumber('0.07亿')).toBe(7000000);
	});
	it('parses integers only in parseChineseInteger', () => expect(parseChineseInteger('3.4')).toBeNull());
	it('reads Arabic digits between magnitudes as Chinese digits', () => {
		expect(parseChineseNumber('3万5千')).toBe(35000);
		expect(parseChineseNumber('１万２千')).toBe(12000);
		expect(parseChineseNumber('12万3千4百')).toBe(123400);
		expect(parseChineseNumber('2亿3千万')).toBe(230000000);
		expect(parseChineseNumber('3万5')).toBe(35000); // as 三万五
		expect(parseChineseNumber('3万4')).toBe(34000);
		expect(parseChineseNumber('35万4千3')).toBe(354300);
	});
	it('keeps lengths when folding full-width forms', () => {
		const s = '共计１２３．５公斤，８８％';
		expect(toHalfWidth(s)).toHaveLength(s.length);
		expect(toHalfWidth(s)).toBe('共计123.5公斤,88%');
	});
});
