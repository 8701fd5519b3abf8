import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { processArticle } from '../src/pipeline.js';
import { resolveResults } from '../src/stages/resolve.js';
import { segmentText } from '../src/stages/segment.js';
import { PATHOLOGICAL_FAMILIES, repeatToBytes } from '../src/tools/pathological.js';
import { defaultResources, seedArticles } from './helpers.js';

// Two sizes a family is timed at: a cost that grows with the square of the length shows as a time per
// byte five times as large at the second. Before the fixes every family was over the bound at 250 KB.
const SIZES = [50_000, 250_000];
// The most a pathological text may cost per byte, as a multiple of ordinary news (the issue asks 5× at 1 MB).
const MAX_RATIO = 3;

/** A one-article input of `text`. */
function article(text: string): Article {
  return { id: 'cost', source: 'cost-bound', index: 0, text, credits: [], truncated: false, line: 1 };
}

/** CPU seconds (this process, all threads) of segmenting `text`, the per-article phase and resolve: the best of `runs`. */
function cost(text: string, runs = 1): number {
  const resources = defaultResources();
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    segmentText(text, 'cost-bound.txt');
    resolveResults([processArticle(article(text), resources)], resources.gazetteer);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

describe('the cost of an article is bounded whatever its content', () => {
  const news = seedArticles().map((a) => a.text).join('\n');
  let perByteNews: number[] = [];

  beforeAll(() => {
    cost(repeatToBytes(news, 20_000)); // loads the model and warms the code up outside the measurements
    // The news twice (its best run): a run slowed by a busy machine would make every family look cheap.
    perByteNews = SIZES.map((bytes) => cost(repeatToBytes(news, bytes), 2) / bytes);
  }, 60_000);

  it.each(PATHOLOGICAL_FAMILIES.map((f) => [f.name, f] as const))('keeps %s within a fixed factor of ordinary news per byte, at two sizes', (_, family) => {
    const ratios = SIZES.map((bytes, i) => {
      const text = family.text(bytes);
      return Math.round((cost(text) / Buffer.byteLength(text) / perByteNews[i]!) * 100) / 100;
    });
    expect(ratios.every((r) => r <= MAX_RATIO), `time per byte as a multiple of ordinary news at ${SIZES.join(' and ')} bytes: ${ratios.join(', ')}`).toBe(true);
  }, 120_000);
});
