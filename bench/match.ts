// Matches planted facts to extracted ones within a file, one to one, as the spec scores gold facts: same dimension, value within 1e-4, equal quote preferred.
import type { PlantedFact } from './gen-corpus.ts';

export interface ExtractedLike {
	file: string;
	quote: string;
	value: number;
	dimension: string;
}

export interface Recall {
	planted: number;
	matched: number;
	recall: number;
	core: number;
	coreMatched: number;
	coreRecall: number;
	byDimension: Record<string, { planted: number; matched: number }>;
	missed: PlantedFact[];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-4 * Math.max(Math.abs(a), Math.abs(b), 1e-9);

export function matchPlanted(planted: PlantedFact[], extracted: ExtractedLike[]): Recall {
	const byFile = new Map<string, ExtractedLike[]>();
	for (const e of extracted) (byFile.get(e.file) ?? byFile.set(e.file, []).get(e.file)!).push(e);
	const taken = new Set<ExtractedLike>();
	const res: Recall = { planted: 0, matched: 0, recall: 0, core: 0, coreMatched: 0, coreRecall: 0, byDimension: {}, missed: [] };
	const hits = new Map<PlantedFact, boolean>();
	// two passes: equal quotes first, then a quote that contains the other (the extractor may read a wider or narrower qualifier)
	for (const pass of [0, 1]) {
		for (const p of planted) {
			if (hits.get(p)) continue;
			const cands = byFile.get(p.file) ?? [];
			const m = cands.find(
				(e) => !taken.has(e) && e.dimension === p.dimension && close(e.value, p.value) &&
					(pass === 0 ? e.quote === p.quote : e.quote.includes(p.quote) || p.quote.includes(e.quote))
			);
			if (m) {
				taken.add(m);
				hits.set(p, true);
			}
		}
	}
	for (const p of planted) {
		const ok = hits.get(p) === true;
		const d = (res.byDimension[p.dimension] ??= { planted: 0, matched: 0 });
		d.planted++;
		res.planted++;
		if (!p.optional) res.core++;
		if (ok) {
			d.matched++;
			res.matched++;
			if (!p.optional) res.coreMatched++;
		} else res.missed.push(p);
	}
	res.recall = res.planted ? res.matched / res.planted : 1;
	res.coreRecall = res.core ? res.coreMatched / res.core : 1;
	return res;
}
