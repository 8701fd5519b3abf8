import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../src/io/jsonl.js';
import { readInputFile } from '../src/io/read.js';
import type { Segment } from '../src/stages/segment.js';
import { tempDir } from './helpers.js';

/** The error rows of a parse, as `rule@line: message`, and the article (if any). */
function parsed(line: string, n = 3): { errors: string[]; article?: Record<string, unknown> } {
  const segments: Segment[] = parseJsonlLine(line, 'in.jsonl', n);
  const article = segments.find((s) => 'article' in s);
  return {
    errors: segments.flatMap((s) => ('error' in s ? [`${s.error.rule}@${s.error.line}${s.error.fatal ? '' : ' (kept)'}: ${s.error.message}`] : [])),
    ...(article && 'article' in article ? { article: { ...article.article } } : {}),
  };
}

describe('JSONL string fields are repaired like the text', () => {
  it('replaces lone surrogates and NUL in id, title, date, url and source with U+FFFD, one kept row each', () => {
    const line = String.raw`{"id":"a\ud800b","text":"Taipei.","title":"T\u0000","date":"\udc00","url":"u\u0000\ud800","source":"s\udfff"}`;
    const { errors, article } = parsed(line);
    expect(errors).toEqual([
      'lone-surrogate@3 (kept): in.jsonl:3: article a\uFFFDb: unpaired UTF-16 surrogates in "id" replaced with U+FFFD',
      'nul-byte@3 (kept): in.jsonl:3: article a\uFFFDb: NUL characters (\\u0000) in "title" replaced with U+FFFD',
      'lone-surrogate@3 (kept): in.jsonl:3: article a\uFFFDb: unpaired UTF-16 surrogates in "date" replaced with U+FFFD',
      'lone-surrogate@3 (kept): in.jsonl:3: article a\uFFFDb: unpaired UTF-16 surrogates in "url" replaced with U+FFFD',
      'nul-byte@3 (kept): in.jsonl:3: article a\uFFFDb: NUL characters (\\u0000) in "url" replaced with U+FFFD',
      'lone-surrogate@3 (kept): in.jsonl:3: article a\uFFFDb: unpaired UTF-16 surrogates in "source" replaced with U+FFFD',
    ]);
    expect(article).toMatchObject({ id: 'a\uFFFDb', text: 'Taipei.', title: 'T\uFFFD', date: '\uFFFD', url: 'u\uFFFD\uFFFD', source: 's\uFFFD' });
  });

  it('keeps well-formed fields untouched and gives no row', () => {
    const { errors, article } = parsed(String.raw`{"id":"😀\ud83d\ude00","text":"Taipei 𠮷.","title":"ok"}`);
    expect(errors).toEqual([]);
    expect(article).toMatchObject({ id: '😀😀', text: 'Taipei 𠮷.', title: 'ok' });
  });
});

describe('JSONL empty fields', () => {
  it('reads an empty title, date or url as none, as a null one, so articles.csv and articles.jsonl agree (p120)', () => {
    const { errors, article } = parsed('{"id":"e","text":"Taipei.","title":"","date":"","url":""}');
    expect(errors).toEqual([]);
    // Before: title "", url "" in articles.jsonl, and missing in articles.csv.
    expect(article).toEqual({ id: 'e', source: 'in.jsonl', index: 3, text: 'Taipei.', credits: [], truncated: false, line: 3 });
  });
});

describe('JSONL duplicate keys', () => {
  it('keeps the last value of a repeated field it reads, as JSON.parse does, with a kept row naming the key, line and column', () => {
    const { errors, article } = parsed('{"id":"d","text":"First in Kyiv.", "x":{"text":1},"text" :"Second in Taipei.","title":"a","title":"b"}', 7);
    expect(errors).toEqual([
      'jsonl-duplicate-key@7 (kept): in.jsonl:7:51: article d: "text" is given 2 times; the last one is used',
      'jsonl-duplicate-key@7 (kept): in.jsonl:7:91: article d: "title" is given 2 times; the last one is used',
    ]);
    expect(article).toMatchObject({ id: 'd', text: 'Second in Taipei.', title: 'b' });
  });

  it('gives no row for a repeated field it ignores, nor for keys inside nested values or strings', () => {
    const { errors } = parsed(String.raw`{"a":1,"a":2,"n":{"text":1,"text":2},"s":"\"text\":","text":"Taipei 😀 \\\"text\":."}`);
    expect(errors).toEqual([]);
  });

  it('counts the column in code points and reads escaped keys', () => {
    const { errors } = parsed(String.raw`{"text":"😀𠮷 Taipei.","t\u0065xt":"Kyiv."}`, 1);
    expect(errors).toEqual(['jsonl-duplicate-key@1 (kept): in.jsonl:1:22: article in.jsonl#1: "text" is given 2 times; the last one is used']);
  });
});

describe('JSONL parse errors', () => {
  it('writes a JSON.parse message that cuts an emoji in half with U+FFFD, so the row is valid UTF-8', () => {
    expect(parsed('{"text": 😀 }', 2).errors).toEqual([
      'jsonl-parse@2: in.jsonl:2: not valid JSON (Unexpected token \'\uFFFD\', "{"text": 😀 }" is not valid JSON)',
    ]);
  });
});

describe('JSONL ids over the length limit', () => {
  it('gives an article whose id is over 256 UTF-8 bytes its line id instead, with a kept row (the id is repeated on every mention row)', () => {
    const long = `${'é'.repeat(128)}x`;
    const { errors, article } = parsed(JSON.stringify({ id: long, text: 'Taipei said no.' }), 4);
    expect(errors).toEqual([
      `id-too-long@4 (kept): in.jsonl:4: article in.jsonl#4: "id" is 257 bytes long, over the limit of 256 (it is written on every mention row); in.jsonl#4 is used instead of "${'é'.repeat(20)}…"`,
    ]);
    expect(article).toMatchObject({ id: 'in.jsonl#4', text: 'Taipei said no.' });
    expect(parsed(JSON.stringify({ id: 'é'.repeat(128), text: 'Taipei.' })).article).toMatchObject({ id: 'é'.repeat(128) });
  });
});

describe('JSONL ids that are null', () => {
  it('gives an article whose id is null its line id, as a missing id, and keeps it (p60: it had been skipped)', () => {
    const { errors, article } = parsed('{"id":null,"text":"President William Lai met Premier Cho Jung-tai.","title":null}', 5);
    expect(errors).toEqual([]);
    expect(article).toMatchObject({ id: 'in.jsonl#5', text: 'President William Lai met Premier Cho Jung-tai.' });
    expect(parsed('{"id":[1],"text":"Taipei."}').errors).toEqual(['jsonl-id@3: in.jsonl:3: "id" must be a string or a number, got an array']);
  });

  it('gives an article whose id is only spaces its line id, and says an array is an array (p66)', () => {
    expect(parsed('{"id":"   ","text":"Taipei said no."}', 6).article).toMatchObject({ id: 'in.jsonl#6' });
    expect(parsed('{"id":"\\t","text":"Taipei said no."}', 7).article).toMatchObject({ id: 'in.jsonl#7' });
    expect(parsed('{"id":"a1","text":["Taipei."]}').errors).toEqual(['jsonl-text@3: in.jsonl:3: expected "text" to be a string: "text" is an array']);
  });
});

describe('JSONL ids that are empty (p132)', () => {
  it('gives an article whose id is empty or white space only its line id with a kept empty-id row saying which id it got', () => {
    expect(parsed('{"id":"","text":"Taipei said no."}', 1)).toEqual({
      errors: ['empty-id@1 (kept): in.jsonl:1: article in.jsonl#1: "id" is empty; in.jsonl#1 is used instead'],
      article: expect.objectContaining({ id: 'in.jsonl#1', text: 'Taipei said no.' }),
    });
    expect(parsed('{"id":"  ","text":"Taipei said no."}', 2).errors).toEqual(['empty-id@2 (kept): in.jsonl:2: article in.jsonl#2: "id" is white space only ("  "); in.jsonl#2 is used instead']);
    expect(parsed('{"id":"\\t\\n","text":"Taipei said no."}', 3).errors).toEqual(['empty-id@3 (kept): in.jsonl:3: article in.jsonl#3: "id" is white space only ("\\t\\n"); in.jsonl#3 is used instead']);
    // A missing or null id is none given: no row. An id with spaces around text is used as given.
    expect([parsed('{"text":"Taipei."}').errors, parsed('{"id":null,"text":"Taipei."}').errors, parsed('{"id":" a1 ","text":"Taipei."}')]).toEqual([[], [], { errors: [], article: expect.objectContaining({ id: ' a1 ' }) }]);
  });
});

describe('JSONL white space (p126)', () => {
  it('reads a space JSON does not allow before or after a record as white space, with a kept row naming it and its column', () => {
    // Before: each a fatal jsonl-parse row with no column ("Unexpected token ' '"), the record lost.
    expect(parsed('\u00a0{"id": "a1", "text": "Lai spoke."}')).toMatchObject({
      errors: ['jsonl-whitespace@3 (kept): in.jsonl:3:1: U+00A0, a space JSON does not allow, before the record; read as white space'],
      article: { id: 'a1', text: 'Lai spoke.' },
    });
    expect(parsed(' \u3000{"id": "a2", "text": "Lai spoke."}').errors).toEqual(['jsonl-whitespace@3 (kept): in.jsonl:3:2: U+3000, a space JSON does not allow, before the record; read as white space']);
    expect(parsed('\f{"id": "a3", "text": "Lai spoke."}').article).toMatchObject({ id: 'a3' });
    expect(parsed('{"id": "a4", "text": "Lai spoke."} \u00a0').errors).toEqual(['jsonl-whitespace@3 (kept): in.jsonl:3:36: U+00A0, a space JSON does not allow, after the record; read as white space']);
    // A fault inside the record is still placed in the line as written.
    expect(parsed('\u00a0{"id": "a5", "text": "x"} x').errors).toEqual([
      'jsonl-whitespace@3 (kept): in.jsonl:3:1: U+00A0, a space JSON does not allow, before the record; read as white space',
      'jsonl-parse@3: in.jsonl:3:28: not valid JSON (Unexpected non-whitespace character after JSON at position 26)',
    ]);
  });

  it('reads a CR alone inside a record as JSON\'s white space, not as a line break; a file of CR-only lines is still parted by CR', async () => {
    const read = async (name: string, text: string) => {
      const path = join(tempDir(), name);
      writeFileSync(path, text);
      const out: string[] = [];
      for await (const s of readInputFile({ path, source: name, format: 'jsonl' })) out.push('article' in s ? `${s.article.id}@${s.article.line}: ${s.article.text}` : `${s.error.rule}@${s.error.line}: ${s.error.message}`);
      return out;
    };
    // Before: "line 4" and "line 5", two fatal rows for the one record a4, and a5 on line 6.
    expect(await read('cr.jsonl', '{"id":"a3","text":"Cho spoke."}\r\n{"id":"a4",\r"text":"William Lai spoke in Taipei."}\n{"id":"a5","text":"Lai left."}\n')).toEqual([
      'a3@1: Cho spoke.', 'a4@2: William Lai spoke in Taipei.', 'a5@3: Lai left.',
    ]);
    expect(await read('mac.jsonl', '{"id":"m1","text":"Cho spoke."}\r{"id":"m2","text":"Lai left."}\r')).toEqual(['m1@1: Cho spoke.', 'm2@2: Lai left.']);
    // A first record longer than the 8 KB the start is judged by: from its LF on, a CR alone is white space again.
    const long = `{"id":"l1","text":"${'Lai spoke. '.repeat(1000)}"}\n{"id":"l2",\r"text":"Cho left."}\n`;
    expect((await read('long.jsonl', long)).map((row) => row.slice(0, 12))).toEqual(['l1@1: Lai sp', 'l2@2: Cho le']);
  });

  it('finds the white space around a record in one pass: 16 times a line of inner spaces costs about 16 times as much', () => {
    const time = (n: number) => {
      const line = `\u00a0{"id":"a","text":"x${' '.repeat(n)}y"}`;
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        parseJsonlLine(line, 'in.jsonl', 1);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(100_000);
    const [one, sixteen] = [time(200_000), time(3_200_000)];
    expect(sixteen / one, `${one.toFixed(1)} ms and ${sixteen.toFixed(1)} ms`).toBeLessThan(40);
  });
});
