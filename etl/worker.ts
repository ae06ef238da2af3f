// A worker thread of the ETL: processes the files the pool sends it and writes their rows as its own Parquet parts.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, makeAttributor, countByDimension, type Attribution } from './process-file.ts';
import { ScratchSink, type Row } from './load.ts';

const attributor = makeAttributor(workerData.attribution as Attribution);
const sink = await ScratchSink.open(workerData.scratch as string);

type Message = { type: 'job'; id: number; path: string; name: string } | { type: 'finish' };

async function handle(m: Message) {
	if (m.type === 'finish') {
		parentPort!.postMessage({ type: 'closed', parts: await sink.close() });
		return;
	}
	const r = processFile(m.path, m.name, attributor);
	sink.add(r.articles as unknown as Row[], r.facts as unknown as Row[]);
	// only the ingest record and counts travel back: the rows stay in this thread's parts
	parentPort!.postMessage({ type: 'done', id: m.id, log: r.log, articles: r.articles.length, facts: r.facts.length, perDimension: countByDimension(r.facts) });
	await sink.flushIfDue();
}

// the pool keeps a second job queued here so the thread never waits for the main thread; jobs still run one at a
// time and in order, because the appenders and writing a part must not interleave
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (m: Message) => {
	queue = queue.then(() => handle(m)).catch((e) => {
		throw e; // an unexpected error ends the thread, and the pool reports it
	});
});
parentPort!.postMessage({ type: 'ready' });
