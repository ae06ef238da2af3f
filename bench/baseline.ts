// The general-purpose baseline of issue 6: Microsoft's recognizers (Chinese culture) on a sample of the corpus, against factboard's extraction of the same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import { loadGrammar } from '../etl/grammar.ts';
import { processPage, noAttribution, type Attributor } from '../etl/pipeline.ts';
import { referenceAttributor } from '../etl/attributor.ts';

export interface BaselineResult {
	sample_mb: number;
	recognizers: { seconds: number; mb_per_s: number; results: number; functions: string[] };
	factboard_in_process: { seconds: number; mb_per_s: number; facts: number };
	/** factboard's in-process extraction speed over the recognizers' on the same text */
	ratio: number;
}

/** Reads pages from the corpus until sampleBytes; the recognizers get each paragraph, as an extractor would. */
export function runBaseline(pagesDir: string, sampleBytes: number, budgetSeconds: number): BaselineResult {
	const texts: { file: string; text: string }[] = [];
	let bytes = 0;
	for (const f of readdirSync(pagesDir).sort()) {
		if (bytes >= sampleBytes) break;
		const text = readFileSync(join(pagesDir, f), 'utf8');
		texts.push({ file: f, text });
		bytes += Buffer.byteLength(text);
	}
	const C = Recognizers.Culture.Chinese;
	const fns = { recognizeNumber: Recognizers.recognizeNumber, recognizeDimension: Recognizers.recognizeDimension, recognizeCurrency: Recognizers.recognizeCurrency, recognizeAge: Recognizers.recognizeAge, recognizePercentage: Recognizers.recognizePercentage };
	// warm up the recognizers' lazily built models on one paragraph
	for (const fn of Object.values(fns)) fn('共发放补贴资金543.55万元，惠及3.4万名群众。', C);
	let results = 0;
	let done = 0;
	const t0 = performance.now();
	outer: for (const { text } of texts) {
		for (const para of text.split(/\n\s*\n/u)) {
			if (!para.trim()) continue;
			for (const fn of Object.values(fns)) results += fn(para, C).length;
			done += Buffer.byteLength(para) + 2;
			if ((performance.now() - t0) / 1000 > budgetSeconds) break outer;
		}
	}
	const rs = (performance.now() - t0) / 1000;
	const g = loadGrammar();
	let attributor: Attributor = noAttribution;
	try {
		attributor = referenceAttributor();
	} catch {
		/* reference tables unreadable: extraction alone */
	}
	const t1 = performance.now();
	let facts = 0;
	for (const { file, text } of texts) facts += processPage(file, text, g, attributor).facts.length;
	const fs = (performance.now() - t1) / 1000;
	const rMbps = done / 1e6 / rs;
	const fMbps = bytes / 1e6 / fs;
	return {
		sample_mb: bytes / 1e6,
		recognizers: { seconds: rs, mb_per_s: rMbps, results, functions: Object.keys(fns) },
		factboard_in_process: { seconds: fs, mb_per_s: fMbps, facts },
		ratio: fMbps / rMbps
	};
}
