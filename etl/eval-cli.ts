// `npm run eval`: scores the extraction on the labelled dev pages and prints precision, recall, F1, attribute agreement, misses and spurious facts.
import { parseArgs } from 'node:util';
import { evaluate, DEFAULT_GOLD_DIR } from './evaluate.ts';
import { referenceAttributor } from './attributor.ts';
import { ATTRIBUTES } from './score.ts';

const { values } = parseArgs({
	options: {
		gold: { type: 'string', default: DEFAULT_GOLD_DIR },
		input: { type: 'string' },
		quiet: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false }
	}
});
const s = evaluate({ goldDir: values.gold, inputDir: values.input, attributor: referenceAttributor() });
const pct = (x: number) => (100 * x).toFixed(1) + '%';
if (values.json) {
	console.log(JSON.stringify({ precision: s.precision, recall: s.recall, f1: s.f1, agreement: s.agreement, subject: s.subject, misses: s.misses.length, spurious: s.spurious.length }));
	process.exit(0);
}
console.log(`gold: ${values.gold}`);
console.log(`core gold facts ${s.coreGold}, extracted (scored) ${s.extracted}, matched ${s.matched}`);
console.log(`precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`);
console.log('agreement on matched facts: ' + ATTRIBUTES.map((a) => `${a} ${pct(s.agreement[a])}`).join('  '));
console.log(`subject names the gold's (a diagnostic, not scored by the spec): ${pct(s.subject)}`);
if (!values.quiet) {
	console.log(`\nmisses (${s.misses.length}):`);
	for (const m of s.misses) console.log(`  ${m.file}  ${m.quote}  = ${m.value} ${m.dimension}  «${m.context ?? ''}»`);
	console.log(`\nspurious (${s.spurious.length}):`);
	for (const e of s.spurious) console.log(`  ${e.file}  ${e.quote}  = ${e.value} ${e.dimension}/${e.unit}  «${(e.sentence ?? '').slice(0, 60)}»`);
	console.log(`\ndisagreements (${s.disagreements.length}):`);
	for (const d of s.disagreements) {
		const g = d.gold[d.attr];
		console.log(`  ${d.attr}: gold ${JSON.stringify(g)} got ${JSON.stringify(d.got[d.attr])}  ${d.gold.quote} «${d.gold.context ?? ''}»`);
	}
}
