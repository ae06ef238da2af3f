// Runs spread over machines: the Parquet parts of 3 shards, merged, equal one run; the Hive-partitioned export reads back whole.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { runEtl, mergeParts, shardOf, listFiles } from '../../etl/run.ts';
import { exportFacts, exportParquet } from '../../etl/export.ts';
import { DEFAULT_INPUT } from '../../etl/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'factboard-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function jsonl(db: string) {
	const out = new PassThrough();
	const chunks: Buffer[] = [];
	out.on('data', (c) => chunks.push(Buffer.from(c)));
	await exportFacts({ db, format: 'jsonl', out });
	return Buffer.concat(chunks).toString('utf8');
}

describe('sharded runs', () => {
	it('spreads files over shards by name', () => {
		const names = listFiles(DEFAULT_INPUT).map((p) => p.split('/').pop()!);
		const slices = [0, 1, 2].map((i) => names.filter((n) => shardOf(n, 3) === i));
		expect(slices.flat().sort()).toEqual(names.sort());
	});

	it('merges the parts of 3 shards into exactly the facts of one run', async () => {
		const parts = join(dir, 'parts');
		for (const index of [1, 2, 3]) await runEtl({ input: DEFAULT_INPUT, db: join(dir, 'unused.duckdb'), shard: { index, count: 3 }, partsDir: parts, jobs: 1 });
		const merged = join(dir, 'merged.duckdb');
		const m = await mergeParts({ partsDir: parts, db: merged });
		const single = join(dir, 'single.duckdb');
		const s = await runEtl({ input: DEFAULT_INPUT, db: single, jobs: 2 });
		expect(m.facts).toBe(s.facts);
		expect(m.build_id).toBe(s.build_id);
		expect(await jsonl(merged)).toBe(await jsonl(single));
	});

	it('writes Hive-partitioned Parquet by source and year that reads back to every fact', async () => {
		const db = join(dir, 'single.duckdb');
		const out = join(dir, 'hive');
		const n = await exportParquet(db, out);
		const inst = await DuckDBInstance.create(':memory:');
		const con = await inst.connect();
		const rows = (
			await con.runAndReadAll(
				`SELECT source, year, count(*)::INTEGER AS n FROM read_parquet('${out}/**/*.parquet', hive_partitioning = true) GROUP BY ALL ORDER BY ALL`
			)
		).getRowObjectsJS();
		con.closeSync();
		inst.closeSync();
		expect(rows.reduce((s, r) => s + Number(r.n), 0)).toBe(n);
		expect(new Set(rows.map((r) => r.source)).size).toBe(listFiles(DEFAULT_INPUT).length);
		expect(rows.some((r) => /^20\d\d$/.test(String(r.year)))).toBe(true);
	});
});
