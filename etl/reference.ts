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
	'street', 'town', 'township', 'community', 'village',
	// a named site (布达拉宫, 纳木错, 甘丹寺): never an acting body, but the place a figure about it belongs to
	'landmark'
] as const;
export const AGENCY_LEVELS = ['自治区', '市', '县区', '乡镇', '村社区', '企业'] as const;
export const AGENCY_TYPES = ['党委', '政府', '群团', '企业', '事业', '司法'] as const;

/** Levels a `district` value may point at: county-level units and, outside Lhasa or citywide, prefecture-level ones. */
const DISTRICT_LEVELS = new Set(['city', 'prefecture', 'district', 'zone', 'county']);

/** One surface form in the trie; `id` indexes places, agencies or keywordEntries by `kind`. */
export interface TrieHit { kind: 'place' | 'agency' | 'keyword'; id: number; length: number }

/**
 * Every surface form, one UTF-16 code unit per edge, flattened into typed arrays: attribution walks it from every
 * character of every block, and array reads cost a fraction of Map lookups. Node 0 means "none"; the root is not a node.
 */
export interface Trie {
	/** first character (code unit) → its node */
	root: Int32Array;
	/** per node, bit (code & 31) set for every child: most steps miss, and the mask rejects them without hashing */
	mask: Int32Array;
	/** open-addressing edge table: key (node << 16 | code), -1 empty */
	edgeKey: Int32Array;
	edgeNode: Int32Array;
	edgeShift: number;
	/** node k's hits are hits[hitStart[k] .. hitStart[k + 1]) */
	hitStart: Int32Array;
	hits: TrieHit[];
}

/** The child of `node` along code unit `code`, or 0. */
export function trieChild(t: Trie, node: number, code: number): number {
	const key = (node << 16) | code;
	const m = t.edgeKey.length - 1;
	for (let h = Math.imul(key, 0x9e3779b1) >>> t.edgeShift; ; h = (h + 1) & m) {
		const k = t.edgeKey[h];
		if (k === key) return t.edgeNode[h];
		if (k === -1) return 0;
	}
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
	trie: Trie;
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

/** Builds the flat trie from (surface, hit) pairs; hits keep their insertion order at each node. */
export function buildTrie(entries: readonly (readonly [string, TrieHit])[]): Trie {
	// node ids are assigned in insertion order; id 0 is "none", so a node's children live under ids ≥ 1
	const children = new Map<number, number>(); // (node << 16 | code) → node; the root is node 0 here
	const nodeHits: TrieHit[][] = [[]];
	for (const [surface, hit] of entries) {
		let node = 0;
		for (let i = 0; i < surface.length; i++) {
			const key = (node << 16) | surface.charCodeAt(i);
			let nx = children.get(key);
			if (nx === undefined) {
				nx = nodeHits.length;
				nodeHits.push([]);
				children.set(key, nx);
			}
			node = nx;
		}
		nodeHits[node].push(hit);
	}
	if (nodeHits.length >= 1 << 15) throw new Error(`trie too large for 16-bit node ids: ${nodeHits.length} nodes`);
	const root = new Int32Array(65536);
	const mask = new Int32Array(nodeHits.length);
	let bits = 4;
	while (1 << bits < children.size * 2) bits++;
	const edgeKey = new Int32Array(1 << bits).fill(-1);
	const edgeNode = new Int32Array(1 << bits);
	const edgeShift = 32 - bits;
	for (const [key, nx] of children) {
		const node = key >>> 16;
		const code = key & 0xffff;
		if (node === 0) {
			root[code] = nx;
			continue;
		}
		mask[node] |= 1 << (code & 31);
		let h = Math.imul(key, 0x9e3779b1) >>> edgeShift;
		while (edgeKey[h] !== -1) h = (h + 1) & (edgeKey.length - 1);
		edgeKey[h] = key;
		edgeNode[h] = nx;
	}
	const hitStart = new Int32Array(nodeHits.length + 1);
	const hits: TrieHit[] = [];
	nodeHits.forEach((hs, k) => {
		hitStart[k] = hits.length;
		hits.push(...hs);
	});
	hitStart[nodeHits.length] = hits.length;
	return { root, mask, edgeKey, edgeNode, edgeShift, hitStart, hits };
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
	// the full name is a surface too (国家税务总局拉萨市税务局): read whole, it is not two bodies side by side
	for (const a of agencies) {
		if (agencyByName.has(a.full_name)) {
			const prev = agencyByName.get(a.full_name)!;
			if (prev !== a) throw new ReferenceDataError(AF, agencyLine.get(a.name)!, 'full_name', `"${a.full_name}" already names ${prev.name} (line ${agencyLine.get(prev.name)})`);
			continue;
		}
		if (placeByName.has(a.full_name)) continue;
		agencyByName.set(a.full_name, a);
	}
	// a city body's full name as the city's own papers write it, without the city's name (市发展和改革委员会): a surface too
	for (const a of agencies) {
		const local = cityLocalName(a);
		if (local && local.length > 3 && !agencyByName.has(local) && !placeByName.has(local)) agencyByName.set(local, a);
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
	const surfaces: [string, TrieHit][] = [];
	let maxSurface = 0;
	const add = (s: string, h: Omit<TrieHit, 'length'>) => {
		surfaces.push([s, { ...h, length: s.length }]);
		maxSurface = Math.max(maxSurface, s.length);
	};
	places.forEach((p, i) => [p.name, ...p.aliases].forEach((s) => add(s, { kind: 'place', id: i })));
	agencies.forEach((a, i) => [...new Set([a.name, ...a.aliases, a.full_name, cityLocalName(a) ?? a.full_name])].filter((s) => agencyByName.get(s) === a).forEach((s) => add(s, { kind: 'agency', id: i })));
	keywordEntries.forEach((k, i) => add(k.keyword, { kind: 'keyword', id: i }));

	if (!placeIndex.has(HOME_CITY)) throw new ReferenceDataError(PF, 0, 'name', `the home city ${HOME_CITY} is missing`);
	const cityUnits = new Set([HOME_CITY, ...places.filter((p) => p.parent === HOME_CITY && DISTRICT_LEVELS.has(p.level)).map((p) => p.name)]);
	const trie = buildTrie(surfaces);
	return { places, cityUnits, agencies, themes, placeByName, agencyByName, placeIndex, agencyIndex, keywordEntries, trie, maxSurface };
}

/** The county-level unit a place name or alias rolls up to. */
export function districtOf(ref: Reference, name: string): string | null {
	return ref.placeByName.get(name)?.district ?? null;
}

/** A city body's full name as the city's own papers write it, without the city's name (拉萨市发展和改革委员会 → 市发展和改革委员会). */
function cityLocalName(a: Agency): string | null {
	return a.full_name.startsWith('拉萨市') ? a.full_name.slice(2) : null;
}
