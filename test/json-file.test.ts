import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonFile } from '../src/io/json-file.js';
import { readInputFile } from '../src/io/read.js';
import type { Segment } from '../src/stages/segment.js';
import { tempDir } from './helpers.js';

/** Each segment as `id index line: text`, or `rule@line:column: message` for a row. */
function show(segments: Segment[]): string[] {
  return segments.map((s) => ('article' in s
    ? `${s.article.id} ${s.article.index} ${s.article.line}: ${s.article.text}`
    : `${s.error.rule}@${s.error.line}:${s.error.column}${s.error.fatal ? '' : ' (kept)'}: ${s.error.message}`));
}

describe('.json input', () => {
  it('reads an array of article records, each like a JSONL line, with ids <file>#<n> and the line each starts on', () => {
    const text = [
      '[',
      '  {"id": "a", "text": "Taipei said no.", "title": "T"},',
      '  {"text": "😀 Kyiv said yes."},',
      '  42,',
      '  {"text": "x", "text": "Tokyo."},',
      '  {"id": "e", "text": null}',
      ']',
    ].join('\n');
    expect(show(parseJsonFile(text, 'in.json'))).toEqual([
      'a 1 2: Taipei said no.',
      'in.json#2 2 3: 😀 Kyiv said yes.',
      'jsonl-not-object@4:3: in.json:4:3: expected a JSON object with a "text" field, got number',
      'jsonl-duplicate-key@5:17 (kept): in.json:5:17: article in.json#4: "text" is given 2 times; the last one is used',
      'in.json#4 4 5: Tokyo.',
      'jsonl-text@6:3: in.json:6:3: expected "text" to be a string: "text" is null',
    ]);
  });

  it('reads one article object; a parse error in it is a row at its line and column', () => {
    expect(show(parseJsonFile('\n {"text": "Seoul said no."}\n', 'o.json'))).toEqual(['o.json#1 1 2: Seoul said no.']);
    expect(show(parseJsonFile('\n{"text": "😀",\n "id": 1,}', 'o.json'))).toEqual([
      'jsonl-parse@3:10: o.json:3:10: not valid JSON (Expected double-quoted property name in JSON at position 25)',
    ]);
  });

  it('reads a broken array element by element: a bad element is a row at its line, the others are kept', () => {
    const text = '[\n {"text": "Taipei."},\n {"text": 😀 },\n {"text": "a\n b"}, {"text": "Kyiv."},\n {"text": "Seoul."},\n]';
    expect(show(parseJsonFile(text, 'bad.json'))).toEqual([
      'bad.json#1 1 2: Taipei.',
      'jsonl-parse@3:2: bad.json:3:2: not valid JSON (Unexpected token \'\uFFFD\', "{"text": 😀 }" is not valid JSON)',
      'jsonl-parse@4:13: bad.json:4:13: not valid JSON (Bad control character in string literal in JSON at position 11)',
      'bad.json#4 4 5: Kyiv.',
      'bad.json#5 5 6: Seoul.',
    ]);
  });

  it('reads on after a bad element whatever brackets it left open or closed (p120: one typo had lost every later element)', () => {
    const record = (i: number, tags = '["a"]') => `{\n  "id": "r${i}",\n  "text": "Day ${i}.",\n  "tags": ${tags}\n}`;
    const array = (bad: string) => `[\n${[record(1), bad, record(3), record(4)].join(',\n')}\n]\n`;
    // Before: r1 and one row; r3 and r4 lost (a bracket left open), or a row for every line after the bad element (one too many).
    const unclosed = show(parseJsonFile(array(record(2, '["a"')), 'open.json'));
    expect(unclosed.filter((r) => !r.startsWith('jsonl-parse'))).toEqual(['r1 1 2: Day 1.', 'r3 3 12: Day 3.', 'r4 4 17: Day 4.']);
    expect(unclosed.filter((r) => r.startsWith('jsonl-parse'))).toEqual(['jsonl-parse@11:1: open.json:11:1: not valid JSON (Expected \',\' or \']\' after array element in JSON at position 51)']);
    const extra = show(parseJsonFile(array(record(2, '["a"]]')), 'extra.json'));
    expect(extra.filter((r) => !r.startsWith('jsonl-parse'))).toEqual(['r1 1 2: Day 1.', 'r3 3 12: Day 3.', 'r4 4 17: Day 4.']);
    expect(extra.filter((r) => r.startsWith('jsonl-parse'))).toEqual(['jsonl-parse@10:16: extra.json:10:16: not valid JSON (Expected \',\' or \'}\' after property value in JSON at position 51)']);
    // On one line: objects run together in a bad element are read one by one.
    expect(show(parseJsonFile('[{"id": "a", "text": "A.", "meta": [[[1]}, {"id": "b", "text": "B."}, {"id": "c", "text": "C."}]', 'line.json')).filter((r) => !r.startsWith('jsonl-parse'))).toEqual(['b 2 1: B.', 'c 3 1: C.']);
  });

  it('names the column a bad element starts at, so the items of a one-line array are told apart', () => {
    const text = '[{"text": "Taipei."}, 5, {"text": ""}, {"title": "😀"}, {"text": "Kyiv."}]';
    expect(show(parseJsonFile(text, 'one.json'))).toEqual([
      'one.json#1 1 1: Taipei.',
      'jsonl-not-object@1:23: one.json:1:23: expected a JSON object with a "text" field, got number',
      'empty-article@1:26: one.json:1:26: article one.json#3 has empty text',
      'jsonl-text@1:40: one.json:1:40: expected "text" to be a string: no "text" field',
      'one.json#5 5 1: Kyiv.',
    ]);
  });

  it('keeps every element of an array whose only fault is around them, with one kept row', () => {
    expect(show(parseJsonFile('[{"text": "Taipei."},\n {"text": "Kyiv."}', 'open.json'))).toEqual([
      'jsonl-parse@2:19 (kept): open.json:2:19: not valid JSON (Expected \',\' or \']\' after array element in JSON at position 40)',
      'open.json#1 1 1: Taipei.',
      'open.json#2 2 2: Kyiv.',
    ]);
  });

  it('keeps both records around a comma left out between them, with one kept row at the fault (p126: both had been lost)', () => {
    expect(show(parseJsonFile('[\n  {\n    "id": "r0",\n    "text": "Taipei."\n  }\n  {\n    "id": "r1",\n    "text": "Kyiv."\n  },\n  {\n    "id": "r2",\n    "text": "Seoul."\n  }\n]', 'gap.json'))).toEqual([
      'jsonl-parse@6:3 (kept): gap.json:6:3: not valid JSON (Expected \',\' or \']\' after array element in JSON at position 50)',
      'r0 1 2: Taipei.', 'r1 2 6: Kyiv.', 'r2 3 10: Seoul.',
    ]);
    expect(show(parseJsonFile('[{"id": "a", "text": "A."}{"id": "b", "text": "B."}, {"id": "c", "text": "C."}]', 'line.json')).slice(1)).toEqual(['a 1 1: A.', 'b 2 1: B.', 'c 3 1: C.']);
  });

  it('keeps every element of an array with a trailing comma, with one kept row (p92: a fatal row, and --strict failed)', () => {
    const rows = show(parseJsonFile('[\n {"id": "j1", "text": "Taipei."},\n {"id": "j2", "text": "Kyiv."},\n]', 'arr.json'));
    expect(rows.slice(1)).toEqual(['j1 1 2: Taipei.', 'j2 2 3: Kyiv.']);
    expect(rows[0]).toMatch(/^jsonl-parse@1:undefined \(kept\): arr\.json:1: not valid JSON/u);
  });

  it('makes a row of an empty array, a scalar, and a file over the size limit', async () => {
    expect(show(parseJsonFile(' [ ] ', 'e.json'))).toEqual(['empty-input@undefined:undefined: e.json: no articles (the .json file holds an empty array)']);
    expect(show(parseJsonFile('"text"', 's.json'))).toEqual(['jsonl-not-object@1:undefined: s.json:1: expected a JSON object with a "text" field, got string']);
    const path = join(tempDir(), 'big.json');
    writeFileSync(path, JSON.stringify([{ text: 'Taipei. '.repeat(100) }, { text: 'Kyiv. '.repeat(100) }], null, 1));
    const segments: Segment[] = [];
    for await (const s of readInputFile({ path, source: 'big.json', format: 'json' }, undefined, { maxLineBytes: 500 })) segments.push(s);
    expect(show(segments)).toEqual([
      'input-too-large@undefined:undefined: big.json: a .json file is parsed whole, and this one is over 500 bytes; skipped (write it as JSONL, one article a line)',
    ]);
  });

  it('is read from a directory and from a UTF-8 BOM, CRLF file', async () => {
    const path = join(tempDir(), 'a.json');
    writeFileSync(path, '\uFEFF[{"text": "Taipei said no."},\r\n{"text": "Kyiv."}]\r\n');
    const segments: Segment[] = [];
    for await (const s of readInputFile({ path, source: 'a.json', format: 'json' })) segments.push(s);
    expect(show(segments)).toEqual(['a.json#1 1 1: Taipei said no.', 'a.json#2 2 2: Kyiv.']);
  });
});
