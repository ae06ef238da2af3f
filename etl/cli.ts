// `npm run etl`: builds the database from a folder of article pages, with a progress bar on a terminal, log lines in CI, and a closing summary.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { runEtl, listFiles, mergeParts } from './run.ts';
import { DEFAULT_DB, DEFAULT_INPUT } from './paths.ts';

const Args = z.object({
	input: z.string().min(1),
	db: z.string().min(1),
	quiet: z.boolean(),
	jobs: z.coerce.number().int().min(1).max(64).optional(),
	shard: z
		.string()
		.regex(/^\d+\/\d+$/, 'shard must look like I/N, e.g. 2/3')
		.transform((s) => {
			const [index, count] = s.split('/').map(Number);
			return { index, count };
		})
		.refine((s) => s.index >= 1 && s.index <= s.count, 'shard I/N needs 1 ≤ I ≤ N')
		.optional(),
	full: z.boolean(),
	parts: z.string().min(1).optional(),
	merge: z.string().min(1).optional()
})
	.refine((a) => !a.parts || a.shard, { message: '--parts needs --shard I/N' })
	.refine((a) => !(a.merge && a.shard), { message: '--merge and --shard are separate steps' });

async function main() {
	const { values } = parseArgs({
		options: {
			input: { type: 'string', default: DEFAULT_INPUT },
			db: { type: 'string', default: process.env.FACTBOARD_DB ?? DEFAULT_DB },
			quiet: { type: 'boolean', default: false },
			jobs: { type: 'string' },
			shard: { type: 'string' },
			full: { type: 'boolean', default: false },
			parts: { type: 'string' },
			merge: { type: 'string' },
			help: { type: 'boolean', default: false }
		}
	});
	if (values.help) {
		console.log('usage: npm run etl -- [--input DIR] [--db PATH] [--jobs N] [--shard I/N] [--full] [--quiet]');
		console.log('  --full     ignore the previous build and process every file again');
		console.log('  --shard    process the I-th of N slices of the input (see README: running on a cluster)');
		console.log('  --parts    with --shard: write the slice as Parquet parts under DIR instead of a database');
		console.log('  --merge    build the database at --db from the Parquet parts of all shards under DIR');
		return 0;
	}
	const parsed = Args.safeParse(values);
	if (!parsed.success) {
		console.error(`etl: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
		return 2;
	}
	const args = parsed.data;
	if (args.merge) {
		const s = await mergeParts({ partsDir: args.merge, db: resolve(args.db) });
		console.log(`etl: merged ${s.files} files, ${s.articles} articles, ${s.facts} facts in ${s.seconds.toFixed(2)} s → ${resolve(args.db)}`);
		return s.failed > 0 ? 1 : 0;
	}
	const input = resolve(args.input);
	if (!existsSync(input)) {
		console.error(`etl: input folder not found: ${input}`);
		return 2;
	}
	mkdirSync(dirname(resolve(args.db)), { recursive: true });
	const total = listFiles(input).length; // with --shard the bar ends early: the other slices are other machines' work
	const tty = process.stdout.isTTY && !process.env.CI && !args.quiet;
	const bar = tty
		? new cliProgress.SingleBar(
				{ format: 'etl |{bar}| {value}/{total} files | {mb} MB | {facts} facts | {rate} MB/s', hideCursor: true },
				cliProgress.Presets.shades_classic
			)
		: null;
	let done = 0;
	let bytes = 0;
	let facts = 0;
	const t0 = performance.now();
	let lastLog = 0;
	bar?.start(total, 0, { mb: '0.0', facts: 0, rate: '0.0' });
	const summary = await runEtl({
		input,
		db: resolve(args.db),
		jobs: args.jobs,
		shard: args.shard,
		incremental: !args.full,
		partsDir: args.parts,
		onFile: (p) => {
			done++;
			bytes += p.bytes;
			facts += p.facts;
			const secs = (performance.now() - t0) / 1000;
			const mb = (bytes / 1e6).toFixed(1);
			const rate = (bytes / 1e6 / Math.max(secs, 1e-3)).toFixed(1);
			if (bar) bar.update(done, { mb, facts, rate });
			else if (!args.quiet && (performance.now() - lastLog > 2000 || done === total)) {
				lastLog = performance.now();
				console.log(`etl: ${done}/${total} files, ${mb} MB, ${facts} facts, ${rate} MB/s`);
			}
			if (p.status === 'failed') (bar ? bar.stop() : null, console.error(`etl: failed ${p.file}`));
		}
	});
	bar?.stop();
	for (const l of summary.log) if (l.status !== 'loaded') console.log(`  ${l.status}: ${l.file} — ${l.reason}`);
	console.log(
		`etl: ${summary.files} files (${summary.loaded} loaded${summary.reused ? `, ${summary.reused} of them unchanged and reused` : ''}, ${summary.skipped} skipped, ${summary.failed} failed), ` +
			`${summary.articles} articles, ${summary.facts} facts in ${summary.seconds.toFixed(2)} s (load ${summary.loadSeconds.toFixed(2)} s) → ${args.parts ? `Parquet parts under ${resolve(args.parts)}` : resolve(args.db)}`
	);
	console.log(
		'facts per dimension: ' +
			Object.entries(summary.perDimension)
				.sort((a, b) => b[1] - a[1])
				.map(([d, n]) => `${d} ${n}`)
				.join(', ')
	);
	return summary.failed > 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(e) => {
		console.error(`etl: ${e instanceof Error ? e.message : e}`);
		process.exit(2);
	}
);
