import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { root, runCli, tempDir } from './helpers.js';

const TYPE_CHECKS: Record<string, (value: string) => boolean> = {
  integer: (v) => /^-?\d+$/u.test(v),
  number: (v) => Number.isFinite(Number(v)) && v.trim() !== '',
  boolean: (v) => v === 'true' || v === 'false',
  string: () => true,
};

describe('datapackage.json', () => {
  it('describes every CSV: each cell parses as its declared type', () => {
    const out = tempDir();
    runCli(['--input', join(root, 'seeds'), join(root, 'test', 'fixtures', 'malformed'), '--output', out]);
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    let cells = 0;
    for (const resource of pkg.resources) {
      const fields = resource.schema.fields as { name: string; type: string }[];
      const rows = parse(readFileSync(join(out, resource.path), 'utf8'), { columns: fields.map((f) => f.name), from_line: 2 }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const field of fields) {
          const value = row[field.name]!;
          if (value === '') continue; // missingValues: ['']
          cells++;
          expect({ file: resource.path, field: field.name, value, ok: TYPE_CHECKS[field.type]!(value) }).toMatchObject({ ok: true });
        }
      }
    }
    expect(cells).toBeGreaterThan(1000);
  });
});
