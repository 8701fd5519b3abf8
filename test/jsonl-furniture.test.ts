import { describe, expect, it } from 'vitest';
import { interiorCredits } from '../src/stages/segment.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
import { processArticle } from '../src/pipeline.js';
import type { Article } from '../src/model/index.js';
import { defaultResources } from './helpers.js';

/** The article a JSONL record with `text` gives. */
function jsonlArticle(text: string): Article {
  const [segment] = parseJsonlLine(JSON.stringify({ id: 'a-1', text }), 'x.jsonl', 1);
  return (segment as { article: Article }).article;
}

/** Each mention's text, start and end (code points into the text as given). */
function mentions(article: Article): [string, number, number][] {
  return processArticle(article, defaultResources()).mentions.map((m) => [m.text, m.start, m.end]);
}

const MAC = 'Taipei, Nov. 30 (CNA) The Mainland Affairs Council (MAC) on Monday said it would bar three Chinese academics from entering Taiwan.';
const FOOTER = '(By Lai Yu-chen and Joseph Yeh)\nEnditem/ASG\n\nRelated News\nNov. 25 MAC says 13 Taiwanese detained in China\nSupport Focus Taiwan';

describe('jsonl: page furniture inside the text (p133 r01, cna-20261130-07)', () => {
  it('reads a source\'s photo line between paragraphs as a credit and as spaces, the text kept as given', () => {
    const text = `${MAC}\n\nCNA photo Nov. 30, 2026\n\nThe council said the decision was final.\n\n${FOOTER}`;
    const article = jsonlArticle(text);
    expect([article.text === text, article.credits, article.truncated, article.creditSpans, article.bodyEnd]).toEqual([true,
      ['CNA photo Nov. 30, 2026', '(By Lai Yu-chen and Joseph Yeh)', 'Enditem/ASG', 'Related News', 'Nov. 25 MAC says 13 Taiwanese detained in China',
        'Support Focus Taiwan'], false, [{ start: 132, end: 155 }], 197]);
    // Before: a second "CNA" at 132 (the photo line's source), an organization of the story.
    expect(mentions(article)).toEqual([['Taipei', 0, 6], ['CNA', 17, 20], ['Mainland Affairs Council', 26, 50], ['MAC', 52, 55], ['Chinese', 91, 98],
      ['Taiwan', 123, 129], ['The council', 157, 168]]);
  });

  it('reads captions with their credits, a bracketed byline, an end mark, a related list, a pitch and a teaser inside the text as credits', () => {
    const furniture = [
      'Photo: CNA, Nov. 28, 2026. Former Taipei mayor Ko Wen-je arrives at the Taipei District Court.',
      'Former bank employee Lee Wei Ming leaving the State Courts on Oct 14. ST PHOTO: GAVIN FOO',
      'Containers are stacked at the port of Bremerhaven, Germany. AP Photo/Martin Meissner',
      'Police fire tear gas at protesters in Nairobi on Tuesday [File: Tyrone Siu/AFP]',
      'Advertisement',
      'Read more: Lai meets Paraguay president in Asuncion',
    ];
    const text = `${MAC}\n\n${furniture.join('\n\n')}\n\n(By Lai Yu-chen and Joseph Yeh)\nEnditem/ASG\n\nRelated News\nNov. 27 Taiwan to tighten rules on Chinese spouses' residency\n` +
      'Nov. 25 MAC says 13 Taiwanese detained in China\nSupport Focus Taiwan\n\nThe council said the decision was final.';
    const article = jsonlArticle(text);
    expect([article.text === text, article.credits, article.truncated, article.bodyStart, article.bodyEnd]).toEqual([true, [...furniture,
      '(By Lai Yu-chen and Joseph Yeh)', 'Enditem/ASG', 'Related News', "Nov. 27 Taiwan to tighten rules on Chinese spouses' residency",
      'Nov. 25 MAC says 13 Taiwanese detained in China', 'Support Focus Taiwan'], false, undefined, undefined]);
    const last = [...text].length - 'The council said the decision was final.'.length;
    // Before: Ko Wen-je, Lee Wei Ming, Martin Meissner, Lai Yu-chen and Joseph Yeh people; CNA, ASG and Related News organizations; Taipei
    // District Court, Bremerhaven, Nairobi, Paraguay, Asuncion and the list's places, all names of the story.
    expect(mentions(article)).toEqual([['Taipei', 0, 6], ['CNA', 17, 20], ['Mainland Affairs Council', 26, 50], ['MAC', 52, 55], ['Chinese', 91, 98],
      ['Taiwan', 123, 129], ['The council', last, last + 11]]);
  });

  it('counts its spans in code points, and reads an astral letter before them as one', () => {
    const text = `😀 ${MAC}\nCNA photo Nov. 30, 2026\nThe council said the decision was final.`;
    expect(interiorCredits(text)).toEqual({ spans: [{ start: 133, end: 156 }], credits: ['CNA photo Nov. 30, 2026'] });
    expect([...text].slice(133, 156).join('')).toBe('CNA photo Nov. 30, 2026');
  });

  it('reads a wire\'s byline run onto its end mark inside the text as two credits, and leaves an end mark run onto a body line there', () => {
    const text = `${MAC}\n(By Hsieh Hsin-en and Wu Kuan-hsien) Enditem/KH\nThe council said it would rule on Friday. Enditem\nThe council said the decision was final.`;
    expect(interiorCredits(text)).toEqual({ spans: [{ start: 131, end: 178 }], credits: ['(By Hsieh Hsin-en and Wu Kuan-hsien)', 'Enditem/KH'] });
  });

  it('leaves body sentences like furniture, a list\'s items past a blank line, a rule and a paywall prompt in the text', () => {
    const text = `${MAC}\n\nSupport for the recall grew in Taichung.\n\nRead more about the council on its website.\n\nRelated News\n\n` +
      'Nov. 25 MAC says 13 Taiwanese detained in China\n\n* * *\n\nSubscribe to continue reading\n\nThe council said the decision was final.';
    expect(interiorCredits(text)).toEqual({ spans: [{ start: 219, end: 231 }], credits: ['Related News'] });
    expect(text.slice(219, 231)).toBe('Related News');
  });

  it('finds nothing in a text with no furniture, or one that is furniture only, and writes no spans then', () => {
    expect(interiorCredits(`${MAC}\n\nThe council said the decision was final.`)).toBeUndefined();
    expect(interiorCredits('CNA photo Nov. 30, 2026\n\nAdvertisement')).toBeUndefined();
    expect('creditSpans' in jsonlArticle(`${MAC}\n\n${FOOTER}`)).toBe(false);
  });
});
