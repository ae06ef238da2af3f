// End to end in Chromium: every page type renders real figures and charts, filters work through the UI, numbers lead to sentences, CSVs match the database.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { combineApprox, formatValue } from '../../src/lib/format';
import { desktop, launch, openDb, parseCsv, shot } from './helpers';

const base = inject('baseUrl');
const dbPath = inject('dbPath');

let browser: Browser;
let context: BrowserContext;
let db: Awaited<ReturnType<typeof openDb>>;

beforeAll(async () => {
	browser = await launch();
	context = await desktop(browser);
	db = await openDb(dbPath);
});

afterAll(async () => {
	await context?.close();
	await browser?.close();
	db?.close();
});

/** Console errors (a CSP violation, a hydration failure) fail the page's test. */
const consoleErrors: string[] = [];

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
	});
	page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
	const res = await page.goto(base + path, { waitUntil: 'networkidle' });
	expect(res?.status(), path).toBe(200);
	return page;
}

async function count(sql: string, params: string[] = []): Promise<number> {
	const [row] = await db.all<{ n: number }>(sql, params);
	return Number(row.n);
}

describe('pages', () => {
	it('overview shows the corpus figures and hydrates its charts', async () => {
		const page = await open('/');
		const articles = await count('SELECT count(*)::INTEGER AS n FROM articles');
		const facts = await count('SELECT count(*)::INTEGER AS n FROM facts');
		const stats = await page.locator('ul.stats .n').allInnerTexts();
		expect(stats).toContain(String(articles));
		expect(stats).toContain(String(facts));
		// headline money total, formatted as the press does
		// the headline money and people totals, computed here from the database and formatted as the page must show them
		const totals = await db.all<{ dimension: string; unit: string; total: number; n_at_least: number; n_approx: number; n_at_most: number }>(
			`SELECT dimension, unit, sum(value) AS total,
				(count(*) FILTER (WHERE approx = 'at_least'))::INTEGER AS n_at_least,
				(count(*) FILTER (WHERE approx = 'approx'))::INTEGER AS n_approx,
				(count(*) FILTER (WHERE approx = 'at_most'))::INTEGER AS n_at_most
			 FROM facts WHERE dimension IN ('money', 'people') AND per IS NULL AND fact_id = canonical_id GROUP BY ALL`
		);
		const shown = await page.locator('ul.totals').first().innerText();
		for (const row of totals) expect(shown).toContain(formatValue(row.total, row.unit, { approx: combineApprox(row) }));
		await page.waitForSelector('.chart-box[data-live="true"] canvas');
		// hydration kept the server's SVG (a failed hydration re-renders everything and loses it)
		expect(await page.locator('.ssr').first().innerHTML()).toContain('<svg');
		// hover a bar: the interactive chart answers with a tooltip
		const box = (await page.locator('.chart-box[data-live="true"]').first().boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.3, box.y + 28);
		await page.screenshot({ path: shot('overview'), fullPage: true });
		await page.close();
		expect(consoleErrors).toEqual([]);
	});

	it('server-rendered SVG charts are there before any JavaScript', async () => {
		const html = await (await fetch(base + '/')).text();
		// toMatch would print the whole page on failure
		expect(/class="ssr[^"]*">(<!--[^>]*-->)?<svg [^>]*viewBox/.test(html)).toBe(true);
		const noJs = await desktop(browser, { javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(base + '/districts');
		expect(await page.locator('.chart-box svg').count()).toBeGreaterThan(0);
		await page.screenshot({ path: shot('districts-nojs'), fullPage: true });
		await noJs.close();
	});

	it('districts, a district, agencies, an agency, themes, a theme, sources', async () => {
		const [district] = await db.all<{ name: string }>(
			"SELECT coalesce((SELECT district FROM facts WHERE district IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1), '拉萨市') AS name"
		);
		const [agency] = await db.all<{ name: string | null }>(
			'SELECT (SELECT agency FROM facts WHERE agency IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS name'
		);
		const [theme] = await db.all<{ name: string | null }>(
			'SELECT coalesce((SELECT theme FROM facts WHERE theme IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1), (SELECT min(theme) FROM themes)) AS name'
		);
		const paths: [string, string][] = [
			['/districts', 'districts'],
			[`/districts/${encodeURIComponent(district.name)}`, 'district'],
			['/agencies', 'agencies'],
			['/themes', 'themes'],
			['/sources', 'sources']
		];
		if (agency.name) paths.push([`/agencies/${encodeURIComponent(agency.name)}`, 'agency']);
		if (theme.name) paths.push([`/themes/${encodeURIComponent(theme.name)}`, 'theme']);
		for (const [path, name] of paths) {
			const page = await open(path);
			await expect(page.locator('h1').innerText()).resolves.not.toBe('');
			await page.screenshot({ path: shot(name), fullPage: true });
			await page.close();
		}
		const page = await open(`/districts/${encodeURIComponent(district.name)}`);
		const n = await count(
			`SELECT count(*)::INTEGER AS n FROM facts WHERE district = $1 OR place = $1
			 OR district IN (SELECT name FROM places WHERE parent = $1) OR place IN (SELECT name FROM places WHERE parent = $1 OR district = $1)`,
			[district.name]
		);
		await expect(page.locator('h2', { hasText: /相关事实/ }).innerText()).resolves.toContain(`(${n})`);
		await page.close();
	});

	it('clicking the largest bar of money by district drills down to that district', async () => {
		const [top] = await db.all<{ key: string | null }>(
			`SELECT district AS key FROM facts WHERE dimension = 'money' AND per IS NULL AND fact_id = canonical_id
			 GROUP BY district ORDER BY sum(value) DESC, district NULLS LAST LIMIT 1`
		);
		if (!top?.key) return;
		const page = await open('/');
		const chart = page.locator('.chart-box[data-live="true"]').first();
		await chart.locator('canvas').waitFor();
		// the mouse only reaches what is inside the viewport
		await chart.scrollIntoViewIfNeeded();
		const box = (await chart.boundingBox())!;
		// the largest bar is the top row: grid top 10px, bottom 24px, equal rows
		const rows = await page.locator('figure.chart').first().locator('tbody tr').count();
		const rowHeight = (box.height - 10 - 24) / rows;
		await Promise.all([
			page.waitForURL((u) => decodeURIComponent(u.pathname) === `/districts/${top.key}`),
			page.mouse.click(box.x + box.width * 0.4, box.y + 10 + rowHeight / 2)
		]);
		await page.close();
	});

	it('the explorer filters through the form, and the page says how many', async () => {
		const page = await open('/facts');
		await page.selectOption('select[name="dimension"]', 'money');
		await Promise.all([page.waitForURL(/dimension=money/), page.click('form.filters button[type="submit"]')]);
		const n = await count("SELECT count(*)::INTEGER AS n FROM facts WHERE dimension = 'money'");
		await expect(page.getByTestId('fact-count').innerText()).resolves.toContain(`/ ${n}`);
		// sort by value, descending, by clicking the header twice
		await Promise.all([page.waitForURL(/_sort=value/), page.click('th a:has-text("数值")')]);
		await Promise.all([page.waitForURL(/_sort_desc=value/), page.click('th a:has-text("数值")')]);
		const [top] = await db.all<{ quote: string }>(
			"SELECT quote FROM facts WHERE dimension = 'money' ORDER BY value DESC, file, start, fact_id LIMIT 1"
		);
		await expect(page.locator('table.facts tbody tr').first().locator('.fact-value').getAttribute('title')).resolves.toBe(top.quote);
		await page.screenshot({ path: shot('facts-filtered'), fullPage: true });
		await page.close();
	});

	it('a number leads to its sentence, highlighted in the article', async () => {
		const page = await open('/');
		const link = page.locator('.fact-value').first();
		const href = (await link.getAttribute('href'))!;
		await Promise.all([page.waitForURL(/\/articles\/.+#fact-/), link.click()]);
		const factId = decodeURIComponent(href.split('#fact-')[1]);
		const [fact] = await db.all<{ quote: string }>('SELECT quote FROM facts WHERE fact_id = $1', [factId]);
		const mark = page.locator(`[id="fact-${factId}"]`);
		await expect(mark.isVisible()).resolves.toBe(true);
		await expect(page.locator('mark', { has: page.locator(`[id="fact-${factId}"]`) }).or(mark).first().innerText()).resolves.toContain(fact.quote);
		await page.screenshot({ path: shot('article') });
		await page.close();
	});

	it('the CSV download has exactly the rows of the database, in the page order', async () => {
		const page = await open('/facts?dimension=money&_sort_desc=value');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-link').click()]);
		const text = fs.readFileSync((await download.path())!, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const [header, ...rows] = parseCsv(text);
		expect(header.slice(0, 5)).toEqual(['file', 'article_id', 'article_title', 'quote', 'value']);
		const expected = await db.all<{ fact_id: string; value: number }>(
			"SELECT fact_id, value FROM facts WHERE dimension = 'money' ORDER BY value DESC, file, start, fact_id"
		);
		const idCol = header.indexOf('fact_id');
		const valueCol = header.indexOf('value');
		expect(rows.map((r) => r[idCol])).toEqual(expected.map((e) => e.fact_id));
		expect(rows.map((r) => Number(r[valueCol]))).toEqual(expected.map((e) => e.value));
		await page.close();
	});

	it('a bad parameter is a clear 400, not a crash', async () => {
		const page = await context.newPage();
		const res = await page.goto(base + '/facts?_size=100000');
		expect(res?.status()).toBe(400);
		await expect(page.locator('.message').innerText()).resolves.toMatch(/_size/);
		await page.close();
	});

	it('switches to English and remembers it', async () => {
		const page = await open('/');
		await Promise.all([page.waitForURL(/lang=en/), page.click('header.site .lang')]);
		await expect(page.locator('header.site nav').innerText()).resolves.toContain('Overview');
		await page.goto(base + '/facts');
		await expect(page.locator('h1').innerText()).resolves.toBe('Facts');
		await page.goto(base + '/districts', { waitUntil: 'networkidle' });
		await page.screenshot({ path: shot('districts-en'), fullPage: true });
		await page.goto(base + '/?lang=zh');
		await page.close();
	});

	it('is usable from the keyboard: skip link first, visible focus, a chart table reachable', async () => {
		const page = await open('/');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('跳到正文');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
		// the first chart's data table opens from the keyboard
		await page.locator('details.table-alt summary').first().focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('details.table-alt').first().getAttribute('open')).resolves.not.toBeNull();
		await page.close();
	});

	it('reads on a phone and prints', async () => {
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		const page = await phone.newPage();
		await page.goto(base + '/', { waitUntil: 'networkidle' });
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(1);
		await page.screenshot({ path: shot('overview-phone'), fullPage: true });
		await page.screenshot({ path: shot('overview-phone-top') });
		await page.goto(base + '/facts?dimension=money', { waitUntil: 'networkidle' });
		await page.locator('table.facts').scrollIntoViewIfNeeded();
		await page.screenshot({ path: shot('facts-phone') });
		await page.goto(base + '/', { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.screenshot({ path: shot('overview-print'), fullPage: true });
		await phone.close();
	});

	it('no page logged an error (CSP, hydration, chart code)', () => {
		expect(consoleErrors).toEqual([]);
	});
});
