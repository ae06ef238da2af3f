// The press's way of writing numbers: 万元/亿元, 吨, 万平方米, and ≥/≈/≤ on values and sums.
import { describe, expect, it } from 'vitest';
import { axisScale, combineApprox, formatValue } from '../../src/lib/format';

describe('formatValue', () => {
	it.each([
		[5435500, 'yuan', {}, '543.55万元'],
		[131000000, 'yuan', {}, '1.31亿元'],
		[500, 'yuan', { per: 'person' }, '500元/人'],
		[34000, 'person', {}, '3.4万人'],
		[2600, 'person_time', { approx: 'at_least' }, '≥2,600人次'],
		[30000, 'kg', { approx: 'approx' }, '≈30吨'],
		[38744.6, 'kg', {}, '38.74吨'],
		[500, 'kg', {}, '500公斤'],
		[28700, 'm2', {}, '2.87万平方米'],
		[1610000, 'm3', {}, '161万立方米'],
		[1000, 'count', { approx: 'at_most' }, '≤1,000count'],
		[1000, '个', { approx: 'at_most' }, '≤1,000个'],
		[45, 'percent', {}, '45%'],
		[880, 'm', {}, '880米'],
		[12000, 'm', {}, '12公里']
	] as const)('%s %s → %s', (value, unit, opts, expected) => {
		expect(formatValue(value, unit, opts)).toBe(expected);
	});

	it('English keeps the number and says the unit', () => {
		expect(formatValue(131000000, 'yuan', { lang: 'en' })).toBe('131M yuan');
		expect(formatValue(30000, 'kg', { lang: 'en', approx: 'approx' })).toBe('≈30 t');
		expect(formatValue(12, 'person', { lang: 'en', per: 'household' })).toBe('12 people/household');
	});
});

describe('combineApprox', () => {
	it('exact when every part is exact', () => expect(combineApprox({})).toBe('exact'));
	it('≥ when the only inexact parts are lower bounds', () => expect(combineApprox({ n_at_least: 2 })).toBe('at_least'));
	it('≤ when the only inexact parts are upper bounds', () => expect(combineApprox({ n_at_most: 1 })).toBe('at_most'));
	it('≈ when bounds pull both ways or any part is approximate', () => {
		expect(combineApprox({ n_at_least: 1, n_at_most: 1 })).toBe('approx');
		expect(combineApprox({ n_approx: 1, n_at_least: 3 })).toBe('approx');
	});
});

describe('axisScale', () => {
	it('picks one display unit for a whole axis from its largest value', () => {
		expect(axisScale('yuan', [5435500, 131000000])).toEqual({ factor: 1e8, label: '亿元' });
		expect(axisScale('yuan', [5000, 90000])).toEqual({ factor: 1e4, label: '万元' });
		expect(axisScale('个', [3, 9])).toEqual({ factor: 1, label: '个' });
	});
});
