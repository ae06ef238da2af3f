// Provenance: one article as printed with its facts, or a 404.
import { error } from '@sveltejs/kit';
import { LangOnly, parseSearchParams } from '$lib/params';
import { orBadRequest } from '$lib/server/http';
import { articlePage } from '$lib/server/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) =>
	orBadRequest(async () => {
		parseSearchParams(LangOnly, url.searchParams);
		const article = await articlePage(params.id);
		if (!article) error(404, `没有这篇文章：${params.id} / unknown article`);
		return article;
	});
