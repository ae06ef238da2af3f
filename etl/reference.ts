// Loads the gazetteer, agency and theme tables once, rejects bad rows with file:line:field errors, and builds the lookup trie attribution scans with.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export interface Place { name: string; level: string; parent: string | null; district: string | null; aliases: string[] }
export interface Agency { name: string; full_name: string; aliases: string[]; level: string; type: string; place: string | null; district: string | null }
export interface Theme { theme: string; theme_en: string; description: string; keywords: { keyword: string; weight: number }[] }

export const PLACE_LEVELS = [
	'region', 'city', 'prefecture', 'district', 'zone', 'county',
	'street', 'town', 'township', 'community', 'village'
] as const;
export const AGENCY_LEVELS = ['自治区', '市', '县区', '乡镇', '村社区', '企业'] as const;
export const AGENCY_TYPES = ['党委', '政府', '群团', '企业', '事业', '司法'] as const;

/** Levels a `district` value may point at: county-level units and, outside Lhasa or citywide, prefecture-level ones. */
const DISTRICT_LEVELS = new Set(['city', 'prefecture', 'district', 'zone', 'county']);

/** One surface form in the trie; `id` indexes places, agencies or keywordEntries by `kind`. */
export interface TrieHit { kind: 'place' | 'agency' | 'keyword'; id: number; length: number }
/** children keyed by UTF-16 code unit: numeric keys keep the per-character scan cheap */
export interface TrieNode {
	next: Map<number, TrieNode>;
	/** bit (code & 31) set for every child: most lookups miss, and the mask rejects them without hashing */
	mask: number;
	hits: TrieHit[] | null;
}

export interface KeywordEntry { keyword: string; theme: number; weight: number }

/** The city whose newspapers these are: 全市/我市 and 市-prefixed bodies (市残联) mean it. */
export const HOME_CITY = '拉萨市';

export interface Reference {
	places: Place[];
	/** the home city and the county-level units (districts, counties, zones) directly under it */
	cityUnits: Set<string>;
	agencies: Agency[];
	themes: Theme[];
	/** name or alias → place */
	placeByName: Map<string, Place>;
	/** name or alias → agency */
	agencyByName: Map<string, Agency>;
	placeIndex: Map<string, number>;
	agencyIndex: Map<string, number>;
	keywordEntries: KeywordEntry[];
	/** every place name/alias, agency name/alias and theme keyword, one character per edge */
	trie: TrieNode;
	/** the trie's first level as a flat table indexed by code unit: most characters start nothing and cost one array read */
	trieRoot: (TrieNode | undefined)[];
	/** longest surface form in the trie, bounds the scan */
	maxSurface: number;
}

export class ReferenceDataError extends Error {
	constructor(public file: string, public line: number, public field: string, detail: string) {
		super(`${file}:${line}: field "${field}": ${detail}`);
		this.name = 'ReferenceDataError';
	}
}

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_DIR = resolve(here, '..', 'data');

// Fields are kept free of quotes and commas on purpose: the files stay greppable and a plain split is exact.
const Name = z.string().min(1, 'must not be empty').regex(/^[^\s"|]+$/u, 'must not contain spaces, quotes or "|"');
const Opt = z.string().transform((s) => (s === '' ? null : s));
const AliasList = z
	.string()
	.transform((s) => (s === '' ? [] : s.split('|')))
	.pipe(z.array(Name));

const PlaceRow = z.object({
	name: Name,
	level: z.enum(PLACE_LEVELS),
	parent: Opt,
	district: Opt,
	aliases: AliasList
});
const AgencyRow = z.object({
	name: Name,
	full_name: z.string().min(1, 'must not be empty'),
	aliases: AliasList,
	level: z.enum(AGENCY_LEVELS),
	type: z.enum(AGENCY_TYPES),
	place: Opt
});
const ThemeRow = z.object({ theme: Name, theme_en: z.string().min(1), description: z.string().min(1) });
const KeywordRow = z.object({
	theme: Name,
	keyword: Name,
	weight: z.string().regex(/^\d+(\.\d+)?$/, 'must be a positive number').transform(Number).pipe(z.number().positive())
});

interface Row { line: number; fields: Record<string, string> }

/**
 * Reads a reference CSV with csv-parse (BOM, CRLF and line numbers handled by the library) and checks the header and
 * the field count of every line. Quoting is switched off: these tables keep fields free of quotes and commas, so a
 * stray quote is reported rather than silently swallowing a comma.
 */
function readSimpleCsv(path: string, file: string, columns: readonly string[]): Row[] {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		throw new ReferenceDataError(file, 0, '-', `cannot read ${path}: ${(e as Error).message}`);
	}
	const records = parse(text, { bom: true, quote: false, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }) as unknown as {
		record: string[];
		info: { lines: number };
	}[];
	const header = records[0]?.record.join(',') ?? '';
	if (header !== columns.join(',')) {
		throw new ReferenceDataError(file, 1, '-', `header must be "${columns.join(',')}", got "${header}"`);
	}
	return records.slice(1).map(({ record, info }) => {
		const line = info.lines;
		if (record.some((f) => f.includes('"'))) throw new ReferenceDataError(file, line, '-', 'quotes are not allowed; keep fields free of commas and quotes');
		if (record.length !== columns.length) {
			throw new ReferenceDataError(file, line, '-', `expected ${columns.length} fields, got ${record.length} (a comma inside a field?)`);
		}
		return { line, fields: Object.fromEntries(columns.map((c, j) => [c, record[j]])) };
	});
}

function parseRow<T>(schema: z.ZodType<T>, row: Row, file: string): T {
	const r = schema.safeParse(row.fields);
	if (!r.success) {
		const issue = r.error.issues[0];
		throw new ReferenceDataError(file, row.line, String(issue.path[0] ?? '-'), issue.message);
	}
	return r.data;
}

function insert(trie: TrieNode, surface: string, hit: TrieHit): void {
	let node = trie;
	for (let i = 0; i < surface.length; i++) {
		const code = surface.charCodeAt(i);
		let nx = node.next.get(code);
		if (!nx) {
			nx = { next: new Map(), mask: 0, hits: null };
			node.next.set(code, nx);
			node.mask |= 1 << (code & 31);
		}
		node = nx;
	}
	(node.hits ??= []).push(hit);
}

const cache = new Map<string, Reference>();

export function loadReference(dataDir: string = DEFAULT_DIR): Reference {
	const dir = resolve(dataDir);
	const hit = cache.get(dir);
	if (hit) return hit;
	const ref = buildReference(dir);
	cache.set(dir, ref);
	return ref;
}

function buildReference(dir: string): Reference {
	// places
	const PF = 'places.csv';
	const placeRows = readSimpleCsv(join(dir, PF), PF, ['name', 'level', 'parent', 'district', 'aliases']);
	const places: Place[] = [];
	const placeLine = new Map<string, number>();
	const placeByName = new Map<string, Place>();
	const placeIndex = new Map<string, number>();
	for (const row of placeRows) {
		const p = parseRow(PlaceRow, row, PF);
		if (placeLine.has(p.name)) throw new ReferenceDataError(PF, row.line, 'name', `duplicate place "${p.name}" (first on line ${placeLine.get(p.name)})`);
		for (const s of [p.name, ...p.aliases]) {
			const prev = placeByName.get(s);
			if (prev && prev.name !== p.name) {
				throw new ReferenceDataError(PF, row.line, s === p.name ? 'name' : 'aliases', `"${s}" already names ${prev.name} (line ${placeLine.get(prev.name)})`);
			}
			if (prev) throw new ReferenceDataError(PF, row.line, 'aliases', `"${s}" is listed twice for ${p.name}`);
		}
		placeLine.set(p.name, row.line);
		placeIndex.set(p.name, places.length);
		places.push(p);
		for (const s of [p.name, ...p.aliases]) placeByName.set(s, p);
	}
	for (const p of places) {
		const line = placeLine.get(p.name)!;
		if (p.parent !== null && !placeIndex.has(p.parent)) throw new ReferenceDataError(PF, line, 'parent', `unknown place "${p.parent}"`);
		if (p.parent === null && p.level !== 'region') throw new ReferenceDataError(PF, line, 'parent', `a ${p.level} needs a parent`);
		if (p.district !== null) {
			const d = placeByName.get(p.district);
			if (!d || d.name !== p.district) throw new ReferenceDataError(PF, line, 'district', `unknown place "${p.district}"`);
			if (!DISTRICT_LEVELS.has(d.level)) throw new ReferenceDataError(PF, line, 'district', `"${p.district}" is a ${d.level}, not a county-level unit`);
		} else if (p.level !== 'region') {
			throw new ReferenceDataError(PF, line, 'district', `a ${p.level} must roll up to a district`);
		}
		if (DISTRICT_LEVELS.has(p.level) && p.district !== p.name) {
			throw new ReferenceDataError(PF, line, 'district', `a ${p.level} is its own district ("${p.name}"), got "${p.district}"`);
		}
	}
	// a parent chain must end at the region without cycles
	for (const p of places) {
		let cur: Place | undefined = p;
		for (let depth = 0; cur && cur.parent; depth++) {
			if (depth > 12) throw new ReferenceDataError(PF, placeLine.get(p.name)!, 'parent', 'parent chain loops');
			cur = placeByName.get(cur.parent);
		}
	}

	// agencies
	const AF = 'agencies.csv';
	const agencyRows = readSimpleCsv(join(dir, AF), AF, ['name', 'full_name', 'aliases', 'level', 'type', 'place']);
	const agencies: Agency[] = [];
	const agencyByName = new Map<string, Agency>();
	const agencyIndex = new Map<string, number>();
	const agencyLine = new Map<string, number>();
	for (const row of agencyRows) {
		const a = parseRow(AgencyRow, row, AF);
		let district: string | null = null;
		if (a.place !== null) {
			const p = placeByName.get(a.place);
			if (!p || p.name !== a.place) throw new ReferenceDataError(AF, row.line, 'place', `unknown place "${a.place}" (not a name in places.csv)`);
			district = p.district;
		}
		for (const s of [a.name, ...a.aliases]) {
			const prev = agencyByName.get(s);
			if (prev) throw new ReferenceDataError(AF, row.line, s === a.name ? 'name' : 'aliases', `"${s}" already names ${prev.name} (line ${agencyLine.get(prev.name)})`);
			const pl = placeByName.get(s);
			if (pl) throw new ReferenceDataError(AF, row.line, s === a.name ? 'name' : 'aliases', `"${s}" is also a place (${pl.name}); an agency must be named apart from places`);
		}
		const agency: Agency = { ...a, district };
		agencyLine.set(a.name, row.line);
		agencyIndex.set(a.name, agencies.length);
		agencies.push(agency);
		for (const s of [a.name, ...a.aliases]) agencyByName.set(s, agency);
	}

	// themes
	const TF = 'themes.csv';
	const themes: Theme[] = [];
	const themeIdx = new Map<string, number>();
	for (const row of readSimpleCsv(join(dir, TF), TF, ['theme', 'theme_en', 'description'])) {
		const t = parseRow(ThemeRow, row, TF);
		if (themeIdx.has(t.theme)) throw new ReferenceDataError(TF, row.line, 'theme', `duplicate theme "${t.theme}"`);
		themeIdx.set(t.theme, themes.length);
		themes.push({ ...t, keywords: [] });
	}
	if (themes.length === 0) throw new ReferenceDataError(TF, 1, 'theme', 'no themes');
	const KF = 'theme_keywords.csv';
	const keywordEntries: KeywordEntry[] = [];
	const seenKw = new Map<string, number>();
	for (const row of readSimpleCsv(join(dir, KF), KF, ['theme', 'keyword', 'weight'])) {
		const k = parseRow(KeywordRow, row, KF);
		const ti = themeIdx.get(k.theme);
		if (ti === undefined) throw new ReferenceDataError(KF, row.line, 'theme', `unknown theme "${k.theme}" (not in themes.csv)`);
		const key = `${k.theme}\u0000${k.keyword}`;
		if (seenKw.has(key)) throw new ReferenceDataError(KF, row.line, 'keyword', `"${k.keyword}" is listed twice for ${k.theme} (line ${seenKw.get(key)})`);
		seenKw.set(key, row.line);
		themes[ti].keywords.push({ keyword: k.keyword, weight: k.weight });
		keywordEntries.push({ keyword: k.keyword, theme: ti, weight: k.weight });
	}

	// one trie over every surface form, so attribution scans each text once
	const trie: TrieNode = { next: new Map(), mask: 0, hits: null };
	let maxSurface = 0;
	const add = (s: string, h: Omit<TrieHit, 'length'>) => {
		insert(trie, s, { ...h, length: s.length });
		maxSurface = Math.max(maxSurface, s.length);
	};
	places.forEach((p, i) => [p.name, ...p.aliases].forEach((s) => add(s, { kind: 'place', id: i })));
	agencies.forEach((a, i) => [a.name, ...a.aliases].forEach((s) => add(s, { kind: 'agency', id: i })));
	keywordEntries.forEach((k, i) => add(k.keyword, { kind: 'keyword', id: i }));

	if (!placeIndex.has(HOME_CITY)) throw new ReferenceDataError(PF, 0, 'name', `the home city ${HOME_CITY} is missing`);
	const cityUnits = new Set([HOME_CITY, ...places.filter((p) => p.parent === HOME_CITY && DISTRICT_LEVELS.has(p.level)).map((p) => p.name)]);
	const trieRoot: (TrieNode | undefined)[] = new Array(65536).fill(undefined);
	for (const [code, node] of trie.next) trieRoot[code] = node;
	return { places, cityUnits, agencies, themes, placeByName, agencyByName, placeIndex, agencyIndex, keywordEntries, trie, trieRoot, maxSurface };
}

/** The county-level unit a place name or alias rolls up to. */
export function districtOf(ref: Reference, name: string): string | null {
	return ref.placeByName.get(name)?.district ?? null;
}
