/**
 * Text encoded twice: UTF-8 read as Windows-1252 (or Latin-1) and saved as UTF-8 again, as a CMS or a spreadsheet round trip
 * leaves it ("Taiwanâ€™s" for "Taiwan’s", "TaipeiÂ " for a no-break space; p132: `organization:taiwana`, `place:taipeia`).
 * Only the unmistakable sequences are read back: a Latin-1 letter Â, Ã, Ä or Å, or â, followed by the characters of one UTF-8
 * sequence's continuation bytes (one after the first four, two after â), which no English text writes. The code page's
 * characters map to their bytes, so the repaired text is always valid UTF-8; É or Ñ before a no-break space (French
 * typography, a Spanish capital) is left as written.
 */

// Windows-1252's characters for the bytes 0x80–0x9F; a Latin-1 reading leaves them the C1 controls U+0080–U+009F.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CONTINUATION = `[\u0080-\u00bf${WINDOWS_1252_HIGH}]`;
// Leads C2–C5 (U+0080–U+017F: Latin-1 and Latin Extended-A, "Ã©" é, "Ä‡" ć) and E2 (U+2000–U+2BFF: quotes, dashes, €, ™).
const DOUBLE_ENCODED = new RegExp(`[\u00c2-\u00c5]${CONTINUATION}|\u00e2${CONTINUATION}{2}`, 'gu');
const MAY_BE_DOUBLE_ENCODED = /[\u00c2-\u00c5\u00e2]/u;
const byteOf = (char: string): number => {
  const at = WINDOWS_1252_HIGH.indexOf(char);
  return at >= 0 ? 0x80 + at : char.charCodeAt(0);
};

/** The characters whose Windows-1252 bytes are one UTF-8 sequence, read as that sequence's character. */
function decoded(sequence: string): string {
  return Buffer.from([...sequence].map(byteOf)).toString('utf8');
}

/**
 * Returns the line with its double-encoded sequences read as the characters they were, the first of them as written and
 * read, and its 1-based column (in code points); undefined when it has none. Linear: one regex pass.
 */
export function repairDoubleEncoding(line: string): { text: string; column: number; first: string; meant: string } | undefined {
  if (!MAY_BE_DOUBLE_ENCODED.test(line)) return undefined;
  DOUBLE_ENCODED.lastIndex = 0;
  const first = DOUBLE_ENCODED.exec(line);
  if (first === null) return undefined;
  // (Once: what a text encoded three times gives after one pass may be a reader's own "Ã©".)
  return { text: line.replace(DOUBLE_ENCODED, decoded), column: [...line.slice(0, first.index)].length + 1, first: first[0], meant: decoded(first[0]) };
}

/** The double-encoded sequences of a text, each with the character it stands for (see `repairDoubleEncoding`), in order: entities.ts's edits. */
export function doubleEncodedEdits(text: string): { start: number; end: number; value: string }[] {
  if (!MAY_BE_DOUBLE_ENCODED.test(text)) return [];
  return [...text.matchAll(DOUBLE_ENCODED)].map((match) => ({ start: match.index, end: match.index + match[0].length, value: decoded(match[0]) }));
}
