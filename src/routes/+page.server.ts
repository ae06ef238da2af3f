// Overview: look up the build's cached aggregates and return them.
import { LangOnly, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { overview } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	orBadRequest(async () => {
		parseSearchParams(LangOnly, url.searchParams);
		return { overview: await overview() };
	});
