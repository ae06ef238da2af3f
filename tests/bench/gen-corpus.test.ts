// The scale-corpus generator: deterministic, in the seeds' format, covering every dimension, and its planted facts found by the extractor.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/gen-corpus.ts';
import { processPage } from '../../etl/pipeline.ts';
import { REPO_ROOT } from '../../etl/paths.ts';
import { chineseInteger } from '../../bench/numerals.ts';
import { TEMPLATES } from '../../bench/templates.ts';
import { matchPlanted, type ExtractedLike } from '../../bench/match.ts';
import { segmentPage } from '../../etl/segment.ts';
import { extractFacts } from '../../etl/extract.ts';
import { loadGrammar } from '../../etl/grammar.ts';
import { DIMENSIONS } from '../../etl/types.ts';

// a denser sample than the default, so 240 articles plant every kind of figure many times
const pages = generateCorpus({ seed: 'test', articles: 240, figureShare: 0.4 });
const all = pages.map((p) => p.text).join('\n');
const planted = pages.flatMap((p) => p.facts);

describe('corpus generator', () => {
	it('is deterministic: same seed, same bytes; another seed, other bytes', () => {
		const again = generateCorpus({ seed: 'test', articles: 240, figureShare: 0.4 });
		expect(again.map((p) => p.file)).toEqual(pages.map((p) => p.file));
		expect(again.map((p) => p.text).join('\u0000')).toBe(pages.map((p) => p.text).join('\u0000'));
		expect(JSON.stringify(again.flatMap((p) => p.facts))).toBe(JSON.stringify(planted));
		const other = generateCorpus({ seed: 'other', articles: 240, figureShare: 0.4 });
		expect(other.map((p) => p.text).join('\u0000')).not.toBe(pages.map((p) => p.text).join('\u0000'));
	});

	it('stops at a byte budget as well as an article count', () => {
		const sized = generateCorpus({ seed: 'test', targetBytes: 50_000 });
		const bytes = sized.reduce((s, p) => s + Buffer.byteLength(p.text), 0);
		expect(bytes).toBeGreaterThanOrEqual(50_000);
		expect(bytes).toBeLessThan(50_000 + 60_000);
		expect(pages.reduce((s, p) => s + p.articles, 0)).toBe(240);
	});

	it("writes the seeds' format: several articles a page, bylines, page breaks, both punctuation widths, both numeral kinds", () => {
		expect(TEMPLATES.length).toBeGreaterThanOrEqual(40);
		expect(pages.every((p) => p.articles >= 2)).toBe(true);
		expect(all).toMatch(/拉萨融媒讯[(（]记者/u);
		expect(all).toMatch(/^拉萨融媒记者 \S+/mu);
		expect(all).toMatch(/^本报记者 \S+/mu);
		expect(all).toMatch(/，/u);
		expect(all).toMatch(/\p{Script=Han},\p{Script=Han}/u);
		// a paragraph cut mid-sentence: a comma earlier on the line, no full stop, a blank line, then more Han text
		expect(all).toMatch(/[，,][^\n。]*\p{Script=Han}\n\n\p{Script=Han}[^\n]*。/u);
		expect(planted.some((f) => /[0-9]/u.test(f.quote))).toBe(true);
		expect(planted.some((f) => /^[约近超过逾不足接大少于]*[一二两三四五六七八九十百千万]+/u.test(f.quote))).toBe(true);
		expect(planted.some((f) => /[０-９]/u.test(f.quote))).toBe(true);
		expect(new Set(planted.map((f) => f.dimension))).toEqual(new Set(DIMENSIONS));
		expect(new Set(planted.map((f) => f.approx)).size).toBe(4);
		expect(planted.some((f) => f.per !== null)).toBe(true);
		// a planted quote is never cut by a page break
		for (const f of planted) expect(pages.find((p) => p.file === f.file)!.text.includes(f.quote)).toBe(true);
	});

	it("has about the seeds' density of figures by default, and packs more on request", () => {
		const g = loadGrammar();
		const perKB = (texts: string[]) => {
			let facts = 0;
			let bytes = 0;
			for (const t of texts) {
				facts += processPage('x', t, g).facts.length;
				bytes += Buffer.byteLength(t);
			}
			return (facts / bytes) * 1000;
		};
		const seedDir = join(REPO_ROOT, 'seeds');
		const seeds = perKB(readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8')));
		const corpus = perKB(generateCorpus({ seed: 'density', targetBytes: 400_000 }).map((p) => p.text));
		expect(corpus / seeds).toBeGreaterThan(0.8);
		expect(corpus / seeds).toBeLessThan(1.25);
		const dense = perKB(generateCorpus({ seed: 'density', targetBytes: 400_000, figureShare: 0.5 }).map((p) => p.text));
		expect(dense).toBeGreaterThan(2 * corpus);
	});

	it('pages split into the planted articles with segmentPage', () => {
		let segmented = 0;
		for (const p of pages) {
			const arts = segmentPage(p.text);
			segmented += arts.length;
			// known segmenter edge: a page opening with a one-line kicker can yield a title-only article 0
			for (const a of arts.slice(1)) expect(a.blocks.some((b) => b.kind === 'paragraph')).toBe(true);
		}
		const plantedArticles = pages.reduce((s, p) => s + p.articles, 0);
		expect(Math.abs(segmented - plantedArticles) / plantedArticles).toBeLessThanOrEqual(0.05);
	});

	it('planted facts are recovered by extractFacts at recall ≥ 0.95', () => {
		const g = loadGrammar();
		const extracted: ExtractedLike[] = [];
		for (const p of pages)
			for (const a of segmentPage(p.text))
				for (const b of a.blocks) if (b.kind !== 'byline') for (const f of extractFacts(b.text, g)) extracted.push({ file: p.file, ...f });
		const r = matchPlanted(planted, extracted);
		expect(r.planted).toBeGreaterThan(1000);
		expect(r.recall, JSON.stringify(r.missed.slice(0, 5))).toBeGreaterThanOrEqual(0.95);
	});
});

describe('numerals', () => {
	it('writes Chinese integers as printed', () => {
		expect(chineseInteger(15)).toBe('十五');
		expect(chineseInteger(105)).toBe('一百零五');
		expect(chineseInteger(35000)).toBe('三万五千');
		expect(chineseInteger(30005)).toBe('三万零五');
		expect(chineseInteger(1234)).toBe('一千二百三十四');
	});
});
