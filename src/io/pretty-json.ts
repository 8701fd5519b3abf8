/**
 * `JSON.stringify(value, null, 2)` of an object written in pieces: the same bytes, but no piece is
 * larger than a batch of its arrays' elements, so a dataset.json larger than a string (512 MB, some
 * five million entities) can be written.
 */

// Pieces are gathered to about this many UTF-16 units before they are yielded (fewer, larger writes).
const PIECE = 1 << 16;

/** Returns pretty-printed JSON indented to sit `indent` deep (a nested value's lines after its first). */
function nested(value: unknown, indent: string): string {
  // JSON escapes every line break inside strings, so each LF is a line of the layout.
  return (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
}

/** Yields `JSON.stringify(object, null, 2)` in pieces, each array field's elements a batch at a time. */
export function* prettyJsonPieces(object: Record<string, unknown>): Generator<string> {
  // An array is always written (`[]` at least); stringifying a whole one to find that out would build the
  // string the pieces are there to avoid (an entities array past 512 MB stopped the run: Invalid string length).
  const keys = Object.keys(object).filter((key) => Array.isArray(object[key]) || JSON.stringify(object[key]) !== undefined);
  if (keys.length === 0) {
    yield '{}';
    return;
  }
  let piece = '{\n';
  for (const [i, key] of keys.entries()) {
    const value = object[key];
    const comma = i < keys.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      piece += `  ${JSON.stringify(key)}: ${nested(value, '  ')}${comma}\n`;
      continue;
    }
    piece += `  ${JSON.stringify(key)}: [\n`;
    for (let j = 0; j < value.length; j++) {
      piece += `    ${nested(value[j] ?? null, '    ')}${j < value.length - 1 ? ',' : ''}\n`;
      if (piece.length >= PIECE) {
        yield piece;
        piece = '';
      }
    }
    piece += `  ]${comma}\n`;
  }
  yield `${piece}}`;
}
