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

/**
 * Parses one JSONL line into an article: `text` kept exactly, `id` (string or number) used as given,
 * `title`/`date`/`url`/`source` copied when strings; every other field ignored. Bad lines become errors.
 */
export function parseJsonlLine(lineText: string, source: string, line: number): Segment[] {
  const warnings: Segment[] = [];
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
  const id = rawId === undefined || rawId === '' ? `${source}#${line}` : String(rawId);
  const body = fields['text'];
  if (typeof body !== 'string') {
    const got = body === undefined ? 'no "text" field' : `"text" is ${body === null ? 'null' : typeof body}`;
    return [readError(source, 'jsonl-text', `expected "text" to be a string: ${got}`, { line, articleId: id })];
  }
  if (body.trim() === '') return [readError(source, 'empty-article', `article ${id} has empty text`, { line, articleId: id })];
  let text = body;
  if (!body.isWellFormed()) {
    // A lone surrogate from a \uD800-style escape cannot be written as UTF-8; U+FFFD keeps every offset.
    text = body.toWellFormed();
    warnings.push(readError(source, 'lone-surrogate', `article ${id}: unpaired UTF-16 surrogates in "text" replaced with U+FFFD`, { line, articleId: id }, false));
  }
  if (text.includes('\u0000')) {
    // A \u0000 escape: the NUL byte a text file's reader replaces, here after JSON decoding (same offsets).
    text = text.replaceAll('\u0000', '\uFFFD');
    warnings.push(readError(source, 'nul-byte', `article ${id}: NUL characters (\\u0000) in "text" replaced with U+FFFD`, { line, articleId: id }, false));
  }
  const article: Article = {
    id, source: typeof fields['source'] === 'string' ? fields['source'] : source, index: line,
    text, credits: [], truncated: isTruncated(text), line,
  };
  for (const field of OPTIONAL_FIELDS) {
    const value = fields[field];
    if (typeof value === 'string') article[field] = value;
  }
  return [...warnings, { article }];
}
