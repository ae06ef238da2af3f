// Saved web pages: read as the text they show, laid out like the seeds' pages, with menus, scripts and footers left out.
import { afterAll, describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { htmlToPageText, looksLikeHtml } from '../../etl/html.ts';
import { processFile, makeAttributor } from '../../etl/process-file.ts';

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某报</title>
<style>p{color:red}</style><script>var total = "8000人";</script></head><body>${body}</body></html>`;

const chrome = `<header><nav><a href="/">首页</a> <a href="/x">要闻</a></nav></header>`;
const footer = `<footer>版权所有 某报社 电话0891-6666666 备案号20240001号</footer>`;
const article = `<article><h1>某县开展冬季义诊</h1><h2>服务群众1200余人次</h2>
<p>本报讯(记者 卓玛)近日,某县人民医院深入乡村开展义诊,共服务群众1200余人次,发放药品价值<strong>3.5万元</strong>。</p>
<p>活动中&nbsp;还为老年人测量血压300余人次&amp;发放宣传册200份。</p></article>`;
const sidebar = `<aside><h3>热点</h3><ul><li><a href="/1">某区新增公交线路5条</a></li></ul></aside>`;

describe('htmlToPageText', () => {
	it('reads the article of the page as headline, kicker and paragraphs, and nothing around it', () => {
		const text = htmlToPageText(page(chrome + '<div>' + article + sidebar + '</div>' + footer));
		expect(text.split('\n\n')).toEqual([
			'# 某县开展冬季义诊',
			'## 服务群众1200余人次',
			'本报讯(记者 卓玛)近日,某县人民医院深入乡村开展义诊,共服务群众1200余人次,发放药品价值3.5万元。',
			'活动中 还为老年人测量血压300余人次&发放宣传册200份。\n'
		]);
	});

	it('reads the whole body of a page without an <article>, still without scripts, menus or footers', () => {
		const text = htmlToPageText(page(`${chrome}<div class="main"><h1>标题</h1><div>全县新建温室大棚30座。</div></div>${footer}`));
		expect(text).toBe('# 标题\n\n全县新建温室大棚30座。\n');
	});

	it('takes the headline from <title> when the page prints it without an <h1>, leaving the site name out', () => {
		const html = `<html><head><title>拉萨日报 - 某县新建温室大棚30座 带动群众增收</title></head><body><div class="t">某县新建温室大棚30座 带动群众增收</div><p>本报讯 全县新建温室大棚30座。</p></body></html>`;
		// printed first in the body: that line becomes the headline, not a second copy of it
		expect(htmlToPageText(html)).toBe('# 某县新建温室大棚30座 带动群众增收\n\n本报讯 全县新建温室大棚30座。\n');
		// not printed: the headline goes on top
		expect(htmlToPageText(html.replace('<div class="t">某县新建温室大棚30座 带动群众增收</div>', ''))).toBe('# 某县新建温室大棚30座 带动群众增收\n\n本报讯 全县新建温室大棚30座。\n');
		// a page with its own <h1> keeps it
		expect(htmlToPageText(page(article)).startsWith('# 某县开展冬季义诊\n')).toBe(true);
	});

	it('tells a page from text by its opening tag', () => {
		expect(looksLikeHtml('  <!doctype html><html>')).toBe(true);
		expect(looksLikeHtml('<html lang="zh">')).toBe(true);
		expect(looksLikeHtml('# 标题\n\n正文<b>加粗</b>')).toBe(false);
	});
});

describe('processFile on web pages', () => {
	const dir = mkdtempSync(join(tmpdir(), 'fb-html-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const attributor = makeAttributor('reference');

	it('extracts the facts a reader sees, none from scripts, menus, side bars or footers', () => {
		const p = join(dir, 'news.html');
		writeFileSync(p, page(chrome + article + sidebar + footer));
		const r = processFile(p, 'news.html', attributor);
		expect(r.log).toMatchObject({ status: 'loaded', encoding: 'utf-8 (html)' });
		expect(r.articles.map((a) => a.title)).toEqual(['某县开展冬季义诊']);
		const quotes = r.facts.map((f) => f.quote);
		expect(quotes).toEqual(expect.arrayContaining(['1200余人次', '3.5万元', '300余人次', '200份']));
		for (const q of ['8000人', '5条', '20240001号']) expect(quotes).not.toContain(q);
		// the sentence and offsets point into the text the page shows
		const f = r.facts.find((x) => x.quote === '3.5万元')!;
		expect(r.articles[0].text.slice(f.article_start, f.article_end)).toBe('3.5万元');
	});

	it('decodes a GBK page and reads an extension-less file that is a page', () => {
		const gbk = join(dir, 'gbk.htm');
		writeFileSync(gbk, iconv.encode(page(article).replace('utf-8', 'gbk'), 'gbk'));
		const r = processFile(gbk, 'gbk.htm', attributor);
		expect(r.log.status).toBe('loaded');
		expect(r.log.encoding).toMatch(/^gb.*\(html\)$/u);
		expect(r.facts.map((f) => f.quote)).toContain('3.5万元');

		const bare = join(dir, 'page');
		writeFileSync(bare, page(article));
		expect(processFile(bare, 'page', attributor).log.encoding).toBe('utf-8 (html)');
	});
});
