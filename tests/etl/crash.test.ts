// Crash safety: an ETL killed with SIGKILL at any moment leaves the previous database whole and readable, and the next run completes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it , onTestFinished } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { runEtl } from '../../etl/run.ts';
import { DEFAULT_INPUT, REPO_ROOT } from '../../etl/paths.ts';

async function buildInfo(db: string) {
	const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
	const con = await inst.connect();
	try {
		const [r] = (await con.runAndReadAll('SELECT build_id, facts, (SELECT count(*)::INTEGER FROM facts) AS n FROM build')).getRowObjectsJS();
		return { build_id: String(r.build_id), facts: Number(r.facts), n: Number(r.n) };
	} finally {
		con.closeSync();
		inst.closeSync();
	}
}

/** Starts the ETL as its own process and kills it after `ms`; resolves with how it ended. */
function runAndKill(input: string, db: string, ms: number): Promise<string> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'etl', 'cli.ts'), '--input', input, '--db', db, '--full', '--quiet'], {
			cwd: REPO_ROOT,
			stdio: 'ignore'
		});
		const timer = setTimeout(() => child.kill('SIGKILL'), ms);
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			resolve(signal ?? `exit ${code}`);
		});
	});
}

describe('crash safety', () => {
	it('survives SIGKILL at many moments of a run', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'factboard-crash-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const input = join(dir, 'in');
		mkdirSync(input);
		// a corpus big enough that a run lasts a while: the seeds, each copied under 60 distinct headlines
		for (let i = 0; i < 60; i++)
			for (const f of readdirSync(DEFAULT_INPUT)) writeFileSync(join(input, `${i}_${f}`), `第${i}版\n\n` + readFileSync(join(DEFAULT_INPUT, f), 'utf8'));
		const db = join(dir, 'factboard.duckdb');
		const first = await runEtl({ input: DEFAULT_INPUT, db, jobs: 1 });
		// kill moments spread from process start-up through extraction, loading and the final rename
		const outcomes: string[] = [];
		for (const ms of [150, 400, 700, 1000, 1400, 1900, 2500, 3200]) {
			outcomes.push(await runAndKill(input, db, ms));
			const info = await buildInfo(db);
			// either the old build, whole, or a new one, whole: never half of one
			expect(info.n).toBe(info.facts);
			if (info.build_id === first.build_id) expect(info.facts).toBe(first.facts);
		}
		expect(outcomes.filter((o) => o === 'SIGKILL').length).toBeGreaterThan(3);
		const done = await runEtl({ input, db, jobs: 2 });
		const info = await buildInfo(db);
		expect(info.build_id).toBe(done.build_id);
		expect(info.n).toBe(done.facts);
		expect(readdirSync(dir).filter((f) => f.includes('.tmp-')), 'temporary files left behind').toEqual([]);
	}, 120_000);
});
