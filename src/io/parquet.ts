import { writeFileSync } from 'node:fs';
import { ioFailure } from './failure.js';
import type { CellValue } from './csv.js';
import type { FieldType, Table } from './schema.js';

const PARQUET_TYPES: Record<FieldType, 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN'> = {
  string: 'STRING', integer: 'INT32', number: 'DOUBLE', boolean: 'BOOLEAN',
};

/** Collects one table's rows column by column, then writes them as a Parquet file with the CSV's columns and types. */
export interface ParquetTable {
  add(rows: Record<string, CellValue>[]): void;
  /** Writes `<dir>/<table>.parquet` under a temporary name; returns that name for the caller to rename. */
  write(path: string): void;
}

/** Returns the value a Parquet cell holds: lists |-joined as in the CSV, raw otherwise (no spreadsheet escaping), empty as null. */
function parquetValue(value: CellValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length ? value.join('|') : null;
  if (value === '') return null;
  return value;
}

type WriteBuffer = typeof import('hyparquet-writer').parquetWriteBuffer;

function parquetTable(table: Table, parquetWriteBuffer: WriteBuffer): ParquetTable {
  const columns = table.fields.map(() => [] as (string | number | boolean | null)[]);
  return {
    add(rows) {
      for (const row of rows) table.fields.forEach((field, i) => columns[i]!.push(parquetValue(row[field.name])));
    },
    write(path) {
      const buffer = parquetWriteBuffer({
        columnData: table.fields.map((field, i) => ({ name: field.name, data: columns[i]!, type: PARQUET_TYPES[field.type] })),
      });
      try {
        writeFileSync(path, new Uint8Array(buffer));
      } catch (error) {
        throw ioFailure('write', path, error);
      }
    },
  };
}

/**
 * One collector per table, by name. hyparquet-writer is imported here, on a run that asked for
 * Parquet, not at start-up: it is about 50 ms of every other run's cold start.
 */
export async function parquetTables(tables: Table[]): Promise<Map<string, ParquetTable>> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  return new Map(tables.map((t) => [t.name, parquetTable(t, parquetWriteBuffer)]));
}
