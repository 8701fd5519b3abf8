/**
 * The copy of an article's text the per-article phase reads: HTML references and escape sequences decoded (entities.ts), UTF-8
 * encoded twice read as once (double-encoding.ts), and every letter composed with its marks (NFC), with the index map back to
 * the text as given, which is never rewritten.
 */
import { doubleEncodedEdits } from './double-encoding.js';
import { compose, decodeReferences, edited, type DecodedText, type Edit } from './entities.js';

// A character with the marks after it (Hangul's vowel and final jamo compose as marks do), or one that NFC may replace alone
// (a compatibility ideograph, the Ångström sign); everything below U+0300 is its own NFC form.
const CLUSTER = /[^][\p{M}\u1160-\u11ff]+|[^\x00-\u02ff]/gu;

/**
 * Returns the text with each letter composed with its marks ("Tro\u0323ng" → "Trọng"), and the index map back; undefined when
 * it is NFC already. Decomposed text (macOS's clipboard, some PDFs and CMSs) had cut names at a mark the tokenizer reads as a
 * break (p126: "Nguyễn Phú" without Trọng, a second person). One scan, on a text that is not NFC only.
 */
export function composedText(text: string): DecodedText | undefined {
  if (text.normalize('NFC') === text) return undefined;
  const edits: Edit[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const nfc = match[0].normalize('NFC');
    if (nfc !== match[0]) edits.push({ start: match.index, end: match.index + match[0].length, value: nfc });
  }
  return edited(text, edits, false);
}

/**
 * Returns the text as the per-article phase reads it, and the index map back; undefined when that is the text as given. A JSONL
 * record's text, kept as written, is read with its double-encoded characters repaired (p132: "Taiwanâ€™s" had made an
 * organization "Taiwanâ€"); a .txt line is repaired as it is read (read.ts), with a row.
 */
export function readingCopy(text: string): DecodedText | undefined {
  const references = decodeReferences(text);
  const repaired = edited(references?.text ?? text, doubleEncodedEdits(references?.text ?? text), false);
  const decoded = references === undefined ? repaired : compose(references, repaired);
  if (decoded === undefined) return composedText(text);
  return compose(decoded, composedText(decoded.text));
}

// A line break the tokenizer reads as a space: U+2028, U+2029 and NEL, one code unit each as LF is. (Not a lone CR: a name a JSONL
// text breaks with one, "Premier Cho\rJung-tai", is one name; p101.)
const OTHER_LINE_BREAK = /[\u2028\u2029\u0085]/gu;

/**
 * Returns the text with every line separator written LF (the same length in code units): a JSONL text's lines ended by U+2028 had
 * run a name over the break ("Yimou Lee\u2028Share on Facebook", h140 F8), and its furniture on them had not been found.
 */
export function withLineBreaks(text: string): string {
  return text.replace(OTHER_LINE_BREAK, '\n');
}
