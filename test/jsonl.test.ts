import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../src/io/jsonl.js';
import type { Segment } from '../src/stages/segment.js';

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
