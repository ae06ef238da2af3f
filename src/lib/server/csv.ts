// Streams a query as CSV (UTF-8 with BOM, formula-injection safe) chunk by chunk, so a million rows never sit in memory.
import { stringify } from 'csv-stringify/sync';
// the ETL's export and the dashboard's downloads neutralise cells the same way
import { BOM, neutraliseFormula } from '../../../etl/export';
import { DuckDBTypeId } from '@duckdb/node-api';
import { currentBuildId, streamRendered, type ColumnInfo, type Params } from './db';
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
	const headers = {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="${filename}"`,
		'cache-control': 'no-store'
	};
	// the same download of the same build again: its bytes, without queueing for a stream slot
	const key = JSON.stringify(queries, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
	const hit = downloadCache.get(await currentBuildId(), key);
	if (hit) return new Response(hit, { headers });

	const { columns, next, close, buildId } = await streamRendered(queries, csvLinesSql);
	const encoder = new TextEncoder();
	let headerSent = false;
	// a small download is kept as it streams; a large one stops being kept as soon as it outgrows an entry
	let kept: Uint8Array[] | null = [];
	let keptBytes = 0;
	const keep = (bytes: Uint8Array) => {
		if (!kept) return;
		keptBytes += bytes.length;
		if (keptBytes > DownloadCache.MAX_ENTRY) kept = null;
		else kept.push(bytes);
	};
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				if (!headerSent) {
					headerSent = true;
					const head = encoder.encode(BOM + stringify([columns]));
					keep(head);
					controller.enqueue(head);
					return;
				}
				const bytes = await next();
				if (bytes === null) {
					if (kept) downloadCache.set(buildId, key, concat(kept, keptBytes));
					controller.close();
					return;
				}
				keep(bytes);
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
	return new Response(body, { headers });
}

/**
 * Finished small downloads of the current build, least recently used first out, within a fixed number of bytes. A
 * popular filtered CSV (one district's money, say) is then a memory copy: under load, each used to wait its turn
 * for one of the two stream slots. A new build empties it.
 */
class DownloadCache {
	// a district's money figures at a million facts run to about 5 MB
	static readonly MAX_ENTRY = 8 * 1024 * 1024;
	static readonly MAX_TOTAL = 64 * 1024 * 1024;
	private build = '';
	private entries = new Map<string, ArrayBuffer>();
	private bytes = 0;
	hits = 0;

	get(build: string, key: string): ArrayBuffer | null {
		if (build !== this.build) return null;
		const b = this.entries.get(key);
		if (!b) return null;
		this.entries.delete(key); // most recently used goes last
		this.entries.set(key, b);
		this.hits++;
		return b;
	}

	set(build: string, key: string, bytes: ArrayBuffer) {
		if (build !== this.build) {
			this.build = build;
			this.entries.clear();
			this.bytes = 0;
		}
		if (bytes.byteLength > DownloadCache.MAX_ENTRY || this.entries.has(key)) return;
		this.entries.set(key, bytes);
		this.bytes += bytes.byteLength;
		for (const [k, b] of this.entries) {
			if (this.bytes <= DownloadCache.MAX_TOTAL) break;
			this.entries.delete(k);
			this.bytes -= b.byteLength;
		}
	}

	stats() {
		return { build: this.build, entries: this.entries.size, bytes: this.bytes, hits: this.hits };
	}
}
const downloadCache = new DownloadCache();

function concat(parts: Uint8Array[], total: number): ArrayBuffer {
	const out = new Uint8Array(total);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out.buffer;
}

/** For tests: what the download cache holds. */
export const downloadCacheStats = () => downloadCache.stats();

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
