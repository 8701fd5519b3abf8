import { describe, expect, it } from 'vitest';
import { internalTokens } from '../../src/ner/internal-tokens.js';
import { tokens } from './tokens.js';

describe('internal tokens', () => {
  it('joins hyphen-split pieces written without spaces', () => {
    const text = 'Ho Jen-chieh said';
    const result = internalTokens(tokens(text, ['Ho', 'Jen', '-', 'chieh', 'said']), 10);
    expect(result.map((t) => [t.text, t.start, t.end, t.firstInput, t.lastInput])).toEqual([
      ['Ho', 0, 2, 10, 10],
      ['Jen-chieh', 3, 12, 11, 13],
      ['said', 13, 17, 14, 14],
    ]);
  });

  it('keeps spaced dashes apart and splits a trailing possessive', () => {
    const text = 'Russia\u2019s army - again';
    const result = internalTokens(tokens(text, ['Russia\u2019s', 'army', '-', 'again']), 0);
    expect(result.map((t) => [t.text, t.start, t.end, t.firstInput, t.lastInput])).toEqual([
      ['Russia', 0, 6, 0, 0],
      ['\u2019s', 6, 8, 0, 0],
      ['army', 9, 13, 1, 1],
      ['-', 14, 15, 2, 2],
      ['again', 16, 21, 3, 3],
    ]);
  });
});
