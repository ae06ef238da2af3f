// Child-process helpers for the benchmark: run with a time limit, read a process's resident memory from /proc, free localhost ports.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Resident memory of a process in MB (VmRSS), or null when it is gone or /proc is missing. */
export function rssMB(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
	try {
		const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) / 1024 : null;
	} catch {
		return null;
	}
}

/** Polls a process's RSS every intervalMs; stop() returns the peak and the samples' last value. */
export function watchRss(pid: number, intervalMs = 50) {
	let peak = rssMB(pid) ?? 0;
	let last = peak;
	const t = setInterval(() => {
		const r = rssMB(pid);
		if (r !== null) {
			last = r;
			if (r > peak) peak = r;
		}
	}, intervalMs);
	t.unref();
	return { stop: () => (clearInterval(t), { peak, last }) };
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.unref();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
		});
	});
}

export interface RunResult {
	code: number | null;
	signal: string | null;
	seconds: number;
	stdout: string;
	stderr: string;
	timedOut: boolean;
	/** peak resident memory of the child in MB (GNU time's %M, else polled VmRSS) */
	peakRssMB: number | null;
}

export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a command to completion within timeoutMs, measuring wall time and peak RSS; never throws for a failed child. */
export function runMeasured(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number; rssFile?: string }): Promise<RunResult> {
	const useTime = GNU_TIME && opts.rssFile;
	const argv = useTime ? ['-f', '%M', '-o', opts.rssFile!, cmd, ...args] : args;
	const t0 = performance.now();
	const child = spawn(useTime ? GNU_TIME! : cmd, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	const watch = useTime ? null : watchRss(child.pid!);
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (d) => (stdout = (stdout + d).slice(-20000)));
	child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-20000)));
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		killGroup(child, 'SIGKILL');
	}, opts.timeoutMs);
	return new Promise((resolve) => {
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const seconds = (performance.now() - t0) / 1000;
			let peakRssMB: number | null = watch ? watch.stop().peak : null;
			if (useTime) {
				try {
					const kb = Number(readFileSync(opts.rssFile!, 'utf8').trim().split('\n').pop());
					peakRssMB = Number.isFinite(kb) ? kb / 1024 : null;
				} catch {
					peakRssMB = null;
				}
			}
			resolve({ code, signal, seconds, stdout, stderr, timedOut, peakRssMB });
		});
	});
}

/** Kills a child started with detached: true together with its own children (its process group). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			child.kill(signal);
		} catch {
			/* already gone */
		}
	}
}
