// Maps parameter errors and a missing database to HTTP answers, once, for pages and endpoints alike.
import { error, json } from '@sveltejs/kit';
import { ParamError } from '$lib/params';
import { DbMissingError } from './db';

/** For load functions: a bad parameter becomes a 400 page with the bilingual message. */
export async function orBadRequest<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof ParamError) error(400, { message: e.message });
		throw e;
	}
}

/** For endpoints: a bad parameter is a JSON 400, a missing database a 503, both with both languages. */
export async function apiAnswer(work: () => Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (e) {
		if (e instanceof ParamError) return json({ error: e.en, error_zh: e.zh }, { status: 400 });
		if (e instanceof DbMissingError) {
			return json(
				{ error: 'database not built yet: run `npm run etl`', error_zh: '数据库尚未生成，请先运行 npm run etl' },
				{ status: 503 }
			);
		}
		throw e;
	}
}
