import { stringify } from 'csv-stringify/sync';
import type { Table } from './schema.js';

/** A value a CSV cell can hold; arrays are |-joined. */
export type CellValue = string | number | boolean | undefined | null | string[];

// OWASP CSV injection: a spreadsheet runs a cell that starts with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/u;

/** Returns a cell that a spreadsheet will show as text: formula-like strings get a leading apostrophe. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: CellValue): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return neutralizeCell(value.join('|'));
  if (typeof value === 'string') return neutralizeCell(value);
  return String(value);
}

/** Returns the RFC 4180 header line of a table. */
export function csvHeader(table: Table): string {
  return stringify([table.fields.map((field) => field.name)], { record_delimiter: '\r\n' });
}

/** Returns RFC 4180 lines for records keyed by the table's field names, in the table's column order. */
export function csvRows(table: Table, records: Record<string, CellValue>[]): string {
  if (records.length === 0) return '';
  return stringify(records.map((record) => table.fields.map((field) => cell(record[field.name]))), { record_delimiter: '\r\n' });
}

/** A table's CSV rows on their way to a file, stringified in batches. */
export interface CsvWriter {
  add(records: Record<string, CellValue>[]): Promise<void>;
  /** Writes what is left; call once, after the last `add`. */
  flush(): Promise<void>;
}

/**
 * Returns a writer that gathers records and hands them to csv-stringify `batch` at a time: each
 * call costs far more than a row, and a run adds a few rows per article. Output is the same bytes.
 */
export function csvWriter(table: Table, write: (chunk: string) => Promise<void>, batch = 2048): CsvWriter {
  let pending: Record<string, CellValue>[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const records = pending;
    pending = [];
    await write(csvRows(table, records));
  };
  return {
    async add(records) {
      for (const record of records) pending.push(record);
      if (pending.length >= batch) await flush();
    },
    flush,
  };
}
