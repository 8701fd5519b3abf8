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
