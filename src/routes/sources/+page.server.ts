// /sources: the ingest log (every input file and what became of it), the build, the articles.
import { LangOnly, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { sourcesPage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	orBadRequest(async () => {
		parseSearchParams(LangOnly, url.searchParams);
		return sourcesPage();
	});
