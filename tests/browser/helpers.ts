// Shared browser-test plumbing: one Chromium per file, a read-only view of the same database to compare against, screenshots.
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHOTS = path.join(ROOT, 'test-results');

export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
}

export async function desktop(browser: Browser, opts: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
	return browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true, ...opts });
}

export function shot(name: string): string {
	return path.join(SHOTS, `${name}.png`);
}

/** The same database file the server reads (several read-only openers may share it). */
export async function openDb(file: string) {
	const instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
	const con = await instance.connect();
	return {
		all: async <T = Record<string, unknown>>(sql: string, params: (string | number)[] = []) =>
			(await con.runAndReadAll(sql, params)).getRowObjectsJson() as T[],
		close: () => {
			con.closeSync();
			instance.closeSync();
		}
	};
}

export { parseCsv } from '../server/csv-parse';
