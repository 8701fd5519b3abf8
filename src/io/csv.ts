/**
 * RFC 4180 CSV, CRLF line ends. The formatting is ours rather than csv-stringify's: every cell is a
 * string by the time it is written (see `cell`), which leaves one rule, and it runs 4.5× faster (the
 * 71,359 mentions.csv rows of the 5 MB bench corpus: 35 ms against 158 ms). It also quotes a field
 * with a bare line break, which csv-stringify given a CRLF record delimiter did not. test/csv.test.ts
 * checks the bytes against csv-stringify (told to quote line breaks) on generated cells.
 */
import type { Table } from './schema.js';

/** A value a CSV cell can hold; arrays are |-joined. */
export type CellValue = string | number | boolean | undefined | null | string[];

// OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula. A cell that
// starts with an apostrophe gets one more too, so that the rule is injective: `=X` → `'=X`, `'=X` → `''=X`
// (two distinct ids stay two distinct cells; a reader drops one leading apostrophe to get the raw value).
// A signed number ("-12", "+886") is left as it is: a spreadsheet reads it as a number, not a formula,
// and an id such as a negative JSONL id must stay the same in the CSVs and in articles.jsonl to join.
const NEUTRALIZED_START = /^[=+\-@\t\r']/u;
// (Also with thousands' commas, no leading digit or an exponent, "-1,234", "-.5", "-1.5e3": p109 had guarded those.)
const SIGNED_NUMBER = /^[+-](?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/u;

/** Returns a cell that a spreadsheet will show as text: a formula-like or apostrophe-led string gets a leading apostrophe. */
export function neutralizeCell(value: string): string {
  return NEUTRALIZED_START.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
}

// The most characters a spreadsheet's cell holds (Excel, LibreOffice): a longer cell is cut there, and counted (h140 F9).
export const MAX_CELL_CHARS = 32_767;

/** How many cells a table's writer cut at MAX_CELL_CHARS. */
export interface CutCells {
  cut: number;
}

/** Returns the cell cut at MAX_CELL_CHARS code units (not inside a surrogate pair), counted in `cuts`. */
function capped(value: string, cuts?: CutCells): string {
  if (value.length <= MAX_CELL_CHARS) return value;
  if (cuts) cuts.cut++;
  return value.slice(0, MAX_CELL_CHARS - (/[\uD800-\uDBFF]/u.test(value[MAX_CELL_CHARS - 1]!) ? 1 : 0));
}

function cell(value: CellValue, cuts?: CutCells): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return capped(neutralizeCell(value.join('|')), cuts);
  if (typeof value === 'string') return capped(neutralizeCell(value), cuts);
  return String(value);
}

// A field with a quote, a comma or a line break is quoted, its quotes doubled; any other is written as is.
const NEEDS_QUOTES = /[",\r\n]/u;

/** Returns one CSV field. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Returns one CSV line (with its CRLF) of string cells. */
function csvLine(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvField(cells[i]!);
  return line + '\r\n';
}

/** Returns the RFC 4180 header line of a table. */
export function csvHeader(table: Table): string {
  return csvLine(table.fields.map((field) => field.name));
}

/** Returns RFC 4180 lines for records keyed by the table's field names, in the table's column order; `cuts` counts the cells cut. */
export function csvRows(table: Table, records: Record<string, CellValue>[], cuts?: CutCells): string {
  let out = '';
  for (const record of records) out += csvLine(table.fields.map((field) => cell(record[field.name], cuts)));
  return out;
}

/** A table's CSV rows on their way to a file, stringified in batches. */
export interface CsvWriter {
  add(records: Record<string, CellValue>[]): Promise<void>;
  /** Writes what is left; call once, after the last `add`. */
  flush(): Promise<void>;
}

/**
 * Returns a writer that gathers records and writes them `batch` at a time: a run adds a few rows per
 * article, and one write per article would cost more than formatting them. Output is the same bytes.
 */
export function csvWriter(table: Table, write: (chunk: string) => Promise<void>, batch = 2048, cuts?: CutCells): CsvWriter {
  let pending: Record<string, CellValue>[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const records = pending;
    pending = [];
    await write(csvRows(table, records, cuts));
  };
  return {
    async add(records) {
      for (const record of records) pending.push(record);
      if (pending.length >= batch) await flush();
    },
    flush,
  };
}
