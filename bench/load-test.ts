// The load test of issue 7: autocannon against 127.0.0.1 only, N connections for a bounded time on a mix of pages and CSV downloads.
import autocannon from 'autocannon';
import { rssMB, watchRss } from './proc.ts';

export interface LoadResult {
	connections: number;
	seconds: number;
	paths: string[];
	requests: number;
	requests_per_s: number;
	latency_p50_ms: number;
	latency_p99_ms: number;
	latency_max_ms: number;
	errors: number;
	timeouts: number;
	non_2xx: number;
	status_codes: Record<string, number>;
	mb_read: number;
	server_rss_before_mb: number | null;
	server_rss_peak_mb: number | null;
	server_rss_after_mb: number | null;
	/** per path: responses and their p50/p99 (each connection loops over the paths in order) */
	by_path: { path: string; n: number; p50_ms: number | null; p99_ms: number | null }[];
	/** after ≤ 1.25 × before + 64 MB, measured settleSeconds after the load stops */
	rss_returned: boolean | null;
}

export async function loadTest(base: string, paths: string[], serverPid: number, opts: { connections: number; seconds: number; settleSeconds?: number }): Promise<LoadResult> {
	const u = new URL(base);
	if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') throw new Error('the load test only targets 127.0.0.1');
	// one warm-up request per path, so lazily built caches are part of the start level
	for (const path of paths) await fetch(base + path, { signal: AbortSignal.timeout(60_000) }).then((r) => r.arrayBuffer()).catch(() => null);
	const before = rssMB(serverPid);
	const seen = new Map<unknown, number>();
	const times = paths.map(() => [] as number[]);
	const watch = watchRss(serverPid, 100);
	const statuses: Record<string, number> = {};
	const instance = autocannon({
		url: base,
		connections: opts.connections,
		duration: opts.seconds,
		timeout: 30,
		requests: paths.map((path) => ({ method: 'GET', path }))
	});
	instance.on('response', (client, statusCode, _bytes, ms) => {
		statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
		const k = seen.get(client) ?? 0;
		seen.set(client, k + 1);
		times[k % paths.length].push(ms);
	});
	const r = await instance;
	const { peak } = watch.stop();
	await new Promise((res) => setTimeout(res, (opts.settleSeconds ?? 5) * 1000));
	const after = rssMB(serverPid);
	return {
		connections: opts.connections,
		seconds: opts.seconds,
		paths,
		requests: r.requests.total,
		requests_per_s: r.requests.average,
		latency_p50_ms: r.latency.p50,
		latency_p99_ms: r.latency.p99,
		latency_max_ms: r.latency.max,
		errors: r.errors,
		timeouts: r.timeouts,
		non_2xx: r.non2xx,
		status_codes: statuses,
		by_path: paths.map((path, i) => {
			const t = [...times[i]].sort((a, b) => a - b);
			const q = (x: number) => (t.length ? t[Math.min(t.length - 1, Math.ceil(x * t.length) - 1)] : null);
			return { path, n: t.length, p50_ms: q(0.5), p99_ms: q(0.99) };
		}),
		mb_read: r.throughput.total / 1e6,
		server_rss_before_mb: before,
		server_rss_peak_mb: peak,
		server_rss_after_mb: after,
		rss_returned: before !== null && after !== null ? after <= before * 1.25 + 64 : null
	};
}
