// A worker thread of the ETL: processes the files the pool sends it and appends their rows to its own scratch database.
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, makeAttributor, type Attribution } from './process-file.ts';
import { ScratchSink, type Row } from './load.ts';

const attributor = makeAttributor(workerData.attribution as Attribution);
const sink = await ScratchSink.open(workerData.scratch as string);

type Message = { type: 'job'; id: number; path: string; name: string } | { type: 'finish' };

parentPort!.on('message', async (m: Message) => {
	if (m.type === 'finish') {
		await sink.close();
		parentPort!.postMessage({ type: 'closed' });
		return;
	}
	const r = processFile(m.path, m.name, attributor);
	sink.add(r.articles as unknown as Row[], r.facts as unknown as Row[]);
	await sink.checkpointIfDue();
	// only the ingest record and counts travel back: the rows stay in this thread's database
	const perDimension: Record<string, number> = {};
	for (const f of r.facts) perDimension[f.dimension] = (perDimension[f.dimension] ?? 0) + 1;
	parentPort!.postMessage({ type: 'done', id: m.id, log: r.log, articles: r.articles.length, facts: r.facts.length, perDimension });
});
parentPort!.postMessage({ type: 'ready' });
