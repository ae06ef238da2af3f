// CSV twin of the /sources ingest log.
import { csvFromRows } from '$lib/server/csv';
import { apiAnswer } from '$lib/server/http';
import { sourcesPage } from '$lib/server/pages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	apiAnswer(async () =>
		csvFromRows(
			['file', 'path', 'size_bytes', 'sha256', 'encoding', 'status', 'reason', 'articles', 'facts'],
			(await sourcesPage()).files,
			'sources.csv'
		)
	);
