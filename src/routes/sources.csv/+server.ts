// CSV twin of the /sources ingest log, with the same filter.
import { csvFromRows } from '$lib/server/csv';
import { apiAnswer } from '$lib/server/http';
import { sourceFiles } from '$lib/server/pages';
import { SourcesQuery, parseSearchParams } from '$lib/params';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	apiAnswer(async () =>
		csvFromRows(
			['file', 'path', 'size_bytes', 'sha256', 'encoding', 'status', 'reason', 'articles', 'facts'],
			// every file of the filtered log: the page's _page does not cut the download
			await sourceFiles(parseSearchParams(SourcesQuery, url.searchParams)),
			'sources.csv'
		)
	);
