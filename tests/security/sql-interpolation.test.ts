// A guard against string-built SQL: every ${…} inside an SQL template literal in src/ and etl/ must be one of the reviewed, safe forms below.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../etl/paths.ts';

/**
 * Reviewed interpolations and why each is safe. User input never appears here: it goes through Binder.bind ($n) or
 * through whitelist maps whose values are fixed SQL.
 */
const ALLOWED: [RegExp, string][] = [
	[/^r?b\.bind\(.+\)$/, 'a bound parameter: yields $n'],
	[/^this\.values\.length$/, 'the Binder numbering its own placeholders'],
	[/^(names|p|limit)$/, 'placeholders ($n) returned by Binder.bind'],
	[/^(whereClause\(conditions\)|where|conditions\.join\(' AND '\)|whereClause\(\[\.\.\.c, range\]\))$/, 'conditions built from fixed fragments and $n placeholders'],
	[/^orderBy\(q\)$|^primary$|^order$/, 'sort SQL from the SORT_SQL whitelist map, or a fixed ORDER BY'],
	[/^FACT_COLUMNS$/, 'the fixed fact column list'],
	[/^SOURCE_COLUMNS$/, 'the fixed ingest_log column list of /sources'],
	[/^key$/, 'group SQL from the GROUP_SQL whitelist map'],
	[/^FACT_SELECT$|^EXPORT_SQL$|^sql$/, 'fixed SELECT text defined in the code'],
	[/^EXPORT_COLUMNS\.map\(/, 'the fixed export column list of etl/schema.ts'],
	[/^SUMMABLE\.map\(.+\)\.join\(', '\)$/, 'fixed list of dimension names'],
	[/^COUNTED_ONCE\.join\(' AND '\)$/, 'the fixed counting conditions of fact-sql.ts (a repeat or a range counts once)'],
	[/^limit \? `QUALIFY/, 'optional clause around a bound $n limit and a whitelisted key'],
	[/^(c|t|name|k)$/, 'table, column or alias names from fixed lists in the ETL (TABLES, PART_TABLES, scratch index)'],
	[/^columns\.map\(.+\)\.join\(', '\)$/, 'temporary-table column names given by the ETL code'],
	[/^sqlString\(.+\)$/, 'a file path quoted as an SQL string literal (operator input to the ETL, never a request)'],
	[/^(file|tmp|tmpFile|out)$/, 'server-made temporary file path (randomUUID in os.tmpdir()) quoted for COPY … TO'],
	[/^files$/, 'Parquet part paths, each quoted with sqlString'],
	[/^sources$/, 'UNION ALL of the workers\' scratch tables, named from fixed lists in the ETL'],
	[/^\(cols as readonly Column\[\]\)\.map\(.+$/, 'DDL generated from the schema table'],
	[/^(v|s|sign|digits|exp|text)$/, 'CSV cell SQL of src/lib/server/csv.ts, built from a column quoted with quoteIdent'],
	[/^quoteIdent\(name\)$/, 'a result column name, quoted as an SQL identifier'],
	[/^(line|inner)$/, 'the CSV line SQL around a query that was itself built from reviewed parts'],
	[/^quoteIdent\(c\)$|^t$|^k \? ' ' \+ k : ''$/, 'DDL generated from the schema table']
];

const SQL_PARTS = /FACT_SELECT|EXPORT_SQL|whereClause|orderBy|\.bind\(/;
const SQL_WORDS = /\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|ORDER BY|GROUP BY|COPY|ATTACH|CREATE|LIMIT)\b/;

/** Template literals of a TypeScript/Svelte source with their interpolated expressions (nested templates included). */
export function templates(src: string): { text: string; exprs: string[] }[] {
	const out: { text: string; exprs: string[] }[] = [];
	let i = 0;
	const readTemplate = (): void => {
		// at src[i] === '`'
		i++;
		let text = '';
		const exprs: string[] = [];
		while (i < src.length && src[i] !== '`') {
			if (src[i] === '\\') {
				text += src.slice(i, i + 2);
				i += 2;
			} else if (src[i] === '$' && src[i + 1] === '{') {
				i += 2;
				const start = i;
				let depth = 1;
				while (i < src.length && depth > 0) {
					if (src[i] === '`') readTemplate();
					else if (src[i] === "'" || src[i] === '"') skipString();
					else {
						if (src[i] === '{') depth++;
						if (src[i] === '}') depth--;
						i++;
					}
				}
				exprs.push(src.slice(start, i - 1).trim());
				text += '${}';
			} else text += src[i++];
		}
		i++;
		out.push({ text, exprs });
	};
	const skipString = () => {
		const q = src[i++];
		while (i < src.length && src[i] !== q && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
		i++;
	};
	while (i < src.length) {
		const c = src[i];
		if (c === '/' && src[i + 1] === '/') while (i < src.length && src[i] !== '\n') i++;
		else if (c === '/' && src[i + 1] === '*') i = src.indexOf('*/', i + 2) + 2 || src.length;
		else if (c === "'" || c === '"') skipString();
		else if (c === '`') readTemplate();
		else i++;
	}
	return out;
}

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(ts|svelte)$/.test(e.name))
		.map((e) => join(e.parentPath, e.name));
}

describe('SQL is never built from strings', () => {
	it('finds interpolations inside SQL templates', () => {
		const t = templates('const q = `SELECT * FROM t WHERE a = ${b.bind(x)} ORDER BY ${orderBy(q)}`; const s = `hi ${name}`;');
		expect(t.map((x) => x.exprs)).toEqual([['b.bind(x)', 'orderBy(q)'], ['name']]);
	});

	it('allows only reviewed interpolations in SQL in src/ and etl/', () => {
		const bad: string[] = [];
		for (const file of [...sources(join(REPO_ROOT, 'src')), ...sources(join(REPO_ROOT, 'etl'))]) {
			for (const t of templates(readFileSync(file, 'utf8'))) {
				// an expression running over many lines means the scanner lost its place (a quote in a regex literal):
				// it would skip the SQL after it, so it fails here until the source is written more plainly
				for (const e of t.exprs) if (e.split('\n').length > 8) bad.push(`${relative(REPO_ROOT, file)}: scanner lost its place at \${${e.slice(0, 40)}…}`);
				// SQL by its words, or by the fragments it is assembled from (`${FACT_SELECT} ${whereClause(…)}` has no words of its own)
				if (!SQL_WORDS.test(t.text) && !t.exprs.some((e) => SQL_PARTS.test(e))) continue;
				for (const e of t.exprs) if (!ALLOWED.some(([re]) => re.test(e))) bad.push(`${relative(REPO_ROOT, file)}: \${${e}} in «${t.text.slice(0, 60)}…»`);
			}
		}
		expect(bad).toEqual([]);
	});
});
