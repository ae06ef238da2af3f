// Runs the extraction over the labelled pages and scores it against their gold files: shared by `npm run eval` and the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { GoldFact, score, type Score } from './score.ts';
import { loadGrammar } from './grammar.ts';
import { processPage, type Attributor } from './pipeline.ts';
import { decodeBuffer } from './read.ts';
import { REPO_ROOT } from './paths.ts';

export const DEFAULT_GOLD_DIR = resolve(REPO_ROOT, '..', 'shared', 'gold');

export function readGold(goldDir: string): GoldFact[] {
	const out: GoldFact[] = [];
	for (const f of readdirSync(goldDir).filter((f) => f.endsWith('.jsonl')).sort()) {
		readFileSync(join(goldDir, f), 'utf8')
			.split('\n')
			.forEach((line, i) => {
				if (!line.trim()) return;
				const r = GoldFact.safeParse(JSON.parse(line));
				if (!r.success) throw new Error(`${f}:${i + 1}: ${r.error.issues[0].message} at ${r.error.issues[0].path.join('.')}`);
				out.push(r.data);
			});
	}
	return out;
}

export function evaluate(opts: { goldDir?: string; inputDir?: string; attributor?: Attributor } = {}): Score {
	const gold = readGold(opts.goldDir ?? DEFAULT_GOLD_DIR);
	const inputDir = opts.inputDir ?? join(REPO_ROOT, 'seeds');
	const grammar = loadGrammar();
	const files = [...new Set(gold.map((g) => g.file))];
	const extracted = files.flatMap((file) => {
		const text = decodeBuffer(readFileSync(join(inputDir, basename(file)))).text;
		return processPage(file, text, grammar, opts.attributor).facts;
	});
	return score(gold, extracted);
}
