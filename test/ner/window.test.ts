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
});
