import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/stages/segment.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
import type { Article } from '../src/model/index.js';
import { defaultResources } from './helpers.js';

/** The articles a paste of `lines` gives with the pipeline's segment options. */
function articles(lines: string[]): Article[] {
  return segmentText(lines.join('\n'), 'page.txt', defaultResources().segment).flatMap((s) => ('article' in s ? [s.article] : []));
}

/** The kicker, title, credits, truncation and text of each article. */
function summary(lines: string[]): [string | undefined, string | undefined, string[], boolean, string][] {
  return articles(lines).map((a) => [a.kicker, a.title, a.credits, a.truncated, a.text]);
}

describe('segment: page furniture of the blind set p136', () => {
  it('reads a caption that ends in its credit in brackets as a credit (r01)', () => {
    const title = 'Reeves unveils tax rise in Budget';
    const caption = 'Rachel Reeves holds the red box outside 11 Downing Street on Wednesday (PA Wire)';
    const body = ['Rachel Reeves has announced £28bn of tax rises in her Budget, the Treasury said on Wednesday.', '',
      'The Institute for Fiscal Studies said the package would raise the tax burden.'];
    expect(summary([title, '', caption, '', ...body])).toEqual([[undefined, title, [caption], false, [title, '', ...body].join('\n')]]);
    const handout = 'President Sheinbaum at her morning press conference on Monday. (Gobierno de México)';
    const nmg = 'East African Community heads of state pose for a group photo in Arusha, Tanzania on December 4, 2026. PHOTO | FILE | NMG';
    for (const line of [handout, nmg]) expect(summary([title, '', line, '', ...body])).toEqual([[undefined, title, [line], false, [title, '', ...body].join('\n')]]);
  });

  it('keeps a paragraph or a short headline that ends in its source in brackets in the text', () => {
    const lines = ['Stocks rally as Fed holds rates', '',
      'Shares rose across Asia on Thursday after the central bank held rates, traders said (Reuters)', '',
      'The dollar slipped against the yen.'];
    expect(summary(lines)).toEqual([[undefined, lines[0], [], false, lines.join('\n')]]);
  });

  it('reads "Also worth reading" and "More about" lists and a comment forum\'s invitation as credits (r02, r07)', () => {
    const title = 'Landslide buries homes in Cebu province';
    const body = ['CEBU, Philippines: A landslide buried at least 30 homes in Talisay City on Wednesday, the disaster agency said.', '',
      'The National Disaster Risk Reduction and Management Council said 17 people were missing.'];
    expect(summary([title, '', ...body, '', 'Also worth reading', '', 'Indonesia flash floods kill 12 in West Sumatra'])).toEqual([[undefined, title,
      ['Also worth reading', 'Indonesia flash floods kill 12 in West Sumatra'], false, [title, '', ...body].join('\n')]]);
    expect(summary([title, '', ...body, '', 'More about', '', 'Spain', 'Valencia', '', 'Join our commenting forum'])).toEqual([[undefined, title,
      ['More about', 'Spain', 'Valencia', 'Join our commenting forum'], false, [title, '', ...body].join('\n')]]);
  });
});

describe('segment: a site\'s menu over its section and headline (p136 r02)', () => {
  it('reads the menu as credits, the section as the kicker and the headline as the title', () => {
    const menu = ['Singapore', 'Asia', 'World', 'CNA Insider', 'Watch'];
    const story = ['Landslide buries homes in Cebu province', '',
      'CEBU, Philippines: A landslide buried at least 30 homes in Talisay City on Wednesday, the disaster agency said.'];
    expect(summary([...menu, '', 'Asia', '', ...story])).toEqual([['Asia', story[0], menu, false, story.join('\n')]]);
  });

  it('keeps a label over a paragraph under the menu in the text', () => {
    const lines = ['Singapore', 'Asia', 'World', 'CNA Insider', 'Watch', '', 'Asia', '',
      'A landslide buried at least 30 homes in Talisay City on Wednesday, the disaster agency said.'];
    expect(summary(lines)).toEqual([[undefined, undefined, [], false, lines.join('\n')]]);
  });
});

describe('jsonl: a broadcaster\'s sign-off with its agency (p136 r08)', () => {
  it('reads "(FRANCE 24 with AFP)" under the story as a trailing credit, and the story as whole', () => {
    const text = 'Gambians began voting on Saturday in a presidential election pitting incumbent Adama Barrow against Ousainou Darboe.\n\n' +
      'The Independent Electoral Commission (IEC) said results were expected by Monday.\n\n(FRANCE 24 with AFP)';
    const [segment] = parseJsonlLine(JSON.stringify({ id: 'r08', title: 'Gambians vote', text }), 'x.jsonl', 1);
    const article = (segment as { article: Article }).article;
    expect([article.title, article.credits, article.truncated, article.text]).toEqual(['Gambians vote', ['(FRANCE 24 with AFP)'], false, text]);
  });
});
