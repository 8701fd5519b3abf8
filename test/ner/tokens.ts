import type { NerToken } from '../../src/ner/types.js';

/** Returns tokens of `text` at the given pieces, found left to right. */
export function tokens(text: string, pieces: string[]): NerToken[] {
  let cursor = 0;
  return pieces.map((piece) => {
    const start = text.indexOf(piece, cursor);
    cursor = start + piece.length;
    return { text: piece, start, end: cursor };
  });
}
