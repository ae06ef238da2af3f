// Every page gets the request's language.
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({ lang: locals.lang });
