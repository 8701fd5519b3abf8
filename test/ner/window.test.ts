import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeDocument } from '../../src/ner/encoded-document.js';
import { loadNerModel } from '../../src/ner/model-files.js';
import type { NerModel } from '../../src/ner/model.js';
import { labelDocument } from '../../src/ner/tagger.js';
import { usesWindowCache } from '../../src/ner/window.js';

const root = join(import.meta.dirname, '..', '..');
const model = loadNerModel(join(root, 'pipelines', 'models'));
// The same weights as float64 tables: tagging then sums every feature row (no per-word window sums).
const rowByRow: NerModel = { ...model, stages: model.stages.map((s) => ({ ...s, values: Float64Array.from(s.values) })) };

describe('window sums (window.ts)', () => {
  it('give the labels and probabilities of summing every feature row, on every sentence of the seed', () => {
    expect(usesWindowCache(model)).toBe(true);
    expect(usesWindowCache(rowByRow)).toBe(false);
    const text = readFileSync(join(root, 'seeds', 'news-sample.txt'), 'utf8');
    // Sentences of whitespace tokens, short and long, with words repeated across documents (cache hits).
    const sentences = text.split(/(?<=[.!?])\s+|\n+/u).map((s) => s.split(/\s+/u).filter(Boolean)).filter((s) => s.length > 0);
    for (let k = 0; k < sentences.length; k += 3) {
      const document = sentences.slice(k, k + 3);
      const fast = labelDocument(model, encodeDocument(model.lexicon, document));
      const slow = labelDocument(rowByRow, encodeDocument(model.lexicon, document));
      expect([...fast.labels]).toEqual([...slow.labels]);
      expect([...fast.probabilities]).toEqual([...slow.probabilities]);
    }
    expect(sentences.length).toBeGreaterThan(30);
  });

  it('give the same on the whole seed as one document, where the second stage reads names repeated across sentences', () => {
    const text = readFileSync(join(root, 'seeds', 'news-sample.txt'), 'utf8');
    const document = text.split(/(?<=[.!?])\s+|\n+/u).map((s) => s.split(/\s+/u).filter(Boolean)).filter((s) => s.length > 0);
    const fast = labelDocument(model, encodeDocument(model.lexicon, document));
    const slow = labelDocument(rowByRow, encodeDocument(model.lexicon, document));
    expect([...fast.labels]).toEqual([...slow.labels]);
    expect([...fast.probabilities]).toEqual([...slow.probabilities]);
    expect(fast.labels.filter((l) => l !== 0).length).toBeGreaterThan(100);
  });

  it('give the same across the blocks the window vectors are summed in, on a document of 16 times the seed (p132)', () => {
    const text = readFileSync(join(root, 'seeds', 'news-sample.txt'), 'utf8').repeat(16);
    const document = text.split(/(?<=[.!?])\s+|\n+/u).map((s) => s.split(/\s+/u).filter(Boolean)).filter((s) => s.length > 0);
    const fast = labelDocument(model, encodeDocument(model.lexicon, document));
    const slow = labelDocument(rowByRow, encodeDocument(model.lexicon, document));
    expect(fast.labels.length).toBeGreaterThan(3 * 4096);
    expect([...fast.labels]).toEqual([...slow.labels]);
    expect([...fast.probabilities]).toEqual([...slow.probabilities]);
  });

  it('hold a block of window vectors, not one a token of the document: a sentence of 300,000 brackets grows the buffers by under 600 bytes a token (p132)', () => {
    labelDocument(model, encodeDocument(model.lexicon, [['(']]));
    const before = process.memoryUsage().arrayBuffers;
    const labels = labelDocument(model, encodeDocument(model.lexicon, [Array<string>(300_000).fill('(')])).labels;
    const grown = process.memoryUsage().arrayBuffers - before;
    expect([labels.length, labels.every((l) => l === 0)]).toEqual([300_000, true]);
    // Before, 972 bytes a token: the whole document's vectors side by side (700) and float64 sums (272).
    expect(grown / 300_000).toBeLessThan(600);
  });
});

