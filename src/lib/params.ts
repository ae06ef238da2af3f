// The one place every URL and API parameter is defined and checked (zod); a bad value becomes a 400 with a bilingual message.
import { z } from 'zod';
import { APPROX, DIMENSIONS } from '../../etl/types';

export const SORT_COLUMNS = [
	'position', 'value', 'dimension', 'unit', 'approx', 'district', 'agency', 'theme', 'file', 'subject'
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const GROUP_KEYS = ['district', 'place', 'agency', 'theme', 'file', 'dimension'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

/** Raised for any bad parameter; carries both languages so pages and APIs can say what is wrong. */
export class ParamError extends Error {
	readonly status = 400;
	constructor(
		readonly zh: string,
		readonly en: string
	) {
		super(`${zh} / ${en}`);
	}
}

const name = z.string().trim().min(1).max(100);

const filterShape = {
	district: name.optional(),
	agency: name.optional(),
	theme: name.optional(),
	dimension: z.enum(DIMENSIONS).optional(),
	unit: name.optional(),
	approx: z.enum(APPROX).optional(),
	per: z.enum(['rate', 'total']).optional(),
	file: name.optional(),
	q: z.string().trim().min(1).max(100).optional(),
	optional: z.enum(['include', 'exclude', 'only']).optional(),
	dup: z.enum(['include', 'exclude']).optional(),
	lang: z.enum(['zh', 'en']).optional()
};

export const FactFilters = z.object(filterShape).strict();
export type FactFilters = z.infer<typeof FactFilters>;

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);

export const FactQuery = z
	.object({
		...filterShape,
		_sort: z.enum(SORT_COLUMNS).optional(),
		_sort_desc: z.enum(SORT_COLUMNS).optional(),
		_size: positiveInt(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
		_page: positiveInt(100_000).default(1)
	})
	.strict()
	.refine((v) => !(v._sort && v._sort_desc), { path: ['_sort_desc'], message: 'both' });
export type FactQuery = z.infer<typeof FactQuery>;

export const TotalsQuery = z
	.object({
		...filterShape,
		by: z.enum(GROUP_KEYS).default('district'),
		_limit: positiveInt(1000).optional()
	})
	.strict();
export type TotalsQuery = z.infer<typeof TotalsQuery>;

/** /districts: which dimension the side-by-side chart shows (summable ones only). */
export const DistrictsQuery = z
	.object({
		dimension: z
			.enum(['money', 'people', 'person_times', 'households', 'weight', 'area', 'volume', 'length', 'flights', 'count'])
			.default('money'),
		unit: name.optional(),
		lang: filterShape.lang
	})
	.strict();

/** /places.csv: the drill-down tree under one place. */
export const PlacesQuery = z.object({ root: name.default('拉萨市'), lang: filterShape.lang }).strict();

export const LangOnly = z.object({ lang: filterShape.lang }).strict();

/** /agencies: the busiest AGENCIES_PER_GROUP of each level and type, or every one with all=1. */
export const AgenciesQuery = z.object({ all: z.enum(['1']).optional(), lang: filterShape.lang }).strict();

/** /sources and /sources.csv: the ingest log, filtered by outcome; the page shows it SOURCES_PAGE_SIZE files at a time. */
export const SourcesQuery = z
	.object({
		status: z.enum(['loaded', 'skipped', 'failed']).optional(),
		_page: positiveInt(100_000).default(1),
		lang: filterShape.lang
	})
	.strict();
export type SourcesQuery = z.infer<typeof SourcesQuery>;

/** What each parameter accepts, said once in each language for the 400 message. */
const HELP: Record<string, [string, string]> = {
	district: ['区县或地名', 'a district or place name'],
	agency: ['单位名称', 'an agency name'],
	theme: ['主题名称', 'a theme name'],
	dimension: [`维度之一：${DIMENSIONS.join(', ')}`, `one of ${DIMENSIONS.join(', ')}`],
	unit: ['单位（如 yuan、person、个）', 'a canonical unit such as yuan, person, 个'],
	approx: [`取值之一：${APPROX.join(', ')}`, `one of ${APPROX.join(', ')}`],
	per: ['rate（比率）或 total（总量）', 'rate or total'],
	file: ['来源文件名', 'a source file name'],
	q: ['1 到 100 个字符的检索词', 'search text of 1 to 100 characters'],
	optional: ['include、exclude 或 only', 'include, exclude or only'],
	dup: ['include 或 exclude（排除重复事实）', 'include or exclude (repeated facts)'],
	lang: ['zh 或 en', 'zh or en'],
	_sort: [`排序列之一：${SORT_COLUMNS.join(', ')}`, `one of ${SORT_COLUMNS.join(', ')}`],
	_sort_desc: [`排序列之一：${SORT_COLUMNS.join(', ')}`, `one of ${SORT_COLUMNS.join(', ')}`],
	_size: [`1 到 ${MAX_PAGE_SIZE} 的整数`, `an integer from 1 to ${MAX_PAGE_SIZE}`],
	_page: ['正整数', 'a positive integer'],
	status: ['loaded、skipped 或 failed', 'loaded, skipped or failed'],
	all: ['1（列出全部单位）', '1 (list every agency)'],
	_limit: ['1 到 1000 的整数', 'an integer from 1 to 1000'],
	root: ['地名', 'a place name'],
	by: [`分组之一：${GROUP_KEYS.join(', ')}`, `one of ${GROUP_KEYS.join(', ')}`]
};

/**
 * Reads a query string into a schema: empty values (an unset <select>) count as absent,
 * a repeated parameter or an unknown one is an error, never a silent guess.
 */
export function parseSearchParams<S extends z.ZodType>(schema: S, search: URLSearchParams): z.infer<S> {
	const raw: Record<string, string> = {};
	for (const [key, value] of search) {
		if (value.trim() === '') continue;
		if (key in raw) throw new ParamError(`参数 ${key} 重复`, `parameter ${key} given more than once`);
		raw[key] = value;
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.join(', ');
		throw new ParamError(`未知参数：${keys}`, `unknown parameter: ${keys}`);
	}
	const key = String(issue.path[0] ?? '');
	if (key === '_sort_desc' && issue.code === 'custom') {
		throw new ParamError('不能同时使用 _sort 和 _sort_desc', 'cannot use _sort and _sort_desc together');
	}
	const [zh, en] = HELP[key] ?? ['取值无效', 'invalid value'];
	throw new ParamError(
		`参数 ${key} 的取值「${raw[key] ?? ''}」无效，应为${zh}`,
		`invalid value "${raw[key] ?? ''}" for ${key}: expected ${en}`
	);
}

/** The filter part of a parsed query, for building WHERE clauses and links. */
export function pickFilters(q: Partial<FactFilters>): FactFilters {
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(filterShape)) {
		if (key === 'lang') continue;
		const v = (q as Record<string, unknown>)[key];
		if (v !== undefined) out[key] = v;
	}
	return out as FactFilters;
}

export const FILTER_KEYS = Object.keys(filterShape).filter((k) => k !== 'lang') as Exclude<keyof FactFilters, 'lang'>[];
