// Turns checked filters into a WHERE clause of fixed SQL fragments and bound $n parameters; sort columns come only from a whitelist map.
import { listValue, type DuckDBValue } from '@duckdb/node-api';
import { ParamError, type FactFilters, type FactQuery, type GroupKey, type SortColumn } from '$lib/params';
import { EXPORT_COLUMNS } from '../../../etl/schema';
import { descendants, type Reference } from './reference';

/** Collects bound values and hands out their $n placeholders. */
export class Binder {
	readonly values: DuckDBValue[] = [];
	bind(value: DuckDBValue): string {
		this.values.push(value);
		return `$${this.values.length}`;
	}
}

/** Dimensions whose values may be added up; percent, duration and age never are. */
export const SUMMABLE = [
	'money', 'people', 'person_times', 'households', 'weight', 'area', 'volume', 'length', 'flights', 'count'
] as const;

/** Unknown names are a 400, so a typo never shows as a silently empty page. */
export function checkFilterValues(f: FactFilters, ref: Reference) {
	const checks: [keyof FactFilters, Set<string>, string, string][] = [
		['district', ref.placeNames, '地区', 'place'],
		['agency', ref.agencies, '单位', 'agency'],
		['theme', ref.themes, '主题', 'theme'],
		['unit', ref.units, '计量单位', 'unit'],
		['file', ref.files, '来源文件', 'source file']
	];
	for (const [key, known, zh, en] of checks) {
		const v = f[key];
		if (typeof v === 'string' && !known.has(v)) {
			throw new ParamError(`未知的${zh}：「${v}」`, `unknown ${en} "${v}" in parameter ${key}`);
		}
	}
}

function likePattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/** WHERE conditions over alias f; every user value goes through the binder. */
export function factConditions(f: FactFilters, ref: Reference, b: Binder): string[] {
	const where: string[] = [];
	if (f.district) {
		const names = b.bind(listValue(descendants(ref, f.district)));
		where.push(`(list_contains(${names}, f.district) OR list_contains(${names}, f.place))`);
	}
	if (f.agency) where.push(`f.agency = ${b.bind(f.agency)}`);
	if (f.theme) where.push(`f.theme = ${b.bind(f.theme)}`);
	if (f.dimension) where.push(`f.dimension = ${b.bind(f.dimension)}`);
	if (f.unit) where.push(`f.unit = ${b.bind(f.unit)}`);
	if (f.approx) where.push(`f.approx = ${b.bind(f.approx)}`);
	if (f.per === 'rate') where.push('f.per IS NOT NULL');
	if (f.per === 'total') where.push('f.per IS NULL');
	if (f.file) where.push(`f.file = ${b.bind(f.file)}`);
	if (f.q) {
		const p = b.bind(likePattern(f.q));
		where.push(`(f.subject ILIKE ${p} ESCAPE '\\' OR f.sentence ILIKE ${p} ESCAPE '\\' OR f.quote ILIKE ${p} ESCAPE '\\')`);
	}
	if (f.optional === 'exclude') where.push('NOT f.optional');
	if (f.optional === 'only') where.push('f.optional');
	if (f.dup === 'exclude') where.push('f.fact_id = f.canonical_id');
	return where;
}

export function whereClause(conditions: string[]): string {
	return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** The whitelist: a sort key maps to fixed SQL, never to user text. */
const SORT_SQL: Record<SortColumn, string> = {
	position: 'f.file, f.start',
	value: 'f.value',
	dimension: 'f.dimension',
	unit: 'f.unit',
	approx: 'f.approx',
	district: 'f.district',
	agency: 'f.agency',
	theme: 'f.theme',
	file: 'f.file',
	subject: 'f.subject'
};

export function orderBy(q: Pick<FactQuery, '_sort' | '_sort_desc'>): string {
	const key = q._sort_desc ?? q._sort ?? 'position';
	const dir = q._sort_desc ? 'DESC' : 'ASC';
	const primary = SORT_SQL[key]
		.split(', ')
		.map((c) => `${c} ${dir} NULLS LAST`)
		.join(', ');
	// a total order, so pages never overlap and the CSV has the page's order
	return `ORDER BY ${primary}, f.file, f.start, f.fact_id`;
}

/** The fact table's columns in the export order the end-to-end issue fixes, generated from EXPORT_COLUMNS so the two cannot drift. */
const FACT_COLUMNS = EXPORT_COLUMNS.map((c) => (c === 'article_title' ? 'a.title AS article_title' : `f."${c}"`)).join(', ');
export const FACT_SELECT = `SELECT ${FACT_COLUMNS} FROM facts f LEFT JOIN articles a ON a.article_id = f.article_id`;

/**
 * A page of facts: filtered, sorted and cut on the facts table alone, then titled. Joining articles before the LIMIT
 * joined every matching fact (100 ms at a million facts); joining the page's rows costs nothing.
 */
export function factPageSql(where: string, order: string, limit: string): string {
	return `WITH f AS (SELECT * FROM facts f ${where} ${order} ${limit})
		SELECT ${FACT_COLUMNS} FROM f LEFT JOIN articles a ON a.article_id = f.article_id ${order}`;
}

/** Columns that stay numbers in CSV (never apostrophe-guarded). */
export const NUMERIC_COLUMNS = new Set(['value', 'value_low', 'value_high', 'start', 'end', 'total', 'facts', 'depth', 'articles', 'money', 'people', 'size_bytes']);

/**
 * The facts a total adds: a repeated fact once (fact_id = canonical_id), and a range (40至50人) once, by its low end:
 * its high end is the fact whose value is its value_high.
 */
export const COUNTED_ONCE = ['f.fact_id = f.canonical_id', '(f.value_high IS NULL OR f.value < f.value_high)'];

const GROUP_SQL: Record<GroupKey, string> = {
	district: 'f.district',
	place: 'coalesce(f.place, f.district)',
	agency: 'f.agency',
	theme: 'f.theme',
	file: 'f.file',
	dimension: 'f.dimension'
};

/**
 * Totals that obey the counting rules: rates (per IS NOT NULL) are never summed, a repeated
 * fact or a range counts once (COUNTED_ONCE), units are never mixed (grouped by dimension, unit),
 * and the qualifiers of the summed facts are counted so the total can be marked ≥/≈/≤.
 */
/** limit is a bound placeholder ($n): the top N per dimension and unit. */
export function totalsSql(by: GroupKey, conditions: string[], limit: string | null): string {
	const key = GROUP_SQL[by];
	const where = whereClause([
		...conditions,
		'f.per IS NULL',
		...COUNTED_ONCE,
		`f.dimension IN (${SUMMABLE.map((d) => `'${d}'`).join(', ')})`
	]);
	return `SELECT ${key} AS key, f.dimension, f.unit, sum(f.value) AS total, count(*)::INTEGER AS facts,
		(count(*) FILTER (WHERE f.approx = 'at_least'))::INTEGER AS n_at_least,
		(count(*) FILTER (WHERE f.approx = 'approx'))::INTEGER AS n_approx,
		(count(*) FILTER (WHERE f.approx = 'at_most'))::INTEGER AS n_at_most
		FROM facts f ${where}
		GROUP BY ${key}, f.dimension, f.unit
		${limit ? `QUALIFY row_number() OVER (PARTITION BY f.dimension, f.unit ORDER BY sum(f.value) DESC, ${key} NULLS LAST) <= ${limit}` : ''}
		ORDER BY f.dimension, f.unit, total DESC, key NULLS LAST`;
}
