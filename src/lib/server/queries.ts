// The fact-level data functions behind the explorer, the charts and every download: one query each, shared by a page and its CSV/JSON twins.
import type { DuckDBValue } from '@duckdb/node-api';
import { ParamError, pickFilters, type FactFilters, type FactQuery, type GroupKey, type TotalsQuery } from '$lib/params';
import { combineApprox, type ApproxKind } from '$lib/format';
import { cachedPerBuild, query } from './db';
import { Binder, checkFilterValues, COUNTED_ONCE, FACT_SELECT, factConditions, factPageSql, orderBy, SUMMABLE, totalsSql, whereClause } from './fact-sql';
import { CITY, loadReference, type Reference } from './reference';

export interface FactRow {
	file: string;
	article_id: string;
	article_title: string | null;
	quote: string;
	value: number;
	dimension: string;
	unit: string;
	approx: ApproxKind;
	per: string | null;
	subject: string | null;
	district: string | null;
	agency: string | null;
	theme: string | null;
	start: number;
	end: number;
	sentence: string | null;
	value_low: number | null;
	value_high: number | null;
	place: string | null;
	agency_level: string | null;
	fact_id: string;
	canonical_id: string;
	optional: boolean;
}

export interface TotalRow {
	key: string | null;
	dimension: string;
	unit: string;
	total: number;
	facts: number;
	approx: ApproxKind;
}

export interface SqlQuery {
	sql: string;
	params: DuckDBValue[];
}

async function checkedConditions(filters: FactFilters, b: Binder): Promise<{ ref: Reference; conditions: string[] }> {
	const ref = await loadReference();
	checkFilterValues(filters, ref);
	return { ref, conditions: factConditions(filters, ref, b) };
}

/** The facts explorer's SQL; paged for the page and the JSON API, unpaged (same order) for CSV and Parquet. */
export async function factsQuery(q: FactQuery, paged: boolean): Promise<SqlQuery> {
	const b = new Binder();
	const { conditions } = await checkedConditions(pickFilters(q), b);
	if (!paged) return { sql: `${FACT_SELECT} ${whereClause(conditions)} ${orderBy(q)}`, params: b.values };
	const limit = `LIMIT ${b.bind(q._size)} OFFSET ${b.bind((q._page - 1) * q._size)}`;
	return { sql: factPageSql(whereClause(conditions), orderBy(q), limit), params: b.values };
}

/** Facts per slice of a position-ordered download: small enough that DuckDB's sort stays a few MB. */
const SLICE_FACTS = 50_000;

/**
 * The explorer's unpaged query as a list of queries to run one after another. In position order (the default) the
 * rows are cut into ranges of whole source files, each sorted on its own: the concatenation is exactly the single
 * query's output, and a million-row download never sorts a million rows at once, so the server's memory stays flat.
 */
export async function factsDownloadQueries(q: FactQuery, sliceFacts = SLICE_FACTS): Promise<SqlQuery[]> {
	const whole = await factsQuery(q, false);
	if ((q._sort ?? 'position') !== 'position' || q._sort_desc) return [whole];
	const b = new Binder();
	const { conditions } = await checkedConditions(pickFilters(q), b);
	const perFile = await query<{ file: string; n: number }>(
		`SELECT f.file, count(*)::INTEGER AS n FROM facts f ${whereClause(conditions)} GROUP BY f.file ORDER BY f.file`,
		b.values
	);
	const ranges: [string, string][] = [];
	let from: string | null = null;
	let size = 0;
	for (const [i, { file, n }] of perFile.entries()) {
		from ??= file;
		size += n;
		if (size >= sliceFacts || i === perFile.length - 1) {
			ranges.push([from, file]);
			from = null;
			size = 0;
		}
	}
	if (ranges.length <= 1) return [whole];
	return Promise.all(
		ranges.map(async ([lo, hi]) => {
			const rb = new Binder();
			const { conditions: c } = await checkedConditions(pickFilters(q), rb);
			const range = `f.file BETWEEN ${rb.bind(lo)} AND ${rb.bind(hi)}`;
			return { sql: `${FACT_SELECT} ${whereClause([...c, range])} ${orderBy(q)}`, params: rb.values };
		})
	);
}

export async function listFacts(q: FactQuery) {
	const countBinder = new Binder();
	const { conditions } = await checkedConditions(pickFilters(q), countBinder);
	const [page, count] = await Promise.all([
		factsQuery(q, true).then(({ sql, params }) => query<FactRow & Record<string, unknown>>(sql, params)),
		query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM facts f ${whereClause(conditions)}`, countBinder.values)
	]);
	const total = count[0]?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / q._size));
	if (q._page > pages && total > 0) {
		throw new ParamError(`第 ${q._page} 页不存在（共 ${pages} 页）`, `page ${q._page} does not exist (${pages} pages)`);
	}
	return { rows: page as FactRow[], total, page: q._page, size: q._size, pages };
}

/** Totals grouped by one key, under the counting rules (see totalsSql). */
export async function totalsQuery(q: TotalsQuery): Promise<SqlQuery> {
	if (q.dimension && !(SUMMABLE as readonly string[]).includes(q.dimension)) {
		throw new ParamError(`维度 ${q.dimension} 不能加总`, `dimension ${q.dimension} cannot be summed`);
	}
	const b = new Binder();
	const { conditions } = await checkedConditions(pickFilters(q), b);
	const limit = q._limit ? b.bind(q._limit) : null;
	return { sql: totalsSql(q.by, conditions, limit), params: b.values };
}

type RawTotal = Omit<TotalRow, 'approx'> & { n_at_least: number; n_approx: number; n_at_most: number };

function withApprox(rows: RawTotal[]): TotalRow[] {
	return rows.map(({ n_at_least, n_approx, n_at_most, ...r }) => ({
		...r,
		approx: combineApprox({ n_at_least, n_approx, n_at_most })
	}));
}

export async function totals(q: TotalsQuery): Promise<TotalRow[]> {
	const { sql, params } = await totalsQuery(q);
	return withApprox(await query<RawTotal>(sql, params));
}

/** One chart's data: totals of one dimension by one key, with the unit that has most facts when a dimension has several. */
export interface ChartData {
	by: GroupKey;
	dimension: string;
	unit: string;
	filters: FactFilters;
	limit?: number;
	rows: TotalRow[];
}

export async function chartData(by: GroupKey, dimension: string, filters: FactFilters, limit?: number, unit?: string): Promise<ChartData> {
	const all = await totals({ ...filters, by, dimension: dimension as FactFilters['dimension'], unit, _limit: limit });
	const chosenUnit = unit ?? mostCommonUnit(all) ?? (dimension === 'money' ? 'yuan' : '');
	return { by, dimension, unit: chosenUnit, filters: { ...filters, dimension: dimension as FactFilters['dimension'], unit: unit }, limit, rows: all.filter((r) => r.unit === chosenUnit) };
}

function mostCommonUnit(rows: TotalRow[]): string | undefined {
	const n = new Map<string, number>();
	for (const r of rows) n.set(r.unit, (n.get(r.unit) ?? 0) + r.facts);
	return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Fact counts per value of one key (all facts, not only summable ones): the "agencies of this place" lists. */
export async function facetCounts(by: GroupKey, filters: FactFilters, limit = 50): Promise<{ key: string | null; facts: number }[]> {
	const b = new Binder();
	const { conditions } = await checkedConditions(filters, b);
	const key = by === 'place' ? 'coalesce(f.place, f.district)' : `f.${by}`;
	return query(
		`SELECT ${key} AS key, count(*)::INTEGER AS facts FROM facts f ${whereClause(conditions)}
		 GROUP BY 1 ORDER BY facts DESC, key NULLS LAST LIMIT ${b.bind(limit)}`,
		b.values
	);
}

/** The largest counted totals-kind facts of one dimension, for "largest figures" lists. */
export async function largestFacts(dimension: string, filters: FactFilters, limit = 5): Promise<FactRow[]> {
	const b = new Binder();
	const { conditions } = await checkedConditions(filters, b);
	const where = whereClause([...conditions, `f.dimension = ${b.bind(dimension)}`, 'f.per IS NULL', ...COUNTED_ONCE]);
	return query<FactRow & Record<string, unknown>>(factPageSql(where, 'ORDER BY f.value DESC, f.fact_id', `LIMIT ${b.bind(limit)}`), b.values) as Promise<
		FactRow[]
	>;
}

/** The choices offered by the explorer's filter form (known names only), cached per build. */
/** Above this many source files, the explorer's file filter is a text field instead of a list. */
export const FILE_CHOICES_MAX = 300;

/**
 * The source files to pick from while they are few. A city's archive has thousands, which made every explorer page
 * carry them all (40 of its 45 ms at 7,000 files) in a list nobody can scroll; the page then asks for a name.
 */
export const fileChoices = (files: string[]): string[] | null => (files.length <= FILE_CHOICES_MAX ? files : null);

export function filterOptions() {
	return cachedPerBuild('filterOptions', async () => {
		const ref = await loadReference();
		const [units, files] = await Promise.all([
			query<{ dimension: string; unit: string; facts: number }>(
				'SELECT dimension, unit, count(*)::INTEGER AS facts FROM facts GROUP BY ALL ORDER BY dimension, facts DESC'
			),
			query<{ file: string }>('SELECT file FROM ingest_log UNION SELECT DISTINCT file FROM facts ORDER BY file')
		]);
		const counties = [CITY, ...ref.counties];
		const rest = [...ref.placeNames].filter((p) => !counties.includes(p)).sort((a, b) => a.localeCompare(b, 'zh'));
		return {
			places: [...counties, ...rest],
			agencies: [...ref.agencies].sort((a, b) => a.localeCompare(b, 'zh')),
			themes: [...ref.themes],
			units,
			files: fileChoices(files.map((f) => f.file)),
			fileCount: files.length
		};
	});
}
