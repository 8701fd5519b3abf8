import type { Article } from '../model/index.js';
import { readError } from './input-error.js';
import { isTruncated, type Segment } from '../stages/segment.js';

/** Returns the 1-based column named by a JSON.parse error ("… at position 12"), if it names one. */
function parseErrorColumn(error: Error, text: string): number | undefined {
  const position = /position (\d+)/u.exec(error.message);
  if (!position) return undefined;
  return [...text.slice(0, Number(position[1]))].length + 1;
}

const OPTIONAL_FIELDS = ['title', 'date', 'url'] as const;
// Every field an article takes from a line, in the order its repairs are reported.
const READ_FIELDS = ['id', 'text', ...OPTIONAL_FIELDS, 'source'] as const;

/**
 * Returns a string field with what UTF-8 output cannot hold or CSV readers refuse replaced by U+FFFD
 * (same offsets): lone surrogates from `\uD800`-style escapes and NUL from `\u0000`; `problems`
 * names each repair made.
 */
function repairString(value: string): { value: string; problems: ('lone-surrogate' | 'nul-byte')[] } {
  const problems: ('lone-surrogate' | 'nul-byte')[] = [];
  let repaired = value;
  if (!repaired.isWellFormed()) {
    repaired = repaired.toWellFormed();
    problems.push('lone-surrogate');
  }
  if (repaired.includes('\u0000')) {
    repaired = repaired.replaceAll('\u0000', '\uFFFD');
    problems.push('nul-byte');
  }
  return { value: repaired, problems };
}

const REPAIRS = {
  'lone-surrogate': 'unpaired UTF-16 surrogates in "FIELD" replaced with U+FFFD',
  'nul-byte': 'NUL characters (\\u0000) in "FIELD" replaced with U+FFFD',
} as const;

const JSON_SPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * Returns the keys of the object a valid JSON text holds, in order, repeats included, each with the
 * UTF-16 index of its opening quote (JSON.parse keeps only the last value of a repeated key).
 */
function topLevelKeys(json: string): { key: string; at: number }[] {
  const keys: { key: string; at: number }[] = [];
  let depth = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      const start = i;
      // The closing quote is the next one not escaped by an odd run of backslashes.
      for (i = json.indexOf('"', i + 1); ; i = json.indexOf('"', i + 1)) {
        let slashes = 0;
        while (json[i - 1 - slashes] === '\\') slashes++;
        if (slashes % 2 === 0) break;
      }
      if (depth !== 1) continue;
      let next = i + 1;
      while (JSON_SPACE.has(json[next]!)) next++;
      if (json[next] === ':') keys.push({ key: JSON.parse(json.slice(start, i + 1)) as string, at: start });
    }
  }
  return keys;
}

/** Returns a kept row for each field gazette reads that the line gives more than once, at its second occurrence. */
function duplicateKeys(lineText: string, fields: Record<string, unknown>, place: { source: string; line: number; id: string }): Segment[] {
  const keys = topLevelKeys(lineText);
  if (keys.length === Object.keys(fields).length) return [];
  const rows: Segment[] = [];
  for (const field of READ_FIELDS) {
    const repeats = keys.filter((k) => k.key === field);
    if (repeats.length < 2) continue;
    const column = [...lineText.slice(0, repeats[1]!.at)].length + 1;
    rows.push(readError(place.source, 'jsonl-duplicate-key', `article ${place.id}: "${field}" is given ${repeats.length} times; the last one is used`, { line: place.line, column, articleId: place.id }, false));
  }
  return rows;
}

/**
 * Parses one JSONL line into an article: `text` kept exactly, `id` (string or number) used as given,
 * `title`/`date`/`url`/`source` copied when strings; every other field ignored. Bad lines become errors;
 * a string field with lone surrogates or NUL is kept repaired, and a field given twice keeps its last
 * value, each with a non-fatal row.
 */
export function parseJsonlLine(lineText: string, source: string, line: number): Segment[] {
  let record: unknown;
  try {
    record = JSON.parse(lineText);
  } catch (error) {
    const column = parseErrorColumn(error as Error, lineText);
    return [readError(source, 'jsonl-parse', `not valid JSON (${(error as Error).message})`, { line, column })];
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return [readError(source, 'jsonl-not-object', `expected a JSON object with a "text" field, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`, { line })];
  }
  const fields = record as Record<string, unknown>;
  const rawId = fields['id'];
  if (rawId !== undefined && typeof rawId !== 'string' && typeof rawId !== 'number') {
    return [readError(source, 'jsonl-id', `"id" must be a string or a number, got ${rawId === null ? 'null' : typeof rawId}`, { line })];
  }
  // Each string field as it will be written, and what was repaired in it, in a fixed order.
  const repairs: { field: string; problem: keyof typeof REPAIRS }[] = [];
  const strings: Record<string, string> = {};
  for (const field of READ_FIELDS) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const repaired = repairString(value);
    strings[field] = repaired.value;
    for (const problem of repaired.problems) repairs.push({ field, problem });
  }
  const id = rawId === undefined || rawId === '' ? `${source}#${line}` : strings['id'] ?? String(rawId);
  const text = strings['text'];
  if (text === undefined) {
    const body = fields['text'];
    const got = body === undefined ? 'no "text" field' : `"text" is ${body === null ? 'null' : typeof body}`;
    return [readError(source, 'jsonl-text', `expected "text" to be a string: ${got}`, { line, articleId: id })];
  }
  if (text.trim() === '') return [readError(source, 'empty-article', `article ${id} has empty text`, { line, articleId: id })];
  const warnings = repairs.map(({ field, problem }) =>
    readError(source, problem, `article ${id}: ${REPAIRS[problem].replace('FIELD', field)}`, { line, articleId: id }, false));
  const article: Article = {
    id, source: strings['source'] ?? source, index: line,
    text, credits: [], truncated: isTruncated(text), line,
  };
  for (const field of OPTIONAL_FIELDS) {
    const value = strings[field];
    if (value !== undefined) article[field] = value;
  }
  return [...duplicateKeys(lineText, fields, { source, line, id }), ...warnings, { article }];
}
