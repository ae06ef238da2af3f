// Duplicate linking inside the database (compact numeric candidates, read in slices) gives exactly the canonical ids of the pure linkDuplicates.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it , onTestFinished } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { runEtl } from '../../etl/run.ts';
import { linkDuplicates, type DedupeFact } from '../../etl/dedupe.ts';
import { generateCorpus } from '../../bench/gen-corpus.ts';

describe('duplicate linking in the database', () => {
	it('equals the pure function on a corpus full of repeated figures', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'factboard-link-'));
		onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
		const input = join(dir, 'pages');
		mkdirSync(input);
		const pages = generateCorpus({ seed: 'link', articles: 300, figureShare: 0.6 });
		for (const p of pages) writeFileSync(join(input, p.file), p.text);
		// a page reprinted under another name with one article dropped: every figure of it repeats across files
		const reprint = pages[0].text.split('\n\n').slice(3).join('\n\n');
		writeFileSync(join(input, 'zz-reprint.txt'), reprint);
		// a headline restating its body's figure: linked only because one of the two stands in the headline
		writeFileSync(
			join(input, 'zz-headline.txt'),
			'\n\n城关区为困难群众发放补贴资金386万元\n\n本报记者 李明\n\n今年以来，城关区为困难群众发放补贴资金386万元，惠及群众1200余人。\n\n下一步，城关区将继续做好相关工作。\n'
		);
		const db = join(dir, 'f.duckdb');
		await runEtl({ input, db, jobs: 2 });

		const inst = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
		const con = await inst.connect();
		const rows = (
			await con.runAndReadAll(`SELECT f.fact_id, f.file, f.article_id, f.start, f.dimension, f.unit, f.value, f.per, f.district, f.agency,
				f.subject, f.quote, f.sentence, f.optional, f.canonical_id AS stored,
				f.article_end <= CASE WHEN a.title <> '' THEN strpos(a.text, a.title) - 1 + length(a.title) ELSE 0 END AS in_headline
				FROM facts f JOIN articles a USING (article_id)`)
		).getRowObjectsJS() as unknown as (DedupeFact & { stored: string })[];
		con.closeSync();
		inst.closeSync();

		const linked = rows.filter((r) => r.stored !== r.fact_id).length;
		expect(linked).toBeGreaterThan(50); // the corpus does repeat figures: the comparison below is not vacuous
		const pure = rows.map((r) => ({ ...r, canonical_id: r.fact_id }));
		linkDuplicates(pure);
		const differ = pure.filter((p, i) => p.canonical_id !== rows[i].stored);
		expect(differ.length, JSON.stringify(differ.slice(0, 3))).toBe(0);
	});
});
