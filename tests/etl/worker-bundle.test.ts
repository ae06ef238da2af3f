// The worker bundle: built once per version of the ETL code, reused after, and a working worker on its own.
import { describe, it, expect , onTestFinished } from 'vitest';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { workerBundle } from '../../etl/worker-bundle.js';

const SEED = resolve(__dirname, '../../seeds/000_e206c5db64df435c.txt');

describe('workerBundle', () => {
	it('is built once and reused while the code is unchanged', () => {
		const a = workerBundle();
		const mtime = statSync(a).mtimeMs;
		expect(workerBundle()).toBe(a);
		expect(statSync(a).mtimeMs).toBe(mtime);
	});

	it('runs as a worker thread: processes a page and writes its Parquet parts where it is told', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'fb-bundle-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const w = new Worker(workerBundle(), { workerData: { attribution: 'reference', scratch: join(dir, 'w') } });
		const messages: { type: string; facts?: number; log?: { status: string }; parts?: { facts: string[] } }[] = [];
		await new Promise<void>((done, fail) => {
			w.on('error', fail);
			w.on('message', (m) => {
				messages.push(m);
				if (m.type === 'ready') w.postMessage({ type: 'job', id: 0, path: SEED, name: 'seed.txt' });
				if (m.type === 'done') w.postMessage({ type: 'finish' });
				if (m.type === 'closed') done();
			});
		});
		await w.terminate();
		const done = messages.find((m) => m.type === 'done')!;
		expect(done.log?.status).toBe('loaded');
		expect(done.facts).toBeGreaterThan(10); // the reference tables were found from the bundle's location: places and units load
		expect(messages.find((m) => m.type === 'closed')!.parts!.facts).toHaveLength(1);
		expect(readdirSync(dir).sort()).toEqual(['w-articles-0.parquet', 'w-facts-0.parquet']);
	});
});
