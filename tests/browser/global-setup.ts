// Browser-test setup: a database from seeds/ (the real ETL; the fixture if the ETL is absent or broken), a fresh build, `node build` on a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixtureDb } from '../server/fixture';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dbPath: string;
		dbSource: 'etl' | 'fixture';
	}
}

const ROOT = path.resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as net.AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
	}
	return newest;
}

async function makeDatabase(file: string): Promise<'etl' | 'fixture'> {
	const cli = path.join(ROOT, 'etl/cli.ts');
	if (process.env.FACTBOARD_TEST_DB !== 'fixture' && fs.existsSync(cli)) {
		const r = spawnSync('npx', ['tsx', cli, '--input', path.join(ROOT, 'seeds'), '--db', file, '--quiet'], {
			cwd: ROOT,
			encoding: 'utf8',
			timeout: 300_000,
			env: { ...plainEnv(), CI: '1' }
		});
		if (r.status === 0 && fs.existsSync(file)) return 'etl';
		console.warn(`[browser tests] ETL failed (status ${r.status}); using the fixture database.\n${r.stderr?.slice(-2000)}`);
	}
	await buildFixtureDb(file);
	return 'fixture';
}

/**
 * The environment without vitest's marks: NODE_ENV=test would make Vite build the development variants
 * of svelte and kit, and VITEST=true makes the SvelteKit and Svelte plugins build for tests, not for Node.
 */
function plainEnv(): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST' && k !== 'NODE_ENV'));
	return { ...env, NODE_ENV: 'production' };
}

function ensureBuild() {
	const handler = path.join(ROOT, 'build/handler.js');
	const builtAt = fs.existsSync(handler) ? fs.statSync(handler).mtimeMs : 0;
	// the app also compiles in etl/schema.ts and etl/types.ts, and the build configuration
	const inputs = ['svelte.config.js', 'vite.config.ts', 'package.json', 'etl/schema.ts', 'etl/types.ts'].map((f) => path.join(ROOT, f));
	const sourcesAt = Math.max(newestMtime(path.join(ROOT, 'src')), ...inputs.filter((f) => fs.existsSync(f)).map((f) => fs.statSync(f).mtimeMs));
	if (builtAt >= sourcesAt) return;
	const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: plainEnv() });
	if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

async function waitFor(url: string, server: ChildProcess, log: () => string, ms = 30_000) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${log()}`);
		try {
			const res = await fetch(url);
			if (res.status < 500) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200).unref());
	}
	throw new Error(`server did not answer at ${url}:\n${log()}`);
}

export default async function setup(project: TestProject) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factboard-browser-'));
	const dbPath = path.join(dir, 'factboard.duckdb');
	const dbSource = await makeDatabase(dbPath);
	ensureBuild();
	// run a private copy: another `vite build` in the same tree must not pull the server out from under the tests
	// (inside the repo, so the copy still resolves node_modules)
	const serverDir = path.join(ROOT, 'test-results', 'server-build');
	fs.rmSync(serverDir, { recursive: true, force: true });
	fs.cpSync(path.join(ROOT, 'build'), serverDir, { recursive: true });
	const port = await freePort();
	let output = '';
	const server = spawn(process.execPath, ['--expose-gc', serverDir], { // as npm start runs it
		cwd: ROOT,
		env: { ...plainEnv(), PORT: String(port), HOST: '127.0.0.1', FACTBOARD_DB: dbPath, ORIGIN: `http://127.0.0.1:${port}` },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	const baseUrl = `http://127.0.0.1:${port}`;
	await waitFor(`${baseUrl}/sources`, server, () => output);
	fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
	project.provide('baseUrl', baseUrl);
	project.provide('dbPath', dbPath);
	project.provide('dbSource', dbSource);
	return () => {
		server.kill();
		fs.rmSync(dir, { recursive: true, force: true });
	};
}
