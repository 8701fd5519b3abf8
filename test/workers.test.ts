import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadResources, processArticle } from '../src/article.js';
import type { Article } from '../src/model/index.js';
import { runPipeline, writeRun, type Outcome } from '../src/pipeline.js';
import { createArticlePool, flagsWithoutTsx, POOL_BATCH } from '../src/pool.js';
import { analyzeText } from '../src/stages/analyze.js';
import { root, runCli, seedText, tempDir } from './helpers.js';

const pipelinePath = join(root, 'pipelines', 'news.json');

function article(id: string, text: string): Article {
  return { id, source: 'test.jsonl', line: 1, index: 1, text, credits: [], truncated: false };
}

describe('worker threads', () => {
  it('give byte-identical output for --workers 1 and --workers 4 (an input this small stays in the main thread; the pool tests below cover workers)', () => {
    const dir = tempDir();
    const paragraphs = seedText.split('\n').filter((l) => l.length > 40);
    const lines = Array.from({ length: 80 }, (_, i) => JSON.stringify({ id: `p${i}`, text: paragraphs[(i * 7) % paragraphs.length] }));
    lines.splice(40, 0, '{"broken": ');
    writeFileSync(join(dir, 'in.jsonl'), lines.join('\n') + '\n');
    const one = runCli(['--input', join(dir, 'in.jsonl'), '--output', join(dir, 'one'), '--workers', '1']);
    const four = runCli(['--input', join(dir, 'in.jsonl'), '--output', join(dir, 'four'), '--workers', '4']);
    expect([one.status, four.status]).toEqual([0, 0]);
    expect(four.stderr).toMatch(/^gazette: in\.jsonl:41: not valid JSON/mu);
    const files = readdirSync(join(dir, 'one')).sort();
    expect(files).toContain('mentions.csv');
    for (const file of files) expect(readFileSync(join(dir, 'four', file))).toEqual(readFileSync(join(dir, 'one', file)));
  }, 60_000);

  it('analysis of a text does not depend on what was read before (wink-nlp remembers tokens)', () => {
    const text = 'Washington and the U.S.. China’s anti-dumping probe of the U.S. steel trade.';
    const before = JSON.stringify(analyzeText(text));
    analyzeText('The U.S. and China’s anti-dumping duties. U.S.-China trade. Ltd’s shares.');
    expect(JSON.stringify(analyzeText(text))).toBe(before);
    expect(analyzeText(text).tokens.map((t) => t.text)).toEqual([
      'Washington', 'and', 'the', 'U.S.', '.', 'China', '’s', 'anti', '-', 'dumping', 'probe', 'of', 'the', 'U.S.', 'steel', 'trade', '.',
    ]);
  });

  it('resolve a large spill in two ranges at once (this thread and a helper) with the bytes of one pass', async () => {
    const dir = tempDir();
    const paragraphs = seedText.split('\n').filter((l) => l.length > 40);
    // Names recur across the two halves, so the merged tally (counts, aliases, roles) is exercised.
    const lines = Array.from({ length: 120 }, (_, i) => JSON.stringify({ id: `p${i}`, text: paragraphs[(i * 5) % paragraphs.length] }));
    writeFileSync(join(dir, 'in.jsonl'), lines.join('\n') + '\n');
    const run = (name: string, workers: number) => runPipeline({
      inputs: [join(dir, 'in.jsonl')], outputDir: join(dir, name), pipelinePath, workers, parallelPass2Bytes: 0, report: true,
    });
    await run('one', 1);
    await run('two', 2);
    const files = readdirSync(join(dir, 'one')).sort();
    expect(readdirSync(join(dir, 'two')).sort()).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(['aliases.csv', 'articles.jsonl', 'dataset.json', 'entities.csv', 'mentions.csv', 'report.html']));
    for (const file of files) expect(readFileSync(join(dir, 'two', file), 'utf8')).toBe(readFileSync(join(dir, 'one', file), 'utf8'));
  }, 60_000);

  it('resolve the helper\'s range in this thread when the helper thread fails, with the same bytes', async () => {
    const dir = tempDir();
    const paragraphs = seedText.split('\n').filter((l) => l.length > 40);
    const articles = Array.from({ length: 60 }, (_, i) => article(`p${i}`, paragraphs[(i * 5) % paragraphs.length]!));
    const run = async (name: string, workers: number, gazetteerPath?: string) => {
      const resources = loadResources(pipelinePath);
      void resources.gazetteer; // this thread's gazetteer is loaded from the real path
      // The helper thread loads the gazetteer from the config: a path that does not exist makes it fail.
      if (gazetteerPath) resources.config = { ...resources.config, gazetteerPath };
      async function* outcomes(): AsyncGenerator<Outcome> {
        for (const [i, a] of articles.entries()) yield { seq: i + 1, result: processArticle(a, resources) };
      }
      return writeRun(outcomes(), resources, { outputDir: join(dir, name), workers, parallelPass2Bytes: 0, report: false });
    };
    await run('one', 1);
    const summary = await run('recovered', 2, join(dir, 'no-gazetteer-here'));
    expect(summary.articles).toBe(60);
    const files = readdirSync(join(dir, 'one')).sort();
    expect(readdirSync(join(dir, 'recovered')).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(join(dir, 'recovered', file), 'utf8')).toBe(readFileSync(join(dir, 'one', file), 'utf8'));
  }, 60_000);

  it('starts its workers when the process runs with V8 flags (a user\'s --max-semi-space-size or --expose-gc)', async () => {
    const resources = loadResources(pipelinePath);
    const saved = [...process.execArgv];
    process.execArgv.push('--max-semi-space-size=32', '--expose-gc');
    try {
      const paragraphs = seedText.split('\n').filter((l) => l.length > 40);
      const pool = createArticlePool(2, resources, pipelinePath);
      // Until a worker has loaded and taken some (at most 30 s).
      const results = [];
      for (let i = 0; i < 1500 && pool.stats().inWorkers === 0; i++) {
        results.push(pool.process(article(`v${i}`, paragraphs[i % paragraphs.length]!)));
        await sleep(20);
      }
      await Promise.all(results);
      const stats = pool.stats();
      await pool.close();
      // Before: new Worker() threw "invalid execArgv flags", and a run of 2 MB or more with two workers exited 2
      // (every such run while the command ran with --max-semi-space-size).
      expect(stats.inWorkers).toBeGreaterThan(0);
    } finally {
      process.execArgv.splice(0, process.execArgv.length, ...saved);
    }
  }, 60_000);

  it('hands articles to workers once one has loaded, with the results this thread would give', async () => {
    const resources = loadResources(pipelinePath);
    const paragraphs = seedText.split('\n').filter((l) => l.length > 40);
    const articles = Array.from({ length: 300 }, (_, i) => article(`p${i}`, paragraphs[i % paragraphs.length]!));
    const pool = createArticlePool(2, resources, pipelinePath);
    const outcomes = [];
    for (const a of articles) {
      outcomes.push(pool.process(a));
      await sleep(2);
    }
    await Promise.all(outcomes);
    const trickled = pool.stats();
    // Articles that come all at once travel POOL_BATCH to a message, the rest of a batch once the turn ends.
    const burst = Array.from({ length: 100 }, (_, i) => article(`b${i}`, paragraphs[i % paragraphs.length]!));
    // wink-nlp learns "U.S" from the first and then split the second's "( U.S. ) Motorola" in two
    // sentences, in whichever worker read both in this order (the same batch): not the output of
    // this thread, which reads them the other way round below.
    burst[1] = article('teaches', 'Mexican avocados are not expected in U.S . Prices rose.');
    burst[3] = article('learns', 'Results:\n1. Lance Armstrong ( U.S. ) Motorola 2 seconds behind\n2. Erik Breukink ( Netherlands ) Rabobank');
    for (const a of burst) outcomes.push(pool.process(a));
    const results = await Promise.all(outcomes);
    const stats = pool.stats();
    await pool.close();
    expect(stats.inThread).toBeGreaterThanOrEqual(16);
    expect(trickled.inWorkers).toBeGreaterThan(0);
    expect(stats.inWorkers - trickled.inWorkers).toBe(100);
    expect(stats.messages - trickled.messages).toBe(Math.ceil(100 / POOL_BATCH));
    expect(stats.inThread + stats.inWorkers).toBe(400);
    const local = loadResources(pipelinePath);
    const inReverse = [...articles, ...burst].reverse().map((a) => processArticle(a, local)).reverse();
    expect(JSON.stringify(results)).toBe(JSON.stringify(inReverse));
    expect(results[articles.length + 3]).toMatchObject({ sentences: 5 });
  }, 60_000);

  it('processes in this thread what a worker held when it ran out of heap, losing nothing', async () => {
    const resources = loadResources(pipelinePath);
    const paragraphs = seedText.split('\n').filter((l) => l.length > 40);
    // Room to load the model (a worker loads it within a 56 MB heap) but not to tag 1.2 MB of text at once (600 kB had fitted
    // now and then since the tagger reuses its buffers).
    const pool = createArticlePool(2, resources, pipelinePath, undefined, 80);
    for (let i = 0; i < 16; i++) await pool.process(article(`warm${i}`, paragraphs[i % paragraphs.length]!));
    let small = await pool.process(article('small', paragraphs[0]!));
    for (let i = 0; pool.stats().inWorkers === 0 && i < 200; i++) {
      await sleep(25);
      small = await pool.process(article(`small${i}`, paragraphs[0]!));
    }
    expect(pool.stats().inWorkers).toBeGreaterThan(0);
    const huge = article('huge', Array.from({ length: 6000 }, (_, i) => paragraphs[i % paragraphs.length]).join('\n'));
    const result = await pool.process(huge);
    const stats = pool.stats();
    await pool.close();
    expect(stats.recovered).toBe(1);
    expect('words' in small && 'words' in result).toBe(true);
    expect(JSON.stringify(result)).toBe(JSON.stringify(processArticle(huge, loadResources(pipelinePath))));
  }, 120_000);
});

describe('flagsWithoutTsx', () => {
  it("drops the flags that load tsx, in every spelling, and V8's, which a worker refuses, and keeps the others as they were", () => {
    expect(flagsWithoutTsx(['--import', 'tsx'])).toEqual([]);
    expect(flagsWithoutTsx(['--import=tsx', '--no-warnings'])).toEqual(['--no-warnings']);
    // The command's own flag, and V8's others: new Worker() throws "invalid execArgv flags" on each.
    expect(flagsWithoutTsx(['--max-semi-space-size=32', '--import', 'tsx', '--expose-gc', '--stack-size=900', '--conditions', 'dev'])).toEqual(['--conditions', 'dev']);
    // What the tsx command itself adds.
    expect(flagsWithoutTsx(['--require', '/p/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///p/node_modules/tsx/dist/loader.mjs'])).toEqual([]);
    expect(flagsWithoutTsx(['--import', './hooks.mjs', '--max-old-space-size=100', '-r', 'dotenv/config'])).toEqual(['--import', './hooks.mjs', '-r', 'dotenv/config']);
    expect(flagsWithoutTsx(['--import', './tsx-like.mjs'])).toEqual(['--import', './tsx-like.mjs']);
    expect(flagsWithoutTsx(['--import'])).toEqual(['--import']);
  });
});
