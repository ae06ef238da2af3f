// Encoding detection: UTF-8 with and without BOM, GB18030/GBK, a torn last character, binary data.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBuffer, UnreadableFileError } from '../../etl/read.ts';

const text = '拉萨融媒讯(记者 王五)全市共发放补贴资金543.55万元,惠及2600余人次。\n'.repeat(20);

describe('decodeBuffer', () => {
	it('reads plain UTF-8', () => expect(decodeBuffer(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' }));
	it('strips a UTF-8 BOM', () => expect(decodeBuffer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8-bom' }));
	it('detects and decodes GB18030', () => {
		const r = decodeBuffer(iconv.encode(text, 'gb18030'));
		expect(r.text).toBe(text);
		expect(r.encoding).toBe('gb18030');
	});
	it('drops a multi-byte character torn at the end of the file', () => {
		const buf = Buffer.from(text + '元');
		const r = decodeBuffer(buf.subarray(0, buf.length - 1));
		expect(r.text).toBe(text);
		expect(r.encoding).toMatch(/truncated/);
	});
	it('refuses binary data', () => {
		expect(() => decodeBuffer(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))).toThrow(UnreadableFileError);
	});
});
