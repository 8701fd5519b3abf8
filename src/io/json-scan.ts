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

/**
 * Returns the spans of the elements of an array that JSON.parse refused, split so that a bad element costs only itself.
 * In a pretty-printed array (its first element on a line of its own) an element starts at every line that opens with the
 * first element's indentation and its first character after a line that ends in a comma, whatever brackets an element
 * before it left open or closed (p120: a `]` missing in element 3 of 1,000 had made elements 3–1,000 one bad element, and
 * one `]` too many had made every field after it an element). An array on one line has its top-level spans (`topLevelItems`).
 */
export function brokenArrayItems(json: string): { start: number; end: number }[] {
  const open = json.indexOf('[');
  const first = open < 0 ? -1 : skipSpace(json, open + 1);
  const lineStart = first < 0 ? -1 : json.lastIndexOf('\n', first - 1);
  // The array's own closing bracket, the last thing in the text, is no element's.
  let end = json.length;
  while (end > first && JSON_SPACE.has(json[end - 1]!)) end--;
  if (json[end - 1] === ']') end--;
  const indent = first < 0 || lineStart < open ? undefined : json.slice(lineStart + 1, first);
  if (first < 0 || first >= json.length || indent === undefined || !/^[ \t]*$/u.test(indent)) {
    // (An element left open runs to the text's end, over that bracket.)
    return topLevelItems(json).map((item) => (item.end > end ? { start: item.start, end } : item));
  }
  const opening = json[first]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const boundary = new RegExp(`,[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)*${indent}(?=${opening})`, 'gu');
  const items: { start: number; end: number }[] = [];
  let start = first;
  for (const match of json.slice(0, end).matchAll(boundary)) {
    items.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  items.push({ start, end });
  // Whitespace and a trailing comma after an element are not part of it.
  return items.map(({ start: from, end: to }) => {
    while (to > from && JSON_SPACE.has(json[to - 1]!)) to--;
    if (json[to - 1] === ',') to--;
    while (to > from && JSON_SPACE.has(json[to - 1]!)) to--;
    return { start: from, end: to };
  });
}

/**
 * Returns where the objects of a run "{…}, {…}" that did not parse as one element may be told apart: after each `}` a `{`
 * follows, with a comma between them or none (a comma left out between two records: "{…}\n  {…}", "}{").
 */
export function objectRunItems(json: string): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of json.matchAll(/\}[ \t\r\n]*,?[ \t\r\n]*(?=\{)/gu)) {
    items.push({ start, end: match.index + 1 });
    start = match.index + match[0].length;
  }
  items.push({ start, end: json.length });
  return items;
}
