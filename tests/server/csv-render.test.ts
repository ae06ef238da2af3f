// CSV rendered by DuckDB (csvLinesSql) is byte for byte what csv-stringify writes from the same rows in JavaScript.
import { describe, expect, it, beforeAll } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { useFixtureDb } from './use-fixture';
import { resetDbForTests } from '../../src/lib/server/db';
import { csvFromRows, csvResponse, downloadCacheStats } from '../../src/lib/server/csv';

const fixture = useFixtureDb();

const STRINGS = [
	'=SUM(A1)', '+1', '-x', '@a', '\tx', '\rx', 'a,b', 'a"b', '"', 'line\nbreak', 'cr\ronly', 'crlf\r\nend', '', null,
	'中文，全角', "'quoted'", 'back\\slash', 'e\\1', '%_', '🙂 emoji', ' lead space', 'trail space ', '1,200万元', '-5', '=1+2,"x"'
];
const NUMBERS = [
	0, -0, 1, -5, 0.1, 0.5, -0.25, 666.6666666666666, 1 / 3, 95.6, 543.55e4, 123456789.123, 1e15 + 0.5, 4503599627370495.5,
	1e20, 9.99e20, 12345678901234567890, 9007199254740994, 9007199254741000, 2 ** 60, 1e16, 1.5e17, 1e21, 1.5e21, 1e-4, 9.99e-5, 1e-5, 2.5e-5, -2.5e-5, 3.14159e-6, 1e-6, 9.99e-7, 1e-7, 1.5e-7, -1.5e-7, 1e-10, null
];

// numbers of every magnitude, from a fixed seed so a failure can be replayed
function randomNumbers(n: number): number[] {
	let x = 12345;
	const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
	return Array.from({ length: n }, () => {
		const v = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 30 - 12);
		return rnd() < 0.3 ? Math.round(v) : v;
	});
}

describe('CSV rendered in DuckDB', () => {
	const rows: Record<string, unknown>[] = [];
	beforeAll(async () => {
		// a table of hostile cells next to the fixture's facts; the server reopens the file afterwards
		resetDbForTests();
		const inst = await DuckDBInstance.create(fixture.file());
		const con = await inst.connect();
		await con.run('CREATE TABLE csv_cases (k INTEGER, s VARCHAR, value VARCHAR, d DOUBLE, i INTEGER, b BIGINT, f BOOLEAN, m DECIMAL(10, 2))');
		const numbers = [...NUMBERS, ...randomNumbers(2000)];
		const n = Math.max(STRINGS.length, numbers.length);
		for (let k = 0; k < n; k++) {
			const s = STRINGS[k % STRINGS.length];
			const d = numbers[k % numbers.length];
			await con.run('INSERT INTO csv_cases VALUES ($1, $2, $3, CAST($4 AS DOUBLE), $5, $6, $7, $8)', [
				k, s, s, d === null ? null : String(d), k % 7 === 0 ? null : k - 1000, BigInt(k) * 10n ** 12n, k % 5 === 0 ? null : k % 2 === 0, k % 3 === 0 ? null : (k % 997) / 4
			]);
		}
		rows.push(...(await con.runAndReadAll('SELECT * FROM csv_cases ORDER BY k')).getRowObjectsJS());
		con.closeSync();
		inst.closeSync();
		resetDbForTests();
	});

	it('equals csv-stringify on strings, formulas, quotes, line breaks, numbers of every magnitude, NULLs and booleans', async () => {
		const columns = ['k', 's', 'value', 'd', 'i', 'b', 'f', 'm'];
		const res = await csvResponse('SELECT * FROM csv_cases ORDER BY k', [], 'cases.csv');
		const got = new Uint8Array(await res.arrayBuffer());
		const want = new TextEncoder().encode(await csvFromRows(columns, rows, 'cases.csv').text());
		const gotText = new TextDecoder().decode(got);
		const wantText = new TextDecoder().decode(want);
		const gotLines = gotText.split('\n');
		const wantLines = wantText.split('\n');
		const firstDiff = wantLines.findIndex((l, i) => l !== gotLines[i]);
		expect(firstDiff, `line ${firstDiff}: ${JSON.stringify(gotLines[firstDiff])} vs ${JSON.stringify(wantLines[firstDiff])}`).toBe(-1);
		expect(gotText).toBe(wantText);
		expect(rows.length).toBeGreaterThan(2000);
	});

	it('neutralises formulas in text columns only', async () => {
		const text = await (await csvResponse("SELECT s, value FROM csv_cases WHERE s IN ('=SUM(A1)', '-5') ORDER BY k LIMIT 2", [], 'x.csv')).text();
		expect(text).toContain("'=SUM(A1),=SUM(A1)");
		expect(text).toContain("'-5,-5");
	});

	it('serves the same small download of the same build again from memory, byte for byte', async () => {
		const sql = 'SELECT k, s, value FROM csv_cases WHERE k < 50 ORDER BY k';
		const hits = downloadCacheStats().hits;
		const first = await (await csvResponse(sql, [], 'a.csv')).text();
		const again = await (await csvResponse(sql, [], 'a.csv')).text();
		expect(again).toBe(first);
		expect(downloadCacheStats().hits).toBe(hits + 1);
		// other parameters are another download
		const other = await (await csvResponse('SELECT k, s, value FROM csv_cases WHERE k < $1 ORDER BY k', [40], 'a.csv')).text();
		expect(other.split('\n').length).toBeLessThan(first.split('\n').length);
		expect(downloadCacheStats().hits).toBe(hits + 1);
		// a download the client gave up on is not kept
		const cancelled = 'SELECT k FROM csv_cases ORDER BY k DESC';
		await (await csvResponse(cancelled, [], 'b.csv')).body!.cancel();
		await (await csvResponse(cancelled, [], 'b.csv')).text();
		expect(downloadCacheStats().hits).toBe(hits + 1);
	});

	it('refuses a column type it cannot write exactly', async () => {
		await expect(csvResponse("SELECT DATE '2024-01-01' AS day", [], 'x.csv')).rejects.toThrow(/not supported/);
	});
});
