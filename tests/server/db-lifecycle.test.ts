// The db module: read-only, picks up a new build renamed into place without dropping a request in flight, and says clearly when the file is missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { currentBuildId, DbMissingError, query, resetDbForTests, streamRows, withConnection } from '../../src/lib/server/db';
import { handle } from '../../src/hooks.server';
import { buildFixtureDb } from './fixture';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factboard-life-'));
const file = path.join(dir, 'factboard.duckdb');

afterAll(() => {
	resetDbForTests();
	fs.rmSync(dir, { recursive: true, force: true });
});

async function writeBuild(target: string, buildId: string) {
	await buildFixtureDb(target);
	const instance = await DuckDBInstance.create(target);
	const con = await instance.connect();
	await con.run('UPDATE build SET build_id = $1', [buildId]);
	await con.run('CHECKPOINT');
	con.closeSync();
	instance.closeSync();
}

describe('db lifecycle', () => {
	it('a missing file is a DbMissingError, and pages get instructions in Chinese', async () => {
		process.env.FACTBOARD_DB = file;
		resetDbForTests();
		await expect(query('SELECT 1')).rejects.toBeInstanceOf(DbMissingError);
		const event = {
			url: new URL('http://localhost/'),
			cookies: { get: () => undefined, set: () => {} },
			locals: {}
		};
		const res = await handle({ event: event as never, resolve: (() => new Response('app')) as never });
		expect(res.status).toBe(503);
		const html = await res.text();
		expect(html).toContain('数据库尚未生成');
		expect(html).toContain('npm run etl');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		const api = await handle({ event: { ...event, url: new URL('http://localhost/api/facts') } as never, resolve: (() => new Response('app')) as never });
		expect(api.status).toBe(503);
		expect((await api.json()).error_zh).toContain('npm run etl');
	});

	it('opens read-only', async () => {
		await writeBuild(file, 'build-A');
		resetDbForTests();
		expect(await currentBuildId()).toBe('build-A');
		await expect(withConnection((con) => con.run('DELETE FROM facts'))).rejects.toThrow(/read-only/i);
	});

	it('swaps to a new build renamed into place, finishing the stream already running on the old one', async () => {
		const stream = await streamRows('SELECT fact_id FROM facts ORDER BY fact_id', []);
		const next = path.join(dir, 'next.duckdb');
		await writeBuild(next, 'build-B');
		fs.renameSync(next, file);
		await new Promise((r) => setTimeout(r, 1100));
		expect(await currentBuildId()).toBe('build-B');
		// the old build stays open until its stream is done
		const rows = await stream.next();
		expect(rows?.length).toBe(15);
		expect(await stream.next()).toBeNull();
		const [row] = await query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM facts');
		expect(row.n).toBe(15);
	});
});
