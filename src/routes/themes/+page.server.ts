// /themes: the thirteen themes with fact counts and money/people totals.
import { LangOnly, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { chartData } from '$lib/server/queries';
import { themesPage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	orBadRequest(async () => {
		parseSearchParams(LangOnly, url.searchParams);
		const [themes, money, people] = await Promise.all([themesPage(), chartData('theme', 'money', {}), chartData('theme', 'people', {})]);
		return { themes, money, people };
	});
