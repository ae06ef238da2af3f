// The counting rules and filters, checked against the fixture database.
import { describe, expect, it } from 'vitest';
import { FactQuery, parseSearchParams, SourcesQuery, TotalsQuery } from '../../src/lib/params';
import { factsDownloadQueries, factsQuery, fileChoices, FILE_CHOICES_MAX, filterOptions, listFacts, totals } from '../../src/lib/server/queries';
import { query } from '../../src/lib/server/db';
import { agenciesPage, articlePage, busiestPerGroup, corpusCounts, entityDetail, overview, districtsPage, sourceFiles, sourcesPage, themesPage } from '../../src/lib/server/pages';
import { useFixtureDb } from './use-fixture';

useFixtureDb();

const fq = (qs: string) => parseSearchParams(FactQuery, new URLSearchParams(qs));
const tq = (qs: string) => parseSearchParams(TotalsQuery, new URLSearchParams(qs));

describe('totals', () => {
	it('never sums rates and counts a repeated fact once', async () => {
		const rows = await totals(tq('by=dimension&dimension=money'));
		expect(rows).toHaveLength(1);
		// 543.55万 + 1.31亿; the per-person 500 and the repeat of 543.55万 are left out
		expect(rows[0]).toMatchObject({ dimension: 'money', unit: 'yuan', total: 5435500 + 131000000, facts: 2, approx: 'exact' });
	});

	it('counts a range once, by its low end', async () => {
		const rows = await totals(tq('by=district&dimension=length'));
		// 3至5公里 is two facts, 3 (at least) and 5 (at most): the total is at least 3 km, not 8
		expect(rows).toEqual([{ key: '柳梧新区', dimension: 'length', unit: 'm', total: 3000, facts: 1, approx: 'at_least' }]);
	});

	it('never mixes units of one dimension', async () => {
		const rows = await totals(tq('by=dimension&dimension=count'));
		const byUnit = Object.fromEntries(rows.map((r) => [r.unit, r]));
		expect(byUnit['个']).toMatchObject({ total: 1008, facts: 2, approx: 'at_most' });
		expect(byUnit['件']).toMatchObject({ total: 21, facts: 1, approx: 'exact' });
	});

	it('marks approximate totals', async () => {
		const rows = await totals(tq('by=district&dimension=weight'));
		expect(rows).toEqual([{ key: '达孜区', dimension: 'weight', unit: 'kg', total: 30000, facts: 1, approx: 'approx' }]);
		const visits = await totals(tq('by=district&dimension=person_times'));
		expect(visits[0]).toMatchObject({ key: '城关区', approx: 'at_least' });
	});

	it('refuses to sum percentages', async () => {
		await expect(totals(tq('by=district&dimension=percent'))).rejects.toThrow(/cannot be summed/);
	});

	it('limits to the top N per dimension', async () => {
		const rows = await totals(tq('by=district&dimension=people&_limit=1'));
		expect(rows.map((r) => r.key)).toEqual(['当雄县']);
	});

	it('excludes optional facts on request', async () => {
		const all = await totals(tq('by=dimension&dimension=people'));
		const core = await totals(tq('by=dimension&dimension=people&optional=exclude'));
		expect(all[0].total - core[0].total).toBe(2);
	});
});

describe('fact filters', () => {
	it('a district includes its streets and communities', async () => {
		const street = await listFacts(fq('district=八廓街道'));
		expect(street.rows.map((r) => r.fact_id).sort()).toEqual(['F01', 'F02']);
		const county = await listFacts(fq('district=城关区'));
		expect(county.rows.map((r) => r.fact_id).sort()).toEqual(['F01', 'F02', 'F03', 'F08']);
	});

	it('searches subject and sentence with a bound pattern, % taken literally', async () => {
		expect((await listFacts(fq('q=器具'))).rows.map((r) => r.fact_id)).toEqual(['F09', 'F10']);
		// a literal %: only the sentence with 45% matches, not every row
		expect((await listFacts(fq('q=%25'))).rows.map((r) => r.fact_id)).toEqual(['F11', 'F12', 'F13']);
		expect((await listFacts(fq("q=' OR 1=1 --"))).total).toBe(0);
	});

	it('filters rates and totals', async () => {
		expect((await listFacts(fq('per=rate'))).rows.map((r) => r.fact_id)).toEqual(['F03']);
		expect((await listFacts(fq('per=total'))).total).toBe(14);
	});

	it('sorts through the whitelist and pages with a total order', async () => {
		const desc = await listFacts(fq('_sort_desc=value&_size=2'));
		expect(desc.rows.map((r) => r.fact_id)).toEqual(['F05', 'F01']);
		expect(desc.pages).toBe(8);
		const p2 = await listFacts(fq('_sort_desc=value&_size=2&_page=2'));
		expect(p2.rows.map((r) => r.fact_id)).toEqual(['F08', 'F06']);
	});

	it('rejects unknown names and pages past the end with a 400', async () => {
		await expect(listFacts(fq('district=火星'))).rejects.toMatchObject({ status: 400 });
		await expect(listFacts(fq('agency=nobody'))).rejects.toMatchObject({ status: 400 });
		await expect(listFacts(fq('_page=99'))).rejects.toMatchObject({ status: 400 });
	});
});

describe('pages', () => {
	it('counts the corpus', async () => {
		expect(await corpusCounts()).toMatchObject({ articles: 3, facts: 15, counted: 12, rates: 1, duplicates: 1, optional: 1, files: 3, loaded: 2 });
	});

	it('overview puts money first and lists the largest facts', async () => {
		const o = await overview();
		expect(o.headline[0]).toMatchObject({ dimension: 'money', total: 136435500 });
		expect(o.largest[0].fact_id).toBe('F05');
		expect(o.charts.moneyByDistrict.rows.map((r) => r.key)).toEqual(['达孜区', '城关区']);
	});

	it('districts page zero-fills every county and builds the drill-down tree', async () => {
		const d = await districtsPage('money');
		expect(d.chart.rows.map((r) => r.key)).toEqual(['拉萨市', '城关区', '堆龙德庆区', '达孜区', '当雄县', '柳梧新区']);
		expect(d.chart.rows.find((r) => r.key === '堆龙德庆区')!.total).toBe(0);
		expect(d.others.map((o) => o.key)).toEqual(['阿里地区']);
		const chengguan = d.tree.children!.find((c) => c.name === '城关区')!;
		expect(chengguan.value).toBe(4);
		expect(chengguan.children!.map((c) => c.name)).toContain('八廓街道');
	});

	it('entity detail for a place, an agency, an unknown name', async () => {
		const place = await entityDetail('place', '城关区');
		expect(place!.path).toEqual(['拉萨市', '城关区']);
		expect(place!.facts.total).toBe(4);
		const agency = await entityDetail('agency', '市残联');
		expect(agency!.info).toMatchObject({ full_name: '拉萨市残疾人联合会' });
		expect(await entityDetail('theme', '没有')).toBeNull();
	});

	it('theme and agency lists carry totals under the same rules, with qualifiers', async () => {
		const themes = await themesPage();
		expect(themes.find((t) => t.theme === '民生保障')).toMatchObject({ facts: 6, money: 5435500, money_approx: 'exact', people: 2 });
		expect(themes.find((t) => t.theme === '安全应急')).toMatchObject({ facts: 0, money: null });
		const agencies = await agenciesPage();
		expect(agencies.find((a) => a.name === '市残联')).toMatchObject({ level: 'city', facts: 2, people: 34002, people_approx: 'exact' });
	});

	it('article page gives facts with offsets into the printed text', async () => {
		const a = await articlePage('a1');
		for (const f of a!.facts) expect(a!.article.text!.slice(f.article_start, f.article_end)).toBe(f.quote);
		expect(await articlePage('nope')).toBeNull();
	});
});

describe('downloads in slices', () => {
	it('cut a position-ordered download into file ranges whose concatenation is the single query, row for row', async () => {
		for (const qs of ['', 'dimension=money', 'optional=exclude', 'q=%E8%B5%84%E9%87%91']) {
			const single = await factsQuery(fq(qs), false);
			const whole = await query(single.sql, single.params);
			const slices = await factsDownloadQueries(fq(qs), 1); // one file per slice
			const parts = (await Promise.all(slices.map((s) => query(s.sql, s.params)))).flat();
			expect(parts).toEqual(whole);
		}
		expect((await factsDownloadQueries(fq(''), 1)).length).toBeGreaterThan(1);
	});
	it('keep other orders as one query', async () => {
		expect(await factsDownloadQueries(fq('_sort_desc=value'), 1)).toHaveLength(1);
	});
});

describe('filter choices', () => {
	it('lists the source files while they are few, and asks for a name beyond FILE_CHOICES_MAX', async () => {
		const o = await filterOptions();
		expect(o.files).toHaveLength(3);
		expect(o.fileCount).toBe(3);
		const many = Array.from({ length: FILE_CHOICES_MAX + 1 }, (_, i) => `page-${i}.txt`);
		expect(fileChoices(many)).toBeNull();
		expect(fileChoices(many.slice(1))).toHaveLength(FILE_CHOICES_MAX);
	});
});

describe('sources', () => {
	const sq = (qs: string) => parseSearchParams(SourcesQuery, new URLSearchParams(qs));

	it('accounts for every file by outcome, and pages and filters the ingest log', async () => {
		const all = await sourcesPage(sq(''));
		expect(all.statuses).toEqual([{ status: 'failed', files: 1 }, { status: 'loaded', files: 2 }]);
		expect(all).toMatchObject({ total: 3, page: 1, pages: 1 });
		expect(all.files.map((f) => f.file)).toEqual(['f1.txt', 'f2.txt', 'f3.txt']);
		// the articles of the page's files, with their fact counts
		expect(all.articles.map((a) => a.file)).toEqual(['f1.txt', 'f1.txt', 'f2.txt']);
		expect(all.articles.reduce((n, a) => n + a.facts, 0)).toBe(15);

		const failed = await sourcesPage(sq('status=failed'));
		expect(failed.files.map((f) => f.file)).toEqual(['f3.txt']);
		expect(failed).toMatchObject({ total: 1, articles: [] });
		await expect(sourcesPage(sq('_page=2'))).rejects.toThrow(/page 2 does not exist/);
		expect((await sourceFiles(sq('status=loaded'))).map((f) => f.file)).toEqual(['f1.txt', 'f2.txt']);
		expect(() => sq('status=gone')).toThrow();
	});
});

describe('agencies at scale', () => {
	it('keeps the busiest of each level and type, every agency no fact names, and counts what it leaves out', () => {
		const row = (name: string, level: string | null, type: string | null, facts: number) => ({ name, level, type, facts });
		const rows = [
			row('a1', '县区', '政府', 9), row('a2', '县区', '政府', 5), row('a3', '县区', '政府', 2),
			row('b1', '乡镇', null, 4), row('b2', '乡镇', null, 1),
			row('c1', '县区', '政府', 0)
		];
		const { agencies, omitted } = busiestPerGroup(rows, 1);
		expect(agencies.map((a) => a.name)).toEqual(['a1', 'b1', 'c1']);
		expect(omitted).toEqual([{ level: '县区', type: '政府', n: 2 }, { level: '乡镇', type: null, n: 1 }]);
		expect(busiestPerGroup(rows, 5).omitted).toEqual([]);
	});
});
