// `npm run gen:corpus -- --articles N --seed S --out DIR [--mb M]`: writes a deterministic scale corpus and its planted facts.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { z } from 'zod';
import { loadGazetteer } from './gazetteer.ts';
import { writeCorpus } from './write-corpus.ts';
import { REPO_ROOT } from '../etl/paths.ts';

const Args = z.object({
	articles: z.coerce.number().int().positive().optional(),
	mb: z.coerce.number().positive().optional(),
	seed: z.string().min(1),
	'figure-share': z.coerce.number().gt(0).max(1).optional(),
	out: z.string().min(1),
	data: z.string().min(1)
});

const OPTIONS = {
	articles: { type: 'string' },
	mb: { type: 'string' },
	seed: { type: 'string', default: '1' },
	'figure-share': { type: 'string' },
	out: { type: 'string', default: 'bench/out/corpus' },
	data: { type: 'string', default: resolve(REPO_ROOT, 'data') },
	help: { type: 'boolean', default: false }
} as const;

let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
try {
	({ values } = parseArgs({ options: OPTIONS }));
} catch (e) {
	console.error(`gen:corpus: ${(e as Error).message.split('\n')[0]}`);
	process.exit(2);
}
if (values.help) {
	console.log('usage: npm run gen:corpus -- [--articles N | --mb M] [--seed S] [--out DIR] [--data DIR] [--figure-share F]\n' +
		'F: share of sentences that carry figures (default: about the density of the seed pages; 1 = every sentence)\n' +
		'writes DIR/pages/*.txt (ETL input), DIR/planted.jsonl (planted facts), DIR/manifest.json');
	process.exit(0);
}
const parsed = Args.safeParse(values);
if (!parsed.success) {
	console.error(`gen:corpus: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	process.exit(2);
}
const a = parsed.data;
const out = resolve(a.out);
const m = writeCorpus(out, {
	seed: a.seed,
	articles: a.articles ?? (a.mb ? undefined : 100),
	targetBytes: a.mb ? a.mb * 1e6 : undefined,
	figureShare: a['figure-share'],
	gazetteer: loadGazetteer(a.data)
});
console.log(`gen:corpus: ${m.articles} articles on ${m.pages} pages, ${(m.bytes / 1e6).toFixed(2)} MB, ${m.facts} planted facts in ${m.seconds.toFixed(1)} s → ${out}`);
