/**
 * The one boundary between JavaScript's UTF-16 indices (what regexes, wink-nlp and compromise
 * report) and the Unicode code point offsets of the public model.
 */
export interface OffsetMap {
  /** Converts a UTF-16 index into `text` to a code point offset. */
  toCodePoint(utf16: number): number;
  /** Converts a code point offset back to a UTF-16 index. */
  toUtf16(codePoint: number): number;
  /** Length of the text in code points. */
  length: number;
}

const SURROGATE_HIGH = /[\uD800-\uDBFF]/;

/** Returns a converter for one text; identity (no allocation) when the text has no astral characters. */
export function offsetMap(text: string): OffsetMap {
  if (!SURROGATE_HIGH.test(text)) {
    return { toCodePoint: (i) => i, toUtf16: (i) => i, length: text.length };
  }
  // cpAt[u] = code points before UTF-16 index u.
  const cpAt = new Uint32Array(text.length + 1);
  const unitAt: number[] = [];
  let cp = 0;
  for (let u = 0; u < text.length; u++) {
    cpAt[u] = cp;
    const code = text.charCodeAt(u);
    const isPair = code >= 0xd800 && code <= 0xdbff && u + 1 < text.length &&
      (text.charCodeAt(u + 1) & 0xfc00) === 0xdc00;
    unitAt.push(u);
    if (isPair) {
      u++;
      cpAt[u] = cp + 1; // an index inside a pair rounds up to the next code point
    }
    cp++;
  }
  cpAt[text.length] = cp;
  unitAt.push(text.length);
  return {
    toCodePoint: (i) => cpAt[i] ?? cp,
    toUtf16: (i) => unitAt[i] ?? text.length,
    length: cp,
  };
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let u = 0; u < text.length - 1; u++) {
    const code = text.charCodeAt(u);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(u + 1) & 0xfc00) === 0xdc00) {
      length--;
      u++;
    }
  }
  return length;
}

/**
 * Marks a web page leaves inside a word that no one sees: a soft hyphen, a zero-width space or joiner, direction
 * marks and embeddings, invisible operators, a byte order mark; a regex character-class body. The word joiner
 * (U+2060) is not among them: analysis reads every other mark between letters as one.
 */
export const INVISIBLE_IN_WORD = String.raw`\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2061-\u2064\u2066-\u2069\uFEFF`;

/** Orders strings by their UTF-16 code units, the same on every machine whatever its locale (never `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
