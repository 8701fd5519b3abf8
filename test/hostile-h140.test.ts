import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../src/io/csv.js';
import { partedChunks, type EncodingPart } from '../src/io/encoding-parts.js';
import { articlesTable } from '../src/io/schema.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
import { processArticle } from '../src/pipeline.js';
import { segmentText } from '../src/stages/segment.js';
import type { Article } from '../src/model/index.js';
import { defaultResources, runCli, tempDir } from './helpers.js';

/** The rows of a JSON Lines file the run wrote. */
function jsonLines(out: string, name: string): Record<string, unknown>[] {
  return readFileSync(join(out, name), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Runs gazette on one input file `name` holding `content`; returns the output folder and the run. */
function run(name: string, content: string | Buffer, args: string[] = []): { out: string; status: number | null; stderr: string } {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  const out = join(dir, 'out');
  const done = runCli(['--input', join(dir, name), '--output', out, '--no-report', ...args]);
  return { out, status: done.status, stderr: done.stderr };
}

/** The article a JSONL record with `text` gives. */
function jsonlArticle(text: string, id = 'a-1'): Article {
  return (parseJsonlLine(JSON.stringify({ id, text }), 'x.jsonl', 1).at(-1) as { article: Article }).article;
}

/** Each mention's text, start and end (code points into the text as given), each checked to be its slice of the text. */
function mentions(article: Article): [string, number, number][] {
  const chars = [...article.text];
  return processArticle(article, defaultResources()).mentions.map((m) => {
    expect(chars.slice(m.start, m.end).join('')).toBe(m.text);
    return [m.text, m.start, m.end];
  });
}

describe('h140: JSONL offsets and line breaks', () => {
  it('keeps offsets when a credit line holds an emoji and the text a decomposed letter (F6)', () => {
    const article = jsonlArticle('Photo: AFP \u{1F4F7}\nPresident William Lai met E\u0301ric Chu in Taipei.');
    expect(article.credits).toEqual(['Photo: AFP \u{1F4F7}']);
    // Before: " William La" at 22, " Éric Ch" at 38 (one code point early per astral character of the credit).
    expect(mentions(article)).toEqual([['William Lai', 23, 34], ['E\u0301ric Chu', 39, 48], ['Taipei', 52, 58]]);
  });

  it('reads a lone CR beside a furniture line as a line end: no mention runs over the masked line (F7)', () => {
    const article = jsonlArticle('Premier Cho Jung-tai met Eric Chu in Taipei.\rPolitics\rFollow us on X\rUS President Donald Trump said the tariff on Taiwan would be 20 percent.');
    // Before: "Politics\r              \rUS" at 45–71, not the text's slice.
    expect(mentions(article)).toEqual([['Cho Jung-tai', 8, 20], ['Eric Chu', 25, 33], ['Taipei', 37, 43], ['US', 69, 71], ['Donald Trump', 82, 94],
      ['Taiwan', 114, 120]]);
  });

  it('reads U+2028, U+2029 and NEL as line ends, for furniture and names, offsets unchanged (F8)', () => {
    const article = jsonlArticle('Edited by Yimou Lee\u2028Share on Facebook\u2029The Anti-Infiltration Act was cited by Minister Lin Chia-lung.');
    expect(article.credits).toEqual(['Edited by Yimou Lee', 'Share on Facebook']);
    // Before: one law "Yimou Lee\u2028Share on Facebook\u2028The Anti-Infiltration Act".
    expect(mentions(article)).toEqual([['Anti-Infiltration Act', 42, 63], ['Lin Chia-lung', 86, 99]]);
    const nel = jsonlArticle('Reuters\u0085Advertisement\u0085President William Lai met Eric Chu in Taipei.');
    expect(mentions(nel)).toEqual([['William Lai', 32, 43], ['Eric Chu', 48, 56], ['Taipei', 60, 66]]);
  });
});

describe('h140: ids gazette repaired (F3)', () => {
  it('keeps articles whose ids differ only by a lone surrogate or a NUL, under "~2", "~3", with a note', () => {
    const records = ['{"id":"a\\ud800","text":"President William Lai met Eric Chu."}', '{"id":"a\\udc00","text":"Premier Cho Jung-tai met Ko Wen-je."}',
      '{"id":"a\\ufffd","text":"Huang Kuo-chang met Han Kuo-yu."}', '{"id":"b\\u0000","text":"Lin Chia-lung met Marco Rubio."}',
      '{"id":"dup","text":"Hsiao Bi-khim met Shigeru Ishiba."}', '{"id":"dup","text":"Hsiao Bi-khim met Shigeru Ishiba again."}'];
    const { out, status } = run('ids.jsonl', records.join('\n') + '\n');
    expect(status).toBe(0);
    // Before: lines 2 and 3 skipped as duplicate-id, fatal.
    expect(jsonLines(out, 'articles.jsonl').map((a) => a.article_id)).toEqual(['a\ufffd', 'a\ufffd~2', 'a\ufffd~3', 'b\ufffd', 'dup']);
    expect(jsonLines(out, 'errors.jsonl').filter((e) => e.rule === 'duplicate-id').map((e) => [e.line, e.fatal, e.article_id])).toEqual([
      [2, false, 'a\ufffd~2'], [3, false, 'a\ufffd~3'], [6, true, 'dup']]);
  });
});

describe('h140: a file with a UTF-16 part, as `cat` of two files makes (F1)', () => {
  const utf8 = Buffer.from('TAIWAN: Story one\nPresident William Lai met Eric Chu in Taipei on Monday.\n\nTAIWAN: Story two\nPremier Cho Jung-tai met Ko Wen-je on Tuesday.\n\n');
  const utf16 = Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from('JAPAN: Ishiba returns\nShigeru Ishiba returned to Tokyo on Tuesday.\n\n', 'utf16le')]);
  const read = (content: Buffer) => {
    const { out, status } = run('dump.txt', content);
    return { status, articles: jsonLines(out, 'articles.jsonl').map((a) => [a.kicker, a.text]), rows: jsonLines(out, 'errors.jsonl').map((e) => [e.line, e.rule, e.fatal, e.message]) };
  };
  const stories = [['TAIWAN', 'Story one\nPresident William Lai met Eric Chu in Taipei on Monday.'], ['TAIWAN', 'Story two\nPremier Cho Jung-tai met Ko Wen-je on Tuesday.']];
  const japan = ['JAPAN', 'Ishiba returns\nShigeru Ishiba returned to Tokyo on Tuesday.'];

  it('reads UTF-8 then UTF-16 each in its own encoding, with a note at the line the part starts', () => {
    // Before: the whole file one fatal binary-input row, "NUL bytes and invalid UTF-8 at the start".
    expect(read(Buffer.concat([utf8, utf16]))).toEqual({ status: 0, articles: [...stories, japan], rows: [[7, 'encoding-guessed', false,
      'dump.txt:7: a part in UTF-16LE starts here (a byte order mark at its start, as `cat` of two files makes); read as UTF-16LE']] });
  });

  it('finds the parts whatever the chunks: one byte at a time gives the bytes one chunk gives', async () => {
    const text = async (content: Buffer, size: number) => {
      const parts: EncodingPart[] = [];
      const chunks = (async function* () {
        for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
      })();
      const out: Buffer[] = [];
      for await (const chunk of partedChunks(chunks, undefined, parts)) out.push(chunk);
      return [Buffer.concat(out).toString('utf8'), parts];
    };
    const content = Buffer.concat([utf8, utf16, utf8, Buffer.from([0xff, 0xfe]), Buffer.from('Lai\n', 'utf16le')]);
    const whole = await text(content, content.length);
    expect(whole).toEqual([`${utf8}JAPAN: Ishiba returns\nShigeru Ishiba returned to Tokyo on Tuesday.\n\n${utf8}Lai\n`,
      [{ line: 7, encoding: 'UTF-16LE' }, { line: 10, encoding: 'UTF-8' }, { line: 16, encoding: 'UTF-16LE' }]]);
    for (const size of [1, 2, 3, 7, 64]) expect(await text(content, size)).toEqual(whole);
  });

  it('reads UTF-16 then UTF-8 each in its own encoding, with a note at the line the part starts', () => {
    // Before: the UTF-8 stories read as UTF-16LE, Han mojibake in one article, and no row.
    expect(read(Buffer.concat([utf16, utf8]))).toEqual({ status: 0, articles: [japan, ...stories], rows: [[4, 'encoding-guessed', false,
      'dump.txt:4: a part in UTF-8 starts here (no NUL byte after the UTF-16 line before it); read as UTF-8']] });
  });
});

describe('h140: messages (F10)', () => {
  it('calls a file of NUL bytes no text, not UTF-32, and names it on the exit-2 line under -q', () => {
    const { status, stderr } = run('zeros.txt', Buffer.alloc(4096), ['-q']);
    expect([status, stderr.trim()]).toEqual([2,
      'gazette: nothing to read: every input is empty, missing or not text (zeros.txt: this is not a text file (nothing but NUL bytes at the start); skipped)']);
  });
});

/** Each article of a pasted text: kicker, title, credits and text. */
function pasted(text: string): (string | string[] | undefined)[][] {
  return segmentText(text, 'x.txt').map((s) => ('article' in s ? [s.article.kicker, s.article.title, s.article.credits, s.article.text] : [s.error.rule]));
}

const STORY_A = 'TAIWAN: Lai vows to boost defense spending\nPresident William Lai said on Monday that Taiwan would raise defense spending to 3 percent of GDP next year.\nThe Kuomintang said it would scrutinise the budget.';
const STORY_B = 'Ishiba meets Trump in Washington\nJapanese Prime Minister Shigeru Ishiba met US President Donald Trump at the White House on Friday to discuss tariffs on Japanese cars.\nTrump said the talks were very productive.';
const TEXT_A = 'Lai vows to boost defense spending\nPresident William Lai said on Monday that Taiwan would raise defense spending to 3 percent of GDP next year.\nThe Kuomintang said it would scrutinise the budget.';

describe('h140: pasted stories (F2, F4, F5)', () => {
  it('starts a new article at a headline right under an end mark, (END), (Reuters) or — Reuters (F2)', () => {
    for (const mark of ['(END)', '(Reuters)', '— Reuters']) {
      // Before: one article; "(Reuters)" took the headline into the credits as its caption.
      expect(pasted(`${STORY_A}\n${mark}\n${STORY_B}\n`)).toEqual([['TAIWAN', undefined, [mark], TEXT_A], [undefined, 'Ishiba meets Trump in Washington', [], STORY_B]]);
    }
  });

  it('keeps a story with NOTE:, DISCLAIMER: and UPDATE: lines one article, the notes in its credits (F4)', () => {
    const notes = ['NOTE: Figures are from the Directorate-General of Budget.', 'DISCLAIMER: The author advises the Ministry of National Defense.', 'UPDATE: Adds Kuomintang comment'];
    const text = `TAIWAN: Lai vows to boost defense spending\nPresident William Lai said on Monday that Taiwan would raise defense spending.\n${notes[0]}\nThe Kuomintang said it would scrutinise the budget.\n${notes[1]}\nPremier Cho Jung-tai told lawmakers the money would go to drones.\n${notes[2]}\n`;
    // Before: three articles, kickers TAIWAN, NOTE and DISCLAIMER.
    expect(pasted(text)).toEqual([['TAIWAN', undefined, notes, 'Lai vows to boost defense spending\nPresident William Lai said on Monday that Taiwan would raise defense spending.\nThe Kuomintang said it would scrutinise the budget.\nPremier Cho Jung-tai told lawmakers the money would go to drones.']]);
  });

  it('keeps sentences of reported speech that open like a credit or a link in the text, .txt and JSONL (F5)', () => {
    const credit = "Credit: Moody's raised Taiwan's rating, the Central Bank said.";
    const click = "Click here, said the prosecutor, pointing to the screen showing Ko Wen-je's messages.";
    const body = `President William Lai met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.\n${credit}\n${click}\nLai then returned to Taipei.`;
    // Before: both lines credits, with no mention of Moody's, the Central Bank or Ko Wen-je.
    expect(pasted(`TAIWAN: Lai meets Ishiba\n${body}\n`)).toEqual([['TAIWAN', undefined, [], `Lai meets Ishiba\n${body}`]]);
    expect(jsonlArticle(body).credits).toEqual([]);
    expect(jsonlArticle(`${body}\nPhoto: AFP`).credits).toEqual(['Photo: AFP']);
  });
});

describe('h140: cells a spreadsheet cannot hold (F9)', () => {
  it('cuts a JSONL title, date, url or source at 32 k characters with a note, as credits are', () => {
    const title = 'T'.repeat(40_000);
    const segments = parseJsonlLine(JSON.stringify({ id: 'x', text: 'Lai met Chu.', title, url: `https://a.tw/${'u'.repeat(40_000)}`, date: '2026-12-07' }), 'x.jsonl', 1);
    const article = (segments.at(-1) as { article: Article }).article;
    // Before: a 40,000-character title and url, no row.
    expect([article.title!.length, article.url!.length, article.date]).toEqual([32_000, 32_000, '2026-12-07']);
    expect(segments.slice(0, -1).map((s) => 'error' in s && [s.error.rule, s.error.fatal, s.error.message])).toEqual([
      ['field-too-long', false, 'x.jsonl:1: article x: "title" is 40000 characters long; cut at 32 k, as credits are (a spreadsheet\'s cell holds 32,767)'],
      ['field-too-long', false, 'x.jsonl:1: article x: "url" is 40013 characters long; cut at 32 k, as credits are (a spreadsheet\'s cell holds 32,767)']]);
    const credits = jsonlArticle(`Lai met Chu in Taipei.\n${'Photo: AFP\n'.repeat(4_000)}`).credits;
    expect(credits.join('|').length).toBeLessThanOrEqual(32_000);
  });

  it('cuts any CSV cell at 32,767 characters, never inside a surrogate pair, and counts it', () => {
    const cuts = { cut: 0 };
    const rows = csvRows(articlesTable, [{ article_id: 'a', title: `${'x'.repeat(32_766)}\u{1F4F7}tail` }, { article_id: 'b', title: 'short' }], cuts);
    const [first] = rows.split('\r\n');
    // Before: the whole 32,772-character cell.
    expect([first!.length, first!.includes('x'.repeat(32_766)), first!.includes('\uD83D'), cuts.cut]).toEqual([2 + 32_766 + articlesTable.fields.length - 2, true, false, 1]);
  });
});
