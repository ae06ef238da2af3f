// /agencies: the agencies named in the facts or the reference table, grouped by level and type; the busiest of each group unless all=1.
import { AgenciesQuery, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { chartData } from '$lib/server/queries';
import { agenciesPage, busiestPerGroup, AGENCIES_PER_GROUP } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	orBadRequest(async () => {
		const q = parseSearchParams(AgenciesQuery, url.searchParams);
		const [all, money, people] = await Promise.all([
			agenciesPage(),
			chartData('agency', 'money', {}, 15),
			chartData('agency', 'people', {}, 15)
		]);
		const { agencies, omitted } = q.all ? { agencies: all, omitted: [] } : busiestPerGroup(all, AGENCIES_PER_GROUP);
		return { agencies, omitted, all: q.all === '1', money, people };
	});
