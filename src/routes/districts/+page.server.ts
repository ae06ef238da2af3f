// /districts: every county-level district and zone side by side for one dimension, plus the place drill-down tree.
import { DistrictsQuery, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { filterOptions } from '$lib/server/queries';
import { districtsPage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	orBadRequest(async () => {
		const q = parseSearchParams(DistrictsQuery, url.searchParams);
		const [page, options] = await Promise.all([districtsPage(q.dimension, q.unit), filterOptions()]);
		return { q, page, units: options.units };
	});
