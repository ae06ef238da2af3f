// Bundles the worker thread's TypeScript into one cached ES module, so a worker boots without a TypeScript loader of its own.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { hashFilesIn } from './rules-hash.ts';

const ETL_DIR = dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = join(ETL_DIR, '..', 'node_modules', '.cache', 'factboard');

/**
 * The path of the worker bundle for the current ETL code, built on first use (about 0.1 s) and kept under
 * node_modules/.cache keyed by a hash of etl/*.ts. Registering tsx in a worker costs each thread a loader of its
 * own and ~0.25 s of start-up; the bundle is plain JavaScript. Packages stay external and resolve from node_modules.
 */
export function workerBundle(): string {
	const h = hashFilesIn(createHash('sha256').update(ETL_DIR), ETL_DIR, '.ts');
	const name = `worker-${h.digest('hex').slice(0, 16)}.mjs`;
	const out = join(CACHE_DIR, name);
	if (existsSync(out)) return out;
	mkdirSync(CACHE_DIR, { recursive: true });
	const tmp = `${out}.${process.pid}-${Date.now()}.tmp`;
	buildSync({
		entryPoints: [join(ETL_DIR, 'worker.ts')],
		outfile: tmp,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		// every bundled module lives in etl/, so each one's own import.meta.url (data/ and the repo root are found
		// relative to it) is a file in etl/
		define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ETL_DIR, 'worker.ts')).href) },
		logLevel: 'silent'
	});
	renameSync(tmp, out); // atomic: a concurrent run sees the whole file or none
	for (const f of readdirSync(CACHE_DIR)) if (f.startsWith('worker-') && f !== name && !f.endsWith('.tmp')) rmSync(join(CACHE_DIR, f), { force: true });
	return out;
}
