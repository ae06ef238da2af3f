// The scorer: a labeller's accepted readings, given as a list, agree with any one of them, "no body" among them.
import { describe, expect, it } from 'vitest';
import { GoldFact, score, type Extracted } from '../../etl/score.ts';

const gold = (over: Record<string, unknown>) =>
	GoldFact.parse({
		file: 'a.txt', quote: '10万', value: 100000, dimension: 'money', unit: 'yuan', approx: 'exact', per: null,
		district: '拉萨市', agency: '市财政局', theme: '经济产业', optional: false, ...over
	});
const got = (over: Partial<Extracted>): Extracted => ({
	file: 'a.txt', quote: '10万', value: 100000, dimension: 'money', unit: 'yuan', approx: 'at_least', per: 'person',
	district: '拉萨市', agency: null, theme: '经济产业', ...over
});

describe('score', () => {
	it('accepts any listed reading of approx, per, unit and agency, null included', () => {
		const s = score([gold({ approx: ['exact', 'at_least'], per: ['person', 'month'], unit: ['工日', '个'], agency: ['加入村', null] })], [got({ unit: '个' })]);
		expect(s.agreement).toEqual({ unit: 1, approx: 1, per: 1, district: 1, agency: 1, theme: 1 });
	});
	it('still disagrees when the reading is not among them', () => {
		const s = score([gold({ approx: ['exact', 'at_most'], per: ['month'], agency: ['加入村'] })], [got({})]);
		expect(s.disagreements.map((d) => d.attr).sort()).toEqual(['agency', 'approx', 'per']);
	});
	it('rejects a reading outside the spec', () => {
		expect(() => gold({ per: 'm3' })).toThrow();
	});
});
