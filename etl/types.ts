// The records the ETL produces, as zod schemas: validated before they reach DuckDB, and the one place their shape is defined.
import { z } from 'zod';

export const DIMENSIONS = [
	'money', 'people', 'person_times', 'households', 'weight', 'area', 'volume', 'length',
	'flights', 'percent', 'duration', 'age', 'count'
] as const;
export const Dimension = z.enum(DIMENSIONS);
export type Dimension = z.infer<typeof Dimension>;

export const APPROX = ['exact', 'at_least', 'approx', 'at_most'] as const;
export const Approx = z.enum(APPROX);
export type Approx = z.infer<typeof Approx>;

export const PERS = ['person', 'household', 'day', 'week', 'month', 'year', 'village'] as const;
export const Per = z.enum(PERS);
export type Per = z.infer<typeof Per>;

/** One numeric fact with its provenance; offsets are character offsets (UTF-16 code units) in the decoded source file. */
export const FactRecord = z.object({
	fact_id: z.string().min(1),
	file: z.string().min(1),
	article_id: z.string().min(1),
	seq: z.number().int().nonnegative(),
	quote: z.string().min(1),
	value: z.number().finite(),
	value_low: z.number().finite().nullable(),
	value_high: z.number().finite().nullable(),
	dimension: Dimension,
	unit: z.string().min(1),
	approx: Approx,
	per: Per.nullable(),
	subject: z.string().nullable(),
	district: z.string().nullable(),
	place: z.string().nullable(),
	agency: z.string().nullable(),
	agency_level: z.string().nullable(),
	theme: z.string().nullable(),
	/** offsets in the source file */
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative(),
	/** offsets in the article's repaired text (articles.text), for highlighting */
	article_start: z.number().int().nonnegative(),
	article_end: z.number().int().nonnegative(),
	sentence: z.string(),
	/** small counts in Chinese numerals, durations, ages: the spec's optional shape */
	optional: z.boolean(),
	/** the fact that totals count; equals fact_id unless this fact repeats another article's */
	canonical_id: z.string().min(1)
});
export type FactRecord = z.infer<typeof FactRecord>;

export const ArticleRecord = z.object({
	article_id: z.string().min(1),
	file: z.string().min(1),
	seq: z.number().int().nonnegative(),
	title: z.string(),
	subtitle: z.string().nullable(),
	byline: z.string().nullable(),
	/** offsets of the article in the source file */
	start: z.number().int().nonnegative(),
	end: z.number().int().nonnegative(),
	/** the article as printed, page-break artefacts repaired, paragraphs separated by blank lines */
	text: z.string(),
	district: z.string().nullable(),
	theme: z.string().nullable()
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export const INGEST_STATUS = ['loaded', 'skipped', 'failed'] as const;
export const IngestRecord = z.object({
	file: z.string().min(1),
	path: z.string(),
	size_bytes: z.number().int().nonnegative(),
	sha256: z.string(),
	encoding: z.string().nullable(),
	status: z.enum(INGEST_STATUS),
	reason: z.string().nullable(),
	articles: z.number().int().nonnegative(),
	facts: z.number().int().nonnegative(),
	mtime_ms: z.number().nullable().optional()
});
export type IngestRecord = z.infer<typeof IngestRecord>;
