// CSV twin of the /districts chart: every county-level district and zone, zero rows included, in the chart's order.
import { DistrictsQuery, parseSearchParams } from '$lib/params';
import { csvFromRows } from '$lib/server/csv';
import { apiAnswer } from '$lib/server/http';
import { districtsPage } from '$lib/server/pages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	apiAnswer(async () => {
		const q = parseSearchParams(DistrictsQuery, url.searchParams);
		const page = await districtsPage(q.dimension, q.unit);
		return csvFromRows(['key', 'dimension', 'unit', 'total', 'facts', 'approx'], page.chart.rows, `districts-${q.dimension}.csv`);
	});
