// A worker thread of the ETL: reads and processes the files the pool sends it, with its own grammar and reference tables.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, makeAttributor, type Attribution } from './process-file.ts';

const attributor = makeAttributor(workerData.attribution as Attribution);
parentPort!.on('message', (job: { id: number; path: string; name: string }) => {
	parentPort!.postMessage({ id: job.id, result: processFile(job.path, job.name, attributor) });
});
