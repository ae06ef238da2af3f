// Bad input, one case at a time: each fixture is made here, and the test checks what was loaded and what was reported.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { DuckDBInstance } from '@duckdb/node-api';
import { runEtl } from '../../etl/run.ts';
import { DEFAULT_INPUT } from '../../etl/paths.ts';

const root = mkdtempSync(join(tmpdir(), 'factboard-robust-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const ARTICLE = '某乡开展环境整治\n\n本报讯(记者 李四)全乡清理垃圾20吨,发动群众300余人,投入资金12.5万元。\n';

/** Runs the ETL over one folder holding the given files; returns the ingest log and the facts by file. */
async function load(name: string, files: Record<string, string | Buffer>) {
	const input = join(root, name);
	mkdirSync(input, { recursive: true });
	for (const [f, body] of Object.entries(files)) writeFileSync(join(input, f), body);
	const db = join(root, name + '.duckdb');
	const summary = await runEtl({ input, db, jobs: 1, attribution: 'none' });
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
	const con = await inst.connect();
	const log = (await con.runAndReadAll('SELECT file, status, encoding, reason, facts FROM ingest_log ORDER BY file')).getRowObjectsJson();
	const facts = (await con.runAndReadAll('SELECT file, quote, value, start, "end" FROM facts ORDER BY file, start')).getRowObjectsJson();
	con.closeSync();
	inst.closeSync();
	return { summary, log, facts, input };
}

describe('bad input is reported, the rest still loads', () => {
	it('decodes GBK and GB18030 and says so in the log', async () => {
		const r = await load('gbk', { 'gbk.txt': iconv.encode(ARTICLE.repeat(4), 'gbk'), 'ok.txt': ARTICLE });
		expect(r.log.map((l) => [l.file, l.status, l.encoding])).toEqual([
			['gbk.txt', 'loaded', 'gb18030'],
			['ok.txt', 'loaded', 'utf-8']
		]);
		expect(r.facts.filter((f) => f.file === 'gbk.txt').map((f) => f.quote)).toEqual(Array(4).fill(['20吨', '300余人', '12.5万元']).flat());
	});

	it('reads UTF-8 with a BOM and CRLF line ends with offsets into the decoded text', async () => {
		const crlf = ARTICLE.replace(/\n/g, '\r\n');
		const r = await load('bom', { 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]) });
		expect(r.log[0]).toMatchObject({ status: 'loaded', encoding: 'utf-8-bom' });
		for (const f of r.facts) expect(crlf.slice(Number(f.start), Number(f.end))).toBe(f.quote);
	});

	it('keeps a file whose last multi-byte character was cut off', async () => {
		const buf = Buffer.from(ARTICLE + '元');
		const r = await load('torn', { 'torn.txt': buf.subarray(0, buf.length - 2) });
		expect(r.log[0].status).toBe('loaded');
		expect(String(r.log[0].encoding)).toMatch(/truncated/);
		expect(r.facts).toHaveLength(3);
	});

	it('handles one very long line', async () => {
		const line = '全乡清理垃圾20吨,发动群众300余人。'.repeat(60_000); // ~1.2 M characters, no line break
		const r = await load('long', { 'long.txt': line });
		expect(r.log[0].status).toBe('loaded');
		expect(r.facts).toHaveLength(120_000);
	});

	it('loads a single 50 MB file', async () => {
		const page = readFileSync(join(DEFAULT_INPUT, '001_c18fd21ec5579c6e.txt'), 'utf8');
		const big = Array.from({ length: Math.ceil(50e6 / Buffer.byteLength(page)) }, (_, i) => `第${i}版\n\n${page}`).join('\n\n');
		const r = await load('big', { 'big.txt': big });
		expect(Number(r.log[0].facts)).toBeGreaterThan(50_000);
		expect(r.log[0].status).toBe('loaded');
	}, 120_000);

	it('drops absurd numbers, ignores unknown units and reads numbers with stray spaces', async () => {
		const r = await load('odd', {
			'odd.txt': '某县新闻\n\n本报讯(记者 王五)项目金额999999999999亿元,新建12座“光伏方阵”,购置5台套设备,收到3坨样品,共 36 人参加,投入 8.5 万元。\n'
		});
		expect(r.facts.map((f) => [f.quote, f.value])).toEqual([
			['12座', 12],
			['5台套', 5],
			['36 人', 36],
			['8.5 万元', 85000]
		]);
	});

	it('reads through long runs of digits and numerals (a table dump, a code) and finds the figures around them', async () => {
		// with unbounded numerals each search was quadratic in the run: 100,000 digits took minutes, 300,000 hours
		const run = '7'.repeat(100_000);
		const r = await load('runs', {
			'runs.txt': `某县新闻\n\n全县新增就业320人。编码${run}人,${'三'.repeat(100_000)}名${run}\n\n共发放资金8.5万元。\n`
		});
		expect(r.log[0].status).toBe('loaded');
		expect(r.facts.map((f) => f.quote)).toEqual(['320人', '8.5万元']);
	});

	it('reads a page that is one huge paragraph (no blank lines, no full stops) with thousands of bodies and figures', async () => {
		// every figure once scanned the whole paragraph for its clause, sentence and bodies: 20,000 of them took minutes
		const body = '县人社局、县财政局和县民政局联合为群众发放补贴100元,该局新增就业3人,'.repeat(10_000);
		const r = await load('huge', { 'huge.txt': `某县新闻\n\n${body}\n` });
		expect(r.log[0].status).toBe('loaded');
		expect(r.facts.length).toBe(20_000);
		expect(new Set(r.facts.map((f) => f.quote))).toEqual(new Set(['100元', '3人']));
	});

	it('reads a huge paragraph that holds 分别 and 其中 once, far from most of its figures', async () => {
		// the words that hand figures out in turn (分别) or single out a part (其中) were once searched for past the sentence
		const body = '其中城关区、达孜区分别增长,' + '县人社局为群众发放补贴100元,新增就业3人,'.repeat(15_000) + '其中';
		const r = await load('huge2', { 'huge.txt': `某县新闻\n\n${body}\n` });
		expect(r.log[0].status).toBe('loaded');
		expect(r.facts.length).toBe(30_000);
	});

	it('fails a binary file and an undecodable one but loads the others', async () => {
		const r = await load('mixed', {
			'a.txt': ARTICLE,
			'b.txt': Buffer.from([0, 1, 2, 3, 0, 0, 4, 5]),
			'c.txt': Buffer.from([0xff, 0xfe, 0xfd].concat(Array(300).fill(0x80))),
			'd.txt': ARTICLE.replace('20吨', '30吨')
		});
		const status = Object.fromEntries(r.log.map((l) => [l.file, l.status]));
		expect(status['a.txt']).toBe('loaded');
		expect(status['b.txt']).toBe('failed');
		expect(status['d.txt']).toBe('loaded');
		expect(r.summary.failed).toBeGreaterThanOrEqual(1);
		expect(r.log.find((l) => l.file === 'b.txt')?.reason).toMatch(/binary/);
	});
});
