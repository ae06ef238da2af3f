// Hostile requests against the built server: thousands of random and malicious query strings and path parameters on every route; only 200/400/404, no stack traces, no change to the database.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openDb } from './helpers';

const base = inject('baseUrl');
const dbPath = inject('dbPath');

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ROUTES = [
	'/', '/districts', '/districts/城关区', '/districts/拉萨市', '/agencies', '/agencies/市残联', '/themes', '/themes/民生保障',
	'/facts', '/facts.csv', '/api/facts', '/api/facts.csv', '/api/totals', '/totals.csv', '/places.csv', '/districts.csv',
	'/agencies.csv', '/themes.csv', '/sources', '/sources.csv'
];
const PARAMS = ['district', 'agency', 'theme', 'dimension', 'unit', 'approx', 'per', 'file', 'q', '_sort', '_sort_desc', '_size', '_page', 'lang', 'by', 'limit', 'optional', 'dup', 'id', '__proto__', 'constructor', 'x'];
const NASTY = [
	"' OR 1=1 --", '1; DROP TABLE facts; --', "城关区' UNION SELECT * FROM ingest_log --", '%', '_', '\\', '%%%', "'", '"', '`', ';',
	'1e309', '-1', '0', '99999999999999999999999', 'NaN', 'Infinity', '-0', '0x10', '1.5', '  7 ', '', ' ',
	'\u0000', '\u202e城关区', 'ｓｅｌｅｃｔ', 'e\u0301\u0301\u0301', '𝟘𝟙', '\uFEFF', '\ud800', '<script>alert(1)</script>', '{{7*7}}', '${7*7}',
	'../../etc/passwd', '..%2f..%2fetc%2fpasswd', '%00', '%zz', 'money', 'yuan', 'exact', 'rate', 'total', 'value', 'position', 'en', 'zh',
	'城关区', '市残联', '民生保障', 'x'.repeat(5000), '拉萨市'.repeat(500)
];
const PATH_PARAMS = ['/districts/', '/agencies/', '/themes/', '/articles/'];

/** encodeURIComponent, except that a lone surrogate is sent as the raw bytes a broken client would send. */
const enc = (v: string) => {
	try {
		return encodeURIComponent(v);
	} catch {
		return '%ED%A0%80';
	}
};

function randomQuery(r: () => number): string {
	const n = Math.floor(r() * 5);
	const parts: string[] = [];
	for (let i = 0; i < n; i++) {
		const k = PARAMS[Math.floor(r() * PARAMS.length)];
		const v = NASTY[Math.floor(r() * NASTY.length)];
		// sometimes raw, unencoded or half-encoded, to exercise the URL parser too
		const mode = r();
		if (mode < 0.7) parts.push(`${enc(k)}=${enc(v)}`);
		else if (mode < 0.85) parts.push(`${k}=${v.replace(/[#&\s]/g, '')}`);
		else parts.push(k); // a parameter with no value
	}
	return parts.join('&');
}

function looksLikeStackTrace(body: string): boolean {
	return /\bat [\w.<>$]+ \(.*:\d+:\d+\)|node_modules\/|\/src\/lib\/server\/|TypeError:|ReferenceError:|DuckDB.*Error|Binder Error|Parser Error/.test(body);
}

const fileHash = (f: string) => createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('hostile requests', () => {
	it('answer every route with 200, 400 or 404 (or a redirect, or 431 for a giant URL), never a 500 or a stack trace, and leave the database untouched', async () => {
		const before = fileHash(dbPath);
		const db = await openDb(dbPath);
		const [{ n: factsBefore }] = await db.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM facts');
		db.close();

		const r = prng(20261122);
		const urls: string[] = [];
		for (let i = 0; i < 1600; i++) urls.push(`${ROUTES[Math.floor(r() * ROUTES.length)]}?${randomQuery(r)}`);
		for (let i = 0; i < 400; i++) {
			const v = NASTY[Math.floor(r() * NASTY.length)];
			urls.push(PATH_PARAMS[Math.floor(r() * PATH_PARAMS.length)] + (r() < 0.5 ? enc(v) : v.replace(/[?#]/g, '')) + (r() < 0.3 ? `?${randomQuery(r)}` : ''));
		}
		const bad: string[] = [];
		const statuses: Record<number, number> = {};
		let next = 0;
		const worker = async () => {
			while (next < urls.length) {
				const url = urls[next++];
				let res: Response;
				try {
					res = await fetch(base + url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
				} catch (e) {
					// a URL the client itself refuses to send (an invalid escape) never reached the server
					if (e instanceof TypeError && /Invalid URL|Failed to parse/i.test(String(e.message))) continue;
					bad.push(`${url.slice(0, 120)} → ${(e as Error).message}`);
					continue;
				}
				const body = await res.text();
				statuses[res.status] = (statuses[res.status] ?? 0) + 1;
				const short = url.length > 120 ? url.slice(0, 120) + '…' : url;
				// 308: SvelteKit drops a trailing slash; 414/431: Node refuses a URL over 16 KB before the app sees it
				const redirect = res.status === 308 && (res.headers.get('location') ?? '').startsWith('/');
				if (![200, 400, 404, 414, 431].includes(res.status) && !redirect) bad.push(`${short} → ${res.status}`);
				if (looksLikeStackTrace(body)) bad.push(`${short} → stack trace in body`);
			}
		};
		await Promise.all(Array.from({ length: 8 }, worker));
		expect(bad.slice(0, 20)).toEqual([]);
		expect(statuses[400]).toBeGreaterThan(100); // the hostile values were refused, not silently accepted
		expect(statuses[200]).toBeGreaterThan(100);

		expect(fileHash(dbPath)).toBe(before);
		const after = await openDb(dbPath);
		const [{ n: factsAfter }] = await after.all<{ n: number }>('SELECT count(*)::INTEGER AS n FROM facts');
		after.close();
		expect(factsAfter).toBe(factsBefore);
	}, 300_000);

	it('sends a strict Content-Security-Policy and the usual security headers', async () => {
		for (const path of ['/', '/facts', '/facts.csv', '/api/facts']) {
			const res = await fetch(base + path);
			await res.arrayBuffer();
			expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(res.headers.get('x-frame-options'), path).toBe('DENY');
			expect(res.headers.get('referrer-policy'), path).toBeTruthy();
		}
		const page = await fetch(base + '/');
		const csp = page.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/default-src 'self'/);
		expect(csp).toMatch(/script-src 'self'/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(csp).toMatch(/object-src 'none'/);
		expect(csp).toMatch(/frame-ancestors 'none'/);
	});
});
