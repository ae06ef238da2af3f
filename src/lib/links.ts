// Link builders: add or remove one query parameter, never string concatenation; every number links to its sentence.
import type { FactFilters, GroupKey } from './params';

type ParamValue = string | number | null | undefined;

/** path?query from an object, dropping empty values, keys in a stable order. */
export function hrefWith(path: string, params: Record<string, ParamValue>): string {
	const search = new URLSearchParams();
	for (const [k, v] of Object.entries(params)) {
		if (v === undefined || v === null || v === '') continue;
		search.set(k, String(v));
	}
	const qs = search.toString();
	return qs ? `${path}?${qs}` : path;
}

/** The current URL with one parameter set; changing a filter goes back to page 1. */
export function withParam(url: URL, key: string, value: ParamValue): string {
	const search = new URLSearchParams(url.search);
	if (value === undefined || value === null || value === '') search.delete(key);
	else search.set(key, String(value));
	if (key !== '_page') search.delete('_page');
	// one sort direction at a time
	if (key === '_sort') search.delete('_sort_desc');
	if (key === '_sort_desc') search.delete('_sort');
	const qs = search.toString();
	return qs ? `${url.pathname}?${qs}` : url.pathname;
}

export function withoutParam(url: URL, key: string): string {
	return withParam(url, key, null);
}

/** The same query on a sibling path (the page's .csv twin). */
export function twinHref(url: URL, path: string, drop: string[] = []): string {
	const search = new URLSearchParams(url.search);
	for (const k of drop) search.delete(k);
	const qs = search.toString();
	return qs ? `${path}?${qs}` : path;
}

export function factHref(f: { article_id: string; fact_id: string }): string {
	return `/articles/${encodeURIComponent(f.article_id)}#fact-${encodeURIComponent(f.fact_id)}`;
}

export const placeHref = (name: string) => `/districts/${encodeURIComponent(name)}`;
export const agencyHref = (name: string) => `/agencies/${encodeURIComponent(name)}`;
export const themeHref = (name: string) => `/themes/${encodeURIComponent(name)}`;

export function entityHref(by: GroupKey, key: string): string | undefined {
	if (by === 'district' || by === 'place') return placeHref(key);
	if (by === 'agency') return agencyHref(key);
	if (by === 'theme') return themeHref(key);
	return undefined;
}

export interface ChartRef {
	by: GroupKey;
	dimension: string;
	unit: string;
	filters: FactFilters;
	limit?: number;
}

/** A chart's CSV: the same totals query with the same parameters. */
export function chartCsvHref(c: ChartRef): string {
	return hrefWith('/totals.csv', { ...c.filters, by: c.by, dimension: c.dimension, unit: c.unit, _limit: c.limit });
}

/** The facts behind one bar: exactly the ones its total adds up (totals only, repeats once). */
export function barFactsHref(c: ChartRef, key: string | null): string | undefined {
	if (key === null) return undefined;
	const keyParam = c.by === 'place' ? 'district' : c.by;
	return hrefWith('/facts', {
		...c.filters,
		[keyParam]: key,
		dimension: c.dimension,
		unit: c.unit,
		per: 'total',
		dup: 'exclude',
		_sort_desc: 'value'
	});
}
