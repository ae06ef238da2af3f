// The ETL run: lists the input files, reads and processes each (bad files are reported and skipped), links duplicates and loads one new database.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { ArticleRecord, FactRecord, IngestRecord } from './types.ts';
import { FactRecord as FactSchema, ArticleRecord as ArticleSchema } from './types.ts';
import { decodeBuffer, sha256, UnreadableFileError } from './read.ts';
import { loadGrammar } from './grammar.ts';
import { processPage, type Attributor } from './pipeline.ts';
import { linkDuplicates } from './dedupe.ts';
import { DatabaseWriter, type Row } from './load.ts';
import { contentId } from './ids.ts';

export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);

export interface RunOptions {
	input: string;
	db: string;
	attributor: Attributor;
	referenceRows?: () => { places: Row[]; agencies: Row[]; themes: Row[] };
	onFile?: (p: { file: string; bytes: number; facts: number; status: IngestRecord['status'] }) => void;
}

export interface RunSummary {
	files: number;
	loaded: number;
	skipped: number;
	failed: number;
	articles: number;
	facts: number;
	bytes: number;
	perDimension: Record<string, number>;
	seconds: number;
	log: IngestRecord[];
	build_id: string;
}

/** Every regular file below dir, sorted so runs are deterministic; hidden files and folders are left out. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (e.name.startsWith('.')) continue;
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile()) out.push(p);
		}
	};
	walk(dir);
	return out;
}

/** Reads and processes one file; never throws: whatever goes wrong becomes its ingest_log row. */
export function processFile(path: string, name: string, attributor: Attributor): { log: IngestRecord; articles: ArticleRecord[]; facts: FactRecord[] } {
	const base: IngestRecord = { file: name, path, size_bytes: 0, sha256: '', encoding: null, status: 'failed', reason: null, articles: 0, facts: 0 };
	try {
		if (!TEXT_EXTENSIONS.has(extname(path).toLowerCase())) {
			return { log: { ...base, size_bytes: statSync(path).size, status: 'skipped', reason: `not a text file (${extname(path)})` }, articles: [], facts: [] };
		}
		const buf = readFileSync(path);
		const log: IngestRecord = { ...base, size_bytes: buf.length, sha256: sha256(buf) };
		if (buf.length === 0) return { log: { ...log, status: 'skipped', reason: 'empty file' }, articles: [], facts: [] };
		const { text, encoding } = decodeBuffer(buf);
		log.encoding = encoding;
		if (!text.trim()) return { log: { ...log, status: 'skipped', reason: 'no text (only whitespace)' }, articles: [], facts: [] };
		const page = processPage(name, text, loadGrammar(), attributor);
		// validate at the boundary: a record the schema rejects is a bug to report, not a row to load
		for (const a of page.articles) ArticleSchema.parse(a);
		for (const f of page.facts) FactSchema.parse(f);
		return { log: { ...log, status: 'loaded', articles: page.articles.length, facts: page.facts.length }, ...page };
	} catch (e) {
		const reason = e instanceof UnreadableFileError ? e.message : `error: ${(e as Error).message}`;
		return { log: { ...base, size_bytes: safeSize(path), reason }, articles: [], facts: [] };
	}
}

const safeSize = (p: string) => {
	try {
		return statSync(p).size;
	} catch {
		return 0;
	}
};

export async function runEtl(opts: RunOptions): Promise<RunSummary> {
	const t0 = performance.now();
	const input = resolve(opts.input);
	const paths = listFiles(input);
	const log: IngestRecord[] = [];
	const articles: ArticleRecord[] = [];
	const facts: FactRecord[] = [];
	const seen = new Map<string, string>();
	for (const path of paths) {
		const name = relative(input, path) || basename(path);
		const r = processFile(path, name, opts.attributor);
		// the same bytes under two names are one source: the second copy is accounted for, not counted again
		if (r.log.status === 'loaded' && seen.has(r.log.sha256)) {
			r.log.status = 'skipped';
			r.log.reason = `duplicate of ${seen.get(r.log.sha256)}`;
			r.log.articles = r.log.facts = 0;
			r.articles = [];
			r.facts = [];
		} else if (r.log.status === 'loaded') seen.set(r.log.sha256, name);
		log.push(r.log);
		articles.push(...r.articles);
		facts.push(...r.facts);
		opts.onFile?.({ file: name, bytes: r.log.size_bytes, facts: r.facts.length, status: r.log.status });
	}
	const headlineEnd = new Map(articles.map((a) => [a.article_id, a.title ? a.text.indexOf(a.title) + a.title.length : 0]));
	linkDuplicates(facts, (f) => f.article_end <= (headlineEnd.get(f.article_id) ?? 0));

	const build_id = contentId(...log.map((l) => `${l.file}:${l.sha256}:${l.status}`), facts.length);
	const writer = await DatabaseWriter.create(opts.db);
	try {
		await writer.append('ingest_log', log as unknown as Row[]);
		await writer.append('articles', articles as unknown as Row[]);
		await writer.append('facts', facts as unknown as Row[]);
		if (opts.referenceRows) {
			const ref = opts.referenceRows();
			await writer.append('places', ref.places);
			await writer.append('agencies', ref.agencies);
			await writer.append('themes', ref.themes);
		}
		await writer.commit({ build_id, input_dir: input, files: log.length, articles: articles.length, facts: facts.length });
	} catch (e) {
		writer.abort();
		throw e;
	}
	const perDimension: Record<string, number> = {};
	for (const f of facts) perDimension[f.dimension] = (perDimension[f.dimension] ?? 0) + 1;
	return {
		files: log.length,
		loaded: log.filter((l) => l.status === 'loaded').length,
		skipped: log.filter((l) => l.status === 'skipped').length,
		failed: log.filter((l) => l.status === 'failed').length,
		articles: articles.length,
		facts: facts.length,
		bytes: log.reduce((s, l) => s + l.size_bytes, 0),
		perDimension,
		seconds: (performance.now() - t0) / 1000,
		log,
		build_id
	};
}
