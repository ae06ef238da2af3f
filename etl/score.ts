// Scores extracted facts against hand-labelled gold facts with the rules of spec section 4; pure, so tests and `npm run eval` share it.
import { z } from 'zod';
import { Approx, Dimension, Per } from './types.ts';

/** one reading, or the readings a labeller accepts (null among them: "no body" is one reading) */
const OneOrMany = z.union([z.string(), z.array(z.string().nullable())]).nullable();
/** a value, or the values a labeller accepts */
const oneOrList = <T extends z.ZodType>(t: T) => z.union([t, z.array(t)]);
export const GoldFact = z.object({
	file: z.string(),
	quote: z.string(),
	context: z.string().optional(),
	value: z.number(),
	dimension: Dimension,
	unit: oneOrList(z.string()),
	approx: oneOrList(Approx),
	per: oneOrList(Per.nullable()),
	subject: z.string().nullable().optional(),
	district: OneOrMany,
	agency: OneOrMany,
	theme: OneOrMany,
	optional: z.boolean()
});
export type GoldFact = z.infer<typeof GoldFact>;

export interface Extracted {
	file: string;
	quote: string;
	value: number;
	dimension: string;
	unit: string;
	approx: string;
	per: string | null;
	district: string | null;
	agency: string | null;
	theme: string | null;
	subject?: string | null;
	sentence?: string;
}

export const ATTRIBUTES = ['unit', 'approx', 'per', 'district', 'agency', 'theme'] as const;
type Attr = (typeof ATTRIBUTES)[number];

export interface Score {
	precision: number;
	recall: number;
	f1: number;
	matched: number;
	extracted: number;
	coreGold: number;
	agreement: Record<Attr, number>;
	/** share of matched core facts whose subject names what the gold's does (a diagnostic: the spec does not score subjects) */
	subject: number;
	misses: GoldFact[];
	spurious: Extracted[];
	disagreements: { attr: Attr; gold: GoldFact; got: Extracted }[];
}

const closeEnough = (a: number, b: number) => Math.abs(a - b) <= 1e-4 * Math.max(Math.abs(a), Math.abs(b), 1e-9);

/** Agency names agree up to a party-branch suffix and when one is the tail of the other (spec section 4). */
export function agencyAgrees(gold: string, got: string): boolean {
	const strip = (s: string) => s.replace(/(?:党总支|党支部|党工委|党委|党组|党总支部委员会|支部)$/u, '');
	const a = strip(gold);
	const b = strip(got);
	return a === b || (a.length > 0 && b.length > 0 && (a.endsWith(b) || b.endsWith(a)));
}

function agrees(attr: Attr, gold: GoldFact, got: Extracted): boolean {
	const g = gold[attr];
	const v = got[attr];
	const options = Array.isArray(g) ? g : [g];
	if (attr === 'agency') return options.some((o) => (o === null ? v === null : v !== null && agencyAgrees(o, v)));
	return options.some((o) => (o ?? null) === (v ?? null));
}

/**
 * Gold subjects are a labeller's paraphrase (受灾行政村 for 31个行政村受灾), so an extracted subject counts as naming
 * the same thing when one holds the other or both end in the same two characters, the head noun of a Chinese phrase.
 */
export function subjectsOverlap(gold: string, got: string | null): boolean {
	if (!got) return false;
	return gold.includes(got) || got.includes(gold) || (gold.length >= 2 && got.length >= 2 && gold.slice(-2) === got.slice(-2));
}

/** The spec's optional shape: neither an Arabic digit nor a magnitude character, or a duration or an age. */
export const optionalShape = (f: { quote: string; dimension: string }) =>
	f.dimension === 'duration' || f.dimension === 'age' || !/[0-9０-９十百千万亿]/u.test(f.quote);

export function score(gold: GoldFact[], extracted: Extracted[]): Score {
	const files = new Set([...gold.map((g) => g.file), ...extracted.map((e) => e.file)]);
	const pairs: [GoldFact, Extracted][] = [];
	const misses: GoldFact[] = [];
	const spurious: Extracted[] = [];
	let matchedCore = 0;
	let extractedCounted = 0;
	for (const file of files) {
		const gs = gold.filter((g) => g.file === file);
		const es = extracted.filter((e) => e.file === file);
		const used = new Set<number>();
		// equal quotes first, then any candidate with the same value and dimension; core gold before optional gold
		const order = [...gs].sort((a, b) => Number(a.optional) - Number(b.optional));
		const matchOf = new Map<GoldFact, number>();
		for (const pass of [true, false]) {
			for (const g of order) {
				if (matchOf.has(g)) continue;
				const k = es.findIndex(
					(e, i) => !used.has(i) && e.dimension === g.dimension && closeEnough(e.value, g.value) && (!pass || e.quote === g.quote)
				);
				if (k >= 0) {
					used.add(k);
					matchOf.set(g, k);
				}
			}
		}
		for (const g of gs) {
			const k = matchOf.get(g);
			if (k === undefined) {
				if (!g.optional) misses.push(g);
				continue;
			}
			if (!g.optional) {
				matchedCore++;
				extractedCounted++;
				pairs.push([g, es[k]]);
			}
		}
		es.forEach((e, i) => {
			if (used.has(i)) return;
			if (optionalShape(e)) return;
			extractedCounted++;
			spurious.push(e);
		});
	}
	const coreGold = gold.filter((g) => !g.optional).length;
	const precision = extractedCounted ? matchedCore / extractedCounted : 0;
	const recall = coreGold ? matchedCore / coreGold : 0;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	const agreement = {} as Record<Attr, number>;
	const disagreements: Score['disagreements'] = [];
	for (const attr of ATTRIBUTES) {
		let ok = 0;
		for (const [g, e] of pairs) {
			if (agrees(attr, g, e)) ok++;
			else disagreements.push({ attr, gold: g, got: e });
		}
		agreement[attr] = pairs.length ? ok / pairs.length : 0;
	}
	const withSubject = pairs.filter(([g]) => g.subject);
	const subject = withSubject.length ? withSubject.filter(([g, e]) => subjectsOverlap(g.subject!, e.subject ?? null)).length / withSubject.length : 0;
	return { precision, recall, f1, matched: matchedCore, extracted: extractedCounted, coreGold, agreement, subject, misses, spurious, disagreements };
}
