// Runs processFile over many files on worker threads (one per core by default); each worker keeps its rows in a scratch database.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { IngestRecord } from './types.ts';
import { processFile, makeAttributor, type Attribution, type FileResult } from './process-file.ts';

export interface Job {
	path: string;
	name: string;
}

/** What the main thread hears about a processed file; the rows themselves are in `rows` (inline) or a scratch database. */
export interface Outcome {
	log: IngestRecord;
	articles: number;
	facts: number;
	perDimension: Record<string, number>;
	/** inline runs hand the rows over; worker runs leave them in their scratch databases */
	rows?: FileResult;
}

/**
 * Processes jobs. With jobs = 1 the work runs inline and onResult receives the rows. With more, each worker appends
 * its rows to `scratchDir/worker-K.duckdb` and onResult receives only the ingest record; the function returns the
 * scratch files for the caller to merge. onResult runs on the main thread in completion order (ids come from content).
 */
export async function processAll(
	list: Job[],
	opts: { jobs: number; attribution: Attribution; scratchDir: string },
	onResult: (job: Job, r: Outcome) => Promise<void> | void
): Promise<string[]> {
	if (opts.jobs <= 1 || list.length <= 1) {
		const attributor = makeAttributor(opts.attribution);
		for (const j of list) {
			const r = processFile(j.path, j.name, attributor);
			const perDimension: Record<string, number> = {};
			for (const f of r.facts) perDimension[f.dimension] = (perDimension[f.dimension] ?? 0) + 1;
			await onResult(j, { log: r.log, articles: r.articles.length, facts: r.facts.length, perDimension, rows: r });
		}
		return [];
	}
	const n = Math.min(opts.jobs, list.length);
	const scratch = Array.from({ length: n }, (_, k) => join(opts.scratchDir, `worker-${k}.duckdb`));
	const workers = scratch.map(
		(path) => new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { attribution: opts.attribution, scratch: path } })
	);
	let next = 0;
	let chain: Promise<void> = Promise.resolve();
	try {
		await new Promise<void>((resolve, reject) => {
			let done = 0;
			let closed = 0;
			const finished = new Set<Worker>();
			const feed = (w: Worker) => {
				if (next < list.length) {
					const id = next++;
					w.postMessage({ type: 'job', id, path: list[id].path, name: list[id].name });
				} else if (!finished.has(w)) {
					finished.add(w);
					w.postMessage({ type: 'finish' });
				}
			};
			for (const w of workers) {
				w.on('message', (m: { type: string; id: number } & Outcome) => {
					// two jobs in flight per worker: it starts the next file while the main thread books the last one
					if (m.type === 'ready') return (feed(w), feed(w));
					if (m.type === 'closed') {
						if (++closed === workers.length) chain.then(() => resolve(), reject);
						return;
					}
					feed(w);
					chain = chain.then(() => onResult(list[m.id], m)).then(() => void done++, reject);
				});
				w.on('error', reject);
				w.on('exit', (code) => {
					if (code !== 0 && closed < workers.length) reject(new Error(`ETL worker exited with code ${code}`));
				});
			}
		});
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return scratch;
}
