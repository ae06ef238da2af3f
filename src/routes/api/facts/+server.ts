// JSON API over facts: the explorer's filters, sort and paging, with links to the next page and the CSV twin.
import { json } from '@sveltejs/kit';
import { FactQuery, parseSearchParams } from '$lib/params';
import { apiAnswer } from '$lib/server/http';
import { listFacts } from '$lib/server/queries';
import { twinHref, withParam } from '$lib/links';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	apiAnswer(async () => {
		const q = parseSearchParams(FactQuery, url.searchParams);
		const result = await listFacts(q);
		return json({
			query: q,
			total: result.total,
			page: result.page,
			pages: result.pages,
			size: result.size,
			next: result.page < result.pages ? withParam(url, '_page', result.page + 1) : null,
			csv: twinHref(url, '/api/facts.csv', ['_page', '_size']),
			rows: result.rows
		});
	});
