// Points the server's db module at a fresh fixture database in a temp dir for one test file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { resetDbForTests } from '../../src/lib/server/db';
import { buildFixtureDb } from './fixture';

export function useFixtureDb(): { dir: () => string; file: () => string } {
	let dir = '';
	beforeAll(async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factboard-test-'));
		await buildFixtureDb(path.join(dir, 'factboard.duckdb'));
		process.env.FACTBOARD_DB = path.join(dir, 'factboard.duckdb');
		resetDbForTests();
	});
	afterAll(() => {
		resetDbForTests();
		fs.rmSync(dir, { recursive: true, force: true });
	});
	return { dir: () => dir, file: () => path.join(dir, 'factboard.duckdb') };
}
