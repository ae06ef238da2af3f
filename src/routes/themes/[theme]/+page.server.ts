// One theme: its detail or a 404.
import { error } from '@sveltejs/kit';
import { LangOnly, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { entityDetail } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) =>
	orBadRequest(async () => {
		parseSearchParams(LangOnly, url.searchParams);
		const detail = await entityDetail('theme', params.theme);
		if (!detail) error(404, `没有这个主题：${params.theme} / unknown theme`);
		return { detail };
	});
