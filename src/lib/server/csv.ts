// Streams a query as CSV (UTF-8 with BOM, formula-injection safe) chunk by chunk, so a million rows never sit in memory.
import { stringify } from 'csv-stringify/sync';
// the ETL's export and the dashboard's downloads neutralise cells the same way
import { BOM, neutraliseFormula } from '../../../etl/export';
import { streamQueries, streamRows, type Params } from './db';
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

/** A CSV Response over a streamed DuckDB result; the DB connection is released when the client finishes or goes away. */
export async function csvResponse(sql: string | { sql: string; params: Params }[], params: Params, filename: string): Promise<Response> {
	const { columns, next, close } = typeof sql === 'string' ? await streamRows(sql, params) : await streamQueries(sql);
	const numeric = columns.map((c) => NUMERIC_COLUMNS.has(c));
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
				const rows = await next();
				if (rows === null) {
					controller.close();
					return;
				}
				controller.enqueue(encoder.encode(toCsv(rows, numeric)));
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
