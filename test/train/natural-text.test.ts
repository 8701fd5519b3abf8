import { describe, expect, it } from 'vitest';
import { naturalSentence } from '../../src/train/natural-text.js';

describe('natural text', () => {
  it('attaches punctuation and curls quotes while tracking offsets', () => {
    const words = ['"', 'Bitar', "'s", 'goal', ',', '"', 'he', 'said', '(', 'AP', ')', '.'];
    let cursor = 0;
    const tokens = words.map((text) => ({ text, start: cursor, end: (cursor += text.length + 1) - 1 }));
    const natural = naturalSentence(tokens);
    expect(natural.text).toBe('\u201cBitar\u2019s goal,\u201d he said (AP).');
    expect(natural.tokenOffsets[1]).toEqual([1, 6]);
    expect(natural.tokenOffsets[9]).toEqual([25, 27]);
  });
});
