// Times pages of the running server (sequential requests after warm-up: p50/p95) and the full CSV download (MB/s, server RSS).
import { rssMB, watchRss } from './proc.ts';

export interface PageTiming {
	path: string;
	status: number | null;
	/** 'ok', or 'missing' when the route answers 404, or 'error' */
	state: 'ok' | 'missing' | 'error';
	n: number;
	p50_ms: number | null;
	p95_ms: number | null;
	max_ms: number | null;
	bytes: number | null;
	/** server's own Server-Timing total when it sends one */
	server_timing_p50_ms: number | null;
	error?: string;
}

const quantile = (xs: number[], q: number) => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

async function once(url: string, timeoutMs: number) {
	const t0 = performance.now();
	const r = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
	const body = await r.arrayBuffer();
	const ms = performance.now() - t0;
	const st = /dur=([\d.]+)/u.exec(r.headers.get('server-timing') ?? '');
	return { status: r.status, ms, bytes: body.byteLength, serverMs: st ? Number(st[1]) : null };
}

/** Sequential requests to one path: `warmup` unmeasured, then up to `n` measured or until budgetMs is spent. */
export async function timePage(base: string, path: string, opts: { n: number; warmup: number; budgetMs: number; timeoutMs?: number }): Promise<PageTiming> {
	const url = base + path;
	const res: PageTiming = { path, status: null, state: 'ok', n: 0, p50_ms: null, p95_ms: null, max_ms: null, bytes: null, server_timing_p50_ms: null };
	try {
		const first = await once(url, opts.timeoutMs ?? 30_000);
		res.status = first.status;
		res.bytes = first.bytes;
		if (first.status === 404) return { ...res, state: 'missing' };
		if (first.status >= 400) return { ...res, state: 'error', error: `HTTP ${first.status}` };
		for (let i = 1; i < opts.warmup; i++) await once(url, opts.timeoutMs ?? 30_000);
		const times: number[] = [];
		const server: number[] = [];
		const t0 = performance.now();
		while (times.length < opts.n && performance.now() - t0 < opts.budgetMs) {
			const r = await once(url, opts.timeoutMs ?? 30_000);
			if (r.status !== 200) throw new Error(`HTTP ${r.status} during timing`);
			times.push(r.ms);
			if (r.serverMs !== null) server.push(r.serverMs);
		}
		return { ...res, n: times.length, p50_ms: quantile(times, 0.5), p95_ms: quantile(times, 0.95), max_ms: Math.max(...times), server_timing_p50_ms: quantile(server, 0.5) };
	} catch (e) {
		return { ...res, state: 'error', error: (e as Error).message };
	}
}

export interface CsvTiming {
	path: string;
	state: 'ok' | 'missing' | 'error' | 'cut';
	status: number | null;
	seconds: number | null;
	bytes: number;
	rows: number;
	mb_per_s: number | null;
	server_rss_before_mb: number | null;
	server_rss_peak_mb: number | null;
	server_rss_after_mb: number | null;
	error?: string;
}

/** Streams the whole CSV, counting bytes and lines, while polling the server's RSS; cut off after maxSeconds. */
export async function timeCsv(base: string, path: string, serverPid: number, maxSeconds: number): Promise<CsvTiming> {
	const res: CsvTiming = { path, state: 'ok', status: null, seconds: null, bytes: 0, rows: 0, mb_per_s: null, server_rss_before_mb: rssMB(serverPid), server_rss_peak_mb: null, server_rss_after_mb: null };
	const ac = new AbortController();
	const timer = setTimeout(() => ac.abort(), maxSeconds * 1000);
	const watch = watchRss(serverPid);
	const t0 = performance.now();
	try {
		const r = await fetch(base + path, { signal: ac.signal });
		res.status = r.status;
		if (r.status === 404) res.state = 'missing';
		else if (r.status !== 200 || !r.body) res.state = 'error';
		else {
			const reader = r.body.getReader();
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				res.bytes += value.byteLength;
				for (let i = 0; i < value.length; i++) if (value[i] === 10) res.rows++;
			}
		}
	} catch (e) {
		if (ac.signal.aborted) res.state = 'cut';
		else {
			res.state = 'error';
			res.error = (e as Error).message;
		}
	} finally {
		clearTimeout(timer);
	}
	res.seconds = (performance.now() - t0) / 1000;
	res.mb_per_s = res.bytes ? res.bytes / 1e6 / res.seconds : null;
	res.server_rss_peak_mb = watch.stop().peak;
	await new Promise((r) => setTimeout(r, 300));
	res.server_rss_after_mb = rssMB(serverPid);
	return res;
}
