// Recall of the planted facts in a built database, computed inside DuckDB so it scales to millions of rows: match by file + quote + dimension + value.
import { DuckDBInstance } from '@duckdb/node-api';

export interface DbRecall {
	planted: number;
	matched: number;
	recall: number;
	core_planted: number;
	core_matched: number;
	core_recall: number;
	facts_in_db: number;
	by_dimension: Record<string, { planted: number; matched: number }>;
	missed_examples: { file: string; quote: string; value: number; dimension: string }[];
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Opens the database read-only; planted.jsonl is read by DuckDB's JSON reader (a path we wrote ourselves, quoted as a literal). */
export async function recallFromDb(db: string, plantedJsonl: string): Promise<DbRecall> {
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY', autoinstall_known_extensions: 'false' });
	const con = await inst.connect();
	try {
		const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
		await con.run(`CREATE TEMP TABLE planted AS SELECT file, quote, value::DOUBLE AS value, dimension, optional FROM read_json(${lit(plantedJsonl)}, format = 'newline_delimited', columns = {file: 'VARCHAR', quote: 'VARCHAR', value: 'DOUBLE', dimension: 'VARCHAR', optional: 'BOOLEAN'})`);
		// one-to-one within a (file, quote, dimension) group: min(planted, extracted) of them match when the values agree
		await con.run(`CREATE TEMP TABLE m AS
			WITH p AS (SELECT file, quote, dimension, bool_or(optional) AS optional, any_value(value) AS v, count(*) AS n FROM planted GROUP BY ALL),
			     e AS (SELECT file, quote, dimension, any_value(value) AS v, count(*) AS n FROM facts GROUP BY ALL)
			SELECT p.file, p.quote, p.dimension, p.optional, p.v, p.n,
				CASE WHEN e.n IS NOT NULL AND abs(e.v - p.v) <= 1e-4 * greatest(abs(p.v), abs(e.v), 1e-9) THEN least(p.n, e.n) ELSE 0 END AS hit
			FROM p LEFT JOIN e USING (file, quote, dimension)`);
		const [t] = await rows(`SELECT sum(n)::BIGINT::VARCHAR AS planted, sum(hit)::BIGINT::VARCHAR AS matched,
			sum(n) FILTER (WHERE NOT optional)::BIGINT::VARCHAR AS core, sum(hit) FILTER (WHERE NOT optional)::BIGINT::VARCHAR AS core_hit,
			(SELECT count(*) FROM facts)::VARCHAR AS facts FROM m`);
		const dims = await rows(`SELECT dimension, sum(n)::BIGINT::VARCHAR AS planted, sum(hit)::BIGINT::VARCHAR AS matched FROM m GROUP BY dimension ORDER BY dimension`);
		const missed = await rows(`SELECT file, quote, v AS value, dimension FROM m WHERE hit < n ORDER BY file, quote LIMIT 10`);
		const n = (x: unknown) => Number(x ?? 0);
		return {
			planted: n(t.planted),
			matched: n(t.matched),
			recall: n(t.planted) ? n(t.matched) / n(t.planted) : 1,
			core_planted: n(t.core),
			core_matched: n(t.core_hit),
			core_recall: n(t.core) ? n(t.core_hit) / n(t.core) : 1,
			facts_in_db: n(t.facts),
			by_dimension: Object.fromEntries(dims.map((d) => [String(d.dimension), { planted: n(d.planted), matched: n(d.matched) }])),
			missed_examples: missed.map((r) => ({ file: String(r.file), quote: String(r.quote), value: n(r.value), dimension: String(r.dimension) }))
		};
	} finally {
		con.closeSync();
		inst.closeSync();
	}
}
