// The place hierarchy with fact counts (拉萨市 → district → street/township → community) for the drill-down treemap and its CSV.
import { ParamError } from '$lib/params';
import { cachedPerBuild, query } from './db';
import { loadReference, type Reference } from './reference';

/** A treemap node: a place with the fact count under it; "本级" holds facts placed at the node itself. */
export interface PlaceNode {
	name: string;
	value: number;
	children?: PlaceNode[];
}

/** Fact counts per place as a tree under root, following places.parent (pure: fed by placeCounts). */
export function buildPlaceTree(
	ref: Pick<Reference, 'places' | 'counties'>,
	counts: Map<string, number>,
	root: string,
	ownLabel = '本级'
): PlaceNode {
	const children = new Map<string, string[]>();
	for (const p of ref.places) {
		const parent = p.parent ?? (p.district && p.district !== p.name ? p.district : null);
		if (!parent) continue;
		children.set(parent, [...(children.get(parent) ?? []), p.name]);
	}
	const seen = new Set<string>();
	const build = (name: string): PlaceNode => {
		seen.add(name);
		const kids = (children.get(name) ?? []).filter((c) => !seen.has(c)).map(build).filter((n) => n.value > 0);
		const own = counts.get(name) ?? 0;
		if (kids.length === 0) return { name, value: own };
		if (own > 0) kids.push({ name: `${name}${ownLabel}`, value: own });
		kids.sort((a, b) => b.value - a.value);
		return { name, value: kids.reduce((s, k) => s + k.value, 0), children: kids };
	};
	return build(root);
}

/** Facts counted at their finest place (place if known, else district). */
function placeCounts(): Promise<Map<string, number>> {
	return cachedPerBuild('placeCounts', async () => {
		const rows = await query<{ name: string; n: number }>(
			`SELECT coalesce(place, district) AS name, count(*)::INTEGER AS n FROM facts
			 WHERE coalesce(place, district) IS NOT NULL GROUP BY 1`
		);
		return new Map(rows.map((r) => [r.name, r.n]));
	});
}

export async function placeTree(root: string, ownLabel?: string): Promise<PlaceNode> {
	const [ref, counts] = await Promise.all([loadReference(), placeCounts()]);
	return buildPlaceTree(ref, counts, root, ownLabel);
}

/** The drill-down tree as rows (the treemap's CSV): each place with its parent, depth and fact count. */
export async function placeTreeRows(root: string) {
	const ref = await loadReference();
	if (!ref.placeNames.has(root)) throw new ParamError(`未知的地区：「${root}」`, `unknown place "${root}" in parameter root`);
	const tree = await placeTree(root);
	const rows: { place: string; parent: string | null; depth: number; facts: number }[] = [];
	const walk = (node: PlaceNode, parent: string | null, depth: number) => {
		rows.push({ place: node.name, parent, depth, facts: node.value });
		for (const child of node.children ?? []) walk(child, node.name, depth + 1);
	};
	walk(tree, null, 0);
	return rows;
}
