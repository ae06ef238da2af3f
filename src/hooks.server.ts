// Request-wide concerns: language choice (?lang= or cookie), security headers, and a clear page when the database is not built yet.
import fs from 'node:fs';
import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { DbMissingError, dbPath } from '$lib/server/db';
import { ParamError } from '$lib/params';
import type { Lang } from '$lib/i18n';
import { overview } from '$lib/server/pages';
import { renderSvg } from '$lib/charts/echarts';
import { buildBarOption } from '$lib/charts/bar-option';

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY'
};

function chooseLang(url: URL, cookie: string | undefined): Lang {
	const asked = url.searchParams.get('lang');
	if (asked === 'en' || asked === 'zh') return asked;
	return cookie === 'en' ? 'en' : 'zh';
}

function missingDbPage(lang: Lang, file: string): Response {
	const body = `<!doctype html><html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>factboard</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.7">
<h1>数据库尚未生成</h1>
<p>没有找到数据库文件 <code>${escapeHtml(file)}</code>。请在项目目录中运行：</p>
<pre style="background:#f3f4f6;padding:.75rem">npm run etl</pre>
<p>（即 <code>npx tsx etl/cli.ts --input seeds</code>），生成后刷新本页即可，无需重启服务。</p>
<hr><p lang="en">The database has not been built yet. Run <code>npm run etl</code> in the project directory, then reload this page.</p>
</body></html>`;
	return new Response(body, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '10' } });
}

function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const handle: Handle = async ({ event, resolve }) => {
	const lang = chooseLang(event.url, event.cookies.get('lang'));
	event.locals.lang = lang;
	if (event.url.searchParams.has('lang') && event.cookies.get('lang') !== lang) {
		event.cookies.set('lang', lang, { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 });
	}
	let response: Response;
	const file = dbPath();
	// a stat per request is cheap, and it turns "no database yet" into instructions instead of a crash
	if (!event.url.pathname.startsWith('/_app/') && event.url.pathname !== '/favicon.svg' && !fs.existsSync(file)) {
		const isData = event.url.pathname.startsWith('/api/') || /\.(csv|parquet|json)$/.test(event.url.pathname);
		response = isData
			? json({ error: 'database not built yet: run `npm run etl`', error_zh: '数据库尚未生成，请先运行 npm run etl' }, { status: 503 })
			: missingDbPage(lang, file);
	} else {
		response = await resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', lang === 'en' ? 'en' : 'zh-CN')
		});
	}
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(k)) {
			try {
				response.headers.set(k, v);
			} catch {
				// immutable headers (e.g. a fetched response): copy once
				response = new Response(response.body, response);
				response.headers.set(k, v);
			}
		}
	}
	return response;
};

/** Unexpected errors: a missing DB inside a load becomes the 503 message; a stray ParamError stays a 400 text. */
export const handleError: HandleServerError = ({ error, status }) => {
	if (error instanceof DbMissingError) {
		return { message: `数据库尚未生成，请运行 npm run etl（${dbPath()}） / database not built: run npm run etl` };
	}
	if (error instanceof ParamError) return { message: error.message };
	if (status === 404) return { message: 'Not found' };
	console.error(error);
	return { message: '服务器内部错误 / internal error' };
};

/** Opens the database and fills the first page's aggregates at startup, so the first visitor does not wait for them. */
export const init: ServerInit = async () => {
	// the first ECharts render pays for its JIT; do it now, not for the first visitor
	renderSvg(buildBarOption({ categories: ['warm-up'], values: [1], unitLabel: '' }), 320, 100);
	if (!fs.existsSync(dbPath())) return;
	try {
		await overview();
	} catch (e) {
		console.warn('factboard: warm-up failed:', e instanceof Error ? e.message : e);
	}
};
