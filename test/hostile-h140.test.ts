import { describe, expect, it } from 'vitest';
import { parseJsonlLine } from '../src/io/jsonl.js';
import { processArticle } from '../src/pipeline.js';
import type { Article } from '../src/model/index.js';
import { defaultResources } from './helpers.js';

/** The article a JSONL record with `text` gives. */
function jsonlArticle(text: string, id = 'a-1'): Article {
  const [segment] = parseJsonlLine(JSON.stringify({ id, text }), 'x.jsonl', 1);
  return (segment as { article: Article }).article;
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

  it('reads a lone CR as a line end: no mention runs over a masked furniture line (F7)', () => {
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
