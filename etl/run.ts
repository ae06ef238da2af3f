// The ETL run: lists the input files, reuses unchanged ones from the previous build, processes the rest on worker threads, links duplicates and loads one new database.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { IngestRecord } from './types.ts';
import { processInline, WorkerPool, type Job, type OnResult, type Parts } from './pool.ts';
import type { Attribution } from './process-file.ts';
import { linkGroup } from './dedupe.ts';
import { DuckDBInstance } from '@duckdb/node-api';
import { DatabaseWriter, removeStaleTemporaries, type Row } from './load.ts';
import type { Column } from './schema.ts';
import { contentId } from './ids.ts';
import { rulesHash } from './rules-hash.ts';
import { sqlString } from './sql.ts';
import { referenceRows } from './attributor.ts';

export interface RunOptions {
	input: string;
	db: string;
	attribution?: Attribution;
	/** worker threads; default one per core */
	jobs?: number;
	/** process only the I-th of N slices of the input (1-based), for runs spread over machines */
	shard?: { index: number; count: number };
	/** reuse rows of unchanged files from the database at `db` (default true) */
	incremental?: boolean;
	/** with shard: write this slice's rows as Parquet parts under this folder instead of a database */
	partsDir?: string;
	onFile?: (p: { file: string; bytes: number; facts: number; status: IngestRecord['status']; reused: boolean }) => void;
}

export interface RunSummary {
	files: number;
	loaded: number;
	skipped: number;
	failed: number;
	reused: number;
	articles: number;
	facts: number;
	bytes: number;
	perDimension: Record<string, number>;
	seconds: number;
	/** time spent after extraction: copying reused rows, linking duplicates, indexes, the final write */
	loadSeconds: number;
	log: IngestRecord[];
	build_id: string;
}

/** Every regular file below dir, sorted so runs are deterministic; hidden files and folders are left out. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (e.name.startsWith('.')) continue;
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile()) out.push(p);
		}
	};
	walk(dir);
	return out;
}

/** Which slice a file belongs to: by a hash of its name, so adding a file does not move the others between shards. */
export const shardOf = (name: string, count: number) => parseInt(contentId(name).slice(0, 8), 16) % count;

interface Previous {
	perDimension: Record<string, number>;
	byFile: Map<string, IngestRecord>;
	build_id: string;
	articles: number;
	facts: number;
}

/** What the previous build at `db` knew about each file, if it was made under the same rules; read without locking it. */
async function readPrevious(db: string, rules: string): Promise<Previous | null> {
	if (!existsSync(db)) return null;
	const inst = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
	const con = await inst.connect();
	try {
		await con.run(`ATTACH ${sqlString(db)} AS prev (READ_ONLY)`);
		const [b] = (await con.runAndReadAll('SELECT build_id, rules_hash, articles, facts FROM prev.build')).getRowObjectsJS();
		if (!b || b.rules_hash !== rules) return null;
		const rows = (await con.runAndReadAll('SELECT * FROM prev.ingest_log')).getRowObjectsJS();
		const dims = (await con.runAndReadAll('SELECT dimension, count(*)::INTEGER AS n FROM prev.facts GROUP BY ALL')).getRowObjectsJS();
		return {
			perDimension: Object.fromEntries(dims.map((d) => [String(d.dimension), Number(d.n)])),
			byFile: new Map(rows.map((r) => [String(r.file), { ...r, size_bytes: Number(r.size_bytes) } as unknown as IngestRecord])),
			build_id: String(b.build_id),
			articles: Number(b.articles),
			facts: Number(b.facts)
		};
	} catch {
		return null; // not a database, locked by a writer, or of an older schema: build from scratch
	} finally {
		con.closeSync();
		inst.closeSync();
	}
}

export async function runEtl(opts: RunOptions): Promise<RunSummary> {
	const t0 = performance.now();
	const input = resolve(opts.input);
	const db = resolve(opts.db);
	const rules = rulesHash();
	let paths = listFiles(input);
	const names = new Map(paths.map((p) => [p, relative(input, p)]));
	if (opts.shard) paths = paths.filter((p) => shardOf(names.get(p)!, opts.shard!.count) === opts.shard!.index - 1);

	removeStaleTemporaries(db); // what killed runs left behind, even when this run turns out to have nothing to write
	const jobs = opts.jobs ?? availableParallelism();
	const attribution = opts.attribution ?? 'reference';
	const scratchDir = `${db}.tmp-${process.pid}-${Date.now()}.scratch`;
	const startPool = (files: number) => (jobs > 1 && files > 1 ? new WorkerPool(Math.min(jobs, files), { attribution, scratchDir }) : null);
	// a fresh build processes every file: its workers boot while this thread lists the input and opens the database
	let pool = existsSync(db) ? null : startPool(paths.length);
	let w: DatabaseWriter | null = null;
	try {
		const prev = opts.incremental === false || opts.partsDir ? null : await readPrevious(db, rules);
		const reuse: string[] = [];
		const todo: Job[] = [];
		const mtimes = new Map<string, number>();
		for (const path of paths) {
			const name = names.get(path)!;
			const st = statSync(path);
			mtimes.set(name, st.mtimeMs);
			const old = prev?.byFile.get(name);
			// same size and modification time: the same file, whatever its outcome was (loaded, skipped or failed)
			if (old && old.size_bytes === st.size && old.mtime_ms === st.mtimeMs) reuse.push(name);
			else todo.push({ path, name });
		}
		if (prev && todo.length === 0 && reuse.length === prev.byFile.size) {
			// nothing changed: the database on disk is already this run's result
			const log = [...prev.byFile.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
			for (const l of log) opts.onFile?.({ file: l.file, bytes: l.size_bytes, facts: l.facts, status: l.status, reused: true });
			return summarise(log, reuse.length, prev.articles, prev.facts, prev.perDimension, t0, prev.build_id, 0);
		}
		if (todo.length <= 1 || jobs <= 1) {
			await pool?.terminate();
			pool = null;
		} else pool ??= startPool(todo.length);

		w = await DatabaseWriter.create(db);
		const articles = await w.appender('articles');
		const facts = await w.appender('facts');
		const ingest = await w.appender('ingest_log');
		const perDimension: Record<string, number> = {};
		const onResult: OnResult = (job, r) => {
			r.log.mtime_ms = mtimes.get(job.name) ?? null;
			ingest.add(r.log as unknown as Row);
			if (r.rows) {
				for (const a of r.rows.articles) articles.add(a as unknown as Row);
				for (const f of r.rows.facts) facts.add(f as unknown as Row);
			}
			for (const [d, k] of Object.entries(r.perDimension)) perDimension[d] = (perDimension[d] ?? 0) + k;
			opts.onFile?.({ file: job.name, bytes: r.log.size_bytes, facts: r.facts, status: r.log.status, reused: false });
		};
		let parts: Parts = { articles: [], facts: [] };
		if (pool) parts = await pool.run(todo, onResult);
		else await processInline(todo, attribution, onResult);
		ingest.close();
		articles.close();
		facts.close();
		const tProcessed = performance.now();
		trace('process files', t0);
		// the workers' rows, a table at a time in one parallel scan of their parts; facts go first, before the
		// articles' long texts fill the buffer pool
		for (const t of ['facts', 'articles'] as const) {
			if (!parts[t].length) continue;
			const files = parts[t].map(sqlString).join(', ');
			await w.run(`INSERT INTO ${t} SELECT * FROM read_parquet([${files}])`);
			// written out table by table: one checkpoint of both tables at the next commit held ~60 MB more at its peak
			await w.run('CHECKPOINT');
		}
		rmSync(scratchDir, { recursive: true, force: true });
		trace('merge scratch', tProcessed);

		// unchanged files: their rows come from the previous build, in bulk
		if (prev && reuse.length) {
			await w.run(`ATTACH ${sqlString(db)} AS prev (READ_ONLY)`);
			await tempTable(w, 'reuse', [['file', 'VARCHAR']], reuse.map((f) => [f]));
			for (const t of ['ingest_log', 'articles', 'facts']) await w.run(`INSERT INTO ${t} SELECT * FROM prev.${t} WHERE file IN (SELECT file FROM reuse)`);
			await w.run('DETACH prev');
			for (const name of reuse) {
				const l = prev.byFile.get(name)!;
				opts.onFile?.({ file: name, bytes: l.size_bytes, facts: l.facts, status: l.status, reused: true });
			}
		}
		let tt = performance.now();
		await settleDuplicateFiles(w);
		trace('duplicate files', tt);
		if (opts.partsDir) {
			// a shard's parts are its raw rows: links between duplicates are made when the parts are merged
			await writeParts(w, opts.partsDir, opts.shard);
			const r = await finishSummary(w, reuse.length, t0, rules, tProcessed);
			w.abort();
			return r;
		}
		tt = performance.now();
		const ref = opts.attribution === 'none' ? { places: [], agencies: [], themes: [] } : referenceRows();
		await w.append('places', ref.places);
		await w.append('agencies', ref.agencies);
		await w.append('themes', ref.themes);
		trace('reference tables', tt);
		tt = performance.now();
		await linkDuplicatesInDb(w);
		trace('link duplicates', tt);
		tt = performance.now();
		const r = await finishSummary(w, reuse.length, t0, rules, tProcessed);
		trace('summary', tt);
		tt = performance.now();
		await w.commit({ build_id: r.build_id, input_dir: input, files: r.files, articles: r.articles, facts: r.facts, rules_hash: rules });
		trace('commit', tt);
		r.seconds = (performance.now() - t0) / 1000;
		r.loadSeconds = (performance.now() - tProcessed) / 1000;
		return r;
	} catch (e) {
		w?.abort();
		throw e;
	} finally {
		await pool?.terminate();
		rmSync(scratchDir, { recursive: true, force: true });
	}
}

/**
 * FACTBOARD_TRACE=1 prints how long each phase took, the CPU time this process spent in it (the workers' threads
 * included, so CPU above wall time means the phase used more than one core) and the memory in use after it.
 */
let lastCpu = process.cpuUsage();
const trace = (phase: string, since: number) => {
	const c = process.cpuUsage(lastCpu);
	lastCpu = process.cpuUsage();
	if (process.env.FACTBOARD_TRACE) console.error(`trace: ${phase} ${((performance.now() - since) / 1000).toFixed(2)} s, cpu ${((c.user + c.system) / 1e6).toFixed(2)} s, rss ${(process.memoryUsage.rss() / 1e6).toFixed(0)} MB`);
};

/** The run's summary from what the new database holds, which is what the build id and the log must describe. */
async function finishSummary(w: DatabaseWriter, reused: number, t0: number, rules: string, tProcessed: number): Promise<RunSummary> {
	const log = (await w.rows('SELECT * FROM ingest_log ORDER BY file')).map((r) => ({ ...r, size_bytes: Number(r.size_bytes) })) as unknown as IngestRecord[];
	const [c] = await w.rows('SELECT (SELECT count(*) FROM articles)::INTEGER AS a, (SELECT count(*) FROM facts)::INTEGER AS f');
	const perDimension: Record<string, number> = {};
	for (const r of await w.rows('SELECT dimension, count(*)::INTEGER AS n FROM facts GROUP BY dimension ORDER BY n DESC')) perDimension[String(r.dimension)] = Number(r.n);
	const build_id = contentId(rules, ...log.map((l) => `${l.file}:${l.sha256}:${l.status}`));
	return summarise(log, reused, Number(c.a), Number(c.f), perDimension, t0, build_id, (performance.now() - tProcessed) / 1000);
}

/** Identical files under several names: the first by name is the source, the others are skipped duplicates, as in any run order. */
async function settleDuplicateFiles(w: DatabaseWriter) {
	await w.run(`CREATE OR REPLACE TEMP TABLE dup AS SELECT file, first_value(file) OVER (PARTITION BY sha256 ORDER BY file) AS first
		FROM ingest_log WHERE status = 'loaded'`);
	await w.run('DELETE FROM facts WHERE file IN (SELECT file FROM dup WHERE file <> first)');
	await w.run('DELETE FROM articles WHERE file IN (SELECT file FROM dup WHERE file <> first)');
	await w.run(`UPDATE ingest_log SET status = 'skipped', reason = 'duplicate of ' || dup.first, articles = 0, facts = 0
		FROM dup WHERE ingest_log.file = dup.file AND dup.file <> dup.first`);
}

/** Runs duplicate linking over the facts that share a key with another fact, and writes canonical ids back. */
async function linkDuplicatesInDb(w: DatabaseWriter) {
	await w.run('UPDATE facts SET canonical_id = fact_id WHERE canonical_id <> fact_id');
	// The candidates: facts that share their key with another fact, numbered in canonical order within their key
	// group. Everything linking compares is turned into numbers here but the subject, because numbers cross into
	// JavaScript far faster than strings; groups are read in a few slices (a group never spans slices), which bounds
	// the memory linking needs.
	await w.run(`CREATE OR REPLACE TEMP TABLE dup_keys AS
		SELECT dimension, unit, value, coalesce(per, '') AS per, coalesce(district, '') AS district, coalesce(agency, '') AS agency,
		       (row_number() OVER ())::INTEGER AS grp
		FROM facts GROUP BY ALL HAVING count(*) > 1`);
	// article and "same quote in the same sentence" are compared by 53-bit hashes, exact as doubles
	await w.run(`CREATE OR REPLACE TEMP TABLE dup_cands AS
		SELECT f.fact_id, k.grp, (k.grp % 8)::INTEGER AS slice,
		       (row_number() OVER (PARTITION BY k.grp ORDER BY f.file, f.start) - 1)::INTEGER AS pos,
		       (hash(f.article_id) >> 11)::DOUBLE AS article, (hash(f.quote, f.sentence) >> 11)::DOUBLE AS same,
		       f.subject, f.optional,
		       f.article_end <= a.head_end AS in_headline
		FROM facts f JOIN dup_keys k ON f.dimension = k.dimension AND f.unit = k.unit AND f.value = k.value
		  AND coalesce(f.per, '') = k.per AND coalesce(f.district, '') = k.district AND coalesce(f.agency, '') = k.agency
		JOIN (SELECT article_id, CASE WHEN title <> '' THEN strpos(text, title) - 1 + length(title) ELSE 0 END AS head_end FROM articles) a
		  ON a.article_id = f.article_id`);
	const changed: [number, number, number][] = [];
	for (let slice = 0; slice < 8; slice++) {
		const c = (
			await w.con.runAndReadAll('SELECT grp, pos, article, same, subject, optional, in_headline FROM dup_cands WHERE slice = $1 ORDER BY grp, pos', [slice])
		).getColumnsObjectJS() as { grp: number[]; pos: number[]; article: number[]; same: number[]; subject: (string | null)[]; optional: boolean[]; in_headline: boolean[] };
		for (let i = 0; i < c.grp.length; ) {
			let j = i;
			while (j < c.grp.length && c.grp[j] === c.grp[i]) j++;
			const members = [];
			for (let m = i; m < j; m++) members.push({ article: c.article[m], same: c.same[m], subject: c.subject[m], optional: c.optional[m], in_headline: c.in_headline[m] });
			linkGroup(members).forEach((to, m) => to !== m && changed.push([c.grp[i], c.pos[i + m], c.pos[i + to]]));
			i = j;
		}
	}
	if (changed.length) {
		await tempTable(w, 'canon', [['grp', 'INTEGER'], ['pos', 'INTEGER'], ['canon_pos', 'INTEGER']], changed);
		await w.run(`UPDATE facts SET canonical_id = c.canonical_id FROM (
			SELECT d.fact_id, k.fact_id AS canonical_id FROM canon
			JOIN dup_cands d ON d.grp = canon.grp AND d.pos = canon.pos
			JOIN dup_cands k ON k.grp = canon.grp AND k.pos = canon.canon_pos) c
			WHERE facts.fact_id = c.fact_id`);
	}
	await w.run('DROP TABLE dup_cands');
	await w.run('DROP TABLE dup_keys');
}

/** A temporary table filled through the Appender; rows are arrays in the order of the columns. */
async function tempTable(w: DatabaseWriter, name: string, columns: readonly Column[], rows: (string | number)[][]) {
	await w.run(`CREATE TEMP TABLE ${name} (${columns.map(([c, t]) => `${c} ${t}`).join(', ')})`);
	await w.append(name, rows.map((r) => Object.fromEntries(columns.map(([c], i) => [c, r[i]]))), columns);
}

const PART_TABLES = ['ingest_log', 'articles', 'facts'] as const;

/** Writes a shard's rows as Parquet: DIR/part-I-of-N/{ingest_log,articles,facts}.parquet. */
async function writeParts(w: DatabaseWriter, dir: string, shard?: { index: number; count: number }) {
	const part = join(resolve(dir), shard ? `part-${shard.index}-of-${shard.count}` : 'part-1-of-1');
	rmSync(part, { recursive: true, force: true });
	mkdirSync(part, { recursive: true });
	for (const t of PART_TABLES) await w.run(`COPY (SELECT * FROM ${t} ORDER BY ALL) TO ${sqlString(join(part, t + '.parquet'))} (FORMAT parquet)`);
}

/**
 * Builds one database from the Parquet parts of N shard runs: the rows of every part, the reference tables,
 * and duplicate links made across all of them, so the result equals a single run over the whole input.
 */
export async function mergeParts(opts: { partsDir: string; db: string; attribution?: Attribution }): Promise<RunSummary> {
	const t0 = performance.now();
	const dir = resolve(opts.partsDir);
	const parts = readdirSync(dir).filter((d) => /^part-\d+-of-\d+$/.test(d));
	if (!parts.length) throw new Error(`no shard parts (part-I-of-N folders) in ${dir}`);
	const counts = new Set(parts.map((p) => p.split('-of-')[1]));
	if (counts.size > 1) throw new Error(`parts of different shard counts in ${dir}: ${[...counts].join(', ')}`);
	const w = await DatabaseWriter.create(resolve(opts.db));
	try {
		for (const t of PART_TABLES) {
			const files = parts.map((p) => sqlString(join(dir, p, t + '.parquet'))).join(', ');
			await w.run(`INSERT INTO ${t} SELECT * FROM read_parquet([${files}]) ORDER BY ALL`);
		}
		await settleDuplicateFiles(w); // identical files that landed in different shards
		const ref = opts.attribution === 'none' ? { places: [], agencies: [], themes: [] } : referenceRows();
		await w.append('places', ref.places);
		await w.append('agencies', ref.agencies);
		await w.append('themes', ref.themes);
		await linkDuplicatesInDb(w);
		const rules = rulesHash();
		const r = await finishSummary(w, 0, t0, rules, t0);
		await w.commit({ build_id: r.build_id, input_dir: dir, files: r.files, articles: r.articles, facts: r.facts, rules_hash: rules });
		return r;
	} catch (e) {
		w.abort();
		throw e;
	}
}

function summarise(
	log: IngestRecord[],
	reused: number,
	articles: number,
	facts: number,
	perDimension: Record<string, number>,
	t0: number,
	build_id: string,
	loadSeconds: number
): RunSummary {
	return {
		files: log.length,
		loaded: log.filter((l) => l.status === 'loaded').length,
		skipped: log.filter((l) => l.status === 'skipped').length,
		failed: log.filter((l) => l.status === 'failed').length,
		reused,
		articles,
		facts,
		bytes: log.reduce((s, l) => s + l.size_bytes, 0),
		perDimension,
		seconds: (performance.now() - t0) / 1000,
		loadSeconds,
		log,
		build_id
	};
}
