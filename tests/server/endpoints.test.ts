// "This URL gives this CSV/JSON": the endpoints' handlers called with URLs over the fixture database.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { GET as factsCsv } from '../../src/routes/facts.csv/+server';
import { GET as apiFacts } from '../../src/routes/api/facts/+server';
import { GET as apiParquet } from '../../src/routes/api/facts.parquet/+server';
import { GET as totalsCsv } from '../../src/routes/totals.csv/+server';
import { GET as apiTotals } from '../../src/routes/api/totals/+server';
import { parseCsv } from './csv-parse';
import { useFixtureDb } from './use-fixture';

const fixture = useFixtureDb();

// the handlers only read url
const call = (handler: (e: never) => Promise<Response> | Response, path: string) =>
	handler({ url: new URL(`http://localhost${path}`) } as never);

describe('/facts.csv', () => {
	it('gives the filtered rows in the page order, with a BOM and the export columns', async () => {
		const res = await call(factsCsv, '/facts.csv?dimension=money&_sort_desc=value&_page=2&_size=1');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('text/csv');
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		const [header, ...rows] = parseCsv(text);
		expect(header.slice(0, 16)).toEqual([
			'file', 'article_id', 'article_title', 'quote', 'value', 'dimension', 'unit', 'approx', 'per',
			'subject', 'district', 'agency', 'theme', 'start', 'end', 'sentence'
		]);
		// unpaged: paging parameters are accepted and ignored
		const id = header.indexOf('fact_id');
		expect(rows.map((r) => r[id])).toEqual(['F05', 'F01', 'F08', 'F03']);
		expect(rows.map((r) => r[4])).toEqual(['131000000', '5435500', '5435500', '500']);
	});

	it('neutralises formula-shaped text but keeps numbers numeric', async () => {
		const text = await (await call(factsCsv, '/facts.csv?district=阿里地区')).text();
		const [header, row] = parseCsv(text);
		expect(row[header.indexOf('subject')]).toBe(`'=HYPERLINK("x")`);
		expect(row[header.indexOf('sentence')].startsWith("'=")).toBe(true);
		expect(row[header.indexOf('value')]).toBe('12');
	});

	it('a bad parameter is a JSON 400 in both languages', async () => {
		const res = await call(factsCsv, '/facts.csv?_sort=value&_sort_desc=value');
		expect(res.status).toBe(400);
		expect(await res.json()).toEqual({
			error: 'cannot use _sort and _sort_desc together',
			error_zh: '不能同时使用 _sort 和 _sort_desc'
		});
		expect((await call(factsCsv, '/facts.csv?theme=不存在')).status).toBe(400);
	});
});

describe('/api/facts', () => {
	it('pages with the same filters and links the next page and the CSV twin', async () => {
		const body = await (await call(apiFacts, '/api/facts?district=城关区&_size=2&_sort=value')).json();
		expect(body).toMatchObject({ total: 4, page: 1, pages: 2, size: 2 });
		expect(body.rows.map((r: { fact_id: string }) => r.fact_id)).toEqual(['F03', 'F02']);
		expect(decodeURIComponent(body.next)).toBe('/api/facts?district=城关区&_size=2&_sort=value&_page=2');
		expect(decodeURIComponent(body.csv)).toBe('/api/facts.csv?district=城关区&_sort=value');
	});
	it('400 on a page size over the cap', async () => {
		expect((await call(apiFacts, '/api/facts?_size=10000')).status).toBe(400);
	});
});

describe('/api/facts.parquet', () => {
	it('writes the filtered rows as Parquet and removes its temp file', async () => {
		const res = await call(apiParquet, '/api/facts.parquet?dimension=count');
		expect(res.status).toBe(200);
		const bytes = Buffer.from(await res.arrayBuffer());
		expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
		const file = `${fixture.dir()}/out.parquet`;
		fs.writeFileSync(file, bytes);
		const instance = await DuckDBInstance.create(':memory:');
		const con = await instance.connect();
		const rows = (await con.runAndReadAll(`SELECT fact_id, unit FROM read_parquet('${file}')`)).getRowObjectsJson();
		con.closeSync();
		instance.closeSync();
		expect(rows).toEqual([
			{ fact_id: 'F09', unit: '个' },
			{ fact_id: 'F10', unit: '件' },
			{ fact_id: 'F12', unit: '个' }
		]);
	});
});

describe('/totals.csv and /api/totals', () => {
	it('a chart CSV: totals by district without rates or repeats, one unit', async () => {
		const [header, ...rows] = parseCsv(await (await call(totalsCsv, '/totals.csv?by=district&dimension=money')).text());
		expect(header).toEqual(['key', 'dimension', 'unit', 'total', 'facts', 'n_at_least', 'n_approx', 'n_at_most']);
		expect(rows).toEqual([
			['达孜区', 'money', 'yuan', '131000000', '1', '0', '0', '0'],
			['城关区', 'money', 'yuan', '5435500', '1', '0', '0', '0']
		]);
	});
	it('JSON marks qualifiers of sums', async () => {
		const body = await (await call(apiTotals, '/api/totals?by=dimension&dimension=count')).json();
		expect(body.rows).toEqual([
			{ key: 'count', dimension: 'count', unit: '个', total: 1008, facts: 2, approx: 'at_most' },
			{ key: 'count', dimension: 'count', unit: '件', total: 21, facts: 1, approx: 'exact' }
		]);
	});
	it('400 for summing percentages', async () => {
		expect((await call(totalsCsv, '/totals.csv?by=district&dimension=percent')).status).toBe(400);
	});
});

describe('/places.csv', () => {
	it('the treemap as rows: place, parent, depth, facts', async () => {
		const { GET } = await import('../../src/routes/places.csv/+server');
		const [header, ...rows] = parseCsv(await (await call(GET, '/places.csv?root=城关区')).text());
		expect(header).toEqual(['place', 'parent', 'depth', 'facts']);
		expect(rows).toEqual([
			['城关区', '', '0', '4'],
			['八廓街道', '城关区', '1', '2'],
			['冲赛康社区', '八廓街道', '2', '1'],
			['八廓街道本级', '八廓街道', '2', '1'],
			['城关区本级', '城关区', '1', '2']
		]);
		expect((await call(GET, '/places.csv?root=火星')).status).toBe(400);
	});
});

describe('/districts.csv', () => {
	it('the districts chart as drawn: every county, zero rows included', async () => {
		const { GET } = await import('../../src/routes/districts.csv/+server');
		const [header, ...rows] = parseCsv(await (await call(GET, '/districts.csv?dimension=money')).text());
		expect(header).toEqual(['key', 'dimension', 'unit', 'total', 'facts', 'approx']);
		expect(rows.map((r) => [r[0], r[3]])).toEqual([
			['拉萨市', '0'], ['城关区', '5435500'], ['堆龙德庆区', '0'], ['达孜区', '131000000'], ['当雄县', '0'], ['柳梧新区', '0']
		]);
	});
});
