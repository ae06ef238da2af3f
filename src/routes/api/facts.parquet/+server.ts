// Parquet download: DuckDB writes the filtered query to a temp file (COPY with bound parameters), we stream it and delete it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { FactQuery, parseSearchParams } from '$lib/params';
import { withStreamConnection } from '$lib/server/db';
import { apiAnswer } from '$lib/server/http';
import { factsQuery } from '$lib/server/queries';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
	apiAnswer(async () => {
		const q = parseSearchParams(FactQuery, url.searchParams);
		const { sql, params } = await factsQuery(q, false);
		// the path is ours (a UUID in the temp dir), never user text
		const file = path.join(os.tmpdir(), `factboard-${randomUUID()}.parquet`);
		try {
			await withStreamConnection((con) => con.run(`COPY (${sql}) TO '${file}' (FORMAT parquet)`, params));
		} catch (e) {
			fs.rmSync(file, { force: true });
			throw e;
		}
		const size = fs.statSync(file).size;
		const stream = fs.createReadStream(file);
		const cleanup = () => fs.rm(file, { force: true }, () => {});
		stream.on('close', cleanup);
		stream.on('error', cleanup);
		return new Response(Readable.toWeb(stream) as ReadableStream, {
			headers: {
				'content-type': 'application/vnd.apache.parquet',
				'content-length': String(size),
				'content-disposition': 'attachment; filename="facts.parquet"'
			}
		});
	});
