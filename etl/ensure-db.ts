// `npm start` runs this first: builds the database from seeds/ when it is missing or older than any input or reference table.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { listFiles } from './run.ts';
import { DEFAULT_DB, DEFAULT_INPUT, REPO_ROOT } from './paths.ts';
import { DATA_DIR } from './tables.ts';

const db = process.env.FACTBOARD_DB ?? DEFAULT_DB;
const inputs = [...listFiles(DEFAULT_INPUT), ...listFiles(DATA_DIR).filter((f) => f.endsWith('.csv')), ...listFiles(join(REPO_ROOT, 'etl'))];
const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
if (existsSync(db) && statSync(db).mtimeMs >= newest) {
	console.log(`database is up to date: ${db}`);
} else {
	console.log(existsSync(db) ? `inputs changed since ${db} was built: rebuilding` : `no database at ${db}: building it from seeds/`);
	const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'etl', 'cli.ts'), '--db', db], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
