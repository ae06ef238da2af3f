// Reads input files: detects the encoding (BOM, strict UTF-8, then chardet for GBK/GB18030 and others) and decodes, so every page reaches the parser as a JS string.
import { createHash } from 'node:crypto';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
	text: string;
	encoding: string;
}

export class UnreadableFileError extends Error {}

/** Decodes bytes; throws UnreadableFileError for binary data or an encoding nobody can read. */
export function decodeBuffer(buf: Buffer): Decoded {
	if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
		return { text: utf8(buf.subarray(3), true), encoding: 'utf-8-bom' };
	}
	if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
	if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
	if (looksBinary(buf)) throw new UnreadableFileError('binary file (NUL bytes or control characters), not text');
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
	} catch {
		// a file cut in the middle of a multi-byte character is still UTF-8: decode all but the torn tail
		const tail = tornUtf8Tail(buf);
		if (tail > 0) {
			try {
				return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, buf.length - tail)), encoding: 'utf-8 (truncated last character dropped)' };
			} catch {
				/* not UTF-8 after all */
			}
		}
	}
	// Chinese legacy encodings: chardet guesses among many; GB18030 is a superset of GBK and GB2312, so decode with it
	const guess = chardet.detect(buf.subarray(0, 64 * 1024)) ?? '';
	const enc = /^(GB|Big5|EUC-CN|ISO-2022-CN)/i.test(guess) || guess === '' ? (/big5/i.test(guess) && buf.length > 200 ? 'big5' : 'gb18030') : guess;
	if (!iconv.encodingExists(enc)) throw new UnreadableFileError(`unknown encoding ${guess}`);
	const text = iconv.decode(buf, enc);
	if ((text.match(/\uFFFD/g)?.length ?? 0) > text.length / 50) throw new UnreadableFileError(`undecodable text (guessed ${guess || 'nothing'})`);
	return { text, encoding: enc.toLowerCase() };
}

function utf8(buf: Buffer, fatal: boolean): string {
	return new TextDecoder('utf-8', { fatal }).decode(buf);
}

/** Bytes of an incomplete UTF-8 sequence at the very end of the buffer (0 if none). */
function tornUtf8Tail(buf: Buffer): number {
	for (let k = 1; k <= 3 && k <= buf.length; k++) {
		const b = buf[buf.length - k];
		if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
		const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
		return need > k ? k : 0;
	}
	return 0;
}

function looksBinary(buf: Buffer): boolean {
	// native scans: a byte loop in JS cost more than the whole extraction of small files
	const head = buf.subarray(0, 8192);
	if (head.includes(0)) return true;
	const control = head.toString('latin1').match(/[\x01-\x08\x0e-\x1f]/g)?.length ?? 0;
	return head.length > 0 && control / head.length > 0.1;
}

export const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');
