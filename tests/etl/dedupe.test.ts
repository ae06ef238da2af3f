// Duplicate linking: one canonical fact per figure reported twice, and distinct figures that happen to be equal kept apart.
import { describe, expect, it } from 'vitest';
import { linkDuplicates, similarSubjects, type DedupeFact } from '../../etl/dedupe.ts';

let n = 0;
const fact = (over: Partial<DedupeFact>): DedupeFact => {
	const id = `f${n++}`;
	return {
		fact_id: id, canonical_id: id, file: 'a.txt', article_id: 'A', start: n * 10, dimension: 'money', unit: 'yuan', value: 2000000,
		per: null, district: '城关区', agency: '城关区', subject: '专项基金', quote: '200万元', sentence: 's', optional: false, in_headline: false,
		...over
	};
};

describe('linkDuplicates', () => {
	it('links the same figure reported by two articles to the earlier one', () => {
		const a = fact({ file: 'a.txt', article_id: 'A' });
		const b = fact({ file: 'b.txt', article_id: 'B', subject: '设立专项基金' });
		linkDuplicates([b, a]);
		expect(b.canonical_id).toBe(a.fact_id);
		expect(a.canonical_id).toBe(a.fact_id);
	});
	it('links a headline figure to its restatement in the body', () => {
		const head = fact({ in_headline: true, quote: '3家', subject: '实训基地', dimension: 'count', unit: '家', value: 3 });
		const body = fact({ quote: '3家', subject: '产业工人实训基地', dimension: 'count', unit: '家', value: 3 });
		linkDuplicates([head, body]);
		expect(body.canonical_id).toBe(head.fact_id);
	});
	it('keeps two equal counts of different things in one article apart', () => {
		const x = fact({ subject: '履行责任', quote: '6项', dimension: 'count', unit: '项', value: 6 });
		const y = fact({ subject: '履行责任', quote: '6项', dimension: 'count', unit: '项', value: 6 });
		linkDuplicates([x, y]);
		expect(y.canonical_id).toBe(y.fact_id);
	});
	it('never links across districts, agencies, units or rate bases', () => {
		const base = fact({ file: 'a.txt', article_id: 'A' });
		const others = [
			fact({ file: 'b.txt', article_id: 'B', district: '达孜区' }),
			fact({ file: 'c.txt', article_id: 'C', agency: '市残联' }),
			fact({ file: 'd.txt', article_id: 'D', per: 'year' })
		];
		linkDuplicates([base, ...others]);
		for (const o of others) expect(o.canonical_id).toBe(o.fact_id);
	});
	it('compares subjects loosely', () => {
		expect(similarSubjects('补贴资金', '各种补贴资金')).toBe(true);
		expect(similarSubjects('垃圾收集点', '垃圾转运站')).toBe(false);
		// a change names what changed, not the change: two growth rates of different things are not one fact
		expect(similarSubjects('税收同比增长', '规上工业总产值同比增长')).toBe(false);
		expect(similarSubjects('旅游收入同比增长', '全县旅游收入增长')).toBe(true);
		expect(similarSubjects(null, '补贴资金')).toBe(false);
	});
});
