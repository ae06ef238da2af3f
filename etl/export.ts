// Writes the fact table as CSV (UTF-8 with BOM, formula-injection safe, for Excel) or JSONL, streamed from DuckDB chunk by chunk.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { DuckDBInstance } from '@duckdb/node-api';
import { EXPORT_COLUMNS } from './schema.ts';
import { sqlString } from './sql.ts';

/** The export query: one row per fact in file and offset order, columns as EXPORT_COLUMNS lists them. */
export const EXPORT_SQL = `
SELECT f.file, f.article_id, a.title AS article_title, f.quote, f.value, f.dimension, f.unit, f.approx, f.per,
       f.subject, f.district, f.agency, f.theme, f.start, f."end", f.sentence,
       f.value_low, f.value_high, f.place, f.agency_level, f.fact_id, f.canonical_id, f.optional
FROM facts f JOIN articles a USING (article_id)
ORDER BY f.file, f.start, f.fact_id`;

/** A text cell that Excel would run as a formula gets a leading apostrophe; numbers stay numbers. */
export function neutraliseFormula(v: unknown): unknown {
	if (typeof v === 'string' && /^[=+\-@\t\r]/u.test(v)) return `'${v}`;
	return v;
}

export const BOM = '\uFEFF';

async function write(out: Writable, chunk: string) {
	if (!out.write(chunk)) await once(out, 'drain');
}

export async function exportFacts(opts: { db: string; format: 'csv' | 'jsonl'; out: Writable }): Promise<number> {
	const instance = await DuckDBInstance.create(opts.db, { access_mode: 'READ_ONLY', autoinstall_known_extensions: 'false' });
	const con = await instance.connect();
	let n = 0;
	try {
		const result = await con.stream(EXPORT_SQL);
		const columns = result.columnNames();
		if (columns.join() !== EXPORT_COLUMNS.join()) throw new Error('export columns drifted from EXPORT_COLUMNS');
		let csv: ReturnType<typeof stringify> | null = null;
		if (opts.format === 'csv') {
			await write(opts.out, BOM);
			csv = stringify({ header: true, columns: [...EXPORT_COLUMNS], cast: { boolean: (b) => (b ? 'true' : 'false') } });
			csv.on('data', (d: Buffer) => opts.out.write(d));
		}
		for (;;) {
			const chunk = await result.fetchChunk();
			if (!chunk || chunk.rowCount === 0) break;
			const rows = chunk.getRowObjects(columns) as Record<string, unknown>[];
			for (const row of rows) {
				n++;
				if (csv) {
					const safe = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutraliseFormula(v)]));
					if (!csv.write(safe)) await once(csv, 'drain');
				} else await write(opts.out, JSON.stringify(row) + '\n');
			}
		}
		if (csv) {
			csv.end();
			await once(csv, 'end');
		}
	} finally {
		con.closeSync();
		instance.closeSync();
	}
	return n;
}

export async function exportToFile(db: string, format: 'csv' | 'jsonl', file: string | null): Promise<number> {
	const out = file ? createWriteStream(file) : process.stdout;
	const n = await exportFacts({ db, format, out });
	if (file) {
		(out as ReturnType<typeof createWriteStream>).end();
		await once(out, 'finish');
	}
	return n;
}

/**
 * Hive-partitioned Parquet (DIR/source=…/year=…/data_0.parquet) that Spark, Trino or ClickHouse read as they are.
 * year: the first year an article names (20xx年), else 'unknown'; news pages carry no other date.
 */
export async function exportParquet(db: string, dir: string): Promise<number> {
	const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY', autoinstall_known_extensions: 'false' });
	const con = await instance.connect();
	try {
		const sql = `COPY (
			SELECT e.*, regexp_replace(e.file, '\\.[^.]*$', '') AS source,
			       coalesce(nullif(regexp_extract(a.text, '((?:19|20)[0-9]{2})年', 1), ''), 'unknown') AS year
			FROM (${EXPORT_SQL}) e JOIN articles a USING (article_id)
		) TO ${sqlString(dir)} (FORMAT parquet, PARTITION_BY (source, year), OVERWRITE_OR_IGNORE)`;
		await con.run(sql);
		const r = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet(${sqlString(dir + '/**/*.parquet')}, hive_partitioning = true)`);
		return Number(r.getRowObjectsJS()[0].n);
	} finally {
		con.closeSync();
		instance.closeSync();
	}
}
