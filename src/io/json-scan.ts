/**
 * Where things are in a JSON text, found in one linear pass: what JSON.parse does not say (a key
 * given twice, where each element of an array starts, and so where a reader can resume after a bad one).
 */

const JSON_SPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * Returns the index of the quote that closes the string opening at `open`: the next one not escaped by
 * an odd run of backslashes; the text's length when the string is never closed.
 */
function closingQuote(json: string, open: number): number {
  for (let i = json.indexOf('"', open + 1); ; i = json.indexOf('"', i + 1)) {
    if (i === -1) return json.length;
    let slashes = 0;
    while (json[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return i;
  }
}

/** Returns the index of the first character at or after `i` that is not JSON whitespace. */
function skipSpace(json: string, i: number): number {
  while (JSON_SPACE.has(json[i]!)) i++;
  return i;
}

/**
 * Calls `visit` for each bracket, comma and string in text order, with its nesting depth (a bracket
 * has its container's: `[` and its `]` both 0 at the top) and the index just after it (after a string's closing quote).
 */
function walk(json: string, visit: (c: string, at: number, depth: number, end: number) => void): void {
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (c === '"') {
      const end = closingQuote(json, i) + 1;
      visit(c, i, depth, end);
      i = end - 1;
    } else if (c === '{' || c === '[') {
      visit(c, i, depth++, i + 1);
    } else if (c === '}' || c === ']') {
      visit(c, i, --depth, i + 1);
    } else if (c === ',') {
      visit(c, i, depth, i + 1);
    }
  }
}

/**
 * Returns the keys of the object a valid JSON text holds, in order, repeats included, each with the
 * UTF-16 index of its opening quote (JSON.parse keeps only the last value of a repeated key).
 */
export function topLevelKeys(json: string): { key: string; at: number }[] {
  const keys: { key: string; at: number }[] = [];
  walk(json, (c, at, depth, end) => {
    if (c === '"' && depth === 1 && json[skipSpace(json, end)] === ':') keys.push({ key: JSON.parse(json.slice(at, end)) as string, at });
  });
  return keys;
}

/**
 * Returns the [start, end) UTF-16 span of each element of the array a JSON text opens with (whitespace
 * around it left out). On text that is not valid JSON the spans are the best guess a reader can go on
 * with: what lies between top-level commas, the last element running to the end if no `]` closes it.
 */
export function topLevelItems(json: string): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let start = -1;
  let closed = false;
  walk(json, (c, at, depth, end) => {
    if (closed) return;
    if (start === -1) {
      if (depth === 0 && c === '[') start = skipSpace(json, end);
    } else if (depth === 1 && c === ',') {
      items.push({ start, end: at });
      start = skipSpace(json, end);
    } else if (depth === 0 && c === ']') {
      // "[]" has no element; "[1,]" has an empty one after its comma, which a parse then reports.
      if (start < at || items.length > 0) items.push({ start, end: at });
      closed = true;
    }
  });
  if (start !== -1 && !closed && start < json.length) items.push({ start, end: json.length });
  // An element's end is where the comma or bracket after it is; its trailing whitespace is not part of it.
  return items.map(({ start: from, end }) => {
    let to = end;
    while (to > from && JSON_SPACE.has(json[to - 1]!)) to--;
    return { start: from, end: to };
  });
}

/**
 * Returns the [start, end) spans of the objects and arrays a text holds one after another at the top
 * ("{…}\n{…}", JSON Lines saved as .json, or "[…]\n[…]"), or undefined when it holds anything else
 * between or after them (a stray word, an unclosed bracket): then it is no sequence of values.
 */
export function topLevelValues(json: string): { start: number; end: number }[] | undefined {
  const values: { start: number; end: number }[] = [];
  let start = -1;
  let last = 0;
  let broken = false;
  walk(json, (c, at, depth, end) => {
    if (broken) return;
    if (depth === 0 && (c === '{' || c === '[') && start === -1) {
      // Only whitespace may stand between two values.
      if (skipSpace(json, last) !== at) broken = true;
      start = at;
    } else if (depth === 0 && (c === '}' || c === ']') && start !== -1) {
      values.push({ start, end });
      start = -1;
      last = end;
    } else if (depth === 0 && start === -1) {
      broken = true;
    }
  });
  if (broken || start !== -1 || values.length === 0 || skipSpace(json, last) !== json.length) return undefined;
  return values;
}
