import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleResult, EntityType, LocalAlias, Mention } from '../src/model/index.js';
import { processArticle } from '../src/pipeline.js';
import { resolveResults } from '../src/stages/resolve.js';
import { segmentText } from '../src/stages/segment.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
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

  it('keeps a JSONL text of furniture lines, read as spaces, within a fixed factor of ordinary news per byte (h137 F7)', () => {
    const family = PATHOLOGICAL_FAMILIES.find((f) => f.name === 'furniture-lines')!;
    const resources = defaultResources();
    const ratios = SIZES.map((bytes, i) => {
      const text = family.text(bytes);
      // (Its credits pass 32 k characters at 250 KB: a note row comes before the article.)
      const article = parseJsonlLine(JSON.stringify({ id: 'cost', text }), 'cost.jsonl', 1).flatMap((s) => ('article' in s ? [s.article] : []))[0]!;
      const started = process.cpuUsage();
      processArticle(article, resources);
      const used = process.cpuUsage(started);
      return Math.round(((used.user + used.system) / 1e6 / Buffer.byteLength(text) / perByteNews[i]!) * 100) / 100;
    });
    expect(ratios.every((r) => r <= MAX_RATIO), `time per byte as a multiple of ordinary news at ${SIZES.join(' and ')} bytes: ${ratios.join(', ')}`).toBe(true);
  }, 120_000);
});

// A run's cost is linear in its articles and mentions whatever they name: resolving 4× as many costs about 4×
// the time, a path quadratic in them 16×. Bound between the two, with room for a busy machine.
const MAX_GROWTH = 8;

/** A mention in a made-up result: its text and what it is, with the role written right before it. */
interface Named {
  text: string;
  type: EntityType;
  kind?: Mention['kind'];
  role?: string;
}

/** An article's per-article result made of text and mentions, as the extract stage would give it. */
function resultOf(id: string, parts: (string | Named)[], aliases: LocalAlias[] = []): ArticleResult {
  let text = '';
  const mentions: Mention[] = [];
  const roles: ArticleResult['roles'] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    if (part.role) {
      text += `${part.role} `;
      roles.push({ name: part.text, role: part.role, start: text.length });
    }
    const { text: name, type, kind = 'name' } = part;
    mentions.push({ articleId: id, start: text.length, end: text.length + name.length, text: name, type, entityId: '', sentence: 0, kind, method: 'model', confidence: 0.9 });
    text += name;
  }
  return { article: { ...article(text), id }, words: 0, sentences: 1, mentions, aliases, roles, topics: [] };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'dor', 'sel', 'ri', 'ston', 'ba', 'nu', 'gel', 'po', 'zan', 'fen', 'tur'];

/** The i-th of a series of distinct made-up capitalized words. */
function madeUpWord(i: number): string {
  let word = '';
  for (let n = i + SYLLABLES.length ** 2; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Resolve's inputs that were quadratic in a run's articles or an article's mentions; `size` is the n that is made 4n. */
const RUN_FAMILIES: { name: string; size: number; prepare(n: number): () => void }[] = [
  {
    name: 'thousands of people of one family name in one article',
    size: 4000,
    prepare: (n) => resolving([resultOf('cost', Array.from({ length: n }, (_, i) => [{ text: `${madeUpWord(i)} Smith`, type: 'person' as const }, ' said. ', { text: 'Smith', type: 'person' as const }, ' agreed. ']).flat())]),
  },
  {
    name: 'one person given a new role in every article',
    size: 4000,
    prepare: (n) => resolving(Array.from({ length: n }, (_, i) => resultOf(`a${i}`, [{ text: 'Boris Johnson', type: 'person', role: `${madeUpWord(i)} Minister` }, ' said.']))),
  },
  {
    name: 'names that differ only in punctuation, one an article',
    size: 4000,
    // "Alpha.Beta", "Alpha-Beta", "Alpha.-Beta", …: distinct names, one id slug.
    prepare: (n) => resolving(Array.from({ length: n }, (_, i) => resultOf(`a${i}`, [{ text: `Alpha${[...i.toString(4)].map((d) => '.-&/'[Number(d)]).join('')}Beta`, type: 'organization' }, ' said.']))),
  },
];

/** Resolving `results` (both passes), made ready to time. */
function resolving(results: ArticleResult[]): () => void {
  const { gazetteer, lexicon } = defaultResources();
  return () => resolveResults(results, gazetteer, lexicon);
}

describe('the cost of resolving a run is linear in its articles whatever they name', () => {
  /** CPU seconds of the work `prepare` makes ready (a fresh one each run: resolve sets ids in place): the best of two runs. */
  const cpuCost = (prepare: () => () => void): number => {
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
      const work = prepare();
      const started = process.cpuUsage();
      work();
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1e6);
    }
    return best;
  };

  it.each(RUN_FAMILIES.map((f) => [f.name, f] as const))('keeps %s within a bounded growth from n to 4n', (_, family) => {
    cpuCost(() => family.prepare(family.size / 4)); // warms the code up outside the measurements
    const [small, large] = [cpuCost(() => family.prepare(family.size)), cpuCost(() => family.prepare(4 * family.size))];
    const growth = Math.round((large / small) * 10) / 10;
    expect(growth <= MAX_GROWTH, `CPU seconds at ${4 * family.size} over ${family.size}: ${large.toFixed(3)} / ${small.toFixed(3)} = ${growth}`).toBe(true);
  }, 60_000);
});
