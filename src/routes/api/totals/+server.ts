// JSON twin of the totals: the same query, each total with its ≥/≈/≤ qualifier.
import { json } from '@sveltejs/kit';
import { parseSearchParams, TotalsQuery } from '$lib/params';
import { apiAnswer } from '$lib/server/http';
import { totals } from '$lib/server/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	apiAnswer(async () => {
		const q = parseSearchParams(TotalsQuery, url.searchParams);
		return json({ query: q, rows: await totals(q) });
	});
