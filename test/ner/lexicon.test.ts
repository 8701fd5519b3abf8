import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/ner/hashing.js';
import { buildGazetteer, matchGazetteer, type GazetteerMatch } from '../../src/ner/lexicon.js';

const lists = [
  { name: 'city', phrases: ['new york', 'new york city', 'york', 'rio de janeiro', 'de'] },
  { name: 'organization', phrases: ['new york times', 'the times'] },
];

/** Every [start, end) whose words, joined by spaces, are a phrase of a list: by strings, no hashes. */
function reference(words: string[]): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) {
      const phrase = words.slice(start, end).join(' ');
      let mask = 0;
      lists.forEach((list, index) => { if (list.phrases.includes(phrase)) mask |= 1 << index; });
      if (mask !== 0) matches.push({ start, end, mask });
    }
  }
  return matches;
}

describe('gazetteer', () => {
  const gazetteer = buildGazetteer(lists);

  it('keeps the hash of every proper prefix of a multi-word phrase, and nothing else', () => {
    const prefixes = ['new', 'new york', 'rio', 'rio de', 'the'].map(hashString);
    expect([...gazetteer.phrasePrefixes].sort()).toEqual(prefixes.sort());
  });

  it('finds every phrase in a sentence, nested and overlapping ones too', () => {
    const words = ['the', 'new', 'york', 'times', 'in', 'new', 'york', 'city'];
    expect(matchGazetteer(gazetteer, words)).toEqual([
      { start: 1, end: 3, mask: 1 }, { start: 1, end: 4, mask: 2 }, { start: 2, end: 3, mask: 1 },
      { start: 5, end: 7, mask: 1 }, { start: 5, end: 8, mask: 1 }, { start: 6, end: 7, mask: 1 },
    ]);
  });

  it('matches what a string comparison of every token range matches', () => {
    const word = fc.constantFrom('new', 'york', 'city', 'times', 'the', 'rio', 'de', 'janeiro', 'in');
    fc.assert(fc.property(fc.array(word, { maxLength: 12 }), (words) => {
      expect(matchGazetteer(gazetteer, words)).toEqual(reference(words));
    }), { numRuns: 300 });
  });
});
