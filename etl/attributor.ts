// Wires the reference tables (data/places.csv, agencies.csv, themes.csv) into the pipeline's Attributor and the database's reference tables.
import { attributeArticle, attributeFact } from './attribute.ts';
import { loadReference } from './reference.ts';
import type { ArticleBlockView, Attributor } from './pipeline.ts';
import type { Row } from './load.ts';

export function referenceAttributor(dataDir?: string): Attributor {
	const ref = loadReference(dataDir);
	// attribution precomputes per article object: hand it the same object for every fact of one article
	let lastBlocks: ArticleBlockView[] | null = null;
	let lastContext: { blocks: ArticleBlockView[]; pageCounty?: string | null } = { blocks: [] };
	const context = (blocks: ArticleBlockView[], pageCounty?: string | null) => {
		if (blocks !== lastBlocks) {
			lastBlocks = blocks;
			lastContext = { blocks, pageCounty };
		}
		return lastContext;
	};
	return {
		fact: (blocks, loc) => attributeFact(ref, context(blocks), loc),
		article: (blocks, pageCounty) => attributeArticle(ref, context(blocks, pageCounty))
	};
}

/** The reference tables as rows for DuckDB, so the dashboard can drill down the place hierarchy and group agencies. */
export function referenceRows(dataDir?: string): { places: Row[]; agencies: Row[]; themes: Row[] } {
	const ref = loadReference(dataDir);
	return {
		places: ref.places.map((p) => ({ name: p.name, level: p.level, parent: p.parent, district: p.district, aliases: p.aliases.join('|') })),
		agencies: ref.agencies.map((a) => ({ name: a.name, full_name: a.full_name, level: a.level, type: a.type, place: a.place, district: a.district })),
		themes: ref.themes.map((t) => ({ theme: t.theme, theme_en: t.theme_en, description: t.description }))
	};
}
