// `npm run bench`: corpora of growing size → ETL speed, memory and recall → page and CSV timings → 1M-fact pages → load test → baseline → the machine's floors; JSON + one line per size.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { REPO_ROOT } from '../etl/paths.ts';
import { ensureCorpus } from './corpus-cache.ts';
import { removeDb, runEtlChild, type EtlRun } from './etl-child.ts';
import { recallFromDb, type DbRecall } from './recall-db.ts';
import { buildExists, ensureBuild, snapshotBuild, startServer, type BuildState, type Server } from './server.ts';
import { timeCsv, timePage, type CsvTiming, type PageTiming } from './http-timing.ts';
import { makeMillionDb, type MillionDb } from './million.ts';
import { loadTest, type LoadResult } from './load-test.ts';
import { runBaseline, type BaselineResult } from './baseline.ts';
import { runFloors, type FloorResult } from './floors.ts';
import { summaryLines } from './summary.ts';

export const BenchOptions = z.object({
	sizes: z.array(z.number().positive()).min(1).default([1, 10, 100]),
	seed: z.string().min(1).default('1'),
	out: z.string().min(1).default(join(REPO_ROOT, 'bench', 'out')),
	jobs: z.number().int().positive().optional(),
	/** 'always' rebuilds a stale build; 'if-built' uses an existing build only; 'never' skips the served app */
	server: z.enum(['always', 'if-built', 'never']).default('always'),
	pageRequests: z.number().int().positive().default(60),
	pageWarmup: z.number().int().nonnegative().default(5),
	pageBudgetSeconds: z.number().positive().default(8),
	csvMaxSeconds: z.number().positive().default(90),
	million: z.number().int().nonnegative().default(1_000_000),
	loadSeconds: z.number().nonnegative().default(30),
	loadConnections: z.number().int().positive().default(50),
	/** seconds to wait after the load before reading the server's RSS again */
	loadSettleSeconds: z.number().nonnegative().default(5),
	baselineMB: z.number().nonnegative().default(1),
	baselineBudgetSeconds: z.number().positive().default(90),
	/** MB of the largest corpus on which reading, storing and extracting are timed alone (0: skip) */
	floorMB: z.number().nonnegative().default(50),
	etlTimeoutSeconds: z.number().positive().default(900),
	district: z.string().min(1).default('城关区'),
	writeLatest: z.boolean().default(true),
	log: z.custom<(s: string) => void>((v) => typeof v === 'function').optional()
});
export type BenchOptions = z.input<typeof BenchOptions>;

export interface SizeResult {
	target_mb: number;
	corpus: { dir: string; mb: number; files: number; articles: number; planted_facts: number; cached: boolean; generate_s: number };
	etl: EtlRun;
	/** derived from the first run: MB of text per wall second, facts per wall second */
	etl_mb_per_s: number | null;
	etl_facts_per_s: number | null;
	etl_rerun: EtlRun | null;
	recall: DbRecall | null;
	pages: PageTiming[] | null;
	csv: CsvTiming | null;
	error?: string;
}

export interface BenchResults {
	started_at: string;
	finished_at: string;
	seconds: number;
	env: { node: string; cpus: number; cpu_model: string; mem_gb: number };
	options: Record<string, unknown>;
	sizes: SizeResult[];
	build: BuildState | null;
	million: (MillionDb & { pages: PageTiming[] | null; csv: CsvTiming | null; error?: string }) | null;
	load: (LoadResult & { database: string }) | { error: string } | null;
	baseline: BaselineResult | { error: string } | null;
	floors: FloorResult | { error: string } | null;
	summary: string[];
	files: { results: string; latest: string | null };
}

const enc = encodeURIComponent;

/** The pages issue 6 times: overview, a district page, the explorer with three filters. */
export function pagePaths(district: string) {
	return {
		overview: '/',
		district: `/districts/${enc(district)}`,
		explorer: `/facts?district=${enc(district)}&dimension=money&approx=exact`
	};
}

async function timeApp(db: string, app: string, o: z.infer<typeof BenchOptions>, log: (s: string) => void, after?: (s: Server) => Promise<void>) {
	const server = await startServer(db, app);
	try {
		const pages: PageTiming[] = [];
		for (const [name, path] of Object.entries(pagePaths(o.district))) {
			const t = await timePage(server.url, path, { n: o.pageRequests, warmup: o.pageWarmup, budgetMs: o.pageBudgetSeconds * 1000 });
			log(`  ${name} ${path}: ${t.state} p50 ${t.p50_ms?.toFixed(1) ?? '-'} ms, p95 ${t.p95_ms?.toFixed(1) ?? '-'} ms (n=${t.n})`);
			pages.push(t);
		}
		const csv = await timeCsv(server.url, '/api/facts.csv', server.pid, o.csvMaxSeconds);
		log(`  csv: ${csv.state} ${(csv.bytes / 1e6).toFixed(1)} MB in ${csv.seconds?.toFixed(2)} s, server RSS ${csv.server_rss_before_mb?.toFixed(0)}→${csv.server_rss_peak_mb?.toFixed(0)} MB`);
		if (after) await after(server);
		return { pages, csv };
	} finally {
		await server.stop();
	}
}

export async function runBench(input: BenchOptions = {}): Promise<BenchResults> {
	const o = BenchOptions.parse(input);
	const log = o.log ?? ((s: string) => console.error(s));
	const t0 = performance.now();
	const out = resolve(o.out);
	const dbDir = join(out, 'db');
	mkdirSync(dbDir, { recursive: true });
	const res: BenchResults = {
		started_at: new Date().toISOString(),
		finished_at: '',
		seconds: 0,
		env: { node: process.version, cpus: cpus().length, cpu_model: cpus()[0]?.model ?? '', mem_gb: Math.round(totalmem() / 2 ** 30) },
		options: { ...o, log: undefined },
		sizes: [],
		build: null,
		million: null,
		load: null,
		baseline: null,
		floors: null,
		summary: [],
		files: { results: '', latest: null }
	};
	const dbs = new Map<SizeResult, string>();
	let appDir: string | null = null;
	try {
		// 1. ETL at each size
		for (const mb of o.sizes) {
			log(`bench: ${mb} MB corpus`);
			const c = ensureCorpus(join(out, 'corpus'), mb, o.seed);
			const db = join(dbDir, `${mb}mb.duckdb`);
			removeDb(db);
			const etl = await runEtlChild(c.pages, db, { timeoutMs: o.etlTimeoutSeconds * 1000, jobs: o.jobs, scratch: out });
			const mbText = c.manifest.bytes / 1e6;
			const r: SizeResult = {
				target_mb: mb,
				corpus: { dir: c.dir, mb: mbText, files: c.manifest.pages, articles: c.manifest.articles, planted_facts: c.manifest.facts, cached: c.cached, generate_s: c.manifest.seconds },
				etl,
				etl_mb_per_s: etl.ok ? mbText / etl.wall_s : null,
				etl_facts_per_s: null,
				etl_rerun: null,
				recall: null,
				pages: null,
				csv: null
			};
			res.sizes.push(r);
			log(`  etl: ${etl.ok ? 'ok' : 'FAILED'} ${etl.wall_s.toFixed(2)} s, peak RSS ${etl.peak_rss_mb?.toFixed(0)} MB`);
			if (!etl.ok) {
				r.error = `etl failed: ${etl.tail}`;
				continue;
			}
			try {
				r.recall = await recallFromDb(db, c.planted);
				r.etl_facts_per_s = r.recall.facts_in_db / etl.wall_s;
				log(`  recall ${r.recall.recall.toFixed(4)} (${r.recall.matched}/${r.recall.planted}), ${r.recall.facts_in_db} facts in the database`);
			} catch (e) {
				r.error = `recall: ${(e as Error).message}`;
			}
			r.etl_rerun = await runEtlChild(c.pages, db, { timeoutMs: o.etlTimeoutSeconds * 1000, jobs: o.jobs, scratch: out });
			log(`  rerun (unchanged corpus): ${r.etl_rerun.wall_s.toFixed(2)} s`);
			if (r.etl_rerun.ok) dbs.set(r, db);
		}

		// 2. the served app at each size, then at a million facts, with the load test
		if (o.server !== 'never' && dbs.size) {
			res.build = o.server === 'always' ? ensureBuild() : { built: buildExists(), rebuilt: false, stale: false, seconds: 0, error: null };
			if (res.build.error) log(`bench: ${res.build.error}`);
			// the snapshot lives inside the repository (bench/out/), where the server's packages resolve
			appDir = join(REPO_ROOT, 'bench', 'out', `app-${process.pid}`);
			const app = res.build.built ? snapshotBuild(appDir) : null;
			if (!app) log('bench: no build/ of the dashboard: pages not timed');
			else {
				for (const [r, db] of dbs) {
					log(`bench: pages at ${r.target_mb} MB (${r.recall?.facts_in_db ?? '?'} facts)`);
					try {
						Object.assign(r, await timeApp(db, app, o, log));
					} catch (e) {
						r.error = `server: ${(e as Error).message}`;
						log(`  ${r.error}`);
					}
				}
				const largest = [...dbs.entries()].pop()!;
				if (o.million > 0) {
					try {
						log(`bench: ${o.million} facts database from the ${largest[0].target_mb} MB one`);
						const m = await makeMillionDb(largest[1], join(dbDir, 'million.duckdb'), o.million);
						res.million = { ...m, pages: null, csv: null };
						Object.assign(res.million, await timeApp(m.path, app, o, log));
						if (o.loadSeconds > 0) {
							// a fresh server, so its start level is not the CSV download's
							const server = await startServer(m.path, app);
							try {
								const p = pagePaths(o.district);
								const mix = [p.overview, p.district, p.explorer, `/api/facts.csv?district=${enc(o.district)}&dimension=money`, `/districts/${enc('达孜区')}`, '/facts?dimension=people&_page=2'];
								log(`bench: load test, ${o.loadConnections} connections for ${o.loadSeconds} s`);
								const l = await loadTest(server.url, mix, server.pid, { connections: o.loadConnections, seconds: o.loadSeconds, settleSeconds: o.loadSettleSeconds });
								res.load = { ...l, database: m.path };
								for (const b of l.by_path) log(`  ${b.path}: ${b.n} responses, p50 ${b.p50_ms} ms, p99 ${b.p99_ms} ms`);
							} finally {
								await server.stop();
							}
						}
					} catch (e) {
						if (res.million) res.million.error = (e as Error).message;
						else res.load = { error: (e as Error).message };
						log(`bench: million: ${(e as Error).message}`);
					}
				}
			}
		}
	} finally {
		if (appDir) rmSync(appDir, { recursive: true, force: true });
	}

	// 3. the general-purpose baseline on the same text
	if (o.baselineMB > 0 && res.sizes.length) {
		try {
			log(`bench: baseline (Microsoft recognizers, Chinese) on ${o.baselineMB} MB`);
			res.baseline = runBaseline(join(res.sizes[0].corpus.dir, 'pages'), o.baselineMB * 1e6, o.baselineBudgetSeconds);
		} catch (e) {
			res.baseline = { error: (e as Error).message };
		}
	}

	// 4. what the machine allows at best: the phases no design can skip, each timed alone on the largest corpus
	if (o.floorMB > 0 && res.sizes.length) {
		const largest = res.sizes[res.sizes.length - 1];
		try {
			log(`bench: floors on ${o.floorMB} MB of the ${largest.target_mb} MB corpus`);
			res.floors = await runFloors(join(largest.corpus.dir, 'pages'), o.floorMB * 1e6, join(dbDir, 'floors.duckdb'));
		} catch (e) {
			res.floors = { error: (e as Error).message };
		}
	}

	res.finished_at = new Date().toISOString();
	res.seconds = (performance.now() - t0) / 1000;
	res.summary = summaryLines(res);
	const stamp = res.started_at.replace(/[:.]/g, '-');
	res.files.results = join(out, `results-${stamp}.json`);
	if (o.writeLatest) res.files.latest = join(out, 'latest.json');
	const json = JSON.stringify(res, null, 2) + '\n';
	writeFileSync(res.files.results, json);
	if (res.files.latest) writeFileSync(res.files.latest, json);
	return res;
}

const Cli = z.object({
	sizes: z.string().regex(/^\d+(\.\d+)?(,\d+(\.\d+)?)*$/u, 'a comma-separated list of MB, e.g. 1,10'),
	seed: z.string().min(1),
	jobs: z.coerce.number().int().positive().optional(),
	'load-seconds': z.coerce.number().nonnegative(),
	'load-connections': z.coerce.number().int().positive(),
	million: z.coerce.number().int().nonnegative(),
	'baseline-mb': z.coerce.number().nonnegative(),
	'floor-mb': z.coerce.number().nonnegative(),
	'no-server': z.boolean(),
	out: z.string().min(1)
});

const CLI_OPTIONS = {
	sizes: { type: 'string', default: '1,10,100' },
	seed: { type: 'string', default: '1' },
	jobs: { type: 'string' },
	'load-seconds': { type: 'string', default: '30' },
	'load-connections': { type: 'string', default: '50' },
	million: { type: 'string', default: '1000000' },
	'baseline-mb': { type: 'string', default: '1' },
	'floor-mb': { type: 'string', default: '50' },
	'no-server': { type: 'boolean', default: false },
	out: { type: 'string', default: join(REPO_ROOT, 'bench', 'out') },
	help: { type: 'boolean', default: false }
} as const;

async function main() {
	let values: ReturnType<typeof parseArgs<{ options: typeof CLI_OPTIONS }>>['values'];
	try {
		({ values } = parseArgs({ options: CLI_OPTIONS }));
	} catch (e) {
		console.error(`bench: ${(e as Error).message.split('\n')[0]}`);
		return 2;
	}
	if (values.help) {
		console.log('usage: npm run bench -- [--sizes 1,10,100] [--seed S] [--jobs N] [--load-seconds 30] [--load-connections 50] [--million 1000000] [--baseline-mb 1] [--floor-mb 50] [--no-server] [--out DIR]');
		return 0;
	}
	const parsed = Cli.safeParse(values);
	if (!parsed.success) {
		console.error(`bench: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
		return 2;
	}
	const a = parsed.data;
	const r = await runBench({
		sizes: a.sizes.split(',').map(Number),
		seed: a.seed,
		jobs: a.jobs,
		loadSeconds: a['load-seconds'],
		loadConnections: a['load-connections'],
		million: a.million,
		baselineMB: a['baseline-mb'],
		floorMB: a['floor-mb'],
		server: a['no-server'] ? 'never' : 'always',
		out: a.out
	});
	for (const l of r.summary) console.log(l);
	console.log(`bench: ${r.seconds.toFixed(0)} s; figures in ${r.files.results}`);
	return r.sizes.every((s) => s.etl.ok) ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().then(
		(code) => process.exit(code),
		(e) => {
			console.error(`bench: ${e instanceof Error ? e.stack : e}`);
			process.exit(2);
		}
	);
}
