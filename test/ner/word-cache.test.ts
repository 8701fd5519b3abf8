import { describe, expect, it } from 'vitest';
import { encodeDocument, WORD_CACHE_LIMIT } from '../../src/ner/encoded-document.js';
import { buildGazetteer, type Lexicon } from '../../src/ner/lexicon.js';

describe('the word-type cache (encoded-document.ts)', () => {
  it('keeps a word that recurs analysed through any number of new words, and analyses a word that does not again, the same', () => {
    // Its own lexicon object: the cache is per lexicon, so no other test's words are in it.
    const lexicon: Lexicon = { clusters: { granularities: [], rows: new Map(), ids: new Uint16Array(0) }, gazetteer: buildGazetteer([]) };
    const first = encodeDocument(lexicon, [['the', 'Kaohsiung']]);
    const [the, rare] = first.infos;
    // Three times the cache's size in new words, with "the" among every 1,000 of them.
    for (let k = 0; k < (3 * WORD_CACHE_LIMIT) / 1000; k++) {
      encodeDocument(lexicon, [[...Array.from({ length: 1000 }, (_, i) => `w${k}-${i}`), 'the']]);
    }
    const later = encodeDocument(lexicon, [['the', 'Kaohsiung']]);
    expect(later.infos[0]).toBe(the);
    expect(later.infos[1]).not.toBe(rare);
    expect(later.infos[1]).toEqual(rare);
    expect([...later.word]).toEqual([...first.word]);
  });
});
