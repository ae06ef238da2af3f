// The DuckDB schema the ETL writes and the dashboard reads; both sides import these names so they cannot drift.
export const SCHEMA_VERSION = 1;

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'TIMESTAMP';
export type Column = readonly [name: string, type: ColumnType, constraint?: string];

/** Every table's columns in order: the DDL and the Appender are both generated from this. */
export const TABLES = {
	build: [
		['build_id', 'VARCHAR', 'NOT NULL'],
		['schema_version', 'INTEGER', 'NOT NULL'],
		['created_at', 'TIMESTAMP', 'NOT NULL'],
		['input_dir', 'VARCHAR'],
		['files', 'INTEGER'],
		['articles', 'INTEGER'],
		['facts', 'INTEGER'],
		/** hash of the rules (data tables and ETL code): an incremental run reuses earlier rows only under the same rules */
		['rules_hash', 'VARCHAR']
	],
	ingest_log: [
		['file', 'VARCHAR', 'PRIMARY KEY'],
		['path', 'VARCHAR'],
		['size_bytes', 'BIGINT'],
		['sha256', 'VARCHAR'],
		['encoding', 'VARCHAR'],
		['status', 'VARCHAR', 'NOT NULL'],
		['reason', 'VARCHAR'],
		['articles', 'INTEGER'],
		['facts', 'INTEGER'],
		['mtime_ms', 'DOUBLE']
	],
	articles: [
		['article_id', 'VARCHAR', 'NOT NULL'],
		['file', 'VARCHAR', 'NOT NULL'],
		['seq', 'INTEGER', 'NOT NULL'],
		['title', 'VARCHAR'],
		['subtitle', 'VARCHAR'],
		['byline', 'VARCHAR'],
		['start', 'INTEGER'],
		['end', 'INTEGER'],
		['text', 'VARCHAR'],
		['district', 'VARCHAR'],
		['theme', 'VARCHAR']
	],
	facts: [
		['fact_id', 'VARCHAR', 'NOT NULL'],
		['file', 'VARCHAR', 'NOT NULL'],
		['article_id', 'VARCHAR', 'NOT NULL'],
		['seq', 'INTEGER', 'NOT NULL'],
		['quote', 'VARCHAR', 'NOT NULL'],
		['value', 'DOUBLE', 'NOT NULL'],
		['value_low', 'DOUBLE'],
		['value_high', 'DOUBLE'],
		['dimension', 'VARCHAR', 'NOT NULL'],
		['unit', 'VARCHAR', 'NOT NULL'],
		['approx', 'VARCHAR', 'NOT NULL'],
		['per', 'VARCHAR'],
		['subject', 'VARCHAR'],
		['district', 'VARCHAR'],
		['place', 'VARCHAR'],
		['agency', 'VARCHAR'],
		['agency_level', 'VARCHAR'],
		['theme', 'VARCHAR'],
		['start', 'INTEGER', 'NOT NULL'],
		['end', 'INTEGER', 'NOT NULL'],
		['article_start', 'INTEGER', 'NOT NULL'],
		['article_end', 'INTEGER', 'NOT NULL'],
		['sentence', 'VARCHAR'],
		['optional', 'BOOLEAN', 'NOT NULL'],
		['canonical_id', 'VARCHAR', 'NOT NULL']
	],
	places: [
		['name', 'VARCHAR', 'PRIMARY KEY'],
		['level', 'VARCHAR', 'NOT NULL'],
		['parent', 'VARCHAR'],
		['district', 'VARCHAR'],
		['aliases', 'VARCHAR']
	],
	agencies: [
		['name', 'VARCHAR', 'PRIMARY KEY'],
		['full_name', 'VARCHAR'],
		['level', 'VARCHAR'],
		['type', 'VARCHAR'],
		['place', 'VARCHAR'],
		['district', 'VARCHAR']
	],
	themes: [
		['theme', 'VARCHAR', 'PRIMARY KEY'],
		['theme_en', 'VARCHAR'],
		['description', 'VARCHAR']
	]
} as const satisfies Record<string, readonly Column[]>;

export type TableName = keyof typeof TABLES;

const quoteIdent = (s: string) => '"' + s.replaceAll('"', '""') + '"';

export const DDL: string[] = Object.entries(TABLES).map(
	([name, cols]) =>
		`CREATE TABLE ${name} (${(cols as readonly Column[]).map(([c, t, k]) => `${quoteIdent(c)} ${t}${k ? ' ' + k : ''}`).join(', ')})`
);

/**
 * Indexes created after the bulk load, which is far faster than maintaining them row by row during it: the unique
 * ids (which also prove no fact or article was loaded twice) and the columns the dashboard filters on.
 */
export const INDEXES = [
	'CREATE UNIQUE INDEX facts_id ON facts (fact_id)',
	'CREATE UNIQUE INDEX articles_id ON articles (article_id)',
	'CREATE INDEX facts_article ON facts (article_id)',
	'CREATE INDEX facts_agency ON facts (agency)'
];

/** Column order of the fact export, as the end-to-end issue fixes it; later columns are appended after these. */
export const EXPORT_COLUMNS = [
	'file', 'article_id', 'article_title', 'quote', 'value', 'dimension', 'unit', 'approx', 'per',
	'subject', 'district', 'agency', 'theme', 'start', 'end', 'sentence',
	'value_low', 'value_high', 'place', 'agency_level', 'fact_id', 'canonical_id', 'optional'
] as const;
