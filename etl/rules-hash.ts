// A fingerprint of everything that shapes the facts (data tables, ETL code): an incremental run may reuse old rows only when it is unchanged.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from './tables.ts';

const ETL_DIR = dirname(fileURLToPath(import.meta.url));

/** Feeds the name and bytes of every `ext` file in dir, in name order, into the hash. */
export function hashFilesIn(h: Hash, dir: string, ext: string): Hash {
	for (const f of readdirSync(dir).filter((f) => f.endsWith(ext)).sort()) h.update(f).update(readFileSync(join(dir, f)));
	return h;
}

export function rulesHash(dataDir = DATA_DIR): string {
	const h = createHash('sha256');
	hashFilesIn(h, dataDir, '.csv');
	hashFilesIn(h, ETL_DIR, '.ts');
	return h.digest('hex').slice(0, 16);
}
