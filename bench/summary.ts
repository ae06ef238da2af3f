// The benchmark's printed summary: one line per corpus size, then the million-fact pages, the load test, the baseline and the machine's floors.
import type { BenchResults } from './run.ts';
import type { CsvTiming, PageTiming } from './http-timing.ts';

const n0 = (x: number | null | undefined) => (x === null || x === undefined ? '-' : Math.round(x).toLocaleString('en-US'));
const f1 = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(1));
const f2 = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(2));
const NAMES = ['overview', 'district', 'explorer'];

function pages(ps: PageTiming[] | null): string {
	if (!ps) return 'pages not timed';
	return 'p50/p95 ms ' + ps.map((p, i) => `${NAMES[i] ?? p.path} ${p.state === 'ok' ? `${f1(p.p50_ms)}/${f1(p.p95_ms)}` : p.state + (p.status ? ` ${p.status}` : '')}`).join(', ');
}

function csv(c: CsvTiming | null): string {
	if (!c) return '';
	if (c.state === 'missing' || c.state === 'error') return `; CSV ${c.state}${c.status ? ` ${c.status}` : ''}`;
	return `; CSV ${f1(c.bytes / 1e6)} MB${c.state === 'cut' ? ' (cut off)' : ''} in ${f2(c.seconds)} s = ${f1(c.mb_per_s)} MB/s, server RSS ${n0(c.server_rss_before_mb)}→${n0(c.server_rss_peak_mb)} MB`;
}

export function summaryLines(r: BenchResults): string[] {
	const lines: string[] = [];
	for (const s of r.sizes) {
		const head = `${s.target_mb} MB (${f1(s.corpus.mb)} MB text, ${n0(s.corpus.files)} files, ${n0(s.corpus.articles)} articles)`;
		if (!s.etl.ok) {
			lines.push(`${head}: ETL FAILED (exit ${s.etl.exit_code}${s.etl.timed_out ? ', timed out' : ''})`);
			continue;
		}
		const rec = s.recall ? `recall ${s.recall.recall.toFixed(4)} (${n0(s.recall.matched)}/${n0(s.recall.planted)})` : 'recall -';
		// MB/s depends on how densely the text carries figures: the seed pages have about 3.2 facts per KB
		const density = s.recall?.facts_in_db ? ` (${f1(s.recall.facts_in_db / (s.corpus.mb * 1000))}/KB)` : '';
		lines.push(
			`${head}: ETL ${f2(s.etl.wall_s)} s = ${f2(s.etl_mb_per_s)} MB/s, ${n0(s.etl_facts_per_s)} facts/s, peak RSS ${n0(s.etl.peak_rss_mb)} MB` +
				`${s.etl.load_s !== null ? `, load ${f2(s.etl.load_s)} s` : ''}, rerun ${f2(s.etl_rerun?.wall_s)} s${s.etl_rerun?.reused_files ? ` (${n0(s.etl_rerun.reused_files)} files reused)` : ''}; ${rec}, ${n0(s.recall?.facts_in_db)} facts${density}; ` +
				pages(s.pages) + csv(s.csv)
		);
	}
	if (r.million) {
		lines.push(`${n0(r.million.facts)} facts (from ${n0(r.million.source_facts)} ×${r.million.copies + 1}): ` + (r.million.error ? `error ${r.million.error}` : pages(r.million.pages) + csv(r.million.csv)));
	}
	if (r.load) {
		if ('error' in r.load) lines.push(`load test: error ${r.load.error}`);
		else {
			const l = r.load;
			const slowest = [...(l.by_path ?? [])].sort((a, b) => (b.p50_ms ?? 0) - (a.p50_ms ?? 0))[0];
			lines.push(
				`load ${l.connections} connections × ${l.seconds} s: ${n0(l.requests_per_s)} req/s, p99 ${n0(l.latency_p99_ms)} ms, ${l.errors} errors, ${l.timeouts} timeouts, ${l.non_2xx} non-2xx; ` +
					`server RSS ${n0(l.server_rss_before_mb)} → peak ${n0(l.server_rss_peak_mb)} → ${n0(l.server_rss_after_mb)} MB after (${l.rss_returned ? 'returned' : 'DID NOT return'})` +
					(slowest ? `; slowest ${decodeURIComponent(slowest.path)} p50 ${n0(slowest.p50_ms)} ms` : '')
			);
		}
	}
	if (r.baseline) {
		if ('error' in r.baseline) lines.push(`baseline: error ${r.baseline.error}`);
		else {
			const b = r.baseline;
			const e2e = r.sizes.filter((s) => s.etl_mb_per_s).pop();
			lines.push(
				`baseline on ${f2(b.sample_mb)} MB: Microsoft recognizers (zh-cn) ${f2(b.recognizers.mb_per_s)} MB/s; factboard in-process ${f2(b.factboard_in_process.mb_per_s)} MB/s = ×${f1(b.ratio)}` +
					(e2e ? `; factboard ETL end to end at ${e2e.target_mb} MB ${f2(e2e.etl_mb_per_s)} MB/s = ×${f1(e2e.etl_mb_per_s! / b.recognizers.mb_per_s)}` : '')
			);
		}
	}
	if (r.floors) {
		if ('error' in r.floors) lines.push(`floors: error ${r.floors.error}`);
		else {
			const f = r.floors;
			const ph = (name: string, p: { seconds: number; mb_per_s: number }) => `${name} ${f2(p.seconds)} s = ${f1(p.mb_per_s)} MB/s`;
			lines.push(
				`floors on ${f1(f.sample_mb)} MB (${n0(f.files)} files), each phase alone: ` +
					[ph('reading', f.read), ph('storing the text in DuckDB', f.store), ph('extraction alone', f.extract), ph('with attribution', f.extract_attribute)].join(', ') +
					`; ceiling with attribution, facts and links free and ${f.cores} cores scaling perfectly: ${f1(f.ceiling_mb_per_s)} MB/s`
			);
		}
	}
	return lines;
}
