// Facts explorer: parse every parameter with the one zod schema, run the query, return the page and the filter choices.
import { FactQuery, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { filterOptions, listFacts } from '$lib/server/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	orBadRequest(async () => {
		const q = parseSearchParams(FactQuery, url.searchParams);
		const [result, options] = await Promise.all([listFacts(q), filterOptions()]);
		return { q, result, options };
	});
