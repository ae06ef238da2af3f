// The ETL run: lists the input files, reuses unchanged ones from the previous build, processes the rest on worker threads, links duplicates and loads one new database.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { IngestRecord } from './types.ts';
import { processAll, type Job } from './pool.ts';
import type { Attribution, FileResult } from './process-file.ts';
import { linkDuplicates, type DedupeFact } from './dedupe.ts';
import { DuckDBInstance } from '@duckdb/node-api';
import { DatabaseWriter, removeStaleTemporaries, type Row } from './load.ts';
import { contentId } from './ids.ts';
import { rulesHash } from './rules-hash.ts';
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

	const w = await DatabaseWriter.create(db);
	try {
		if (prev && reuse.length) await w.run(`ATTACH ${sqlString(db)} AS prev (READ_ONLY)`);
		const log: IngestRecord[] = [];
		const ingest = await w.appender('ingest_log');
		const articles = await w.appender('articles');
		const facts = await w.appender('facts');
		const seen = new Map<string, string>();
		let nArticles = 0;
		let nFacts = 0;
		const perDimension: Record<string, number> = {};

		// unchanged files: copy their rows from the previous build, in bulk
		if (prev && reuse.length) {
			await tempTable(w, 'reuse', ['file'], reuse.map((f) => [f]));
			for (const r of await w.rows('SELECT * FROM prev.ingest_log WHERE file IN (SELECT file FROM reuse) ORDER BY file')) {
				const l = { ...r, size_bytes: Number(r.size_bytes) } as unknown as IngestRecord;
				log.push(l);
				seen.set(l.sha256, l.file);
				opts.onFile?.({ file: l.file, bytes: l.size_bytes, facts: l.facts, status: l.status, reused: true });
			}
		}
		await processAll(todo, { jobs: opts.jobs ?? availableParallelism(), attribution: opts.attribution ?? 'reference' }, (job, r: FileResult) => {
			r.log.mtime_ms = mtimes.get(job.name) ?? null;
			// the same bytes under two names are one source: the second copy is accounted for, not counted again
			const first = r.log.status === 'loaded' ? seen.get(r.log.sha256) : undefined;
			if (first !== undefined && first < job.name) {
				r = { log: { ...r.log, status: 'skipped', reason: `duplicate of ${first}`, articles: 0, facts: 0 }, articles: [], facts: [] };
			} else if (r.log.status === 'loaded') seen.set(r.log.sha256, job.name);
			log.push(r.log);
			for (const a of r.articles) articles.add(a as unknown as Row);
			for (const f of r.facts) {
				facts.add(f as unknown as Row);
				perDimension[f.dimension] = (perDimension[f.dimension] ?? 0) + 1;
			}
			nArticles += r.articles.length;
			nFacts += r.facts.length;
			opts.onFile?.({ file: job.name, bytes: r.log.size_bytes, facts: r.facts.length, status: r.log.status, reused: false });
		});
		// a duplicate seen before its original (worker completion order) is settled here, deterministically by name
		resolveLateDuplicates(log);
		const reused = new Set(reuse);
		for (const l of log) if (!reused.has(l.file)) ingest.add(l as unknown as Row);
		ingest.close();
		articles.close();
		facts.close();

		if (prev && reuse.length) {
			await w.run('INSERT INTO ingest_log SELECT * FROM prev.ingest_log WHERE file IN (SELECT file FROM reuse)');
			await w.run('INSERT INTO articles SELECT * FROM prev.articles WHERE file IN (SELECT file FROM reuse)');
			await w.run('INSERT INTO facts SELECT * FROM prev.facts WHERE file IN (SELECT file FROM reuse)');
		}
		if (prev && reuse.length) await w.run('DETACH prev');
		const tProcessed = performance.now();
		await dropLateDuplicateRows(w, log);

		const ref = opts.attribution === 'none' ? { places: [], agencies: [], themes: [] } : referenceRows();
		await w.append('places', ref.places);
		await w.append('agencies', ref.agencies);
		await w.append('themes', ref.themes);
		if (!opts.partsDir) await linkDuplicatesInDb(w);

		if (opts.partsDir) {
			// a shard's parts are its raw rows: links between duplicates are made when the parts are merged
			await writeParts(w, opts.partsDir, opts.shard);
		}
		const [counts] = await w.rows('SELECT (SELECT count(*) FROM articles)::INTEGER AS a, (SELECT count(*) FROM facts)::INTEGER AS f');
		for (const r of await w.rows('SELECT dimension, count(*)::INTEGER AS n FROM facts GROUP BY dimension')) perDimension[String(r.dimension)] = Number(r.n);
		log.sort((a, b) => (a.file < b.file ? -1 : 1));
		const build_id = contentId(rules, ...log.map((l) => `${l.file}:${l.sha256}:${l.status}`));
		if (opts.partsDir) w.abort();
		else await w.commit({ build_id, input_dir: input, files: log.length, articles: Number(counts.a), facts: Number(counts.f), rules_hash: rules });
		return summarise(log, reuse.length, Number(counts.a), Number(counts.f), perDimension, t0, build_id, (performance.now() - tProcessed) / 1000);
	} catch (e) {
		w.abort();
		throw e;
	}
}

/** Among files with identical bytes, the first by name is the source; the others become skipped duplicates. */
function resolveLateDuplicates(log: IngestRecord[]) {
	const firstByHash = new Map<string, string>();
	for (const l of [...log].sort((a, b) => (a.file < b.file ? -1 : 1))) {
		if (l.status !== 'loaded') continue;
		const first = firstByHash.get(l.sha256);
		if (first === undefined) firstByHash.set(l.sha256, l.file);
		else Object.assign(l, { status: 'skipped', reason: `duplicate of ${first}`, articles: 0, facts: 0, _drop: true });
	}
}

async function dropLateDuplicateRows(w: DatabaseWriter, log: IngestRecord[]) {
	for (const l of log as (IngestRecord & { _drop?: boolean })[]) {
		if (!l._drop) continue;
		delete l._drop;
		await w.run('DELETE FROM facts WHERE file = $1', [l.file]);
		await w.run('DELETE FROM articles WHERE file = $1', [l.file]);
	}
}

/** Runs duplicate linking over the facts that share a key with another fact, and writes canonical ids back. */
async function linkDuplicatesInDb(w: DatabaseWriter) {
	await w.run('UPDATE facts SET canonical_id = fact_id WHERE canonical_id <> fact_id');
	const rows = await w.rows(`
		WITH k AS (
			SELECT dimension, unit, value, coalesce(per, '') AS per, coalesce(district, '') AS district, coalesce(agency, '') AS agency
			FROM facts GROUP BY ALL HAVING count(*) > 1)
		SELECT f.fact_id, f.file, f.article_id, f.start, f.dimension, f.unit, f.value, f.per, f.district, f.agency, f.subject,
		       f.quote, f.sentence, f.optional, f.canonical_id,
		       (a.title <> '' AND f.article_end <= strpos(a.text, a.title) - 1 + length(a.title)) AS in_headline
		FROM facts f JOIN k ON f.dimension = k.dimension AND f.unit = k.unit AND f.value = k.value
		  AND coalesce(f.per, '') = k.per AND coalesce(f.district, '') = k.district AND coalesce(f.agency, '') = k.agency
		JOIN articles a ON a.article_id = f.article_id`);
	const cands = rows as unknown as DedupeFact[];
	linkDuplicates(cands);
	const changed = cands.filter((f) => f.canonical_id !== f.fact_id);
	if (!changed.length) return;
	await tempTable(w, 'canon', ['fact_id', 'canonical_id'], changed.map((f) => [f.fact_id, f.canonical_id]));
	await w.run('UPDATE facts SET canonical_id = canon.canonical_id FROM canon WHERE facts.fact_id = canon.fact_id');
}

/** A temporary table of strings, filled through the Appender. */
async function tempTable(w: DatabaseWriter, name: string, columns: string[], rows: string[][]) {
	await w.run(`CREATE TEMP TABLE ${name} (${columns.map((c) => `${c} VARCHAR`).join(', ')})`);
	const a = await w.con.createAppender(name);
	try {
		for (const r of rows) {
			for (const v of r) a.appendVarchar(v);
			a.endRow();
		}
		a.flushSync();
	} finally {
		a.closeSync();
	}
}

const PART_TABLES = ['ingest_log', 'articles', 'facts'] as const;
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

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
		// identical files that landed in different shards: the first by name is the source, as in a single run
		await w.run(`CREATE TEMP TABLE dup AS SELECT file, first_value(file) OVER (PARTITION BY sha256 ORDER BY file) AS first
			FROM ingest_log WHERE status = 'loaded'`);
		await w.run('DELETE FROM facts WHERE file IN (SELECT file FROM dup WHERE file <> first)');
		await w.run('DELETE FROM articles WHERE file IN (SELECT file FROM dup WHERE file <> first)');
		await w.run(`UPDATE ingest_log SET status = 'skipped', reason = 'duplicate of ' || dup.first, articles = 0, facts = 0
			FROM dup WHERE ingest_log.file = dup.file AND dup.file <> dup.first`);
		const ref = opts.attribution === 'none' ? { places: [], agencies: [], themes: [] } : referenceRows();
		await w.append('places', ref.places);
		await w.append('agencies', ref.agencies);
		await w.append('themes', ref.themes);
		await linkDuplicatesInDb(w);
		const log = (await w.rows('SELECT * FROM ingest_log ORDER BY file')).map((r) => ({ ...r, size_bytes: Number(r.size_bytes) })) as unknown as IngestRecord[];
		const [c] = await w.rows('SELECT (SELECT count(*) FROM articles)::INTEGER AS a, (SELECT count(*) FROM facts)::INTEGER AS f');
		const perDimension: Record<string, number> = {};
		for (const r of await w.rows('SELECT dimension, count(*)::INTEGER AS n FROM facts GROUP BY dimension')) perDimension[String(r.dimension)] = Number(r.n);
		const rules = rulesHash();
		const build_id = contentId(rules, ...log.map((l) => `${l.file}:${l.sha256}:${l.status}`));
		await w.commit({ build_id, input_dir: dir, files: log.length, articles: Number(c.a), facts: Number(c.f), rules_hash: rules });
		return summarise(log, 0, Number(c.a), Number(c.f), perDimension, t0, build_id, (performance.now() - t0) / 1000);
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
