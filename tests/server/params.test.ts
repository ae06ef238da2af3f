// Every parameter through the one zod module: good values parse, bad ones are a 400 with a message in both languages.
import { describe, expect, it } from 'vitest';
import { DistrictsQuery, FactQuery, parseSearchParams, ParamError, TotalsQuery } from '../../src/lib/params';

const parse = (qs: string) => parseSearchParams(FactQuery, new URLSearchParams(qs));

function rejects(qs: string, pattern: RegExp) {
	try {
		parse(qs);
	} catch (e) {
		expect(e).toBeInstanceOf(ParamError);
		expect((e as ParamError).status).toBe(400);
		expect((e as ParamError).message).toMatch(pattern);
		return;
	}
	throw new Error(`${qs} was accepted`);
}

describe('FactQuery', () => {
	it('defaults', () => expect(parse('')).toEqual({ _size: 50, _page: 1 }));
	it('reads filters, sort and paging; empty fields are absent', () => {
		expect(parse('district=城关区&dimension=money&per=rate&_sort_desc=value&_size=20&_page=2&agency=')).toEqual({
			district: '城关区', dimension: 'money', per: 'rate', _sort_desc: 'value', _size: 20, _page: 2
		});
	});
	it('both _sort and _sort_desc is a 400', () => rejects('_sort=value&_sort_desc=value', /_sort 和 _sort_desc.*_sort and _sort_desc/));
	it('sort only on whitelisted columns', () => rejects('_sort=value;DROP TABLE facts', /_sort/));
	it('page size is capped', () => rejects('_size=501', /_size.*1 到 500/));
	it('page must be a positive integer', () => rejects('_page=0', /_page/));
	it('NaN never gets through', () => rejects('_size=abc', /abc/));
	it('unknown dimension', () => rejects('dimension=gold', /dimension/));
	it('unknown parameter', () => rejects('colour=red', /未知参数：colour.*unknown parameter: colour/));
	it('repeated parameter', () => rejects('theme=a&theme=b', /重复/));
	it('search text is bounded', () => rejects(`q=${'x'.repeat(101)}`, /q/));
});

describe('other schemas', () => {
	it('totals group key from a whitelist', () => {
		expect(parseSearchParams(TotalsQuery, new URLSearchParams('by=agency&_limit=5'))).toEqual({ by: 'agency', _limit: 5 });
		expect(() => parseSearchParams(TotalsQuery, new URLSearchParams('by=sentence'))).toThrow(ParamError);
	});
	it('districts chart only for summable dimensions', () => {
		expect(parseSearchParams(DistrictsQuery, new URLSearchParams(''))).toEqual({ dimension: 'money' });
		expect(() => parseSearchParams(DistrictsQuery, new URLSearchParams('dimension=percent'))).toThrow(ParamError);
	});
});
