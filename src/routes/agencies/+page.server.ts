// /agencies: every agency named in the facts or the reference table, grouped by level and type.
import { LangOnly, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { chartData } from '$lib/server/queries';
import { agenciesPage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	orBadRequest(async () => {
		parseSearchParams(LangOnly, url.searchParams);
		const [agencies, money, people] = await Promise.all([
			agenciesPage(),
			chartData('agency', 'money', {}, 15),
			chartData('agency', 'people', {}, 15)
		]);
		return { agencies, money, people };
	});
