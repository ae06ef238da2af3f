// A tiny end-to-end run of `npm run bench` (≈50 KB, a short server run when the app is built) so the benchmark keeps working.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBench } from '../../bench/run.ts';

const out = mkdtempSync(join(tmpdir(), 'factboard-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('bench smoke', () => {
	it('generates, loads, scores recall, times the app and writes its figures', async () => {
		const r = await runBench({
			sizes: [0.05],
			seed: 'smoke',
			out,
			server: 'if-built',
			pageRequests: 3,
			pageWarmup: 1,
			pageBudgetSeconds: 1,
			csvMaxSeconds: 5,
			million: 2000,
			loadSeconds: 1,
			loadConnections: 2,
			loadSettleSeconds: 0.5,
			baselineMB: 0.01,
			baselineBudgetSeconds: 2,
			floorMB: 0.03,
			etlTimeoutSeconds: 60,
			log: () => {}
		});
		const [s] = r.sizes;
		expect(s.etl.ok, s.etl.tail).toBe(true);
		expect(s.corpus.mb).toBeGreaterThanOrEqual(0.05);
		expect(s.recall!.recall).toBeGreaterThanOrEqual(0.95);
		expect(s.etl_rerun?.ok).toBe(true);
		expect(r.summary[0]).toMatch(/^0\.05 MB .*ETL .* MB\/s/u);
		// the app's pages are the dashboard's business: the bench only has to report each as ok, missing or error
		for (const p of s.pages ?? []) expect(['ok', 'missing', 'error']).toContain(p.state);
		if (r.million) expect(r.million.facts).toBe(2000);
		expect(r.baseline && 'recognizers' in r.baseline ? r.baseline.recognizers.mb_per_s : 1).toBeGreaterThan(0);
		// the floors time the same sample in every phase: each file stored once, the same facts with and without attribution
		const f = r.floors!;
		if ('error' in f) throw new Error(f.error);
		expect(f.files).toBeGreaterThan(0);
		expect(f.store.rows).toBe(f.files);
		expect(f.extract.facts).toBeGreaterThan(0);
		expect(f.extract_attribute.facts).toBe(f.extract.facts);
		// the ceiling spreads extraction over every core but adds reading and storing: never above cores × extraction alone
		expect(f.ceiling_mb_per_s).toBeGreaterThan(0);
		expect(f.ceiling_mb_per_s).toBeLessThan(f.cores * f.extract.mb_per_s);
		expect(r.summary.at(-1)).toMatch(/^floors on .* ceiling .* MB\/s$/u);
		expect(existsSync(r.files.results)).toBe(true);
		expect(JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')).sizes).toHaveLength(1);
	}, 60_000);
});
