// CSV twin of the drill-down treemap: every place under root with its parent, depth and fact count.
import { parseSearchParams, PlacesQuery } from '$lib/params';
import { csvFromRows } from '$lib/server/csv';
import { apiAnswer } from '$lib/server/http';
import { placeTreeRows } from '$lib/server/place-tree';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	apiAnswer(async () => {
		const q = parseSearchParams(PlacesQuery, url.searchParams);
		return csvFromRows(['place', 'parent', 'depth', 'facts'], await placeTreeRows(q.root), 'places.csv');
	});
