// Turns a saved news web page into the plain-text page the segmenter reads: headings as # lines, paragraphs apart, menus and scripts left out.
import { createRequire } from 'node:module';
import type { FormatCallback, HtmlToTextOptions } from 'html-to-text';

/** The file extensions read as web pages. */
export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);

/** Does this text look like a web page (for files without an extension)? */
export const looksLikeHtml = (text: string) => /^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/iu.test(text.slice(0, 512));

// a heading becomes a markdown heading line, which the segmenter takes as a headline (#) or kicker (##)
const heading =
	(marks: string): FormatCallback =>
	(elem, walk, builder) => {
		builder.openBlock({ leadingLineBreaks: 2 });
		builder.addLiteral(marks + ' ');
		walk(elem.children, builder);
		builder.closeBlock({ trailingLineBreaks: 2 });
	};

const SKIP = ['script', 'style', 'noscript', 'template', 'iframe', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'img', 'video', 'audio'];

const options = (base: string): HtmlToTextOptions => ({
	baseElements: { selectors: [base], returnDomByDefault: true },
	wordwrap: false,
	formatters: { h1: heading('#'), h2: heading('##'), h3: heading('###') },
	selectors: [
		{ selector: 'h1', format: 'h1' },
		{ selector: 'h2', format: 'h2' },
		{ selector: 'h3', format: 'h3' },
		{ selector: 'h4', format: 'h3' },
		{ selector: 'h5', format: 'h3' },
		{ selector: 'h6', format: 'h3' },
		{ selector: 'p', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
		{ selector: 'div', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
		{ selector: 'a', options: { ignoreHref: true } },
		{ selector: 'ul', options: { itemPrefix: '' } },
		// data tables keep one row per line; layout tables read as their cells
		{ selector: 'table', format: 'block' },
		{ selector: 'tr', format: 'block' },
		{ selector: 'td', format: 'inline' },
		{ selector: 'th', format: 'inline' },
		...SKIP.map((selector) => ({ selector, format: 'skip' }))
	]
});

type Convert = (html: string) => string;
let converters: Record<'article' | 'main' | 'body', Convert> | null = null;
/**
 * Compiled on the first page, not at start-up: most corpora hold no web pages, and every worker thread would pay
 * for loading the parser. The article body where the page marks one, else the whole body.
 */
function loadConverters() {
	const { compile } = createRequire(import.meta.url)('html-to-text') as typeof import('html-to-text');
	return { article: compile(options('article')), main: compile(options('main')), body: compile(options('body')) };
}

/**
 * The text of a web page, laid out as the seeds' pages are: `# headline`, blank lines between paragraphs. Only the
 * page's <article> (or <main>) is read when it has one, so site menus, footers and link lists stay out of the facts.
 */
export function htmlToPageText(html: string): string {
	const base = /<article[\s>]/iu.test(html) ? 'article' : /<main[\s>]/iu.test(html) ? 'main' : 'body';
	converters ??= loadConverters();
	// &nbsp; reads as a plain space; lines of only spaces would read as text
	const text = converters[base](html)
		.replace(/\u00a0/gu, ' ')
		.split('\n')
		.map((l) => l.replace(/[\s\u3000]+$/u, ''))
		.join('\n')
		.replace(/\n{3,}/gu, '\n\n')
		.trim();
	// a page that prints its headline without an <h1> still names it in <title>, after or before the site's name
	const headline = /^# /mu.test(text) ? null : titleHeadline(html);
	if (!headline) return text + '\n';
	// printed as the page's first line: that line is the headline; else it goes on top
	const first = text.split('\n\n', 1)[0];
	return first.replace(/\s+/gu, '') === headline.replace(/\s+/gu, '') ? `# ${text}\n` : `# ${headline}\n\n${text}\n`;
}

/** The part of <title> that is the article's headline: the longest of its parts around - _ | separators. */
function titleHeadline(html: string): string | null {
	const title = /<title[^>]*>([^<]*)<\/title>/iu.exec(html)?.[1];
	if (!title) return null;
	const decoded = title.replace(/&nbsp;/gu, ' ').replace(/&amp;/gu, '&').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').trim();
	const parts = decoded.split(/\s+[-_|–—]+\s+|\s*[|｜_]\s*|--/u).map((p) => p.trim()).filter(Boolean);
	const best = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
	return best.length >= 4 ? best : null;
}
