import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../src/io/read.js';
import { root, runCli, tempDir } from './helpers.js';

const fixtures = join(root, 'test', 'fixtures', 'malformed');

/** Copies the malformed fixtures to a temporary directory and adds what git cannot hold. */
function malformedInput(): string {
  const dir = join(tempDir(), 'in');
  cpSync(fixtures, dir, { recursive: true });
  // 10 MB on one line: a single article over the 1 MB default limit.
  writeFileSync(join(dir, 'huge-line.txt'), 'Taiwan exports chips. '.repeat(480_000));
  symlinkSync(join(dir, 'no-such-file.txt'), join(dir, 'dangling.txt'));
  symlinkSync(dir, join(dir, 'loop'));
  return dir;
}

const input = malformedInput();
const out = join(tempDir(), 'out');
const run = runCli(['--input', input, '--output', out]);
const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const articles = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const article = (id: string) => articles.find((a) => a.article_id === id);
const row = (file: string, line: number | null, rule: string, fatal: boolean, message: string, column: number | null = null, articleId: string | null = null) =>
  ({ file, line, column, article_id: articleId, stage: ['empty-input'].includes(rule) ? 'segment' : 'read', rule, fatal, message });

describe('malformed input', () => {
  it('never crashes: exit 0, a summary line, and every problem as one errors.jsonl row', () => {
    expect(run.status).toBe(0);
    expect(run.stderr.trim().split('\n').pop()).toMatch(/^12 articles, \d+ mentions, \d+ entities, 20 errors → /u);
    expect(errors).toEqual([
      row('dangling.txt', null, 'unreadable', true, 'dangling.txt: cannot read input (ENOENT)'),
      row('loop', null, 'symlink-loop', true, 'loop: directory already visited through a symlink; skipped'),
      row('bad-id.jsonl', 1, 'jsonl-id', true, 'bad-id.jsonl:1: "id" must be a string or a number, got object'),
      row('binary-png.txt', null, 'binary-input', true, 'binary-png.txt: this is not a text file (NUL bytes and invalid UTF-8 at the start); skipped'),
      row('broken-middle.jsonl', 2, 'jsonl-parse', true, 'broken-middle.jsonl:2:39: not valid JSON (Unterminated string in JSON at position 38)', 39),
      row('duplicate-id.jsonl', 2, 'duplicate-id', true, 'duplicate-id.jsonl:2: article id "dup" was already used; this article is skipped', null, 'dup'),
      row('empty.txt', null, 'empty-input', true, 'empty.txt: no text to segment (the input is empty or only whitespace)'),
      row('huge-line.txt', 1, 'article-too-large', true, 'huge-line.txt:1: article huge-line.txt#1 has 10560000 bytes of text, over the limit of 1000000 (--max-article-bytes); skipped', null, 'huge-line.txt#1'),
      row('invalid-utf8.txt', 2, 'invalid-utf8', false, 'invalid-utf8.txt:2:11: invalid UTF-8 bytes replaced with U+FFFD', 11),
      row('lone-surrogate.jsonl', 1, 'lone-surrogate', false, 'lone-surrogate.jsonl:1: article surrogate: unpaired UTF-16 surrogates in "text" replaced with U+FFFD', null, 'surrogate'),
      row('no-text.jsonl', 1, 'jsonl-text', true, 'no-text.jsonl:1: expected "text" to be a string: no "text" field', null, 'no-text'),
      row('nonstring-text.jsonl', 1, 'jsonl-text', true, 'nonstring-text.jsonl:1: expected "text" to be a string: "text" is number', null, 'number-text'),
      row('nonstring-text.jsonl', 2, 'jsonl-text', true, 'nonstring-text.jsonl:2: expected "text" to be a string: "text" is object', null, 'object-text'),
      row('not-object.jsonl', 1, 'jsonl-not-object', true, 'not-object.jsonl:1: expected a JSON object with a "text" field, got an array'),
      row('not-object.jsonl', 2, 'jsonl-not-object', true, 'not-object.jsonl:2: expected a JSON object with a "text" field, got string'),
      row('not-object.jsonl', 3, 'jsonl-not-object', true, 'not-object.jsonl:3: expected a JSON object with a "text" field, got number'),
      row('not-object.jsonl', 4, 'jsonl-not-object', true, 'not-object.jsonl:4: expected a JSON object with a "text" field, got null'),
      row('nul-bytes.txt', 1, 'nul-byte', false, 'nul-bytes.txt:1:19: NUL bytes replaced with U+FFFD', 19),
      row('nul-escape.jsonl', 1, 'nul-byte', false, 'nul-escape.jsonl:1: article nul-escape: NUL characters (\\u0000) in "text" replaced with U+FFFD', null, 'nul-escape'),
      row('whitespace-only.txt', null, 'empty-input', true, 'whitespace-only.txt: no text to segment (the input is empty or only whitespace)'),
    ]);
  });

  it('keeps every good article around the bad ones', () => {
    expect(articles.map((a) => a.article_id)).toEqual([
      'bom-crlf.txt#1', 'ok-1', 'ok-3', 'cr-only.txt#1', 'cr-only.txt#2', 'dup', 'emoji-1', 'invalid-utf8.txt#1',
      'surrogate', 'nul-bytes.txt#1', 'nul-escape', 'rtl.txt#1',
    ]);
  });

  it('drops the BOM, accepts CRLF and CR-only line ends, and repairs bad bytes in place', () => {
    expect(article('bom-crlf.txt#1')).toMatchObject({ kicker: 'TRADE', text: 'Taiwan raised tariffs on steel.\nA second paragraph.' });
    expect([article('cr-only.txt#1').text, article('cr-only.txt#2').text]).toEqual(['Moscow said no.', 'Kyiv said yes.']);
    expect(article('invalid-utf8.txt#1').text).toBe('First story is fine.\nBad bytes \uFFFD( here and \uFFFD there.');
    expect(article('nul-bytes.txt#1').text).toBe('A story with a NUL\uFFFD inside about Taiwan.');
    expect(article('surrogate').text).toBe('Broken \uFFFD pair near Taipei.');
    expect(article('nul-escape').text).toBe('A story about Taipei\uFFFD and Kyiv.');
  });

  it('counts offsets in code points through emoji and right-to-left text', () => {
    for (const a of articles) {
      for (const m of a.mentions) expect([...a.text].slice(m.start, m.end).join('')).toBe(m.text);
    }
    expect(article('emoji-1').mentions.slice(0, 2).map((m: { text: string; start: number; end: number }) => [m.text, m.start, m.end]))
      .toEqual([['Cho Jung-tai', 11, 23], ['卓榮泰', 25, 28]]);
    expect(article('rtl.txt#1').mentions.map((m: { text: string }) => m.text)).toEqual(expect.arrayContaining(['Taiwan', 'Israel', 'Egypt']));
  });

  it('skips a line longer than the limit without holding it in memory', async () => {
    const dir = tempDir();
    const path = join(dir, 'long.jsonl');
    writeFileSync(path, [JSON.stringify({ id: 'a', text: 'Short.' }), JSON.stringify({ id: 'b', text: 'x'.repeat(5000) }), JSON.stringify({ id: 'c', text: 'Also short.' })].join('\n'));
    const segments = [];
    for await (const s of readInputFile({ path, source: 'long.jsonl', format: 'jsonl' }, undefined, { maxLineBytes: 1000 })) segments.push(s);
    expect(segments.map((s) => ('article' in s ? s.article.id : `${s.error.rule}@${s.error.line}`))).toEqual(['a', 'line-too-long@2', 'c']);
  });
});
