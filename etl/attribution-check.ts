// Dev check: how often attributeFact agrees with the hand-labelled district, agency and theme of the dev gold, and where it does not.
// Run: npx tsx etl/attribution-check.ts [goldDir] [seedDir]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadReference } from './reference.js';
import { attributeFact, explainArticle, type ArticleBlock, type ArticleContext } from './attribute.js';

const here = dirname(fileURLToPath(import.meta.url));
const goldDir = resolve(process.argv[2] ?? '/work/shared/gold');
const seedDir = resolve(process.argv[3] ?? join(here, '..', 'seeds'));

interface Gold {
	file: string; quote: string; context: string; optional?: boolean;
	district: string | string[] | null; agency: string | string[] | null; theme: string | string[] | null;
}

const BYLINE = /^(?:拉萨融媒讯|拉萨融媒记者|本报\p{Script=Han}{0,6}讯|本报记者|拉萨融媒)/u;
const FINAL = /[。！？!?”…)）]$/u;

/** A rough page → articles split: headline lines open an article, bylines are dropped, page-broken paragraphs are rejoined. */
export function splitPage(text: string): ArticleContext[] {
	const raw = text.split(/\n\s*\n/u).map((s) => s.trim()).filter(Boolean);
	// rejoin paragraphs broken by the page layout: a long block that stops mid-sentence continues in the next
	const blocks: string[] = [];
	for (const r of raw) {
		const prev = blocks[blocks.length - 1];
		const broken = prev !== undefined && !FINAL.test(prev) && !prev.startsWith('#') && !r.startsWith('#') && (prev.length > 40 || /[,，、]/u.test(prev)) && (r.length > 40 || /[,，、。]/u.test(r));
		if (broken) blocks[blocks.length - 1] = prev + r;
		else blocks.push(r);
	}
	const articles: ArticleContext[] = [];
	let cur: ArticleBlock[] = [];
	const flush = () => {
		if (cur.some((b) => b.kind === 'paragraph')) articles.push({ blocks: cur });
		cur = [];
	};
	const isShort = (s: string) => s.replace(/^#+\s*|\*\*/gu, '').length <= 48 && !FINAL.test(s) && !/[。]/u.test(s);
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i].replace(/\*\*/gu, '');
		const next = blocks[i + 1] ?? '';
		const next2 = blocks[i + 2] ?? '';
		if (/^#\s/u.test(b)) { flush(); cur.push({ kind: 'title', text: b.replace(/^#\s*/u, '') }); continue; }
		if (/^##\s/u.test(b)) { cur.push({ kind: cur.length && cur.every((x) => x.kind !== 'paragraph') ? 'subtitle' : 'heading', text: b.replace(/^##\s*/u, '') }); continue; }
		if (isShort(b) && /^(?:拉萨融媒|本报记者)[^。，,]*$/u.test(b)) continue; // byline line
		if (isShort(b) && (BYLINE.test(next) || (isShort(next) && BYLINE.test(next2)) || next === '' )) {
			if (cur.length && cur.every((x) => x.kind !== 'paragraph')) cur.push({ kind: 'subtitle', text: b });
			else { flush(); cur.push({ kind: 'title', text: b }); }
			continue;
		}
		if (isShort(b) && b.length >= 2) { cur.push({ kind: cur.some((x) => x.kind === 'paragraph') ? 'heading' : 'subtitle', text: b }); continue; }
		if (BYLINE.test(b) && cur.some((x) => x.kind === 'paragraph')) flush();
		cur.push({ kind: 'paragraph', text: b });
	}
	flush();
	return articles;
}

const asList = (v: string | string[] | null): (string | null)[] => (Array.isArray(v) ? v : [v]);
const PARTY = /(党支部|党总支|党工委|党委|党组)$/u;
function agencyAgrees(pred: string | null, gold: string | string[] | null): boolean {
	return asList(gold).some((g) => {
		if (g === null || pred === null) return g === pred;
		const a = pred.replace(PARTY, '') || pred;
		const b = g.replace(PARTY, '') || g;
		return a === b || a.endsWith(b) || b.endsWith(a);
	});
}
const plainAgrees = (pred: string | null, gold: string | string[] | null) => asList(gold).some((g) => g === pred);

function main(): void {
	const ref = loadReference();
	const golds: Gold[] = readdirSync(goldDir)
		.filter((f) => f.endsWith('.jsonl'))
		.sort()
		.flatMap((f) => readFileSync(join(goldDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Gold));

	const pages = new Map<string, ArticleContext[]>();
	const tally = { all: { n: 0, d: 0, a: 0, t: 0 }, core: { n: 0, d: 0, a: 0, t: 0 } };
	const misses: string[] = [];
	let notFound = 0;
	const squash = (s: string) => s.replace(/\s+/gu, '');
	for (const g of golds) {
		if (!pages.has(g.file)) pages.set(g.file, splitPage(readFileSync(join(seedDir, g.file), 'utf8')));
		const arts = pages.get(g.file)!;
		let found: { art: ArticleContext; block: number; start: number } | null = null;
		const ctx = squash(g.context);
		for (const art of arts) {
			art.blocks.forEach((b, bi) => {
				if (found) return;
				const at = b.text.indexOf(ctx);
				if (at < 0) return;
				const q = ctx.indexOf(squash(g.quote));
				found = { art, block: bi, start: at + Math.max(0, q) };
			});
			if (found) break;
		}
		if (!found) { notFound++; misses.push(`NOT FOUND ${g.file} ${g.quote} | ${g.context}`); continue; }
		const f = found as { art: ArticleContext; block: number; start: number };
		const r = attributeFact(ref, f.art, { block: f.block, start: f.start, end: f.start + squash(g.quote).length });
		if (process.env.DEBUG && g.context.includes(process.env.DEBUG)) {
			console.log(f.art.blocks.map((b) => `[${b.kind}] ${b.text.slice(0, 60)}`).join('\n'));
			console.log(JSON.stringify(explainArticle(ref, f.art), null, 1));
		}
		const okD = plainAgrees(r.district, g.district);
		const okA = agencyAgrees(r.agency, g.agency);
		const okT = plainAgrees(r.theme, g.theme);
		for (const k of g.optional ? ['all'] as const : ['all', 'core'] as const) {
			tally[k].n++; tally[k].d += +okD; tally[k].a += +okA; tally[k].t += +okT;
		}
		if (!okD || !okA || !okT) {
			const bad = [
				okD ? '' : `district ${r.district} ≠ ${JSON.stringify(g.district)}`,
				okA ? '' : `agency ${r.agency} ≠ ${JSON.stringify(g.agency)}`,
				okT ? '' : `theme ${r.theme} ≠ ${JSON.stringify(g.theme)}`
			].filter(Boolean).join('; ');
			misses.push(`${g.file.slice(0, 3)} ${g.optional ? '(opt) ' : ''}${g.quote} | ${g.context} | ${bad}`);
		}
	}
	const pct = (x: number, n: number) => (n ? ((100 * x) / n).toFixed(1) + '%' : '-');
	for (const k of ['core', 'all'] as const) {
		const t = tally[k];
		console.log(`${k.padEnd(4)} n=${t.n}  district ${pct(t.d, t.n)}  agency ${pct(t.a, t.n)}  theme ${pct(t.t, t.n)}`);
	}
	if (notFound) console.log(`not located in the seed pages: ${notFound}`);
	console.log('\ndisagreements:');
	for (const m of misses) console.log('  ' + m);
}

// runs as a script; other dev tools may import splitPage
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
