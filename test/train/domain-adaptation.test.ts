import { describe, expect, it } from 'vitest';
import { LABEL_COUNT } from '../../src/ner/labels.js';
import { buildGazetteer, type Lexicon } from '../../src/ner/lexicon.js';
import { tagDocument } from '../../src/ner/tagger.js';
import type { CorpusDocument } from '../../src/train/corpus.js';
import { DOMAINS, domainBucket, projectDomain, withDomainCopies } from '../../src/train/domain-adaptation.js';
import { prepareDocuments, trainModel } from '../../src/train/train-pipeline.js';

const BITS = 4;

describe('domain adaptation', () => {
  it('follows each token\'s buckets with their copies in the second half of the table', () => {
    const rows = { rows: Uint32Array.from([3, 5, 7]), start: Int32Array.from([0, 2, 3]) };
    const copied = withDomainCopies(rows, DOMAINS.conll2003, BITS);
    const copy = (b: number) => domainBucket(b, DOMAINS.conll2003, BITS);
    expect([...copied.start]).toEqual([0, 4, 6]);
    expect([...copied.rows]).toEqual([3, 5, copy(3), copy(5), 7, copy(7)]);
    for (const b of [3, 5, 7]) expect(copy(b)).toBeGreaterThanOrEqual(1 << BITS);
    expect(copy(3)).toBeLessThan(2 << BITS);
    expect(domainBucket(3, DOMAINS.ontonotes, BITS)).not.toBe(copy(3));
  });

  it('projects a corpus as the shared weights plus that corpus\'s copies', () => {
    const weights = new Float64Array((2 << BITS) * LABEL_COUNT);
    weights[3 * LABEL_COUNT + 1] = 2;
    weights[domainBucket(3, DOMAINS.conll2003, BITS) * LABEL_COUNT + 1] = 5;
    weights[domainBucket(3, DOMAINS.ontonotes, BITS) * LABEL_COUNT + 1] = -1;
    expect(projectDomain(weights, BITS, DOMAINS.shared).length).toBe((1 << BITS) * LABEL_COUNT);
    expect(projectDomain(weights, BITS, DOMAINS.shared)[3 * LABEL_COUNT + 1]).toBe(2);
    expect(projectDomain(weights, BITS, DOMAINS.conll2003)[3 * LABEL_COUNT + 1]).toBe(7);
    expect(projectDomain(weights, BITS, DOMAINS.ontonotes)[3 * LABEL_COUNT + 1]).toBe(1);
  });

  it('learns where two corpora disagree and gives each target its own convention', () => {
    // The two corpora tag the same word differently: one as a place, the other not at all.
    const sentence = (id: string, domain: number, tagged: boolean): CorpusDocument => {
      const words = ['They', 'met', 'in', 'Vexa', 'today', '.'];
      let cursor = 0;
      const tokens = words.map((text) => ({ text, start: cursor, end: (cursor += text.length + 1) - 1 }));
      return { id, text: words.join(' '), sentences: [tokens], entities: tagged ? [{ start: tokens[3]!.start, end: tokens[3]!.end, type: 'LOC' }] : [], domain };
    };
    const documents = [0, 1, 2, 3].flatMap((k) => [sentence(`c${k}`, DOMAINS.conll2003, true), sentence(`o${k}`, DOMAINS.ontonotes, false)]);
    const lexicon: Lexicon = { clusters: { granularities: [], rows: new Map(), ids: new Uint16Array(0) }, gazetteer: buildGazetteer([]) };
    const prepared = prepareDocuments(lexicon, documents);
    const options = { bits: 12, epochs: 4, secondStageEpochs: 2, stages: 1 as const, folds: 2, seed: 1, margin: 10, log: () => {} };
    const [conll, ontonotes] = trainModel(lexicon, prepared, prepared, { ...options, domainTargets: [DOMAINS.conll2003, DOMAINS.ontonotes] });
    const tokens = documents[0]!.sentences;
    expect(tagDocument(conll!, tokens).map((s) => s.type)).toEqual(['LOC']);
    expect(tagDocument(ontonotes!, tokens)).toEqual([]);
  });
});
