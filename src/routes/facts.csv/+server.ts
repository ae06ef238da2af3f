// CSV twin of /facts: the explorer's query with the same filters and order, unpaged and streamed.
import { FactQuery, parseSearchParams } from '$lib/params';
import { csvResponse } from '$lib/server/csv';
import { apiAnswer } from '$lib/server/http';
import { factsDownloadQueries } from '$lib/server/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	apiAnswer(async () => {
		const q = parseSearchParams(FactQuery, url.searchParams);
		return csvResponse(await factsDownloadQueries(q), [], 'facts.csv');
	});
