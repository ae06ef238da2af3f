// Builds the dashboard when its build is older than its sources and runs `node build` on 127.0.0.1 for the benchmark, always killed afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../etl/paths.ts';
import { freePort, killGroup } from './proc.ts';

const BUILD_ENTRY = join(REPO_ROOT, 'build', 'index.js');

function newestMtime(p: string): number {
	if (!existsSync(p)) return 0;
	const s = statSync(p);
	if (!s.isDirectory()) return s.mtimeMs;
	let t = s.mtimeMs;
	for (const e of readdirSync(p)) t = Math.max(t, newestMtime(join(p, e)));
	return t;
}

export const buildExists = () => existsSync(BUILD_ENTRY);

export interface BuildState {
	built: boolean;
	rebuilt: boolean;
	stale: boolean;
	seconds: number;
	error: string | null;
}

/** `npx vite build` when build/ is missing or older than src/ or the configs; a failed build keeps an older one usable. */
export function ensureBuild(timeoutMs = 240_000): BuildState {
	const sources = Math.max(
		newestMtime(join(REPO_ROOT, 'src')),
		...['svelte.config.js', 'vite.config.ts', 'package.json'].map((f) => newestMtime(join(REPO_ROOT, f)))
	);
	const built = existsSync(BUILD_ENTRY) ? statSync(join(REPO_ROOT, 'build', 'handler.js')).mtimeMs : 0;
	if (built && built >= sources) return { built: true, rebuilt: false, stale: false, seconds: 0, error: null };
	const t0 = performance.now();
	const r = spawnSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
	const seconds = (performance.now() - t0) / 1000;
	const ok = r.status === 0 && existsSync(BUILD_ENTRY);
	const error = ok ? null : `vite build failed (${r.error?.message ?? `exit ${r.status}`}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`;
	return { built: existsSync(BUILD_ENTRY), rebuilt: ok, stale: !ok, seconds, error };
}

/**
 * Copies build/ to a private folder so another engineer's rebuild (which empties build/) cannot pull the app from under a timing.
 * The copy stays inside the repository, so the server's external packages still resolve from node_modules.
 */
export function snapshotBuild(dest: string, tries = 5): string | null {
	for (let i = 0; i < tries; i++) {
		rmSync(dest, { recursive: true, force: true });
		try {
			cpSync(join(REPO_ROOT, 'build'), dest, { recursive: true });
			if (existsSync(join(dest, 'index.js')) && existsSync(join(dest, 'handler.js'))) return dest;
		} catch {
			/* a rebuild in progress: wait and retry */
		}
		spawnSync('sleep', ['2']);
	}
	return null;
}

export interface Server {
	url: string;
	pid: number;
	stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
/** Whatever happens to the benchmark, no server outlives it. */
function killAll() {
	for (const c of running) killGroup(c, 'SIGKILL');
}
process.once('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM'] as const)
	process.once(sig, () => {
		killAll();
		process.exit(130);
	});

/** Starts `node build` with FACTBOARD_DB on a free port of 127.0.0.1 and waits until it answers. */
export async function startServer(db: string, app: string, timeoutMs = 30_000): Promise<Server> {
	const port = await freePort();
	const child = spawn(process.execPath, ['--expose-gc', app], { // as npm start runs it
		cwd: REPO_ROOT,
		env: { ...process.env, FACTBOARD_DB: db, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}` },
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true
	});
	running.add(child);
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		running.delete(child);
		if (child.exitCode !== null || child.signalCode !== null) return;
		const done = new Promise<void>((r) => child.once('exit', () => r()));
		killGroup(child, 'SIGTERM');
		const t = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
		await done;
		clearTimeout(t);
	};
	const t0 = Date.now();
	while (Date.now() - t0 < timeoutMs) {
		if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr.trim().slice(0, 400)}`);
		try {
			const r = await fetch(url + '/', { signal: AbortSignal.timeout(5000) });
			await r.arrayBuffer();
			return { url, pid: child.pid!, stop };
		} catch {
			await new Promise((r) => setTimeout(r, 150));
		}
	}
	await stop();
	throw new Error(`server did not answer within ${timeoutMs} ms`);
}
