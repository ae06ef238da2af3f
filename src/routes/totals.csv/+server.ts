// CSV twin of every totals chart and table: same parameters, same rows, same order.
import { parseSearchParams, TotalsQuery } from '$lib/params';
import { csvResponse } from '$lib/server/csv';
import { apiAnswer } from '$lib/server/http';
import { totalsQuery } from '$lib/server/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	apiAnswer(async () => {
		const q = parseSearchParams(TotalsQuery, url.searchParams);
		const { sql, params } = await totalsQuery(q);
		return csvResponse(sql, params, `totals-by-${q.by}${q.dimension ? `-${q.dimension}` : ''}.csv`);
	});
