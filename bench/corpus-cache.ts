// Cached benchmark corpora under bench/out/corpus/: rebuilt only when the size, seed, generator version or gazetteer changes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from './gazetteer.ts';
import { GENERATOR_VERSION, gazetteerHash, writeCorpus, type Manifest } from './write-corpus.ts';
import { REPO_ROOT } from '../etl/paths.ts';

export interface Corpus {
	dir: string;
	pages: string;
	planted: string;
	manifest: Manifest;
	cached: boolean;
}

export function ensureCorpus(root: string, mb: number, seed: string): Corpus {
	const dir = join(root, `${mb}mb-seed${seed}`);
	const gaz = loadGazetteer(join(REPO_ROOT, 'data'));
	const mf = join(dir, 'manifest.json');
	const paths = { dir, pages: join(dir, 'pages'), planted: join(dir, 'planted.jsonl') };
	if (existsSync(mf)) {
		const m = JSON.parse(readFileSync(mf, 'utf8')) as Manifest;
		if (m.generator_version === GENERATOR_VERSION && m.gazetteer === gazetteerHash(gaz) && m.seed === seed && m.bytes >= mb * 1e6)
			return { ...paths, manifest: m, cached: true };
	}
	const manifest = writeCorpus(dir, { seed, targetBytes: mb * 1e6, gazetteer: gaz });
	return { ...paths, manifest, cached: false };
}
