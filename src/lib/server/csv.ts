// Streams a query as CSV (UTF-8 with BOM, formula-injection safe) chunk by chunk, so a million rows never sit in memory.
import { stringify } from 'csv-stringify/sync';
// the ETL's export and the dashboard's downloads neutralise cells the same way
import { BOM, neutraliseFormula } from '../../../etl/export';
import { DuckDBTypeId } from '@duckdb/node-api';
import { streamRendered, type ColumnInfo, type Params } from './db';
import { NUMERIC_COLUMNS } from './fact-sql';

export function csvFilename(base: string): string {
	return `${base.replace(/[^\w.-]+/g, '_')}.csv`;
}

function toCsv(rows: unknown[][], numeric: boolean[]): string {
	// text cells are neutralised as the writer casts them (no copy of every row); numeric columns stay as they are,
	// so a negative value never becomes the text '-5
	return stringify(rows, {
		cast: {
			boolean: (b) => (b ? 'true' : 'false'),
			bigint: (n) => n.toString(),
			string: (v, ctx) => (numeric[Number(ctx.index)] ? v : String(neutraliseFormula(v)))
		}
	});
}

const quoteIdent = (name: string) => '"' + name.replaceAll('"', '""') + '"';

const INTEGER_TYPES = new Set([
	DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.BIGINT, DuckDBTypeId.HUGEINT,
	DuckDBTypeId.UTINYINT, DuckDBTypeId.USMALLINT, DuckDBTypeId.UINTEGER, DuckDBTypeId.UBIGINT, DuckDBTypeId.UHUGEINT
]);

/**
 * A number as JavaScript's String() writes it, in SQL. DuckDB and JavaScript both write the shortest digits that
 * read back to the same double, but lay them out differently: JavaScript writes integers below 1e21 in full (past
 * 2^53 as those digits padded with zeros: 12345678901234567000), numbers between 1e-6 and 1e-4 in fixed notation,
 * and exponents without padding (1e-7, where DuckDB writes 1e-07).
 */
function jsNumberSql(v: string): string {
	const s = `CAST(${v} AS VARCHAR)`;
	const sign = `(CASE WHEN ${v} < 0 THEN '-' ELSE '' END)`;
	const digits = `replace(split_part(ltrim(${s}, '-'), 'e', 1), '.', '')`;
	const exp = `CAST(split_part(${s}, 'e', 2) AS INTEGER)`;
	return `CASE WHEN ${v} = trunc(${v}) AND abs(${v}) < 9007199254740992 THEN CAST(CAST(${v} AS BIGINT) AS VARCHAR)
		WHEN ${v} = trunc(${v}) AND abs(${v}) < 1e21 THEN
			CASE WHEN contains(${s}, 'e') THEN ${sign} || ${digits} || repeat('0', ${exp} - length(${digits}) + 1)
			ELSE regexp_replace(${s}, '\\.0$', '') END
		WHEN abs(${v}) >= 1e-4 OR isnan(${v}) OR isinf(${v}) THEN ${s}
		WHEN abs(${v}) < 1e-6 THEN regexp_replace(${s}, 'e([+-])0*', 'e\\1')
		ELSE ${sign} || '0.' || repeat('0', -${exp} - 1) || ${digits} END`;
}

/** One column's CSV cell in SQL, written exactly as csv-stringify writes the JS value (toCsv), NULL as empty. */
function cellSql({ name, type }: ColumnInfo): string {
	const v = `t.${quoteIdent(name)}`;
	let text: string;
	switch (type.typeId) {
		case DuckDBTypeId.VARCHAR:
			// text cells are neutralised; numeric columns stay as they are, so a negative value never becomes '-5
			text = NUMERIC_COLUMNS.has(name) ? v : `CASE WHEN regexp_matches(${v}, '^[=+\\-@\\t\\r]') THEN '''' || ${v} ELSE ${v} END`;
			text = `CASE WHEN regexp_matches(${text}, '[",\\n\\r]') THEN '"' || replace(${text}, '"', '""') || '"' ELSE ${text} END`;
			break;
		case DuckDBTypeId.BOOLEAN:
			text = `CASE WHEN ${v} THEN 'true' WHEN NOT ${v} THEN 'false' END`;
			break;
		case DuckDBTypeId.DOUBLE:
		case DuckDBTypeId.FLOAT:
		case DuckDBTypeId.DECIMAL:
			text = jsNumberSql(`CAST(${v} AS DOUBLE)`);
			break;
		default:
			if (!INTEGER_TYPES.has(type.typeId)) throw new Error(`CSV download of a ${type.toString()} column (${name}) is not supported`);
			text = `CAST(${v} AS VARCHAR)`;
	}
	return `coalesce(${text}, '')`;
}

/** The query wrapped so that DuckDB renders each row as one CSV line, as UTF-8 bytes. */
export function csvLinesSql(columns: ColumnInfo[], inner: string): string {
	const line = columns.map(cellSql).join(` || ',' || `);
	return `SELECT encode(${line} || chr(10)) AS line FROM (${inner}) t`;
}

/**
 * A CSV Response over streamed DuckDB results; the DB connection is released when the client finishes or goes away.
 * DuckDB writes the lines itself (csvLinesSql): decoding a million rows of cells into JavaScript and writing them
 * again took five times as long.
 */
export async function csvResponse(sql: string | { sql: string; params: Params }[], params: Params, filename: string): Promise<Response> {
	const queries = typeof sql === 'string' ? [{ sql, params }] : sql;
	const { columns, next, close } = await streamRendered(queries, csvLinesSql);
	const encoder = new TextEncoder();
	let headerSent = false;
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				if (!headerSent) {
					headerSent = true;
					controller.enqueue(encoder.encode(BOM + stringify([columns])));
					return;
				}
				const bytes = await next();
				if (bytes === null) {
					controller.close();
					return;
				}
				controller.enqueue(bytes);
			} catch (e) {
				close();
				controller.error(e);
			}
		},
		cancel() {
			close();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`,
			'cache-control': 'no-store'
		}
	});
}

/** Small in-memory tables (aggregates) as CSV with the same rules. */
export function csvFromRows(columns: string[], rows: readonly object[], filename: string): Response {
	const numeric = columns.map((c) => NUMERIC_COLUMNS.has(c));
	const body = BOM + stringify([columns]) + toCsv(rows.map((r) => columns.map((c) => (r as Record<string, unknown>)[c] ?? null)), numeric);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${filename}"`
		}
	});
}
