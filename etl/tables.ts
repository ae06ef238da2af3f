// Reads the reference tables in data/ (CSV with a header) and validates every row with zod, so a bad table fails loudly with its file and line.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'data');

export class ReferenceTableError extends Error {}

/** Parses CSV text and validates each row; errors name the file, the line and the field. */
export function parseTable<T extends z.ZodType>(text: string, schema: T, name: string): z.infer<T>[] {
	let records: Record<string, string>[];
	try {
		records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: false });
	} catch (e) {
		throw new ReferenceTableError(`${name}: not valid CSV: ${(e as Error).message}`);
	}
	return records.map((row, i) => {
		const r = schema.safeParse(row);
		if (!r.success) {
			const issue = r.error.issues[0];
			// +2: the header is line 1 and rows count from 0
			throw new ReferenceTableError(`${name}, line ${i + 2}, field ${issue.path.join('.') || '?'}: ${issue.message}`);
		}
		return r.data;
	});
}

export function readTable<T extends z.ZodType>(file: string, schema: T, dataDir = DATA_DIR): z.infer<T>[] {
	const path = join(dataDir, file);
	return parseTable(readFileSync(path, 'utf8'), schema, path);
}
