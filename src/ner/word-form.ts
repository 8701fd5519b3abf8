/** Surface-form normalisation and word shapes, shared by training and tagging. */

const CHAR_REPLACEMENTS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u00a0': ' ',
};
const SPECIAL_CHARS = /[\u2018\u2019\u201a\u201b\u2032`\u201c-\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\u2026\u00a0]/g;
const DIGITS = /[0-9]/g;

/**
 * Returns the token text as features see it: typographic quotes, dashes and ellipses mapped to
 * their ASCII forms (so "Russia’s" and "Russia's" agree) and quote or dash pairs to `"` / `-`.
 */
export function canonicalForm(text: string): string {
  let form = text;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) {
      form = text.replace(SPECIAL_CHARS, (ch) => CHAR_REPLACEMENTS[ch] ?? ch);
      break;
    }
  }
  if (form === "''" || form === '""' || form === "'''") return '"';
  if (form === '--' || form === '---') return '-';
  return form;
}

/** Returns true when the text contains an ASCII digit. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Returns the text with every ASCII digit replaced by 0, so numbers share features. */
export function collapseDigits(text: string): string {
  return hasDigit(text) ? text.replace(DIGITS, '0') : text;
}

/** Returns 1 for an upper-case letter, 2 for a lower-case letter, 0 otherwise. */
function letterCase(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 2;
  if (c < 128) return 0;
  const ch = text[i]!;
  if (ch.toLowerCase() !== ch) return 1;
  return ch.toUpperCase() !== ch ? 2 : 0;
}

/** Character class used by shapes: X upper, x lower, d digit, or the character itself. */
function shapeChar(text: string, i: number): string {
  const kind = letterCase(text, i);
  if (kind === 1) return 'X';
  if (kind === 2) return 'x';
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57 ? 'd' : text[i]!;
}

/** Returns the word shape, e.g. "Xxxxx" for "Smith" (capped at 12 characters, then "~"). */
export function longShape(text: string): string {
  let shape = '';
  const limit = Math.min(text.length, 12);
  for (let i = 0; i < limit; i++) shape += shapeChar(text, i);
  return text.length > 12 ? shape + '~' : shape;
}

/** Returns the shape with runs of one class collapsed, e.g. "Xx-Xx" for "Jean-Marie". */
export function shortShape(text: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < text.length; i++) {
    const c = shapeChar(text, i);
    if (c !== last) shape += c;
    last = c;
  }
  return shape;
}

/** Capitalisation class of a token. */
export const enum CaseClass {
  Lower = 0,
  Title = 1,
  AllCaps = 2,
  Mixed = 3,
  NoLetters = 4,
}

/** Returns the capitalisation class of a token (single capitals such as "I" count as Title). */
export function caseClass(text: string): CaseClass {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = letterCase(text, i);
    if (kind === 1) upper++;
    else if (kind === 2) lower++;
  }
  if (upper === 0 && lower === 0) return CaseClass.NoLetters;
  if (upper === 0) return CaseClass.Lower;
  if (lower === 0) return upper === 1 ? CaseClass.Title : CaseClass.AllCaps;
  return letterCase(text, 0) === 1 && upper === 1 ? CaseClass.Title : CaseClass.Mixed;
}
