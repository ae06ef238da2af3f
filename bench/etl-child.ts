// Runs the real ETL CLI as a child process on a corpus (first run on a fresh database, then an unchanged rerun) and reads what it reports.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../etl/paths.ts';
import { runMeasured, type RunResult } from './proc.ts';

export interface EtlRun {
	ok: boolean;
	exit_code: number | null;
	timed_out: boolean;
	wall_s: number;
	peak_rss_mb: number | null;
	/** seconds the ETL itself reported ("… in X s"), without Node start-up */
	reported_s: number | null;
	/** database load time when the ETL prints one (a line mentioning load … N s) */
	load_s: number | null;
	/** files the ETL reported as unchanged and reused from the previous build (incremental run) */
	reused_files: number;
	db_mb: number | null;
	tail: string;
}

function parse(r: RunResult, db: string): EtlRun {
	const out = r.stdout + '\n' + r.stderr;
	const reported = /facts in ([\d.]+) s/u.exec(out);
	// `load 4.2 s`, `load: 4.2 s`, `database load time 4.2 s`; never `7501 loaded, …`
	const load = /\b(?:database |db )?load(?: time)?\s*[:=]?\s*([\d.]+)\s*s\b/iu.exec(out);
	const reused = /(\d+) of them unchanged and reused/u.exec(out);
	return {
		ok: r.code === 0 && !r.timedOut,
		exit_code: r.code,
		timed_out: r.timedOut,
		wall_s: r.seconds,
		peak_rss_mb: r.peakRssMB,
		reported_s: reported ? Number(reported[1]) : null,
		load_s: load ? Number(load[1]) : null,
		reused_files: reused ? Number(reused[1]) : 0,
		db_mb: existsSync(db) ? statSync(db).size / 1e6 : null,
		tail: out.trim().split('\n').slice(-6).join('\n')
	};
}

export function removeDb(db: string) {
	for (const suffix of ['', '.wal', '.tmp']) rmSync(db + suffix, { force: true });
}

/** One ETL run; `jobs` is passed only when given, so the bench works before and after the CLI learns --jobs. */
export async function runEtlChild(input: string, db: string, opts: { timeoutMs: number; jobs?: number; scratch: string }): Promise<EtlRun> {
	const args = ['--import', 'tsx', join(REPO_ROOT, 'etl', 'cli.ts'), '--input', input, '--db', db, '--quiet'];
	if (opts.jobs) args.push('--jobs', String(opts.jobs));
	const rssFile = join(opts.scratch, `etl-rss-${process.pid}-${Date.now()}.txt`);
	const r = await runMeasured(process.execPath, args, {
		cwd: REPO_ROOT,
		env: { ...process.env, CI: '1' },
		timeoutMs: opts.timeoutMs,
		rssFile
	});
	rmSync(rssFile, { force: true });
	return parse(r, db);
}
