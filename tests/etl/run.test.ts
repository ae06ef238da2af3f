// The ETL end to end on the seeds and on a folder of bad files: what lands in DuckDB, what is reported, and that reruns are identical.
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { DuckDBInstance } from '@duckdb/node-api';
import { runEtl } from '../../etl/run.ts';
import { exportFacts } from '../../etl/export.ts';
import { EXPORT_COLUMNS } from '../../etl/schema.ts';
import { DEFAULT_INPUT } from '../../etl/paths.ts';

async function query(db: string, sql: string, params: (string | number)[] = []) {
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
	const con = await inst.connect();
	try {
		return (await con.runAndReadAll(sql, params)).getRowObjectsJson() as Record<string, unknown>[];
	} finally {
		con.closeSync();
		inst.closeSync();
	}
}

async function exportText(db: string, format: 'csv' | 'jsonl') {
	const out = new PassThrough();
	const chunks: Buffer[] = [];
	out.on('data', (c) => chunks.push(Buffer.from(c)));
	await exportFacts({ db, format, out });
	return Buffer.concat(chunks).toString('utf8');
}

const dir = mkdtempSync(join(tmpdir(), 'factboard-etl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'seeds.duckdb');
const opts = { input: DEFAULT_INPUT, attribution: 'reference' as const, jobs: 2 };

describe('ETL on the seeds', () => {
	beforeAll(async () => {
		await runEtl({ ...opts, db });
	});

	it('loads every seed file with its articles and facts', async () => {
		const log = await query(db, 'SELECT file, status, articles, facts FROM ingest_log ORDER BY file');
		expect(log.map((l) => l.file)).toEqual(readdirSync(DEFAULT_INPUT).sort());
		expect(log.every((l) => l.status === 'loaded' && Number(l.articles) > 0 && Number(l.facts) > 0)).toBe(true);
	});

	it('stores real values in canonical units with their sentence and offsets into the source file', async () => {
		const [f] = await query(db, `SELECT * FROM facts WHERE quote = $1`, ['38744.6公斤']);
		expect(f).toMatchObject({ value: 38744.6, dimension: 'weight', unit: 'kg', approx: 'exact' });
		expect(String(f.sentence)).toContain('回收可回收物38744.6公斤');
		const src = readFileSync(join(DEFAULT_INPUT, String(f.file)), 'utf8');
		expect(src.slice(Number(f.start), Number(f.end))).toBe('38744.6公斤');
		const [money] = await query(db, `SELECT value, approx FROM facts WHERE quote = $1`, ['3000万余元']);
		expect(money).toEqual({ value: 30000000, approx: 'at_least' });
		const [rate] = await query(db, `SELECT per FROM facts WHERE quote = $1`, ['30吨左右']);
		expect(rate.per).toBe('day');
	});

	it('highlights facts at the right place in the stored article text', async () => {
		const rows = await query(db, `SELECT f.quote, substr(a.text, f.article_start + 1, f.article_end - f.article_start) AS shown FROM facts f JOIN articles a USING (article_id)`);
		expect(rows.length).toBeGreaterThan(100);
		for (const r of rows) expect(r.shown).toBe(r.quote);
	});

	it('links a headline figure restated in the body to one canonical fact', async () => {
		const rows = await query(db, `SELECT fact_id, canonical_id FROM facts WHERE quote = '3家' AND file LIKE '001%' ORDER BY start`);
		expect(rows).toHaveLength(2);
		expect(rows[1].canonical_id).toBe(rows[0].fact_id);
	});

	it('gives the same database, ids and export when run again, with any number of workers', async () => {
		const db2 = join(dir, 'again.duckdb');
		await runEtl({ ...opts, db: db2, jobs: 1 });
		expect(await exportText(db2, 'jsonl')).toBe(await exportText(db, 'jsonl'));
		const [a] = await query(db, 'SELECT build_id FROM build');
		const [b] = await query(db2, 'SELECT build_id FROM build');
		expect(a.build_id).toBe(b.build_id);
	});

	it('exports CSV with a BOM, the fixed columns in order, and no formula cells', async () => {
		const csv = await exportText(db, 'csv');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.slice(1).split('\n')[0]).toBe(EXPORT_COLUMNS.join(','));
		for (const line of csv.split('\n').slice(1)) expect(line).not.toMatch(/(^|,)[=+\-@]/u);
	});
});

describe('incremental runs', () => {
	it('reuses unchanged files, redoes a changed one and drops a removed one', async () => {
		const input = join(dir, 'inc');
		mkdirSync(input, { recursive: true });
		for (const f of readdirSync(DEFAULT_INPUT)) copyFileSync(join(DEFAULT_INPUT, f), join(input, f));
		const out = join(dir, 'inc.duckdb');
		const first = await runEtl({ ...opts, input, db: out });
		expect(first.reused).toBe(0);
		const again = await runEtl({ ...opts, input, db: out });
		expect(again.reused).toBe(first.files);
		expect(again.facts).toBe(first.facts);
		expect(again.build_id).toBe(first.build_id);

		const [changed, removed] = readdirSync(input).sort();
		writeFileSync(join(input, changed), '某县新闻\n\n本报讯(记者 王五)全县新建公厕12座。\n');
		rmSync(join(input, removed));
		const third = await runEtl({ ...opts, input, db: out });
		expect(third.reused).toBe(first.files - 2);
		const files = await query(out, 'SELECT file, count(*)::INTEGER AS n FROM facts GROUP BY file ORDER BY file');
		expect(files.map((r) => r.file)).not.toContain(removed);
		expect(files.find((r) => r.file === changed)?.n).toBe(1);
		// the result equals a full run on the same folder
		const full = join(dir, 'inc-full.duckdb');
		await runEtl({ ...opts, input, db: full, incremental: false });
		expect(await exportText(out, 'jsonl')).toBe(await exportText(full, 'jsonl'));
	});
});

describe('ETL on bad input', () => {
	it('accounts for every file: loads the good ones, skips empty and non-text ones, fails binary ones', async () => {
		const input = join(dir, 'bad');
		mkdirSync(join(input, 'sub'), { recursive: true });
		copyFileSync(join(DEFAULT_INPUT, readdirSync(DEFAULT_INPUT)[0]), join(input, 'good.txt'));
		writeFileSync(join(input, 'empty.txt'), '');
		writeFileSync(join(input, 'blank.txt'), '\n  \n');
		writeFileSync(join(input, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
		writeFileSync(join(input, 'binary.txt'), Buffer.from([1, 2, 0, 0, 3, 4, 0, 5]));
		writeFileSync(join(input, 'sub', 'gbk.txt'), iconv.encode('某乡开展环境整治\n\n本报讯(记者 李四)全乡清理垃圾20吨,发动群众300余人。\n'.repeat(5), 'gbk'));
		writeFileSync(join(input, 'formula.txt'), '=1+1 开展活动\n\n本报讯(记者 李四)@某村 新建3个站点。\n');
		const out = join(dir, 'bad.duckdb');
		const s = await runEtl({ ...opts, input, db: out });
		const log = Object.fromEntries((await query(out, 'SELECT file, status, encoding, reason FROM ingest_log')).map((r) => [r.file, r]));
		expect(Object.keys(log).sort()).toEqual(['binary.txt', 'blank.txt', 'empty.txt', 'formula.txt', 'good.txt', 'image.png', 'sub/gbk.txt']);
		expect(log['good.txt'].status).toBe('loaded');
		expect(log['sub/gbk.txt']).toMatchObject({ status: 'loaded', encoding: 'gb18030' });
		expect(log['empty.txt']).toMatchObject({ status: 'skipped', reason: 'empty file' });
		expect(log['image.png'].status).toBe('skipped');
		expect(log['binary.txt'].status).toBe('failed');
		expect(s.failed).toBe(1);
		const gbk = await query(out, `SELECT quote, value FROM facts WHERE file = 'sub/gbk.txt' ORDER BY start LIMIT 2`);
		expect(gbk).toEqual([
			{ quote: '20吨', value: 20000 },
			{ quote: '300余人', value: 300 }
		]);
		const csv = await exportText(out, 'csv');
		expect(csv).toContain("'=1+1 开展活动");
	});
});
