import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../../src/ner/model-files.js';
import { tagDocument } from '../../src/ner/tagger.js';
import { tokens } from './tokens.js';

const model = loadNerModel(join(import.meta.dirname, '..', '..', 'pipelines', 'models'));

/** Returns [text, type, tokenStart, tokenEnd] of every span the shipped model finds. */
function entities(text: string, pieces: string[]): [string, string, number, number][] {
  return tagDocument(model, [tokens(text, pieces)]).map((s) => [text.slice(s.start, s.end), s.type, s.tokenStart, s.tokenEnd]);
}

describe('shipped model', () => {
  it('tags a CoNLL-style sentence', () => {
    const text = 'US President Donald Trump met Vladimir Putin in Moscow .';
    // A country before a title is a place of its own (the news convention, and OntoNotes' GPE).
    expect(entities(text, text.split(' '))).toEqual([
      ['US', 'LOC', 0, 1],
      ['Donald Trump', 'PER', 2, 4],
      ['Vladimir Putin', 'PER', 5, 7],
      ['Moscow', 'LOC', 8, 9],
    ]);
  });

  it('tags news text as wink-nlp tokenizes it (hyphen pieces, curly possessive)', () => {
    const text = 'Ho Jen-chieh, a spokesman for Taiwan\u2019s Mainland Affairs Council, said on Monday.';
    const pieces = ['Ho', 'Jen', '-', 'chieh', ',', 'a', 'spokesman', 'for', 'Taiwan\u2019s', 'Mainland', 'Affairs', 'Council', ',', 'said', 'on', 'Monday', '.'];
    expect(entities(text, pieces)).toEqual([
      ['Ho Jen-chieh', 'PER', 0, 4],
      ['Taiwan', 'LOC', 8, 9],
      ['Mainland Affairs Council', 'ORG', 9, 12],
    ]);
  });

  it('gives confidences in (0, 1]', () => {
    const text = 'Vladimir Putin visited Moscow .';
    const spans = tagDocument(model, [tokens(text, text.split(' '))]);
    expect(spans.length).toBe(2);
    for (const span of spans) {
      expect(span.confidence).toBeGreaterThan(0.5);
      expect(span.confidence).toBeLessThanOrEqual(1);
    }
  });
});
