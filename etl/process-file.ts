// Reads and processes one input file into its ingest_log row, articles and facts; never throws, so one bad file cannot stop a run.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { ArticleRecord, FactRecord, IngestRecord } from './types.ts';
import { FactRecord as FactSchema, ArticleRecord as ArticleSchema } from './types.ts';
import { decodeBuffer, sha256, UnreadableFileError } from './read.ts';
import { loadGrammar } from './grammar.ts';
import { processPage, noAttribution, type Attributor } from './pipeline.ts';
import { referenceAttributor } from './attributor.ts';
import { HTML_EXTENSIONS, htmlToPageText, looksLikeHtml } from './html.ts';

export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);

/** How facts are attributed: from the reference tables in data/, or not at all (for tests of the extraction alone). */
export type Attribution = 'reference' | 'none';
export const makeAttributor = (a: Attribution): Attributor => (a === 'reference' ? referenceAttributor() : noAttribution);

export interface FileResult {
	log: IngestRecord;
	articles: ArticleRecord[];
	facts: FactRecord[];
}

/** Facts per dimension, for the run's summary. */
export function countByDimension(facts: readonly { dimension: string }[]): Record<string, number> {
	const out: Record<string, number> = {};
	for (const f of facts) out[f.dimension] = (out[f.dimension] ?? 0) + 1;
	return out;
}

export function processFile(path: string, name: string, attributor: Attributor): FileResult {
	const base: IngestRecord = { file: name, path, size_bytes: 0, sha256: '', encoding: null, status: 'failed', reason: null, articles: 0, facts: 0 };
	try {
		const ext = extname(path).toLowerCase();
		if (!TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) {
			return { log: { ...base, size_bytes: statSync(path).size, status: 'skipped', reason: `not a text or HTML file (${ext})` }, articles: [], facts: [] };
		}
		const buf = readFileSync(path);
		const log: IngestRecord = { ...base, size_bytes: buf.length, sha256: sha256(buf) };
		if (buf.length === 0) return { log: { ...log, status: 'skipped', reason: 'empty file' }, articles: [], facts: [] };
		const decoded = decodeBuffer(buf);
		// a saved web page is read as the text it shows; offsets then point into that text, not into the markup
		const html = HTML_EXTENSIONS.has(ext) || (ext === '' && looksLikeHtml(decoded.text));
		const text = html ? htmlToPageText(decoded.text) : decoded.text;
		log.encoding = html ? `${decoded.encoding} (html)` : decoded.encoding;
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
