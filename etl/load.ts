// Writes a complete database through the DuckDB Appender into a fresh file, then swaps it into place, so readers never see half a load.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DuckDBInstance, DuckDBTimestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { DDL, INDEXES, SCHEMA_VERSION, TABLES, type Column, type TableName } from './schema.ts';
import { sqlString } from './sql.ts';

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

/** An open Appender on one table; rows go in as they arrive and are flushed once at the end. */
export class TableAppender {
	constructor(
		private a: DuckDBAppender,
		private cols: readonly Column[]
	) {}
	add(row: Row) {
		for (const [name, type] of this.cols) appendValue(this.a, type, row[name]);
		this.a.endRow();
	}
	flush() {
		this.a.flushSync();
	}
	close() {
		this.a.flushSync();
		this.a.closeSync();
	}
}

/** Removes temporary files that a killed run left behind next to the target (their process is gone). */
export function removeStaleTemporaries(target: string) {
	const dir = dirname(target);
	if (!existsSync(dir)) return;
	const prefix = basename(target) + '.tmp-';
	for (const f of readdirSync(dir)) {
		if (!f.startsWith(prefix)) continue;
		const pid = Number(f.slice(prefix.length).split('-')[0]);
		// this process's own files belong to a run in progress (its workers' scratch), which removes them itself
		if (pid === process.pid || (pid && isAlive(pid))) continue;
		rmSync(join(dir, f), { force: true, recursive: true }); // the database, its WAL, or the workers' scratch folder
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * How a database is stored, for every writer of one (the ETL, a merge of shards, the benchmark's copies). FSST string
 * compression cost the load a third of its time, and duplicate linking (which reads the ids) half of its, for a file
 * about a quarter smaller; dictionary compression still applies where it pays.
 */
export const STORAGE_SETTINGS = ["SET disabled_compression_methods = 'fsst'"];

/** A database being written: open a temporary file, append rows table by table, then commit() renames it over the target. */
export class DatabaseWriter {
	private constructor(
		private instance: DuckDBInstance,
		readonly con: DuckDBConnection,
		readonly tmpPath: string,
		readonly target: string
	) {}

	static async create(target: string): Promise<DatabaseWriter> {
		removeStaleTemporaries(target);
		const tmpPath = `${target}.tmp-${process.pid}-${Date.now()}`;
		// a bounded buffer pool keeps the ETL's memory flat in corpus size: DuckDB writes finished row groups to the file
		const instance = await DuckDBInstance.create(tmpPath, { autoinstall_known_extensions: 'false', memory_limit: '256MB' });
		const con = await instance.connect();
		// row order inside the file carries no meaning (every reader sorts), so DuckDB may load in parallel
		await con.run('SET preserve_insertion_order = false');
		for (const sql of STORAGE_SETTINGS) await con.run(sql);
		for (const sql of DDL) await con.run(sql);
		return new DatabaseWriter(instance, con, tmpPath, target);
	}

	/** An appender on one of the schema's tables, or on a temporary table of the given columns. */
	async appender(table: TableName): Promise<TableAppender>;
	async appender(table: string, columns: readonly Column[]): Promise<TableAppender>;
	async appender(table: string, columns?: readonly Column[]): Promise<TableAppender> {
		return new TableAppender(await this.con.createAppender(table), columns ?? (TABLES[table as TableName] as readonly Column[]));
	}

	async append(table: TableName, rows: Iterable<Row>): Promise<number>;
	async append(table: string, rows: Iterable<Row>, columns: readonly Column[]): Promise<number>;
	async append(table: string, rows: Iterable<Row>, columns?: readonly Column[]): Promise<number> {
		const a = await this.appender(table, columns ?? (TABLES[table as TableName] as readonly Column[]));
		let n = 0;
		try {
			for (const row of rows) {
				a.add(row);
				n++;
			}
		} finally {
			a.close();
		}
		return n;
	}

	async run(sql: string, params?: (string | number | boolean | null)[]) {
		await this.con.run(sql, params as never);
	}

	async rows(sql: string, params?: (string | number | boolean | null)[]): Promise<Record<string, unknown>[]> {
		return (await this.con.runAndReadAll(sql, params as never)).getRowObjectsJS() as Record<string, unknown>[];
	}

	/** Finishes the file (indexes, build row, checkpoint), closes it and atomically replaces the target. */
	async commit(build: { build_id: string; input_dir: string; files: number; articles: number; facts: number; rules_hash: string }) {
		for (const sql of INDEXES) await this.con.run(sql);
		await this.append('build', [{ ...build, schema_version: SCHEMA_VERSION, created_at: new Date().toISOString() }]);
		await this.con.run('CHECKPOINT');
		this.con.closeSync();
		this.instance.closeSync();
		rmSync(this.tmpPath + '.wal', { force: true });
		renameSync(this.tmpPath, this.target);
		rmSync(this.target + '.wal', { force: true });
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

const TABLE_DDL = {
	articles: DDL.find((d) => d.startsWith('CREATE TABLE articles '))!,
	facts: DDL.find((d) => d.startsWith('CREATE TABLE facts '))!
};

/**
 * A worker thread's own scratch output: it appends the articles and facts it extracts to an in-memory DuckDB through
 * its own Appender, and every ~25,000 rows writes them out as Parquet parts and empties the tables. The rows never
 * cross threads, the worker's memory stays flat, and the main thread reads all parts in one parallel scan.
 */
export class ScratchSink {
	private articles!: TableAppender;
	private facts!: TableAppender;
	private part = 0;
	private pending = 0;
	readonly parts: { articles: string[]; facts: string[] } = { articles: [], facts: [] };

	private constructor(
		private instance: DuckDBInstance,
		private con: DuckDBConnection,
		/** parts are written as `${prefix}-articles-N.parquet` and `${prefix}-facts-N.parquet` */
		readonly prefix: string
	) {}

	static async open(prefix: string): Promise<ScratchSink> {
		const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', memory_limit: '128MB', threads: '1' });
		const con = await instance.connect();
		for (const t of ['articles', 'facts'] as const) await con.run(TABLE_DDL[t]);
		const sink = new ScratchSink(instance, con, prefix);
		await sink.openAppenders();
		return sink;
	}

	private async openAppenders() {
		this.articles = new TableAppender(await this.con.createAppender('articles'), TABLES.articles as readonly Column[]);
		this.facts = new TableAppender(await this.con.createAppender('facts'), TABLES.facts as readonly Column[]);
	}

	add(articles: Row[], facts: Row[]) {
		for (const a of articles) this.articles.add(a);
		for (const f of facts) this.facts.add(f);
		this.pending += facts.length + articles.length;
	}

	/** Writes a part when enough rows are pending, so the in-memory tables stay small. */
	async flushIfDue() {
		if (this.pending < 25_000) return;
		await this.writePart();
		await this.openAppenders();
	}

	private async writePart() {
		this.articles.close();
		this.facts.close();
		if (this.pending > 0) {
			for (const t of ['articles', 'facts'] as const) {
				const file = `${this.prefix}-${t}-${this.part}.parquet`;
				await this.con.run(`COPY ${t} TO ${sqlString(file)} (FORMAT parquet, COMPRESSION uncompressed)`);
				// dropped, not emptied: DELETE only marks rows, and an in-memory table would keep growing
				await this.con.run(`DROP TABLE ${t}`);
				await this.con.run(TABLE_DDL[t]);
				this.parts[t].push(file);
			}
			this.part++;
			this.pending = 0;
		}
	}

	/** Writes the last part and closes; returns every part written. */
	async close(): Promise<{ articles: string[]; facts: string[] }> {
		await this.writePart();
		this.con.closeSync();
		this.instance.closeSync();
		return this.parts;
	}
}
