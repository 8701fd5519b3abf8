import { describe, expect, it } from 'vitest';
import { caseEvidence } from '../../src/ner/document-evidence.js';
import { encodeDocument } from '../../src/ner/encoded-document.js';
import { staticFeatures, MAX_FEATURES } from '../../src/ner/features.js';
import { combine, hashString } from '../../src/ner/hashing.js';
import { buildGazetteer, type Lexicon } from '../../src/ner/lexicon.js';

const lexicon: Lexicon = {
  clusters: { granularities: [10], rows: new Map([[hashString('moscow'), 0]]), ids: Uint16Array.of(7) },
  gazetteer: buildGazetteer([{ name: 'city', phrases: ['moscow', 'new york'] }]),
};

describe('feature extraction', () => {
  it('encodes a token into hashed columns', () => {
    const doc = encodeDocument(lexicon, [['Putin', 'visited', 'Moscow', '.'], ['New', 'York', 'Times']]);
    expect(doc.length).toBe(7);
    expect(doc.word[2]).toBe(hashString('Moscow'));
    expect(doc.lower[2]).toBe(hashString('moscow'));
    expect(doc.shortShape[2]).toBe(hashString('Xx'));
    expect([...doc.clusters]).toEqual([0, 0, 8, 0, 0, 0, 0]);
    // Gazetteer codes: list 0 · 4 + position (U = 3 for Moscow, B = 0 / L = 2 for New York).
    expect([...doc.gazetteerCodes]).toEqual([3, 0, 2]);
    expect([...doc.gazetteerStart]).toEqual([0, 0, 0, 1, 1, 2, 3, 3]);
    expect([...doc.sentenceStart]).toEqual([0, 0, 0, 0, 4, 4, 4]);
  });

  it('writes the same features for the same token every time', () => {
    const doc = encodeDocument(lexicon, [['Putin', 'visited', 'Moscow', '.']]);
    const out = new Uint32Array(MAX_FEATURES);
    const count = staticFeatures(doc, caseEvidence(doc), 2, out);
    expect(count).toBe(41);
    // Window features first (token i−2 "Putin" opens them), then the context features (bias, …).
    expect(out[0]).toBe(combine(10 - 2, hashString('Putin')));
    const features = [...out.slice(0, count)];
    expect(features).toContain(combine(10, hashString('Moscow')));
    expect(features).toContain(combine(1, 0));
    expect(new Set(features).size).toBe(count);
    const again = new Uint32Array(MAX_FEATURES);
    expect(staticFeatures(encodeDocument(lexicon, [['Putin', 'visited', 'Moscow', '.']]), caseEvidence(doc), 2, again)).toBe(count);
    expect([...again.slice(0, count)]).toEqual([...out.slice(0, count)]);
  });
});
