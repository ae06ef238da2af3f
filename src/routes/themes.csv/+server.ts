// CSV twin of the /themes table.
import { csvFromRows } from '$lib/server/csv';
import { apiAnswer } from '$lib/server/http';
import { themesPage } from '$lib/server/pages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	apiAnswer(async () =>
		csvFromRows(['theme', 'theme_en', 'facts', 'articles', 'money', 'money_approx', 'people', 'people_approx'], await themesPage(), 'themes.csv')
	);
