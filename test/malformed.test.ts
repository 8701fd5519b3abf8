import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstInvalidByte, readInputFile } from '../src/io/read.js';
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
    expect(run.stderr.trim().split('\n').pop()).toMatch(/^12 articles, \d+ mentions, \d+ entities, 21 errors → /u);
    expect(errors).toEqual([
      // The fixtures' own README: a document in a format not read, named in a note.
      row('README.md', null, 'unsupported-format', false, 'README.md: a .md file; not read (gazette reads .txt, .jsonl, .ndjson and .json: save or export the articles as text)'),
      row('dangling.txt', null, 'unreadable', true, 'dangling.txt: cannot read input (ENOENT)'),
      row('loop', null, 'symlink-loop', false, 'loop: a symlink to a folder above it; not followed'),
      row('bad-id.jsonl', 1, 'jsonl-id', true, 'bad-id.jsonl:1: "id" must be a string or a number, got an array'),
      row('binary-png.txt', null, 'binary-input', true, 'binary-png.txt: this is not a text file (NUL bytes and invalid UTF-8 at the start); skipped'),
      row('broken-middle.jsonl', 2, 'jsonl-parse', true, 'broken-middle.jsonl:2:39: not valid JSON (Unterminated string in JSON at position 38)', 39),
      row('duplicate-id.jsonl', 2, 'duplicate-id', true, 'duplicate-id.jsonl:2: article id "dup" was already used; this article is skipped', null, 'dup'),
      row('empty.txt', null, 'empty-input', true, 'empty.txt: no text to segment (the input is empty or only whitespace)'),
      row('huge-line.txt', 1, 'article-too-large', true, 'huge-line.txt:1: article huge-line.txt#1 has 10560000 bytes of text, over the limit of 1000000 (--max-article-bytes); skipped', null, 'huge-line.txt#1'),
      row('invalid-utf8.txt', 2, 'encoding-guessed', false, 'invalid-utf8.txt:2:11: not UTF-8; this line and the file\'s other lines with no UTF-8 in them read as Windows-1252', 11),
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
    // A line with no UTF-8 in it is Windows-1252 (p114).
    expect(article('invalid-utf8.txt#1').text).toBe('First story is fine.\nBad bytes Ã( here and ÿ there.');
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

/** Reads one file written to a temporary folder; returns its segments as `id` or `rule@line(:column)` strings. */
async function readAs(name: string, bytes: Buffer | string, format: 'txt' | 'jsonl' | 'json', maxLineBytes?: number): Promise<string[]> {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  const out: string[] = [];
  const limits = maxLineBytes === undefined ? undefined : { maxLineBytes };
  for await (const s of readInputFile({ path, source: name, format }, undefined, limits)) {
    out.push('article' in s ? s.article.id : `${s.error.rule}@${s.error.line ?? ''}${s.error.column ? `:${s.error.column}` : ''}${s.error.fatal ? '' : ' kept'}`);
  }
  return out;
}

describe('hostile inputs of the seventh session', () => {
  it('finds a bad byte at the end of a long line in one pass, as the decoder would', async () => {
    const line = 'President William Lai met Lin Chia-lung in Taipei. '.repeat(8000);
    const started = performance.now();
    // (UTF-8 early in the line, so that the bad byte is no Windows-1252 line's.)
    const rows = await readAs('late.jsonl', Buffer.concat([Buffer.from(`{"id":"a","text":"Café ${line} caf`), Buffer.of(0xe9), Buffer.from('"}\n')]), 'jsonl');
    // Decoding every prefix of the line had taken 369 s for this 400 KB line.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(rows).toEqual([`invalid-utf8@1:${19 + 5 + line.length + 4} kept`, 'a']);
    // Against the decoder itself, on short random byte strings (stray continuations, overlong forms, surrogates, cut sequences).
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const pool = [0x41, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0x9f, 0xa0, 0x8f, 0x90];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let t = 0; t < 20_000; t++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 6) }, () => pool[Math.floor(random() * pool.length)]!);
      const whole = (() => { try { decoder.decode(bytes); return true; } catch { return false; } })();
      expect(firstInvalidByte(bytes)).toBe(whole ? bytes.length : firstBad(bytes, decoder));
    }
  }, 60_000);

  it('keeps a numeric id as written, so long ids stay apart', async () => {
    const lines = ['{"id":1790000000000000001,"text":"Lai met Lin."}', '{"id":1790000000000000002,"text":"Chu met Lin."}', '{ "id" : 1.0 , "text":"A."}', '{"id":1,"text":"B."}'];
    expect(await readAs('ids.jsonl', lines.join('\n'), 'jsonl')).toEqual(['1790000000000000001', '1790000000000000002', '1.0', '1']);
  });

  it('reads every value of a .json that holds several, with one row that is not fatal, and a bad value as its own row', async () => {
    const text = ['{"id":"n1","text":"Lai met Lin."}', '[{"id":"n2","text":"Chu met Lin."}, {"text":"Third."}]', '{"id": 5, "text": broken}'].join('\n');
    expect(await readAs('several.json', text, 'json')).toEqual(['json-values@2 kept', 'n1', 'n2', 'several.json#3', 'jsonl-parse@3:1']);
  });

  it('reads JSON Lines printed over several lines (jq\'s output) as .json, with one row (p114)', async () => {
    const text = [{ id: 'p0', text: 'Keir Starmer met Olaf Scholz.' }, { id: 'p1', text: 'Lai met Lin.' }].map((r) => JSON.stringify(r, null, 2)).join('\n');
    // Before: a jsonl-parse row for each of its 8 lines, and no article.
    expect(await readAs('export.jsonl', text, 'jsonl')).toEqual(['json-values@1 kept', 'p0', 'p1']);
    // One record a line, with a blank line first, is JSON Lines still.
    expect(await readAs('ok.jsonl', '\n{"id":"a","text":"Lai met Lin."}\n', 'jsonl')).toEqual(['a']);
  });

  it('skips UTF-32 with a clear row, and gives a folder without input files a row', async () => {
    expect(await readAs('u32.txt', Buffer.from(new Uint32Array([...'POLITICS: Lai met Lin.\n'].map((c) => c.codePointAt(0)!)).buffer), 'txt')).toEqual(['binary-input@']);
    expect(await readAs('u32bom.txt', Buffer.concat([Buffer.of(0xff, 0xfe, 0, 0), Buffer.from(new Uint32Array([...'Lai met Lin.'].map((c) => c.codePointAt(0)!)).buffer)]), 'txt')).toEqual(['binary-input@']);
    const empty = tempDir();
    const out = join(tempDir(), 'out');
    const run = runCli(['--input', empty, '--output', out]);
    // Nothing else to read: the run stops (exit 2) and writes nothing; the row is on stderr.
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`gazette: ${empty}: no input files (.txt, .jsonl, .json) in this folder\ngazette: nothing to read: every input is empty, missing or not text\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('gives a text file whose only line is too long that one row, not also "empty"', async () => {
    expect(await readAs('long.txt', 'x'.repeat(5000), 'txt', 1000)).toEqual(['line-too-long@1']);
  });
});

/** The index of the first byte no valid prefix reaches past, by decoding prefixes (the slow way the reader had). */
function firstBad(bytes: Uint8Array, decoder: TextDecoder): number {
  let good = 0;
  for (let end = 1; end <= bytes.length; end++) {
    try { decoder.decode(bytes.subarray(0, end)); good = end; } catch { /* an incomplete sequence may complete at the next byte */ }
    if (end - good > 4) break;
  }
  return good;
}

describe('hostile inputs of the eighth session', () => {
  it('says when a title, date, url or source is no string, and keeps the article without it', async () => {
    const rows = await readAs('fields.jsonl', '{"id":"a","text":"Lai met Lin.","title":42,"date":null,"url":["x"],"source":{"n":1}}\n', 'jsonl');
    // Before: the fields were dropped with no row. A null is a missing value, no row.
    expect(rows).toEqual(['jsonl-field@1 kept', 'jsonl-field@1 kept', 'jsonl-field@1 kept', 'a']);
  });
});
