// A small hand-written DuckDB file built from etl/schema.ts: a rate, approx values, a repeated fact, two count units, an injection-shaped cell.
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { DDL, SCHEMA_VERSION } from '../../etl/schema';

interface ArticleSpec {
	article_id: string;
	file: string;
	seq: number;
	title: string;
	byline: string | null;
	text: string;
	district: string | null;
	theme: string | null;
}

interface FactSpec {
	fact_id: string;
	article_id: string;
	quote: string;
	/** which occurrence of the quote in the article, when it repeats */
	nth?: number;
	value: number;
	dimension: string;
	unit: string;
	approx?: string;
	per?: string | null;
	subject: string;
	district: string | null;
	place?: string | null;
	agency?: string | null;
	agency_level?: string | null;
	theme: string | null;
	optional?: boolean;
	canonical_id?: string;
	value_low?: number;
	value_high?: number;
}

export const ARTICLES: ArticleSpec[] = [
	{
		article_id: 'a1',
		file: 'f1.txt',
		seq: 0,
		title: '城关区发放补贴资金',
		byline: '拉萨融媒记者 次仁',
		text:
			'城关区八廓街道冲赛康社区发放补贴资金543.55万元，惠及群众2600余人次。\n\n' +
			'困难群众每人500元。达孜区清运垃圾30吨左右。',
		district: '城关区',
		theme: '民生保障'
	},
	{
		article_id: 'a2',
		file: 'f1.txt',
		seq: 1,
		title: '达孜区城市建设投资1.31亿元',
		byline: null,
		text: '达孜区城管局完成投资1.31亿元。当雄县宁中乡吸纳就业3.4万名。=HYPERLINK("x")说明会覆盖12人。',
		district: '达孜区',
		theme: '城市建设'
	},
	{
		article_id: 'a3',
		file: 'f2.txt',
		seq: 0,
		title: '全市工作综述',
		byline: '本报拉萨讯(记者 卓玛)',
		text:
			'城关区此前发放补贴资金543.55万元。柳梧新区建成8个站点，配发21件器具。\n\n' +
			'市残联派出两名社工，全市近千个网格，完成率45%。柳梧新区修建道路3至5公里。',
		district: '拉萨市',
		theme: '基层治理'
	}
];

export const FACTS: FactSpec[] = [
	{ fact_id: 'F01', article_id: 'a1', quote: '543.55万元', value: 5435500, dimension: 'money', unit: 'yuan', subject: '补贴资金', district: '城关区', place: '冲赛康社区', agency: '城关区民政局', agency_level: 'county', theme: '民生保障' },
	{ fact_id: 'F02', article_id: 'a1', quote: '2600余人次', value: 2600, dimension: 'person_times', unit: 'person_time', approx: 'at_least', subject: '惠及群众', district: '城关区', place: '八廓街道', agency: '城关区民政局', agency_level: 'county', theme: '民生保障' },
	{ fact_id: 'F03', article_id: 'a1', quote: '500元', value: 500, dimension: 'money', unit: 'yuan', per: 'person', subject: '困难群众补贴', district: '城关区', agency: '城关区民政局', agency_level: 'county', theme: '民生保障' },
	{ fact_id: 'F04', article_id: 'a1', quote: '30吨左右', value: 30000, dimension: 'weight', unit: 'kg', approx: 'approx', subject: '垃圾', district: '达孜区', agency: null, theme: '生态环境' },
	{ fact_id: 'F05', article_id: 'a2', quote: '1.31亿元', value: 131000000, dimension: 'money', unit: 'yuan', subject: '投资', district: '达孜区', agency: '达孜区城管局', agency_level: 'county', theme: '城市建设' },
	{ fact_id: 'F06', article_id: 'a2', quote: '3.4万名', value: 34000, dimension: 'people', unit: 'person', subject: '吸纳就业', district: '当雄县', place: '宁中乡', agency: '市残联', agency_level: 'city', theme: '就业创业' },
	{ fact_id: 'F07', article_id: 'a2', quote: '12人', value: 12, dimension: 'people', unit: 'person', subject: '=HYPERLINK("x")', district: '阿里地区', agency: null, theme: '文化宣传' },
	{ fact_id: 'F08', article_id: 'a3', quote: '543.55万元', value: 5435500, dimension: 'money', unit: 'yuan', subject: '补贴资金', district: '城关区', agency: '城关区民政局', agency_level: 'county', theme: '民生保障', canonical_id: 'F01' },
	{ fact_id: 'F09', article_id: 'a3', quote: '8个', value: 8, dimension: 'count', unit: '个', subject: '站点', district: '柳梧新区', agency: null, theme: '城市建设' },
	{ fact_id: 'F10', article_id: 'a3', quote: '21件', value: 21, dimension: 'count', unit: '件', subject: '器具', district: '柳梧新区', agency: null, theme: '民生保障' },
	{ fact_id: 'F11', article_id: 'a3', quote: '两名', value: 2, dimension: 'people', unit: 'person', subject: '社工', district: '拉萨市', agency: '市残联', agency_level: 'city', theme: '民生保障', optional: true },
	{ fact_id: 'F12', article_id: 'a3', quote: '近千个', value: 1000, dimension: 'count', unit: '个', approx: 'at_most', subject: '网格', district: '拉萨市', agency: null, theme: '基层治理' },
	{ fact_id: 'F13', article_id: 'a3', quote: '45%', value: 45, dimension: 'percent', unit: 'percent', subject: '完成率', district: '拉萨市', agency: null, theme: '基层治理' },
	// a range is two facts, its ends, each with the range as its bounds
	{ fact_id: 'F14', article_id: 'a3', quote: '3', value: 3000, value_low: 3000, value_high: 5000, dimension: 'length', unit: 'm', approx: 'at_least', subject: '道路', district: '柳梧新区', agency: null, theme: '城市建设' },
	{ fact_id: 'F15', article_id: 'a3', quote: '5公里', value: 5000, value_low: 3000, value_high: 5000, dimension: 'length', unit: 'm', approx: 'at_most', subject: '道路', district: '柳梧新区', agency: null, theme: '城市建设' }
];

export const PLACES = [
	['拉萨市', 'city', null, null],
	['城关区', 'county', '拉萨市', '城关区'],
	['堆龙德庆区', 'county', '拉萨市', '堆龙德庆区'],
	['达孜区', 'county', '拉萨市', '达孜区'],
	['当雄县', 'county', '拉萨市', '当雄县'],
	['柳梧新区', 'zone', '拉萨市', '柳梧新区'],
	['八廓街道', 'street', '城关区', '城关区'],
	['冲赛康社区', 'community', '八廓街道', '城关区'],
	['宁中乡', 'township', '当雄县', '当雄县']
] as const;

export const AGENCIES = [
	['市残联', '拉萨市残疾人联合会', 'city', '群团', '拉萨市', '拉萨市'],
	['城关区民政局', '拉萨市城关区民政局', 'county', '政府部门', '城关区', '城关区'],
	['达孜区城管局', '拉萨市达孜区城市管理局', 'county', '政府部门', '达孜区', '达孜区']
] as const;

export const THEMES = [
	['党的建设', 'Party building'], ['主题教育', 'Thematic education'], ['基层治理', 'Grassroots governance'],
	['民生保障', 'Livelihoods'], ['就业创业', 'Jobs'], ['乡村振兴', 'Rural revitalisation'],
	['生态环境', 'Environment'], ['平安法治', 'Public safety and law'], ['交通民航', 'Transport'],
	['文化宣传', 'Culture and publicity'], ['经济产业', 'Economy'], ['城市建设', 'Urban construction'],
	['安全应急', 'Safety and emergencies']
] as const;

function sentenceAround(text: string, start: number, end: number): string {
	const stops = /[。！？\n]/;
	let s = start;
	while (s > 0 && !stops.test(text[s - 1])) s--;
	let e = end;
	while (e < text.length && !stops.test(text[e])) e++;
	return text.slice(s, Math.min(text.length, e + 1)).trim();
}

/** Where each article sits in its file: articles of one file follow each other, separated by a blank line. */
function articleOffsets(): Map<string, number> {
	const offsets = new Map<string, number>();
	const cursor = new Map<string, number>();
	for (const a of ARTICLES) {
		const at = cursor.get(a.file) ?? 0;
		offsets.set(a.article_id, at);
		cursor.set(a.file, at + a.title.length + 2 + a.text.length + 2);
	}
	return offsets;
}

export function factOffsets(f: FactSpec): { article_start: number; article_end: number } {
	const article = ARTICLES.find((a) => a.article_id === f.article_id)!;
	let at = -1;
	for (let i = 0; i <= (f.nth ?? 0); i++) at = article.text.indexOf(f.quote, at + 1);
	if (at < 0) throw new Error(`quote ${f.quote} not in ${f.article_id}`);
	return { article_start: at, article_end: at + f.quote.length };
}

/** Writes the fixture database at file (replacing it). */
export async function buildFixtureDb(file: string): Promise<void> {
	fs.rmSync(file, { force: true });
	fs.rmSync(`${file}.wal`, { force: true });
	const instance = await DuckDBInstance.create(file);
	const con = await instance.connect();
	try {
		for (const ddl of DDL) await con.run(ddl);
		await con.run(
			`INSERT INTO build (build_id, schema_version, created_at, input_dir, files, articles, facts) VALUES ('fixture-1', ${SCHEMA_VERSION}, TIMESTAMP '2026-11-22 10:00:00', 'fixture', 3, 3, ${FACTS.length})`
		);
		// column lists everywhere: the schema may grow columns at the end
		await con.run(`INSERT INTO ingest_log (file, path, size_bytes, sha256, encoding, status, reason, articles, facts) VALUES
			('f1.txt', 'seeds/f1.txt', 1000, 'aa', 'utf-8', 'loaded', NULL, 2, 7),
			('f2.txt', 'seeds/f2.txt', 800, 'bb', 'gb18030', 'loaded', NULL, 1, 6),
			('f3.txt', 'seeds/f3.txt', 12, 'cc', NULL, 'failed', 'not a text file', 0, 0)`);
		const offsets = articleOffsets();
		for (const a of ARTICLES) {
			const start = offsets.get(a.article_id)!;
			await con.run('INSERT INTO articles (article_id, file, seq, title, subtitle, byline, start, "end", text, district, theme) VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, $8, $9, $10)', [
				a.article_id, a.file, a.seq, a.title, a.byline, start, start + a.title.length + 2 + a.text.length, a.text, a.district, a.theme
			]);
		}
		let seq = 0;
		for (const f of FACTS) {
			const article = ARTICLES.find((a) => a.article_id === f.article_id)!;
			const { article_start, article_end } = factOffsets(f);
			const base = offsets.get(f.article_id)! + article.title.length + 2;
			await con.run(
				`INSERT INTO facts (fact_id, file, article_id, seq, quote, value, value_low, value_high, dimension, unit, approx, per, subject, district, place, agency, agency_level, theme, start, "end", article_start, article_end, sentence, optional, canonical_id)
				 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)`,
				[
					f.fact_id, article.file, f.article_id, seq++, f.quote, f.value, f.value_low ?? null, f.value_high ?? null, f.dimension, f.unit, f.approx ?? 'exact',
					f.per ?? null, f.subject, f.district, f.place ?? null, f.agency ?? null, f.agency_level ?? null, f.theme,
					base + article_start, base + article_end, article_start, article_end,
					sentenceAround(article.text, article_start, article_end), f.optional ?? false, f.canonical_id ?? f.fact_id
				]
			);
		}
		for (const p of PLACES) await con.run('INSERT INTO places (name, level, parent, district) VALUES ($1, $2, $3, $4)', [...p]);
		for (const a of AGENCIES) await con.run('INSERT INTO agencies (name, full_name, level, type, place, district) VALUES ($1, $2, $3, $4, $5, $6)', [...a]);
		for (const [theme, en] of THEMES) await con.run('INSERT INTO themes (theme, theme_en) VALUES ($1, $2)', [theme, en]);
		await con.run('CHECKPOINT');
	} finally {
		con.closeSync();
		instance.closeSync();
	}
}
