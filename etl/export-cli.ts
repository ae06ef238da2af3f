// `npm run export -- --format csv|jsonl [--db PATH] [--out FILE]`: one row per fact, to a file or standard output.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { exportParquet, exportToFile } from './export.ts';
import { DEFAULT_DB } from './paths.ts';

const Args = z.object({
	format: z.enum(['csv', 'jsonl', 'parquet'], { error: 'format must be csv, jsonl or parquet' }),
	db: z.string().min(1),
	out: z.string().min(1).optional()
});

const { values } = parseArgs({
	options: {
		format: { type: 'string', default: 'csv' },
		db: { type: 'string', default: process.env.FACTBOARD_DB ?? DEFAULT_DB },
		out: { type: 'string' }
	}
});
const parsed = Args.safeParse(values);
if (!parsed.success) {
	console.error(`export: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
	process.exit(2);
}
const { format, db, out } = parsed.data;
if (format === 'parquet' && !out) {
	console.error('export: --format parquet writes a folder of Hive partitions: give it with --out DIR');
	process.exit(2);
}
if (!existsSync(db)) {
	console.error(`export: no database at ${db}; run \`npm run etl\` first`);
	process.exit(2);
}
// a reader that stops early (`| head`) is not an error
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
(format === 'parquet' ? exportParquet(db, out!) : exportToFile(db, format, out ?? null)).then(
	(n) => {
		if (out) console.error(`export: ${n} facts → ${out}`);
	},
	(e) => {
		console.error(`export: ${(e as Error).message}`);
		process.exit(1);
	}
);
