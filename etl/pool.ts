// Runs processFile over many files on worker threads (one per core by default), handing results back as they finish.
import { Worker } from 'node:worker_threads';
import { processFile, makeAttributor, type Attribution, type FileResult } from './process-file.ts';

export interface Job {
	path: string;
	name: string;
}

/**
 * Processes jobs with `jobs` workers; onResult runs on the main thread in completion order (callers must not rely on
 * order: ids come from content). With jobs = 1 the work runs inline, which keeps stack traces and debugging simple.
 */
export async function processAll(
	list: Job[],
	opts: { jobs: number; attribution: Attribution },
	onResult: (job: Job, r: FileResult) => Promise<void> | void
): Promise<void> {
	if (opts.jobs <= 1 || list.length <= 1) {
		const attributor = makeAttributor(opts.attribution);
		for (const j of list) await onResult(j, processFile(j.path, j.name, attributor));
		return;
	}
	const n = Math.min(opts.jobs, list.length);
	const workers = Array.from(
		{ length: n },
		() =>
			new Worker(new URL('./worker-entry.mjs', import.meta.url), {
				workerData: { attribution: opts.attribution }
			})
	);
	let next = 0;
	// results wait in a promise chain on the main thread; a worker gets its next file at once unless too many wait,
	// which keeps both cores busy and bounds the memory in flight
	const MAX_WAITING = 4 * n;
	let waiting = 0;
	const idle: Worker[] = [];
	let chain: Promise<void> = Promise.resolve();
	try {
		await new Promise<void>((resolve, reject) => {
			let done = 0;
			const feed = (w: Worker) => {
				if (next >= list.length) return;
				if (waiting >= MAX_WAITING) {
					idle.push(w);
					return;
				}
				const id = next++;
				w.postMessage({ id, path: list[id].path, name: list[id].name });
			};
			for (const w of workers) {
				w.on('message', (m: { id: number; result: FileResult }) => {
					waiting++;
					chain = chain
						.then(() => onResult(list[m.id], m.result))
						.then(() => {
							waiting--;
							done++;
							while (idle.length && waiting < MAX_WAITING) feed(idle.shift()!);
							if (done === list.length) resolve();
						}, reject);
					feed(w);
				});
				w.on('error', reject);
				w.on('exit', (code) => {
					if (code !== 0 && done < list.length) reject(new Error(`ETL worker exited with code ${code}`));
				});
				feed(w);
			}
		});
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
}
