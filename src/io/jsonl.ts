import type { Article } from '../model/index.js';
import { readError } from './input-error.js';
import { topLevelKeys } from './json-scan.js';
import { creditClassifier, interiorCredits, isTruncated, leadingCredits, MAX_CREDIT_CHARS, trailingCredits, type Segment } from '../stages/segment.js';
import { withLineBreaks } from '../text/reading.js';

/** Returns the UTF-16 index a JSON.parse error names ("… at position 12"), if it names one. */
export function parseErrorPosition(error: Error): number | undefined {
  const position = /position (\d+)/u.exec(error.message);
  return position ? Number(position[1]) : undefined;
}

const OPTIONAL_FIELDS = ['title', 'date', 'url'] as const;
// The longest id kept (UTF-8 bytes): an article's id is written on every one of its mention rows, so a
// longer one would make the output grow with the id times the mentions (a 100 KB id: 478 MB from 120 KB).
const MAX_ID_BYTES = 256;
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

/** Returns a kept row for each field gazette reads that the record gives more than once, at its second occurrence. */
function duplicateKeys(recordText: string, fields: Record<string, unknown>, place: RecordPlace, id: string): Segment[] {
  const keys = topLevelKeys(recordText);
  if (keys.length === Object.keys(fields).length) return [];
  const rows: Segment[] = [];
  for (const field of READ_FIELDS) {
    const repeats = keys.filter((k) => k.key === field);
    if (repeats.length < 2) continue;
    const message = `article ${id}: "${field}" is given ${repeats.length} times; the last one is used`;
    rows.push(readError(place.source, 'jsonl-duplicate-key', message, { ...place.locate(repeats[1]!.at), articleId: id }, false));
  }
  return rows;
}

/** Where a JSON record lies in its file: the place its rows name and its article's defaults. */
export interface RecordPlace {
  source: string;
  /** The line the record starts on (the article's `line`). */
  line: number;
  /** Returns the code point column it starts at, for a record that need not open its line (an element of a .json array); rows about the whole record name it. */
  startColumn?(): number;
  /** The article's `index`. */
  index: number;
  /** The article's id when the record gives none. */
  defaultId: string;
  /** Returns the line and 1-based code point column of a UTF-16 index into the record's text. */
  locate(at: number): { line: number; column: number };
}

// A white space character that JSON does not allow (a no-break space, an ideographic space, a form feed, as a paste from a web
// page or a word processor leaves it before a record).
const FOREIGN_SPACE = /[^\S \t\r\n]/u;

/** The character's code point as Unicode writes it: "U+00A0". */
function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Parses one JSONL line into an article (see `articleFromRecord`); a line that is not JSON becomes an error. White space JSON
 * does not allow before or after the record is read as white space, with a kept row naming it and its column (p126: a no-break
 * space before `{` had made the record a fatal row with no column, quoting an invisible character).
 */
export function parseJsonlLine(lineText: string, source: string, line: number): Segment[] {
  // (`trim` and `\s` agree on what white space is; a regex search for the trailing run would cost the square of a long inner one.)
  const start = lineText.length - lineText.trimStart().length;
  const end = Math.max(start, lineText.trimEnd().length);
  const outside = lineText.slice(0, start) + lineText.slice(end);
  // The record's text, and where it starts in the line.
  const [recordText, shift] = FOREIGN_SPACE.test(outside) ? [lineText.slice(start, end), start] : [lineText, 0];
  const rows: Segment[] = [];
  if (shift > 0 || recordText !== lineText) {
    const before = FOREIGN_SPACE.exec(lineText.slice(0, start));
    const at = before?.index ?? end + FOREIGN_SPACE.exec(lineText.slice(end))!.index;
    const message = `${codePointName(lineText[at]!)}, a space JSON does not allow, ${before ? 'before' : 'after'} the record; read as white space`;
    rows.push(readError(source, 'jsonl-whitespace', message, { line, column: [...lineText.slice(0, at)].length + 1 }, false));
  }
  let record: unknown;
  try {
    record = JSON.parse(recordText);
  } catch (error) {
    const position = parseErrorPosition(error as Error);
    const column = position === undefined ? undefined : [...lineText.slice(0, position + shift)].length + 1;
    return [...rows, readError(source, 'jsonl-parse', `not valid JSON (${(error as Error).message})`, { line, column })];
  }
  const locate = (at: number) => ({ line, column: [...lineText.slice(0, at + shift)].length + 1 });
  return [...rows, ...articleFromRecord(record, recordText, { source, line, index: line, defaultId: `${source}#${line}`, locate })];
}

/**
 * The text of a number as the record writes it under its (last) top-level `key`: an id of 19 digits
 * ("1790000000000000001", a post's id) is used as given, not as the nearest double JSON.parse makes of it.
 */
function rawNumber(recordText: string, key: string): string | undefined {
  const at = topLevelKeys(recordText).filter((k) => k.key === key).at(-1)?.at;
  if (at === undefined) return undefined;
  return /^"(?:[^"\\]|\\.)*"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/u.exec(recordText.slice(at))?.[1];
}

// A title, date, url or source is cut here, as credits are: a spreadsheet's cell holds 32,767 characters (h140 F9: 40 k titles and urls).
const MAX_FIELD_CHARS = MAX_CREDIT_CHARS;

/** The value cut at MAX_FIELD_CHARS code units (not inside a surrogate pair), or undefined when it is shorter. */
function cutField(value: string): string | undefined {
  if (value.length <= MAX_FIELD_CHARS) return undefined;
  const end = MAX_FIELD_CHARS - (/[\uD800-\uDBFF]/u.test(value[MAX_FIELD_CHARS - 1]!) ? 1 : 0);
  return value.slice(0, end);
}

/** The first credits whose characters, a line break after each, are at most MAX_CREDIT_CHARS: those a .txt article would keep. */
function cappedCredits(credits: string[]): string[] {
  let chars = 0;
  for (let k = 0; k < credits.length; k++) {
    chars += credits[k]!.length + 1;
    if (chars > MAX_CREDIT_CHARS) return credits.slice(0, k);
  }
  return credits;
}

/**
 * Makes an article of one parsed JSON record (a JSONL line, an element of a .json array):
 * `text` kept exactly, `id` (string or number) used as given, `title`/`date`/`url`/`source` copied
 * when strings; every other field ignored. A record that is no article becomes an error; a string
 * field with lone surrogates or NUL is kept repaired, and a field given twice keeps its last value,
 * each with a non-fatal row.
 */
export function articleFromRecord(record: unknown, recordText: string, place: RecordPlace): Segment[] {
  const { source, line } = place;
  // Only an error row asks for the column (finding it may map the file's code points).
  const where = () => ({ line, column: place.startColumn?.() });
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return [readError(source, 'jsonl-not-object', `expected a JSON object with a "text" field, got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`, where())];
  }
  const fields = record as Record<string, unknown>;
  const rawId = fields['id'];
  // A null id is a missing one, as a null title is: the default id.
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    return [readError(source, 'jsonl-id', `"id" must be a string or a number, got ${Array.isArray(rawId) ? 'an array' : typeof rawId}`, where())];
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
  // An id of spaces only is a missing one too: it looks empty in every viewer ("\t" had become a key). Unlike a missing one, it is said.
  const blank = typeof rawId === 'string' && rawId.trim() === '';
  const given = rawId === undefined || rawId === null || blank ? undefined : strings['id'] ?? rawNumber(recordText, 'id') ?? String(rawId);
  const tooLong = given !== undefined && Buffer.byteLength(given) > MAX_ID_BYTES;
  const id = given === undefined || tooLong ? place.defaultId : given;
  const text = strings['text'];
  if (text === undefined) {
    const body = fields['text'];
    const got = body === undefined ? 'no "text" field' : `"text" is ${body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body}`;
    return [readError(source, 'jsonl-text', `expected "text" to be a string: ${got}`, { ...where(), articleId: id })];
  }
  if (text.trim() === '') return [readError(source, 'empty-article', `article ${id} has empty text`, { ...where(), articleId: id })];
  const warnings = repairs.map(({ field, problem }) =>
    readError(source, problem, `article ${id}: ${REPAIRS[problem].replace('FIELD', field)}`, { ...where(), articleId: id }, false));
  // A metadata field that is no string (null aside, as exports write a missing value) is left out, and said so.
  for (const field of [...OPTIONAL_FIELDS, 'source'] as const) {
    const value = fields[field];
    if (value === undefined || value === null || typeof value === 'string') continue;
    const kind = Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
    warnings.push(readError(source, 'jsonl-field', `article ${id}: "${field}" is ${kind}, not a string; left out`, { ...where(), articleId: id }, false));
  }
  if (blank) {
    // (A join back to the records on "id" misses this one: p132 had found the id replaced with no row.)
    const message = `article ${id}: "id" is ${rawId === '' ? 'empty' : `white space only (${JSON.stringify(rawId)})`}; ${id} is used instead`;
    warnings.unshift(readError(source, 'empty-id', message, { ...where(), articleId: id }, false));
  }
  if (tooLong) {
    const message = `article ${id}: "id" is ${Buffer.byteLength(given)} bytes long, over the limit of ${MAX_ID_BYTES} (it is written on every mention row); ${id} is used instead of "${[...given].slice(0, 20).join('')}…"`;
    warnings.unshift(readError(source, 'id-too-long', message, { ...where(), articleId: id }, false));
  }
  // Credits and furniture at the text's end stay in it, as given, and are the article's credits too; the body, and whether it was
  // cut off, end before them (p129: "© 2026 AFP" and "Edited by: Rana Taha" had been mentions, and marked their stories truncated).
  const kindOf = creditClassifier();
  // (Its lines as read: U+2028, U+2029 and NEL end a line too; h140 F8.)
  const lines = withLineBreaks(text);
  const trailing = trailingCredits(lines, kindOf);
  // (So are its byline and timestamp lines at its start, and the body starts after them; p132.)
  const leading = leadingCredits(lines, kindOf);
  // (And its furniture between them, lines that are credits on their own: "CNA photo Nov. 30, 2026" had been a mention "CNA"; p133.)
  const interior = interiorCredits(lines, leading?.bodyStart, trailing?.bodyEnd, kindOf);
  // Its credits stop at MAX_CREDIT_CHARS, as a .txt article's do, with the same note row (h137 F8: 8,000 "Photo: AFP" lines had made one cell
  // of 88 k characters; 50,000 one of 1.2 MB). The text keeps them all, read as spaces.
  const credits = cappedCredits([...leading?.credits ?? [], ...interior?.credits ?? [], ...trailing?.credits ?? []]);
  if (credits.length < (leading?.credits.length ?? 0) + (interior?.credits.length ?? 0) + (trailing?.credits.length ?? 0)) {
    const message = `the credits of article ${id} pass ${MAX_CREDIT_CHARS / 1000} k characters; its furniture lines from there on are not kept in its credits (the text keeps them)`;
    warnings.push(readError(source, 'credits-too-long', message, { ...where(), articleId: id }, false));
  }
  for (const field of [...OPTIONAL_FIELDS, 'source'] as const) {
    const cut = strings[field] === undefined ? undefined : cutField(strings[field]);
    if (cut === undefined) continue;
    const message = `article ${id}: "${field}" is ${strings[field]!.length} characters long; cut at ${MAX_FIELD_CHARS / 1000} k, as credits are (a spreadsheet's cell holds 32,767)`;
    warnings.push(readError(source, 'field-too-long', message, { ...where(), articleId: id }, false));
    strings[field] = cut;
  }
  const article: Article = {
    id, source: strings['source'] ?? source, index: place.index,
    text, credits,
    truncated: isTruncated(trailing === undefined ? text : [...text].slice(0, trailing.bodyEnd).join('')), line,
  };
  if (trailing !== undefined) article.bodyEnd = trailing.bodyEnd;
  if (leading !== undefined) article.bodyStart = leading.bodyStart;
  if (interior !== undefined) article.creditSpans = interior.spans;
  if (id === given && repairs.some((r) => r.field === 'id')) article.idRepaired = true;
  // An empty title, date or url is none, as a null one is: the CSV cannot tell "" from a missing value, and the JSON must
  // read back the same (p120: "" in articles.jsonl, missing in articles.csv).
  for (const field of OPTIONAL_FIELDS) {
    const value = strings[field];
    if (value !== undefined && value !== '') article[field] = value;
  }
  return [...duplicateKeys(recordText, fields, place, id), ...warnings, { article }];
}
