// What each page shows, assembled from the fact-level queries and cached once per build (the data does not change between builds).
import { ParamError, type FactFilters, type GroupKey, type SourcesQuery } from '$lib/params';
import type { ApproxKind } from '$lib/format';
import { cachedPerBuild, query } from './db';
import { Binder, COUNTED_ONCE, SUMMABLE } from './fact-sql';
import { chartData, facetCounts, largestFacts, listFacts, totals, type FactRow, type TotalRow } from './queries';
import { placeTree } from './place-tree';
import { ancestry, CITY, descendants, loadReference } from './reference';

export interface CorpusCounts {
	articles: number;
	facts: number;
	counted: number;
	rates: number;
	duplicates: number;
	optional: number;
	files: number;
	loaded: number;
	build_id: string | null;
	created_at: string | null;
}

export function corpusCounts(): Promise<CorpusCounts> {
	return cachedPerBuild('counts', async () => {
		const [row] = await query<CorpusCounts & Record<string, unknown>>(
			`SELECT (SELECT count(*) FROM articles)::INTEGER AS articles,
				(SELECT count(*) FROM facts)::INTEGER AS facts,
				(SELECT count(*) FROM facts f WHERE f.per IS NULL AND ${COUNTED_ONCE.join(' AND ')})::INTEGER AS counted,
				(SELECT count(*) FROM facts WHERE per IS NOT NULL)::INTEGER AS rates,
				(SELECT count(*) FROM facts WHERE fact_id <> canonical_id)::INTEGER AS duplicates,
				(SELECT count(*) FROM facts WHERE optional)::INTEGER AS optional,
				(SELECT count(*) FROM ingest_log)::INTEGER AS files,
				(SELECT count(*) FROM ingest_log WHERE status = 'loaded')::INTEGER AS loaded,
				(SELECT max(build_id) FROM build) AS build_id,
				(SELECT strftime(max(created_at), '%Y-%m-%d %H:%M') FROM build) AS created_at`
		);
		return row;
	});
}

/** Everything the first page shows; computed once per build. */
export function overview() {
	return cachedPerBuild('overview', async () => {
		const none: FactFilters = {};
		const [counts, headline, moneyByDistrict, peopleByDistrict, moneyByAgency, peopleByAgency, moneyByTheme, largestMoney, largestPeople] =
			await Promise.all([
				corpusCounts(),
				totals({ by: 'dimension' }),
				chartData('district', 'money', none),
				chartData('district', 'people', none),
				chartData('agency', 'money', none, 10),
				chartData('agency', 'people', none, 10),
				chartData('theme', 'money', none),
				largestFacts('money', none, 5),
				largestFacts('people', none, 5)
			]);
		return {
			counts,
			headline: sortHeadline(headline),
			charts: { moneyByDistrict, peopleByDistrict, moneyByAgency, peopleByAgency, moneyByTheme },
			largest: [...largestMoney, ...largestPeople]
		};
	});
}

/** Headline order: money, people, … as SUMMABLE lists them; count units by how many facts use them. */
function sortHeadline(rows: TotalRow[]): TotalRow[] {
	const order = SUMMABLE as readonly string[];
	return [...rows].sort((a, b) => order.indexOf(a.dimension) - order.indexOf(b.dimension) || b.facts - a.facts);
}

/** /districts: every county-level district and zone side by side per dimension (zero-filled), plus places outside them. */
export async function districtsPage(dimension: string, unit?: string) {
	return cachedPerBuild(`districts:${dimension}:${unit ?? ''}`, async () => {
		const [ref, chart, facets, tree] = await Promise.all([
			loadReference(),
			chartData('district', dimension, {}, undefined, unit),
			facetCounts('district', {}, 1000),
			placeTree(CITY)
		]);
		const byKey = new Map(chart.rows.map((r) => [r.key, r]));
		const names = [CITY, ...ref.counties];
		const rows: TotalRow[] = names.map(
			(key) => byKey.get(key) ?? { key, dimension: chart.dimension, unit: chart.unit, total: 0, facts: 0, approx: 'exact' }
		);
		const counted = new Set(names);
		const others = facets.filter((f) => f.key !== null && !counted.has(f.key));
		const factCounts = new Map(facets.map((f) => [f.key, f.facts]));
		return {
			chart: { ...chart, rows },
			districts: names.map((name) => ({ name, facts: factCounts.get(name) ?? 0 })),
			others,
			tree
		};
	});
}

export type EntityKind = 'place' | 'agency' | 'theme';

/** What a district, agency or theme page shows: totals per dimension, charts by the other keys, related lists, first facts. */
export async function entityDetail(kind: EntityKind, name: string) {
	const ref = await loadReference();
	const known = kind === 'place' ? ref.placeNames : kind === 'agency' ? ref.agencies : ref.themes;
	if (!known.has(name)) return null;
	return cachedPerBuild(`${kind}:${name}`, async () => {
		const filters: FactFilters =
			kind === 'place' ? { district: name } : kind === 'agency' ? { agency: name } : { theme: name };
		const chartKeys: GroupKey[] =
			kind === 'place' ? ['agency', 'theme'] : kind === 'agency' ? ['theme', 'district'] : ['district', 'agency'];
		const hasChildren = kind === 'place' && descendants(ref, name).length > 1;
		if (hasChildren) chartKeys.unshift('place');
		const facetKeys: GroupKey[] =
			kind === 'place' ? ['agency', 'theme'] : kind === 'agency' ? ['district', 'theme'] : ['district', 'agency'];
		const [headline, charts, facets, first, agencyInfo, themeInfo, tree] = await Promise.all([
			totals({ ...filters, by: 'dimension' }),
			Promise.all(
				chartKeys.flatMap((by) => [chartData(by, 'money', filters, 15), chartData(by, 'people', filters, 15)])
			),
			Promise.all(facetKeys.map(async (by) => ({ by, rows: await facetCounts(by, filters, 30) }))),
			listFacts({ ...filters, _size: 30, _page: 1 }),
			kind === 'agency'
				? query('SELECT name, full_name, level, type, place, district FROM agencies WHERE name = $1', [name])
				: Promise.resolve([]),
			kind === 'theme' ? query('SELECT theme, theme_en, description FROM themes WHERE theme = $1', [name]) : Promise.resolve([]),
			kind === 'place' && hasChildren ? placeTree(name) : Promise.resolve(null)
		]);
		return {
			kind,
			name,
			filters,
			path: kind === 'place' ? ancestry(ref, name) : [],
			headline: sortHeadline(headline),
			charts: charts.filter((c) => c.rows.length > 0),
			facets,
			facts: first,
			info: (agencyInfo[0] ?? themeInfo[0] ?? null) as Record<string, string | null> | null,
			tree
		};
	});
}

/** Money and people totals per key with their ≥/≈/≤ qualifier, for list tables (same rules as every total). */
async function moneyAndPeopleBy(by: GroupKey) {
	const [money, people] = await Promise.all([totals({ by, dimension: 'money' }), totals({ by, dimension: 'people' })]);
	return { money: new Map(money.map((r) => [r.key, r])), people: new Map(people.map((r) => [r.key, r])) };
}

export interface ListRow {
	facts: number;
	money: number | null;
	money_approx: ApproxKind | null;
	people: number | null;
	people_approx: ApproxKind | null;
}

function withTotals<T extends { facts: number }>(rows: T[], key: (r: T) => string, t: Awaited<ReturnType<typeof moneyAndPeopleBy>>): (T & ListRow)[] {
	return rows.map((r) => {
		const m = t.money.get(key(r));
		const p = t.people.get(key(r));
		return { ...r, money: m?.total ?? null, money_approx: m?.approx ?? null, people: p?.total ?? null, people_approx: p?.approx ?? null };
	});
}

export function agenciesPage() {
	return cachedPerBuild('agencies', async () => {
		const [rows, t] = await Promise.all([
			query<{ name: string; full_name: string | null; level: string | null; type: string | null; district: string | null; facts: number }>(
				`WITH names AS (SELECT name FROM agencies UNION SELECT DISTINCT agency FROM facts WHERE agency IS NOT NULL)
				 SELECT n.name, a.full_name, coalesce(a.level, (SELECT max(agency_level) FROM facts WHERE agency = n.name)) AS level,
					a.type, a.district, (SELECT count(*) FROM facts WHERE agency = n.name)::INTEGER AS facts
				 FROM names n LEFT JOIN agencies a ON a.name = n.name
				 ORDER BY level NULLS LAST, a.type NULLS LAST, facts DESC, n.name`
			),
			moneyAndPeopleBy('agency')
		]);
		return withTotals(rows, (r) => r.name, t);
	});
}

/** Agencies shown per level and type on /agencies: a city's archive names thousands of bodies, most of them once. */
export const AGENCIES_PER_GROUP = 40;

/**
 * The first `n` agencies of each (level, type) group, in the order agenciesPage sorts them (busiest first within a
 * group), and how many each group leaves out. Agencies no fact names are all kept: the page folds them away.
 */
export function busiestPerGroup<T extends { level: string | null; type: string | null; facts: number }>(rows: T[], n: number) {
	const seen = new Map<string, number>();
	const agencies: T[] = [];
	for (const r of rows) {
		if (r.facts === 0) {
			agencies.push(r);
			continue;
		}
		const key = `${r.level ?? ''}\u0000${r.type ?? ''}`;
		const k = (seen.get(key) ?? 0) + 1;
		seen.set(key, k);
		if (k <= n) agencies.push(r);
	}
	const omitted = [...seen].filter(([, k]) => k > n).map(([key, k]) => {
		const [level, type] = key.split('\u0000');
		return { level: level || null, type: type || null, n: k - n };
	});
	return { agencies, omitted };
}

export function themesPage() {
	return cachedPerBuild('themes', async () => {
		const [rows, t] = await Promise.all([
			query<{ theme: string; theme_en: string | null; description: string | null; facts: number; articles: number }>(
				`WITH names AS (SELECT theme FROM themes UNION SELECT DISTINCT theme FROM facts WHERE theme IS NOT NULL)
				 SELECT n.theme, t.theme_en, t.description,
					(SELECT count(*) FROM facts WHERE theme = n.theme)::INTEGER AS facts,
					(SELECT count(DISTINCT article_id) FROM facts WHERE theme = n.theme)::INTEGER AS articles
				 FROM names n LEFT JOIN themes t ON t.theme = n.theme
				 ORDER BY facts DESC, n.theme`
			),
			moneyAndPeopleBy('theme')
		]);
		return withTotals(rows, (r) => r.theme, t);
	});
}

export async function articlePage(id: string) {
	const [article] = await query<{ article_id: string; file: string; seq: number; title: string | null; subtitle: string | null; byline: string | null; text: string | null; district: string | null; theme: string | null }>(
		'SELECT article_id, file, seq, title, subtitle, byline, text, district, theme FROM articles WHERE article_id = $1',
		[id]
	);
	if (!article) return null;
	const facts = await query<FactRow & { article_start: number; article_end: number; canonical_article: string | null } & Record<string, unknown>>(
		`SELECT f.*, c.article_id AS canonical_article FROM facts f LEFT JOIN facts c ON c.fact_id = f.canonical_id
		 WHERE f.article_id = $1 ORDER BY f.article_start, f.fact_id`,
		[id]
	);
	const siblings = await query<{ article_id: string; seq: number; title: string | null }>(
		'SELECT article_id, seq, title FROM articles WHERE file = $1 ORDER BY seq',
		[article.file]
	);
	return { article, facts, siblings };
}

/** Files per page of /sources: a city's archive holds thousands, and every article of each file is listed too. */
export const SOURCES_PAGE_SIZE = 100;

const SOURCE_COLUMNS = `file, path, size_bytes::DOUBLE AS size_bytes, sha256, encoding, status, reason, articles, facts`;

/**
 * /sources: the build, how many files each outcome had, one page of the ingest log (optionally of one outcome)
 * and the articles of the files on that page.
 */
export async function sourcesPage(q: SourcesQuery) {
	const b = new Binder();
	const where = q.status ? `WHERE status = ${b.bind(q.status)}` : '';
	const limit = `LIMIT ${b.bind(SOURCES_PAGE_SIZE)} OFFSET ${b.bind((q._page - 1) * SOURCES_PAGE_SIZE)}`;
	const [statuses, builds, files, articles] = await Promise.all([
		cachedPerBuild('source-statuses', () =>
			query<{ status: string; files: number }>(`SELECT status, count(*)::INTEGER AS files FROM ingest_log GROUP BY status ORDER BY status`)
		),
		cachedPerBuild('builds', () =>
			query(`SELECT build_id, schema_version, strftime(created_at, '%Y-%m-%d %H:%M:%S') AS created_at, input_dir, files, articles, facts FROM build`)
		),
		query(`SELECT ${SOURCE_COLUMNS} FROM ingest_log ${where} ORDER BY file ${limit}`, b.values),
		query<{ article_id: string; file: string; seq: number; title: string | null; facts: number }>(
			`SELECT a.article_id, a.file, a.seq, a.title, count(f.fact_id)::INTEGER AS facts
			 FROM articles a LEFT JOIN facts f ON f.article_id = a.article_id
			 WHERE a.file IN (SELECT file FROM ingest_log ${where} ORDER BY file ${limit}) GROUP BY ALL ORDER BY a.file, a.seq`,
			b.values
		)
	]);
	const total = q.status ? (statuses.find((s) => s.status === q.status)?.files ?? 0) : statuses.reduce((n, s) => n + s.files, 0);
	const pages = Math.max(1, Math.ceil(total / SOURCES_PAGE_SIZE));
	if (q._page > pages && total > 0) throw new ParamError(`第 ${q._page} 页不存在（共 ${pages} 页）`, `page ${q._page} does not exist (${pages} pages)`);
	return { statuses, builds, files, articles, total, page: q._page, pages, size: SOURCES_PAGE_SIZE };
}

/** Every file of the ingest log (of one outcome), for the CSV twin of /sources. */
export function sourceFiles(q: SourcesQuery) {
	const b = new Binder();
	const where = q.status ? `WHERE status = ${b.bind(q.status)}` : '';
	return query(`SELECT ${SOURCE_COLUMNS} FROM ingest_log ${where} ORDER BY file`, b.values);
}
