// Runs processFile over many files on worker threads (one per core by default); each worker writes its rows as Parquet parts.
import { Worker } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IngestRecord } from './types.ts';
import { processFile, makeAttributor, countByDimension, type Attribution, type FileResult } from './process-file.ts';
import { workerBundle } from './worker-bundle.ts';

/** The worker's code: the prebuilt bundle, or the TypeScript through tsx if bundling fails (esbuild missing, read-only tree). */
function workerScript(): URL {
	try {
		return pathToFileURL(workerBundle());
	} catch (e) {
		if (process.env.FACTBOARD_TRACE) console.error(`trace: worker bundle unavailable (${(e as Error).message}), using tsx`);
		return new URL('./worker-entry.mjs', import.meta.url);
	}
}

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
	/** inline runs hand the rows over; worker runs leave them in their Parquet parts */
	rows?: FileResult;
}

/** The Parquet files the workers wrote, per table. */
export interface Parts {
	articles: string[];
	facts: string[];
}

export type OnResult = (job: Job, r: Outcome) => Promise<void> | void;

/** Processes jobs on the main thread, handing the rows to onResult: for one job, or --jobs 1. */
export async function processInline(list: Job[], attribution: Attribution, onResult: OnResult): Promise<void> {
	const attributor = makeAttributor(attribution);
	for (const j of list) {
		const r = processFile(j.path, j.name, attributor);
		await onResult(j, { log: r.log, articles: r.articles.length, facts: r.facts.length, perDimension: countByDimension(r.facts), rows: r });
	}
}

/**
 * Worker threads, started before the work is known: a worker takes a few hundred milliseconds to load the code,
 * the reference tables and DuckDB, which the main thread spends meanwhile reading the previous build. Each worker
 * writes its rows as Parquet parts `scratchDir/worker-K-{articles,facts}-N.parquet`; run() returns them to merge.
 */
export class WorkerPool {
	private readonly workers: Worker[];
	private readonly prefixes: string[];
	private readonly ready: Promise<void>[];

	constructor(size: number, opts: { attribution: Attribution; scratchDir: string }) {
		mkdirSync(opts.scratchDir, { recursive: true });
		this.prefixes = Array.from({ length: size }, (_, k) => join(opts.scratchDir, `worker-${k}`));
		const script = workerScript();
		this.workers = this.prefixes.map((path) => new Worker(script, { workerData: { attribution: opts.attribution, scratch: path } }));
		this.ready = this.workers.map(
			(w) =>
				new Promise<void>((resolve, reject) => {
					const onMessage = (m: { type: string }) => {
						if (m.type !== 'ready') return;
						w.off('message', onMessage);
						resolve();
					};
					w.on('message', onMessage);
					w.once('error', reject);
				})
		);
		// a worker that fails while booting is reported by run(), not as an unhandled rejection before it
		for (const r of this.ready) r.catch(() => {});
	}

	/**
	 * Processes the jobs, two in flight per worker so a thread never waits for the main thread to book its last file.
	 * onResult runs on the main thread in completion order (ids come from content, so order does not matter).
	 */
	async run(list: Job[], onResult: OnResult): Promise<Parts> {
		await Promise.all(this.ready);
		let next = 0;
		let chain: Promise<void> = Promise.resolve();
		const workers = this.workers;
		const parts: Parts = { articles: [], facts: [] };
		try {
			await new Promise<void>((resolve, reject) => {
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
					w.on('message', (m: { type: string; id: number; parts?: Parts } & Outcome) => {
						if (m.type === 'closed') {
							parts.articles.push(...m.parts!.articles);
							parts.facts.push(...m.parts!.facts);
							if (++closed === workers.length) chain.then(() => resolve(), reject);
							return;
						}
						feed(w);
						chain = chain.then(() => onResult(list[m.id], m)).catch(reject);
					});
					w.on('error', reject);
					w.on('exit', (code) => {
						if (code !== 0 && closed < workers.length) reject(new Error(`ETL worker exited with code ${code}`));
					});
					feed(w);
					feed(w);
				}
			});
		} finally {
			await this.terminate();
		}
		// in a fixed order, whichever worker finished first
		parts.articles.sort();
		parts.facts.sort();
		return parts;
	}

	async terminate() {
		await Promise.all(this.workers.map((w) => w.terminate()));
	}
}
