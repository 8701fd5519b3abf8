import { describe, expect, it } from 'vitest';
import { decodeBilou, encodeBilou, isAllowedAfter, labelName, LABEL_COUNT } from '../../src/ner/labels.js';

describe('BILOU labels', () => {
  it('encodes spans and decodes them back', () => {
    const spans = [
      { tokenStart: 1, tokenEnd: 3, type: 'PER' as const },
      { tokenStart: 4, tokenEnd: 5, type: 'LOC' as const },
      { tokenStart: 5, tokenEnd: 8, type: 'ORG' as const },
    ];
    const labels = encodeBilou(9, spans);
    expect([...labels].map(labelName)).toEqual(['O', 'B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(decodeBilou(labels)).toEqual(spans);
  });

  it('reads ill-formed sequences leniently', () => {
    // I-PER I-PER (no B, no L) then U-LOC: one PER over two tokens, then a LOC.
    expect(decodeBilou([2, 2, 11])).toEqual([
      { tokenStart: 0, tokenEnd: 2, type: 'PER' },
      { tokenStart: 2, tokenEnd: 3, type: 'LOC' },
    ]);
  });

  it('allows only well-formed transitions', () => {
    expect(LABEL_COUNT).toBe(17);
    expect(isAllowedAfter(0, 1)).toBe(true); // O -> B-PER
    expect(isAllowedAfter(0, 2)).toBe(false); // O -> I-PER
    expect(isAllowedAfter(1, 3)).toBe(true); // B-PER -> L-PER
    expect(isAllowedAfter(1, 7)).toBe(false); // B-PER -> L-ORG
    expect(isAllowedAfter(3, 5)).toBe(true); // L-PER -> B-ORG
  });
});
