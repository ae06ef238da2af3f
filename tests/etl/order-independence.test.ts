// A page's facts do not depend on which pages were processed before it: workers receive files in any order.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/gen-corpus.ts';
import { processPage } from '../../etl/pipeline.ts';
import { loadGrammar } from '../../etl/grammar.ts';
import { referenceAttributor } from '../../etl/attributor.ts';
import { extractFacts } from '../../etl/extract.ts';

describe('order independence', () => {
	it('a subject does not depend on the fact extracted before it', () => {
		const g = loadGrammar();
		// the subject after a count (120名老人|发放…) used to leave the shared verb regex positioned past 发放, and the
		// next search for the verb before a number (柳梧村清理|河道) started there, missing 清理
		const target = '柳梧村清理河道12.5公里，清运垃圾约800公斤。';
		const alone = extractFacts(target, g).map((f) => f.subject);
		extractFacts('区民政局为年满80岁的120名老人发放慰问品。', g);
		expect(extractFacts(target, g).map((f) => f.subject)).toEqual(alone);
	});

	it('gives the same facts for every page whether the pages come forwards or backwards', () => {
		const pages = generateCorpus({ seed: 'order', articles: 400, figureShare: 0.5 });
		const run = (order: typeof pages) => {
			const g = loadGrammar();
			const att = referenceAttributor();
			const out = new Map<string, string>();
			for (const p of order) for (const f of processPage(p.file, p.text, g, att).facts) out.set(f.fact_id, JSON.stringify(f));
			return out;
		};
		const forwards = run(pages);
		const backwards = run([...pages].reverse());
		expect(forwards.size).toBeGreaterThan(1000);
		const differ = [...forwards].filter(([id, f]) => backwards.get(id) !== f).map(([id]) => id);
		expect(differ.length, `${differ.length} facts differ, e.g. ${forwards.get(differ[0]!)} vs ${backwards.get(differ[0]!)}`).toBe(0);
	});
});
