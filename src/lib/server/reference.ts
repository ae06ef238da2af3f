// Names known to this build (places, agencies, themes, units, files), cached per build: filter values are checked against them and the place tree drives drill-down.
import { cachedPerBuild, query } from './db';

export interface PlaceRow {
	name: string;
	level: string;
	parent: string | null;
	district: string | null;
}

export interface Reference {
	places: PlaceRow[];
	/** every name a district filter may take: gazetteer names and the districts/places facts use */
	placeNames: Set<string>;
	agencies: Set<string>;
	themes: Set<string>;
	units: Set<string>;
	files: Set<string>;
	/** county-level districts and functional zones of 拉萨市, in gazetteer order */
	counties: string[];
}

export const CITY = '拉萨市';

export function loadReference(): Promise<Reference> {
	return cachedPerBuild('reference', async () => {
		const [places, factNames, agencies, themes] = await Promise.all([
			query<PlaceRow>('SELECT name, level, parent, district FROM places ORDER BY rowid'),
			query<{ kind: string; name: string }>(
				`SELECT DISTINCT 'district' AS kind, district AS name FROM facts WHERE district IS NOT NULL
				 UNION ALL SELECT DISTINCT 'place', place FROM facts WHERE place IS NOT NULL
				 UNION ALL SELECT DISTINCT 'agency', agency FROM facts WHERE agency IS NOT NULL
				 UNION ALL SELECT DISTINCT 'theme', theme FROM facts WHERE theme IS NOT NULL
				 UNION ALL SELECT DISTINCT 'unit', unit FROM facts
				 UNION ALL SELECT DISTINCT 'file', file FROM facts
				 UNION ALL SELECT DISTINCT 'file', file FROM ingest_log`
			),
			query<{ name: string }>('SELECT name FROM agencies'),
			query<{ theme: string }>('SELECT theme FROM themes')
		]);
		const ref: Reference = {
			places,
			placeNames: new Set(places.map((p) => p.name)),
			agencies: new Set(agencies.map((a) => a.name)),
			themes: new Set(themes.map((t) => t.theme)),
			units: new Set(),
			files: new Set(),
			counties: places.filter((p) => p.parent === CITY).map((p) => p.name)
		};
		ref.placeNames.add(CITY);
		for (const { kind, name } of factNames) {
			if (kind === 'district' || kind === 'place') ref.placeNames.add(name);
			else if (kind === 'agency') ref.agencies.add(name);
			else if (kind === 'theme') ref.themes.add(name);
			else if (kind === 'unit') ref.units.add(name);
			else ref.files.add(name);
		}
		return ref;
	});
}

/** The place and every place under it (street → community…), following places.parent. */
export function descendants(ref: Reference, name: string): string[] {
	const children = new Map<string, string[]>();
	for (const p of ref.places) {
		if (!p.parent) continue;
		const list = children.get(p.parent) ?? [];
		list.push(p.name);
		children.set(p.parent, list);
	}
	const out: string[] = [];
	const seen = new Set<string>();
	const stack = [name];
	while (stack.length) {
		const n = stack.pop()!;
		if (seen.has(n)) continue;
		seen.add(n);
		out.push(n);
		stack.push(...(children.get(n) ?? []));
	}
	return out;
}

/** The chain from 拉萨市 down to a place, for breadcrumbs (parent first, then the county the place rolls up to). */
export function ancestry(ref: Reference, name: string): string[] {
	const byName = new Map(ref.places.map((p) => [p.name, p]));
	const chain: string[] = [];
	const seen = new Set<string>();
	let cur: string | null = name;
	while (cur && !seen.has(cur)) {
		seen.add(cur);
		chain.unshift(cur);
		// the dashboard's root is the city; the region above it has no page of its own
		if (cur === CITY) break;
		const p = byName.get(cur);
		cur = p?.parent ?? (p?.district && p.district !== cur ? p.district : null);
	}
	if (chain[0] !== CITY && ref.counties.includes(chain[0])) chain.unshift(CITY);
	return chain;
}
