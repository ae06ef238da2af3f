// Makes the 1,000,000-fact database for page timings at scale: a copy of a built database whose facts table is replicated with new fact ids.
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { STORAGE_SETTINGS } from '../etl/load.ts';

export interface MillionDb {
	path: string;
	source_facts: number;
	facts: number;
	copies: number;
	seconds: number;
	/** tables the ETL wrote besides the known ones (e.g. pre-aggregates): they were copied, not recomputed */
	other_tables: string[];
}

const KNOWN = new Set(['build', 'ingest_log', 'articles', 'facts', 'places', 'agencies', 'themes']);

/** Never touches `source`: works on a copy at `target`. */
export async function makeMillionDb(source: string, target: string, want = 1_000_000): Promise<MillionDb> {
	const t0 = performance.now();
	for (const p of [target, target + '.wal']) rmSync(p, { force: true });
	copyFileSync(source, target);
	if (existsSync(source + '.wal')) copyFileSync(source + '.wal', target + '.wal');
	const inst = await DuckDBInstance.create(target, { autoinstall_known_extensions: 'false' });
	const con = await inst.connect();
	try {
		for (const sql of STORAGE_SETTINGS) await con.run(sql); // the copies are stored as the ETL stores its rows
		const one = async (sql: string) => Object.values((await con.runAndReadAll(sql)).getRowObjectsJson()[0] ?? {})[0];
		const n = Number(await one('SELECT count(*)::VARCHAR FROM facts'));
		if (!n) throw new Error('source database has no facts');
		const copies = Math.max(0, Math.ceil((want - n) / n));
		if (copies > 0) {
			await con.run(`INSERT INTO facts SELECT facts.* REPLACE (fact_id || '~' || r.i AS fact_id, canonical_id || '~' || r.i AS canonical_id)
				FROM facts, range(1, ${copies + 1}) AS r(i) ORDER BY r.i, facts.file, facts.seq LIMIT ${want - n}`);
		}
		const facts = Number(await one('SELECT count(*)::VARCHAR FROM facts'));
		await con.run(`UPDATE build SET build_id = build_id || '-x${copies + 1}', facts = ${facts}`);
		const tables = (await con.runAndReadAll(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`)).getRowObjectsJson().map((r) => String(r.table_name));
		await con.run('CHECKPOINT');
		return { path: target, source_facts: n, facts, copies, seconds: (performance.now() - t0) / 1000, other_tables: tables.filter((t) => !KNOWN.has(t)) };
	} finally {
		con.closeSync();
		inst.closeSync();
	}
}
