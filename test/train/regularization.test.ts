import { describe, expect, it } from 'vitest';
import { caseEvidence } from '../../src/ner/document-evidence.js';
import { DROPPED_WORD, encodeDocument } from '../../src/ner/encoded-document.js';
import { MAX_FEATURES, staticFeatures } from '../../src/ner/features.js';
import { hashString } from '../../src/ner/hashing.js';
import { buildGazetteer, type Lexicon } from '../../src/ner/lexicon.js';
import { dropWords, pruneRareRows } from '../../src/train/regularization.js';
import { ownPhraseExclusions } from '../../src/train/training-gazetteer.js';
import type { CorpusDocument } from '../../src/train/corpus.js';

const lexicon: Lexicon = {
  clusters: { granularities: [], rows: new Map(), ids: new Uint16Array(0) },
  gazetteer: buildGazetteer([{ name: 'city', phrases: ['moscow'] }]),
};
const words = ['POLITICS', 'Putin', 'visited', 'Moscow', 'and', 'Kazan', 'with', 'NATO', 'envoys', '.'];
const doc = encodeDocument(lexicon, [words]);

describe('word dropout', () => {
  it('hides only capitalised tokens after the first, deterministically', () => {
    const dropped = dropWords(doc, 0.5, 1, 0);
    const hidden = [...dropped.word].flatMap((w, i) => (w === DROPPED_WORD ? [i] : []));
    expect(hidden.every((i) => i > 0 && [1, 3, 5, 7].includes(i))).toBe(true);
    expect([...dropWords(doc, 0.5, 1, 0).word]).toEqual([...dropped.word]);
    expect(hidden.every((i) => dropped.lower[i] === DROPPED_WORD)).toBe(true);
    expect(dropped.word[2]).toBe(hashString('visited'));
    expect(doc.word[1]).toBe(hashString('Putin'));
    expect([...dropWords(doc, 0.999, 1, 0).word].filter((w) => w === DROPPED_WORD).length).toBe(4);
    expect(dropWords(doc, 0, 1, 0)).toBe(doc);
  });

  it('makes word templates emit nothing for a hidden token', () => {
    const all = dropWords(doc, 0.999, 1, 0);
    const out = new Uint32Array(MAX_FEATURES);
    const full = staticFeatures(doc, caseEvidence(doc), 3, out);
    // Token 3 (Moscow) loses its word and lower-case form, the words of tokens 1 and 5 (offsets ±2),
    // both word bigrams and the case-evidence word: 7 features.
    expect(full - staticFeatures(all, caseEvidence(all), 3, out)).toBe(7);
  });
});

describe('rare-feature cutoff', () => {
  it('drops buckets seen in fewer token positions than the minimum', () => {
    const rows = [
      { rows: Uint32Array.of(1, 2, 3, 1), start: Int32Array.of(0, 2, 4) },
      { rows: Uint32Array.of(2, 4), start: Int32Array.of(0, 2) },
    ];
    const pruned = pruneRareRows(rows, 4, 2);
    expect(pruned.map((r) => [[...r.rows], [...r.start]])).toEqual([
      [[1, 2, 1], [0, 2, 3]],
      [[2], [0, 1]],
    ]);
  });
});

describe('training-list exclusions', () => {
  /** Returns a one-sentence document whose first token is a LOC entity. */
  const document = (id: string, place: string): CorpusDocument => ({
    id,
    text: `${place} won`,
    sentences: [[{ text: place, start: 0, end: place.length }, { text: 'won', start: place.length + 1, end: place.length + 4 }]],
    entities: [{ start: 0, end: place.length, type: 'LOC' }],
  });
  const documents = [document('a', 'Oslo'), document('b', 'Oslo'), document('c', 'Lima')];
  const locBit = 1 << (5 + 2);

  it('hides phrases only a document itself annotated, and with a drop rate also shared ones', () => {
    const own = ownPhraseExclusions(documents, 5);
    expect(own.map((m) => [...m])).toEqual([[], [], [[hashString('lima'), locBit]]]);
    const all = ownPhraseExclusions(documents, 5, 0.999);
    expect(all.map((m) => [...m])).toEqual([[[hashString('oslo'), locBit]], [[hashString('oslo'), locBit]], [[hashString('lima'), locBit]]]);
  });
});
