import type { Segment } from '../stages/segment.js';
import { offsetMap, type OffsetMap } from '../text/codepoints.js';
import { readError } from './input-error.js';
import { brokenArrayItems, objectRunItems, topLevelItems, topLevelValues } from './json-scan.js';
import { articleFromRecord, parseErrorPosition, type RecordPlace } from './jsonl.js';

/** Finds lines and columns in a text: `lineOf` a UTF-16 index's 1-based line, `locate` its line and code point column. */
function locator(text: string): { lineOf(at: number): number; locate(at: number): { line: number; column: number } } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let codePoints: OffsetMap | undefined; // built for the first column asked for, which only an error row needs
  const lineOf = (at: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return {
    lineOf,
    locate(at) {
      const line = lineOf(at);
      codePoints ??= offsetMap(text);
      return { line, column: codePoints.toCodePoint(at) - codePoints.toCodePoint(lineStarts[line - 1]!) + 1 };
    },
  };
}

/** Returns the `jsonl-parse` row of a JSON.parse error on the text at `offset`, at the error's line and column when the message gives its position. */
function parseRow(error: Error, offset: number, place: RecordPlace, fatal: boolean): Segment {
  const position = parseErrorPosition(error);
  const where = position === undefined ? { line: place.line, column: place.startColumn?.() } : place.locate(offset + position);
  return readError(place.source, 'jsonl-parse', `not valid JSON (${error.message})`, where, fatal);
}

/**
 * Reads a .json input (its lines joined by LF): an array of article records, each read as a JSONL
 * line's record is (default id `<file>#<n>`, `index` n, `line` where it starts), or one article
 * record. An array that is not valid JSON is read element by element, as JSONL is line by line: a
 * bad element is a row at its line, and the others are kept. Rows name the line and column in the file.
 */
export function parseJsonFile(text: string, source: string): Segment[] {
  const { lineOf, locate } = locator(text);
  const start = Math.max(0, text.search(/\S/u));
  const whole: RecordPlace = { source, line: lineOf(start), index: 1, defaultId: `${source}#1`, locate };
  let value: unknown;
  let wholeError: Error | undefined;
  try {
    value = JSON.parse(text);
  } catch (error) {
    wholeError = error as Error;
  }
  // Several values one after another (JSON Lines saved as .json, two arrays): each read in turn, none lost.
  const values = wholeError ? topLevelValues(text) : undefined;
  if (values !== undefined && values.length > 1) return parseValues(text, source, values, lineOf, locate);
  if (text[start] !== '[') return wholeError ? [parseRow(wholeError, 0, whole, true)] : articleFromRecord(value, text, whole);
  if (Array.isArray(value) && value.length === 0) return [readError(source, 'empty-input', 'no articles (the .json file holds an empty array)')];
  const segments: Segment[] = [];
  let badElement = false;
  let index = 0;
  const place = (from: number): RecordPlace => ({ source, line: lineOf(from), index, defaultId: `${source}#${index}`, locate: (at) => locate(from + at), startColumn: () => locate(from).column });
  /** Reads the element at `from`..`end` of a broken array; one that does not parse may be objects run together ("{…}, {…}", or "{…} {…}" with
   * the comma left out: p126 lost both records), each read in turn. */
  const readElement = (from: number, end: number, split: boolean): void => {
    const recordText = text.slice(from, end);
    try {
      const record: unknown = JSON.parse(recordText);
      index++;
      segments.push(...articleFromRecord(record, recordText, place(from)));
    } catch (error) {
      const pieces = split ? objectRunItems(recordText) : [];
      if (pieces.length > 1) {
        for (const piece of pieces) readElement(from + piece.start, from + piece.end, false);
        return;
      }
      index++;
      badElement = true;
      segments.push(parseRow(error as Error, 0, place(from), true));
    }
  };
  if (!wholeError) {
    topLevelItems(text).forEach(({ start: from, end }, i) => {
      index = i + 1;
      segments.push(...articleFromRecord((value as unknown[])[i], text.slice(from, end), place(from)));
    });
    return segments;
  }
  for (const { start: from, end } of brokenArrayItems(text)) {
    // Nothing after an array's last comma: a trailing comma, which JSON forbids and editors leave; no record is lost (p92).
    if (from >= end) continue;
    readElement(from, end, true);
  }
  // Every element parsed alone, so the fault is in the array itself (no closing bracket, text after it): the elements are kept.
  if (wholeError && !badElement) segments.unshift(parseRow(wholeError, 0, whole, false));
  return segments;
}

/**
 * Reads a .json text that holds several top-level values: an object is one record, an array's elements
 * are records, numbered on across the values; a value that is not valid JSON is one row at its line. A first
 * row, not fatal, says how the file was read (it is not one JSON document).
 */
function parseValues(text: string, source: string, values: { start: number; end: number }[], lineOf: (at: number) => number, locate: (at: number) => { line: number; column: number }): Segment[] {
  const segments: Segment[] = [readError(source, 'json-values', `the .json file holds ${values.length} JSON values one after another, not one document; each is read (JSON Lines are written as .jsonl)`, { line: lineOf(values[1]!.start) }, false)];
  let index = 0;
  for (const { start, end } of values) {
    const valueText = text.slice(start, end);
    const place = (from: number): RecordPlace => ({ source, line: lineOf(from), index: ++index, defaultId: `${source}#${index}`, locate: (at) => locate(from + at), startColumn: () => locate(from).column });
    let value: unknown;
    try {
      value = JSON.parse(valueText);
    } catch (error) {
      segments.push(parseRow(error as Error, 0, place(start), true));
      continue;
    }
    if (!Array.isArray(value)) {
      segments.push(...articleFromRecord(value, valueText, place(start)));
      continue;
    }
    topLevelItems(valueText).forEach(({ start: from, end: to }, i) => {
      segments.push(...articleFromRecord(value[i], valueText.slice(from, to), place(start + from)));
    });
  }
  return segments;
}
