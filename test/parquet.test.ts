import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { tables } from '../src/io/schema.js';
import { root, runCli, tempDir } from './helpers.js';

describe('--parquet', () => {
  it('writes every table as Parquet with the CSV columns and the same values', async () => {
    const out = tempDir();
    expect(runCli(['--input', join(root, 'seeds'), '--output', out, '--parquet']).status).toBe(0);
    for (const table of tables) {
      const file = readFileSync(join(out, `${table.name}.parquet`));
      const rows = await parquetReadObjects({ file: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) });
      const csv = parse(readFileSync(join(out, table.file), 'utf8'), { columns: true }) as Record<string, string>[];
      expect(rows.length).toBe(csv.length);
      expect(Object.keys(rows[0]!)).toEqual(table.fields.map((f) => f.name));
      rows.forEach((row, i) => {
        for (const field of table.fields) {
          const value = row[field.name];
          const text = value === null || value === undefined ? '' : String(value);
          // CSV cells that start like a formula carry a leading apostrophe; Parquet keeps the raw value.
          expect(text).toBe(csv[i]![field.name]!.replace(/^'(?=[=+\-@\t\r])/u, ''));
        }
      });
    }
    const mentions = await parquetReadObjects({ file: new Uint8Array(readFileSync(join(out, 'mentions.parquet'))).buffer });
    expect(mentions.find((m) => m.text === '賴清德')).toMatchObject({ entity_id: 'person:william-lai', kind: 'zh', start: 248, end: 251, article_id: 'news-sample.txt#3' });
  });
});
