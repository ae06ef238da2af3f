// /sources: the ingest log (every input file and what became of it), a page at a time, the build, the page's articles.
import { SourcesQuery, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { sourcesPage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) =>
	orBadRequest(async () => {
		const q = parseSearchParams(SourcesQuery, url.searchParams);
		return { q, ...(await sourcesPage(q)) };
	});
