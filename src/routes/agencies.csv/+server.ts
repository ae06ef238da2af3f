// CSV twin of the /agencies table.
import { csvFromRows } from '$lib/server/csv';
import { apiAnswer } from '$lib/server/http';
import { agenciesPage } from '$lib/server/pages';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	apiAnswer(async () =>
		csvFromRows(['name', 'full_name', 'level', 'type', 'district', 'facts', 'money', 'money_approx', 'people', 'people_approx'], await agenciesPage(), 'agencies.csv')
	);
