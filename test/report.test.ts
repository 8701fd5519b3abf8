import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderReport, reportPieces } from '../src/io/report.js';
import { root, runCli, tempDir } from './helpers.js';

/** The first chromium found: GAZETTE_CHROMIUM, else chromium or chromium-browser on the PATH. */
function findChromium(): string | undefined {
  const named = process.env['GAZETTE_CHROMIUM'];
  if (named) return existsSync(named) ? named : undefined;
  const dirs = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  return dirs.flatMap((dir) => ['chromium', 'chromium-browser'].map((name) => join(dir, name))).find((path) => existsSync(path));
}

const CHROMIUM = findChromium();
// .ci/run installs chromium and sets GAZETTE_REQUIRE_BROWSER=1, so CI fails instead of skipping.
const REQUIRED = process.env['GAZETTE_REQUIRE_BROWSER'] === '1';
const browserTest = CHROMIUM || REQUIRED ? it : it.skip;
const skipped = CHROMIUM || REQUIRED ? '' : ' (skipped: no chromium on this machine; set GAZETTE_CHROMIUM or install one, CI requires it)';

describe('report.html', () => {
  it('escapes the pipeline name in the page title', () => {
    const html = renderReport({ pipeline: '</title><script>alert("x")</script>&', totalArticles: 0, articles: [], entities: [], aliases: [] });
    expect(html).toContain('<title>gazette report — &lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;</title>');
    expect(html.match(/<script>/gu)).toHaveLength(1);
  });

  it('is written in pieces when its data is longer than the longest string V8 can make', () => {
    // 500 articles of 1.1 million letters (one string, shared): 550 million UTF-16 units of data, past 2^29.
    const article = { id: 'a', kicker: null, title: null, text: 'x'.repeat(1_100_000), topics: [], mentions: [] };
    const data = { pipeline: 'news', totalArticles: 500, articles: new Array(500).fill(article), entities: [], aliases: [] };
    let length = 0;
    for (const piece of reportPieces(data)) length += piece.length;
    const withoutArticles = renderReport({ ...data, articles: [] }).length;
    expect(length).toBe(withoutArticles + 500 * JSON.stringify(article).length + 499);
  });
});

describe('report.html in a real browser', () => {
  browserTest(`opens from disk with no network, and clicking an entity shows the articles that mention it${skipped}`, async () => {
    expect(CHROMIUM, 'no chromium found (GAZETTE_REQUIRE_BROWSER=1): .ci/run installs Debian\'s chromium').toBeDefined();
    const out = tempDir();
    expect(runCli(['--input', join(root, 'seeds'), '--output', out]).status).toBe(0);
    const browser = await chromium.launch({
      executablePath: CHROMIUM!,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const url = pathToFileURL(join(out, 'report.html')).href;
      await page.goto(url);
      expect(await page.textContent('#summary')).toBe('5 articles, 37 entities, pipeline news');
      expect(await page.locator('#article-list li').count()).toBe(5);
      expect(await page.locator('#article-text .m.person').first().textContent()).toBe('Donald Trump');

      await page.click('nav button[data-tab="entities"]');
      await page.fill('#filter', 'lai');
      await page.click('#entity-table tr[data-id="person:william-lai"]');
      expect(await page.locator('#entity-article-list li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id'))))
        .toEqual(['news-sample.txt#3', 'news-sample.txt#4']);
      await page.screenshot({ path: join(root, 'test', 'artifacts', 'report-entities.png'), fullPage: true });

      await page.click('#entity-article-list li[data-id="news-sample.txt#4"]');
      expect(await page.locator('#article-view h2').textContent()).toBe('TRADE');
      expect(await page.locator('#article-text .m.person[title^="person:william-lai"]').count()).toBe(2);
      await page.screenshot({ path: join(root, 'test', 'artifacts', 'report-article.png'), fullPage: true });

      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      expect(statSync(join(root, 'test', 'artifacts', 'report-article.png')).size).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
