// One place (拉萨市, a district, a street, a community): its detail or a 404.
import { error } from '@sveltejs/kit';
import { LangOnly, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { entityDetail } from '$lib/server/pages';
import { loadReference } from '$lib/server/reference';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) =>
	orBadRequest(async () => {
		parseSearchParams(LangOnly, url.searchParams);
		const detail = await entityDetail('place', params.place);
		if (!detail) error(404, `没有这个地名：${params.place} / unknown place`);
		const ref = await loadReference();
		return { detail, linkable: [...ref.placeNames] };
	});
