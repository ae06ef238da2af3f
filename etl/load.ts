// Writes a complete database through the DuckDB Appender into a fresh file, then swaps it into place, so readers never see half a load.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { DuckDBInstance, DuckDBTimestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { DDL, INDEXES, SCHEMA_VERSION, TABLES, type Column, type TableName } from './schema.ts';

export type Row = Record<string, string | number | boolean | null | undefined>;

function appendValue(a: DuckDBAppender, type: Column[1], v: Row[string]) {
	if (v === null || v === undefined) return a.appendNull();
	switch (type) {
		case 'VARCHAR':
			return a.appendVarchar(String(v));
		case 'INTEGER':
			return a.appendInteger(Number(v));
		case 'BIGINT':
			return a.appendBigInt(BigInt(v as number));
		case 'DOUBLE':
			return a.appendDouble(Number(v));
		case 'BOOLEAN':
			return a.appendBoolean(Boolean(v));
		case 'TIMESTAMP':
			return a.appendTimestamp(new DuckDBTimestampValue(BigInt(Date.parse(String(v))) * 1000n));
	}
}

/** A database being written: open a temporary file, append rows table by table, then commit() renames it over the target. */
export class DatabaseWriter {
	private constructor(
		private instance: DuckDBInstance,
		private con: DuckDBConnection,
		readonly tmpPath: string,
		readonly target: string
	) {}

	static async create(target: string): Promise<DatabaseWriter> {
		const tmpPath = `${target}.tmp-${process.pid}-${Date.now()}`;
		for (const p of [tmpPath, tmpPath + '.wal']) rmSync(p, { force: true });
		const instance = await DuckDBInstance.create(tmpPath, { autoinstall_known_extensions: 'false', threads: '2' });
		const con = await instance.connect();
		for (const sql of DDL) await con.run(sql);
		return new DatabaseWriter(instance, con, tmpPath, target);
	}

	async append(table: TableName, rows: Iterable<Row>): Promise<number> {
		const cols = TABLES[table] as readonly Column[];
		const a = await this.con.createAppender(table);
		let n = 0;
		try {
			for (const row of rows) {
				for (const [name, type] of cols) appendValue(a, type, row[name]);
				a.endRow();
				n++;
			}
			a.flushSync();
		} finally {
			a.closeSync();
		}
		return n;
	}

	async run(sql: string) {
		await this.con.run(sql);
	}

	/** Finishes the file (indexes, build row, checkpoint), closes it and atomically replaces the target. */
	async commit(build: { build_id: string; input_dir: string; files: number; articles: number; facts: number }) {
		for (const sql of INDEXES) await this.con.run(sql);
		await this.append('build', [{ ...build, schema_version: SCHEMA_VERSION, created_at: new Date().toISOString() }]);
		await this.con.run('CHECKPOINT');
		this.con.closeSync();
		this.instance.closeSync();
		rmSync(this.tmpPath + '.wal', { force: true });
		renameSync(this.tmpPath, this.target);
		if (existsSync(this.target + '.wal')) rmSync(this.target + '.wal', { force: true });
	}

	/** Drops the half-written file; the previous database stays as it was. */
	abort() {
		try {
			this.con.closeSync();
			this.instance.closeSync();
		} catch {
			/* already closed */
		}
		for (const p of [this.tmpPath, this.tmpPath + '.wal']) rmSync(p, { force: true });
	}
}
