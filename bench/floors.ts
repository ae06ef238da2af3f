// What this machine's ETL cannot go below: reading the corpus, storing its text in DuckDB and extracting without attribution, each timed alone, and the end-to-end ceiling they leave against a throughput target.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { processFile, makeAttributor } from '../etl/process-file.ts';

export interface PhaseTiming {
	seconds: number;
	mb_per_s: number;
}

export interface FloorResult {
	sample_mb: number;
	files: number;
	/** readFileSync of every sampled file, one thread */
	read: PhaseTiming;
	/** the files' text through the DuckDB Appender into a fresh database file, with its checkpoint: the articles table's floor */
	store: PhaseTiming & { rows: number };
	/** processFile without attribution (read, decode, hash, segment, extract, validate), one thread, warmed up */
	extract: PhaseTiming & { facts: number };
	/** the same with attribution, as the workers run it */
	extract_attribute: PhaseTiming & { facts: number };
	cores: number;
	/**
	 * The best end to end speed these phases allow: reading, storing and extracting spread over every core with perfect
	 * scaling, and attribution, the facts' rows, duplicate links and indexes costing nothing. A target above it cannot
	 * be met on this machine by tuning the rest.
	 */
	ceiling_mb_per_s: number;
}

const timed = <T>(f: () => T): [T, number] => {
	const t = performance.now();
	const r = f();
	return [r, (performance.now() - t) / 1000];
};

/**
 * Times the phases on up to sampleBytes of the corpus's pages, after a warm-up on the files that follow the sample
 * (so the JIT has compiled the grammar, as in a long run, without having seen the measured text).
 */
export async function runFloors(pagesDir: string, sampleBytes: number, scratchDb: string, warmupBytes = 1e6): Promise<FloorResult> {
	const all = readdirSync(pagesDir).sort();
	const sample: string[] = [];
	let bytes = 0;
	let i = 0;
	for (; i < all.length && bytes < sampleBytes; i++) {
		sample.push(join(pagesDir, all[i]));
		bytes += readFileSync(join(pagesDir, all[i])).length;
	}
	const warm: string[] = [];
	for (let w = 0; i < all.length && w < warmupBytes; i++) {
		warm.push(join(pagesDir, all[i]));
		w += readFileSync(join(pagesDir, all[i])).length;
	}
	// a small corpus has nothing after the sample: warm up on the sample itself
	if (!warm.length) warm.push(...sample.slice(0, 20));
	const mb = bytes / 1e6;
	const rate = (s: number) => (s > 0 ? mb / s : 0);

	const [texts, readS] = timed(() => sample.map((p) => readFileSync(p)));

	rmSync(scratchDb, { force: true });
	rmSync(`${scratchDb}.wal`, { force: true });
	const inst = await DuckDBInstance.create(scratchDb, { autoinstall_known_extensions: 'false' });
	const con = await inst.connect();
	let rows = 0;
	let storeS = 0;
	try {
		await con.run('CREATE TABLE pages (file VARCHAR, text VARCHAR)');
		// opening the database is a fixed cost of any run, not a cost per MB: the clock starts at the first row
		const t = performance.now();
		const a = await con.createAppender('pages');
		texts.forEach((buf, k) => {
			a.appendVarchar(sample[k]);
			a.appendVarchar(buf.toString('utf8'));
			a.endRow();
		});
		a.flushSync();
		a.closeSync();
		await con.run('CHECKPOINT');
		storeS = (performance.now() - t) / 1000;
		rows = Number((await con.runAndReadAll('SELECT count(*) FROM pages')).getRows()[0][0]);
	} finally {
		con.closeSync();
		inst.closeSync();
	}
	rmSync(scratchDb, { force: true });
	rmSync(`${scratchDb}.wal`, { force: true });

	const run = (attribution: 'none' | 'reference') => {
		const att = makeAttributor(attribution);
		for (const p of warm) processFile(p, p, att);
		return timed(() => sample.reduce((n, p) => n + processFile(p, p, att).facts.length, 0));
	};
	const [facts, extractS] = run('none');
	const [factsAttributed, attributeS] = run('reference');

	const cores = availableParallelism();
	const cpuSeconds = readS + storeS + extractS;
	return {
		sample_mb: mb,
		files: sample.length,
		read: { seconds: readS, mb_per_s: rate(readS) },
		store: { seconds: storeS, mb_per_s: rate(storeS), rows },
		extract: { seconds: extractS, mb_per_s: rate(extractS), facts },
		extract_attribute: { seconds: attributeS, mb_per_s: rate(attributeS), facts: factsAttributed },
		cores,
		ceiling_mb_per_s: rate(cpuSeconds / cores)
	};
}
