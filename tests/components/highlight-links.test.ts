// Highlighting facts in the printed article, and link helpers that change one parameter at a time.
import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/lib/highlight';
import { barFactsHref, chartCsvHref, factHref, hrefWith, withParam, withoutParam } from '../../src/lib/links';

describe('highlightSegments', () => {
	const text = '建成8个站21个点，投入30吨。';
	it('splits plain and fact runs that rebuild the text', () => {
		const facts = [
			{ fact_id: 'a', article_start: 2, article_end: 4 },
			{ fact_id: 'b', article_start: 5, article_end: 8 },
			{ fact_id: 'c', article_start: 12, article_end: 15 }
		];
		const segs = highlightSegments(text, facts);
		expect(segs.map((s) => s.text).join('')).toBe(text);
		expect(segs.filter((s) => s.facts.length).map((s) => s.text)).toEqual(['8个', '21个', '30吨']);
	});
	it('merges overlapping facts into one highlight that carries both', () => {
		const segs = highlightSegments(text, [
			{ fact_id: 'a', article_start: 2, article_end: 5 },
			{ fact_id: 'b', article_start: 4, article_end: 8 }
		]);
		const marked = segs.filter((s) => s.facts.length);
		expect(marked).toHaveLength(1);
		expect(marked[0].text).toBe('8个站21个');
		expect(marked[0].facts.map((f) => f.fact_id)).toEqual(['a', 'b']);
	});
	it('ignores offsets outside the text', () => {
		expect(highlightSegments('abc', [{ fact_id: 'x', article_start: 2, article_end: 9 }])).toEqual([{ text: 'abc', facts: [] }]);
	});
});

describe('links', () => {
	const url = new URL('http://x/facts?district=城关区&_page=3&_sort=value');
	it('sets one parameter and goes back to page 1', () => {
		expect(decodeURIComponent(withParam(url, 'theme', '民生保障'))).toBe('/facts?district=城关区&_sort=value&theme=民生保障');
	});
	it('keeps the page when paging, swaps sort direction', () => {
		expect(withParam(url, '_page', 4)).toContain('_page=4');
		expect(withParam(url, '_sort_desc', 'value')).not.toContain('_sort=');
	});
	it('removes one parameter', () => {
		expect(withoutParam(url, 'district')).toBe('/facts?_sort=value');
	});
	it('builds hrefs without empty values', () => {
		expect(hrefWith('/facts', { a: '', b: undefined, c: 1 })).toBe('/facts?c=1');
	});
	it('number links point at the fact anchor', () => {
		expect(factHref({ article_id: 'a 1', fact_id: 'F1' })).toBe('/articles/a%201#fact-F1');
	});
	it('a bar links to exactly the facts its total adds up; its CSV uses the same parameters', () => {
		const chart = { by: 'district' as const, dimension: 'money', unit: 'yuan', filters: { theme: '民生保障' }, limit: 10 };
		const href = new URL('http://x' + barFactsHref(chart, '城关区')!);
		expect(Object.fromEntries(href.searchParams)).toEqual({
			theme: '民生保障', district: '城关区', dimension: 'money', unit: 'yuan', per: 'total', dup: 'exclude', _sort_desc: 'value'
		});
		expect(barFactsHref(chart, null)).toBeUndefined();
		expect(decodeURIComponent(chartCsvHref(chart))).toBe('/totals.csv?theme=民生保障&by=district&dimension=money&unit=yuan&_limit=10');
	});
});
