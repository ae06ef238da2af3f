// The one DuckDB access module: opens the ETL's file read-only, swaps to a new build when the file is replaced, binds every parameter.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBBlobValue, type DuckDBConnection, type DuckDBDataChunk, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';

export type Row = Record<string, unknown>;
export type Params = DuckDBValue[];

/** Thrown when the database file does not exist yet; hooks turn it into a page that says how to build it. */
export class DbMissingError extends Error {
	constructor(readonly dbPath: string) {
		super(`database not found: ${dbPath}`);
	}
}

/** One opened build of the database; refcounted so a replaced build closes only after its last request ends. */
interface Handle {
	instance: DuckDBInstance;
	buildId: string;
	identity: string;
	inFlight: number;
	retired: boolean;
	cache: Map<string, Promise<unknown>>;
	/** streamed a large result since it was opened: its buffer pool is worth handing back once the server is idle */
	heavy: boolean;
}

const STAT_INTERVAL_MS = 1000;

/**
 * A counting semaphore. Under load every request would otherwise start its DuckDB query at once: fifty sorts of a
 * hundred thousand rows each exhaust the buffer pool (Out of Memory errors) and starve one another. Queued work waits
 * its turn instead, so latency grows under load but nothing fails and memory stays bounded.
 */
class Gate {
	private waiting: (() => void)[] = [];
	constructor(private free: number) {}
	async enter(): Promise<() => void> {
		if (this.free > 0) this.free--;
		else await new Promise<void>((resolve) => this.waiting.push(resolve));
		let left = false;
		return () => {
			if (left) return;
			left = true;
			const next = this.waiting.shift();
			if (next) next();
			else this.free++;
		};
	}
}

/** Page and API queries: short, so a few more at once than there are cores keeps DuckDB busy without thrashing. */
const queryGate = new Gate(Number(process.env.FACTBOARD_QUERY_SLOTS ?? 6));
/** Streamed downloads (CSV, Parquet) sort whole result sets: few at a time, and never at the expense of page queries. */
const streamGate = new Gate(Number(process.env.FACTBOARD_STREAM_SLOTS ?? 2));

let current: Handle | null = null;
let opening: Promise<Handle> | null = null;
let lastStatAt = 0;
let lastIdentity = '';

export function dbPath(): string {
	return path.resolve(process.env.FACTBOARD_DB ?? 'data/factboard.duckdb');
}

/** inode + mtime + size: a rename-into-place changes the inode even when mtime granularity hides it. */
function fileIdentity(file: string): string | null {
	try {
		const s = fs.statSync(file);
		return `${s.ino}:${s.mtimeMs}:${s.size}`;
	} catch {
		return null;
	}
}

function retire(handle: Handle) {
	handle.retired = true;
	if (handle.inFlight === 0) closeQuietly(handle);
}

function closeQuietly(handle: Handle) {
	try {
		handle.instance.closeSync();
	} catch {
		/* already closed */
	}
}

async function open(file: string, identity: string): Promise<Handle> {
	const instance = await DuckDBInstance.create(file, {
		access_mode: 'READ_ONLY',
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false',
		// a bounded buffer pool: sorting a million rows for a full CSV spills to disk instead of growing the server
		memory_limit: process.env.FACTBOARD_DB_MEMORY ?? '512MB',
		temp_directory: path.join(os.tmpdir(), 'factboard-duckdb')
	});
	const con = await instance.connect();
	let buildId = identity;
	try {
		const rows = (await con.runAndReadAll('SELECT build_id FROM build LIMIT 1')).getRowObjectsJson();
		if (rows[0]?.build_id) buildId = String(rows[0].build_id);
	} finally {
		con.closeSync();
	}
	return { instance, buildId, identity, inFlight: 0, retired: false, cache: new Map(), heavy: false };
}

/** The handle for the newest build; stats the file at most once a second so requests stay cheap. */
async function currentHandle(): Promise<Handle> {
	const file = dbPath();
	const now = Date.now();
	if (current && now - lastStatAt < STAT_INTERVAL_MS && !current.retired) return current;
	lastStatAt = now;
	const identity = fileIdentity(file);
	if (identity === null) {
		if (current) {
			retire(current);
			current = null;
		}
		throw new DbMissingError(file);
	}
	if (current && identity === current.identity) return current;
	if (opening && identity === lastIdentity) return opening;
	lastIdentity = identity;
	opening = open(file, identity)
		.then((handle) => {
			const previous = current;
			current = handle;
			if (previous) retire(previous);
			return handle;
		})
		.catch((e) => {
			// a new file that cannot be opened yet: keep serving the build we have, try again in a second
			if (current) {
				console.warn(`factboard: cannot open new build ${file}: ${e instanceof Error ? e.message : e}`);
				lastIdentity = '';
				return current;
			}
			throw e;
		})
		.finally(() => {
			opening = null;
		});
	return opening;
}

/** Runs fn on a fresh connection of the current build; the build stays open until fn settles. */
export async function withConnection<T>(
	fn: (con: DuckDBConnection, handle: Handle) => Promise<T>,
	gate: Gate = queryGate
): Promise<T> {
	const leave = await gate.enter();
	let handle: Handle | null = null;
	let con: DuckDBConnection | null = null;
	try {
		handle = await currentHandle();
		handle.inFlight++;
		con = await handle.instance.connect();
		return await fn(con, handle);
	} finally {
		con?.closeSync();
		if (handle) release(handle);
		leave();
	}
}

/** For work that writes a whole result set (Parquet downloads): the stream gate, like CSV. */
export const withStreamConnection = <T>(fn: (con: DuckDBConnection, handle: Handle) => Promise<T>) =>
	withConnection((con, handle) => {
		handle.heavy = true;
		return fn(con, handle);
	}, streamGate);

function release(handle: Handle) {
	handle.inFlight--;
	if (handle.retired && handle.inFlight === 0) closeQuietly(handle);
	else if (handle.heavy && handle.inFlight === 0) scheduleRecycle(handle);
}

/**
 * DuckDB's node bindings free a query's native memory (result chunks, pinned sort blocks) only when V8 collects the
 * JS objects that wrap it, and V8 does not see that memory. Under a burst of downloads dead results pile up until the
 * buffer pool is full and queries fail with "Out of Memory". When the server runs with --expose-gc (npm start does),
 * a collection follows each streamed download, at most a few times a second.
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc;
let gcPending = false;
function collectSoon() {
	if (!collectGarbage || gcPending) return;
	gcPending = true;
	setTimeout(() => {
		gcPending = false;
		collectGarbage();
	}, 100).unref();
}

const RECYCLE_IDLE_MS = Number(process.env.FACTBOARD_RECYCLE_IDLE_MS ?? 3000);
let recycleTimer: NodeJS.Timeout | null = null;

/**
 * DuckDB keeps the buffer pool a burst of downloads filled (hundreds of MB) until the instance closes. When the server
 * has been idle for a few seconds after such a burst, the same file is reopened and the old instance closed, so memory
 * returns to its resting level; the per-build cache moves over, and a request arriving meanwhile uses the old one.
 */
function scheduleRecycle(handle: Handle) {
	if (recycleTimer) clearTimeout(recycleTimer);
	recycleTimer = setTimeout(async () => {
		recycleTimer = null;
		if (current !== handle || handle.inFlight > 0 || handle.retired || opening) return;
		try {
			const fresh = await open(dbPath(), handle.identity);
			if (current !== handle || handle.retired) return closeQuietly(fresh);
			fresh.cache = handle.cache;
			current = fresh;
			retire(handle);
			collectSoon();
		} catch {
			/* the file moved on: the next request's stat opens the new build */
		}
	}, RECYCLE_IDLE_MS);
	recycleTimer.unref();
}

/** A parameterised query returning JSON-safe row objects (BIGINT → string, so cast counts in SQL). */
export async function query<T = Row>(sql: string, params: Params = []): Promise<T[]> {
	return withConnection(async (con) => (await con.runAndReadAll(sql, params)).getRowObjectsJson() as T[]);
}

/** Memoises an aggregate for the lifetime of one build: computed once per build_id, dropped with the build. */
export async function cachedPerBuild<T>(key: string, compute: () => Promise<T>): Promise<T> {
	const handle = await currentHandle();
	const cacheKey = `${handle.buildId}\u0000${key}`;
	let hit = handle.cache.get(cacheKey) as Promise<T> | undefined;
	if (!hit) {
		hit = compute();
		handle.cache.set(cacheKey, hit);
		hit.catch(() => handle.cache.delete(cacheKey));
	}
	return hit;
}

export async function currentBuildId(): Promise<string> {
	return (await currentHandle()).buildId;
}

/** A column of a query's result, as a wrapper around the query needs to know it. */
export interface ColumnInfo {
	name: string;
	type: DuckDBType;
}

/**
 * Streams a query chunk by chunk (DuckDB's streaming result, about 2048 rows a chunk); the
 * connection and the build stay held until the consumer finishes or cancels.
 */
export async function streamRows(
	sql: string,
	params: Params
): Promise<{ columns: string[]; next: () => Promise<unknown[][] | null>; close: () => void }> {
	return streamQueries([{ sql, params }]);
}

/**
 * Streams several queries with the same columns one after another on one connection, as if they were one result:
 * for downloads cut into slices that are each sorted on their own.
 */
export async function streamQueries(
	queries: { sql: string; params: Params }[]
): Promise<{ columns: string[]; next: () => Promise<unknown[][] | null>; close: () => void }> {
	const s = await streamChunks(queries);
	// plain JS values (the JSON converter visits every value): numbers, strings, booleans, bigint for BIGINT
	return { columns: s.columns.map((c) => c.name), next: async () => (await s.next())?.getRows() ?? null, close: s.close };
}

/**
 * Streams queries through a wrapper that DuckDB runs around each of them (`wrap` gets the queries' columns and the
 * inner SQL, and returns SQL with one BLOB column): the bytes of each chunk come back concatenated, never decoded
 * into JavaScript strings. For downloads whose text DuckDB renders itself, which is several times faster.
 */
export async function streamRendered(
	queries: { sql: string; params: Params }[],
	wrap: (columns: ColumnInfo[], inner: string) => string
): Promise<{ columns: string[]; next: () => Promise<Uint8Array | null>; close: () => void; buildId: string }> {
	const s = await streamChunks(queries, wrap);
	const next = async () => {
		const chunk = await s.next();
		if (!chunk) return null;
		const parts = chunk.getColumnValues(0) as (DuckDBBlobValue | null)[];
		return Buffer.concat(parts.map((p) => p?.bytes ?? EMPTY));
	};
	return { columns: s.columns.map((c) => c.name), next, close: s.close, buildId: s.buildId };
}

const EMPTY = new Uint8Array(0);

/** The streaming core: gate, build handle, connection and the queries run one after another. */
async function streamChunks(
	queries: { sql: string; params: Params }[],
	wrap?: (columns: ColumnInfo[], inner: string) => string
): Promise<{ columns: ColumnInfo[]; next: () => Promise<DuckDBDataChunk | null>; close: () => void; buildId: string }> {
	const leave = await streamGate.enter();
	let handle: Handle;
	try {
		handle = await currentHandle();
	} catch (e) {
		leave();
		throw e;
	}
	handle.inFlight++;
	handle.heavy = true;
	let con: DuckDBConnection | null = null;
	let closed = false;
	const close = () => {
		if (closed) return;
		closed = true;
		con?.closeSync();
		release(handle);
		leave();
		collectSoon();
	};
	try {
		con = await handle.instance.connect();
		// the columns come from preparing the first query, which runs nothing
		const prepared = await con.prepare(queries[0].sql);
		const columns = Array.from({ length: prepared.columnCount }, (_, i) => ({ name: prepared.columnName(i), type: prepared.columnType(i) }));
		const sqlOf = (k: number) => (wrap ? wrap(columns, queries[k].sql) : queries[k].sql);
		let k = 0;
		let result = await con.stream(sqlOf(0), queries[0].params);
		const next = async (): Promise<DuckDBDataChunk | null> => {
			if (closed) return null;
			const chunk = await result.fetchChunk();
			if (!chunk || chunk.rowCount === 0) {
				if (++k < queries.length && con) {
					result = await con.stream(sqlOf(k), queries[k].params);
					return next();
				}
				close();
				return null;
			}
			return chunk;
		};
		return { columns, next, close, buildId: handle.buildId };
	} catch (e) {
		close();
		throw e;
	}
}

/** For tests and shutdown: forget the open build so the next call reopens from disk. */
export function resetDbForTests() {
	if (current) retire(current);
	current = null;
	lastStatAt = 0;
	lastIdentity = '';
}
