// Writes a generated corpus to disk: pages/ (the ETL's input), planted.jsonl (the facts planted), manifest.json (what and how much).
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { generatePages, type GenOptions } from './gen-corpus.ts';
import type { Gazetteer } from './gazetteer.ts';

/** Bump when the generator's output changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 2;

export interface Manifest {
	generator_version: number;
	seed: string;
	articles: number;
	pages: number;
	bytes: number;
	chars: number;
	facts: number;
	gazetteer: string;
	seconds: number;
}

export const gazetteerHash = (g: Gazetteer) => createHash('sha256').update(JSON.stringify(g)).digest('hex').slice(0, 16);

export function writeCorpus(out: string, opts: GenOptions & { gazetteer: Gazetteer }): Manifest {
	const pagesDir = join(out, 'pages');
	if (existsSync(pagesDir) && readdirSync(pagesDir).length && !existsSync(join(out, 'manifest.json')))
		throw new Error(`${pagesDir} holds files that are not a generated corpus; refusing to overwrite`);
	rmSync(pagesDir, { recursive: true, force: true });
	rmSync(join(out, 'manifest.json'), { force: true });
	mkdirSync(pagesDir, { recursive: true });
	const t0 = performance.now();
	const fd = openSync(join(out, 'planted.jsonl'), 'w');
	const m: Manifest = { generator_version: GENERATOR_VERSION, seed: String(opts.seed), articles: 0, pages: 0, bytes: 0, chars: 0, facts: 0, gazetteer: gazetteerHash(opts.gazetteer), seconds: 0 };
	try {
		for (const page of generatePages(opts)) {
			const buf = Buffer.from(page.text, 'utf8');
			writeFileSync(join(pagesDir, page.file), buf);
			if (page.facts.length) writeSync(fd, page.facts.map((f) => JSON.stringify(f)).join('\n') + '\n');
			m.articles += page.articles;
			m.pages++;
			m.bytes += buf.length;
			m.chars += page.text.length;
			m.facts += page.facts.length;
		}
	} finally {
		closeSync(fd);
	}
	m.seconds = (performance.now() - t0) / 1000;
	// the manifest is written last: a corpus without one is incomplete
	writeFileSync(join(out, 'manifest.json'), JSON.stringify(m, null, 2) + '\n');
	return m;
}
