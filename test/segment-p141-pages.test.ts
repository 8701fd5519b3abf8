import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/stages/segment.js';
import type { Article } from '../src/model/index.js';
import { defaultResources } from './helpers.js';

/** The articles a paste of `lines` gives with the pipeline's segment options. */
function articles(lines: string[]): Article[] {
  return segmentText(lines.join('\n'), 'page.txt', defaultResources().segment).flatMap((s) => ('article' in s ? [s.article] : []));
}

/** The kicker, title, deck, credits, truncation and text of each article. */
function summary(lines: string[]): [string | undefined, string | undefined, string | undefined, string[], boolean, string][] {
  return articles(lines).map((a) => [a.kicker, a.title, a.deck, a.credits, a.truncated, a.text]);
}

describe('segment: a print page\'s headline under its section label and page line, its deck behind a label (p141 class 7)', () => {
  const first = {
    page: 'Tue, Nov 17, 2026 page 2', title: 'Rail strike halts commuter trains across three counties',
    deck: 'WAGE DISPUTE: The union said talks broke down after management rejected a revised offer on overtime pay',
    byline: 'By Wu Pei-ling / Staff reporter',
    lead: 'Commuter trains in Taoyuan, Hsinchu and Miaoli counties stopped running yesterday as rail workers walked out over overtime pay, the railway said.',
    more: 'Transport Minister Ho Li-ming said buses would run on the main routes until the strike ends.',
  };
  const second = {
    page: 'Wed, Nov 18, 2026 page 1', title: 'Cabinet approves record budget for coastal defense',
    deck: 'SPENDING PLAN: The premier said most of the money would go to radar stations and patrol boats on outlying islands',
    byline: 'By Kao Shu-fen / Staff reporter, with CNA',
    lead: 'The Cabinet yesterday approved a special budget for coastal defense, the largest of its kind, sending the bill to the legislature for review.',
  };
  const items = ['Most Popular', 'Students win robotics prize in Singapore', 'Typhoon season ends with no landfall'];
  const deckOf = (line: string) => line.slice(line.indexOf(':') + 2);
  const kickerOf = (line: string) => line.slice(0, line.indexOf(':'));

  it('gives one article a story, the label, page line and list in credits, with no blank lines', () => {
    const lines = ['Daily Courier', 'Home', 'Business', first.page, first.title, first.deck, first.byline, first.lead, first.more, ...items,
      second.page, second.title, second.deck, second.byline, second.lead];
    expect(summary(lines)).toEqual([
      [kickerOf(first.deck), first.title, deckOf(first.deck), ['Daily Courier', 'Home', 'Business', first.page, first.byline, ...items], false,
        [first.title, deckOf(first.deck), first.lead, first.more].join('\n')],
      [kickerOf(second.deck), second.title, deckOf(second.deck), [second.page, second.byline], false, [second.title, deckOf(second.deck), second.lead].join('\n')],
    ]);
  });

  it('reads the same page pasted with blank lines between its lines', () => {
    const lines = ['Daily Courier', 'Home', 'Business', first.page, first.title, first.deck, first.byline, first.lead, first.more, ...items,
      second.page, second.title, second.deck, second.byline, second.lead].flatMap((line) => [line, '']);
    expect(summary(lines)).toEqual([
      [kickerOf(first.deck), first.title, deckOf(first.deck), ['Daily Courier', 'Home', 'Business', first.page, first.byline, ...items], false,
        [first.title, deckOf(first.deck), '', first.lead, '', first.more].join('\n')],
      [kickerOf(second.deck), second.title, deckOf(second.deck), [second.page, second.byline], false, [second.title, deckOf(second.deck), '', second.lead].join('\n')],
    ]);
  });
});

describe('segment: a story that ends in a link to its other language or a comment forum\'s pitch is whole (p141 class 7, p139)', () => {
  const title = 'Taichung opens new metro line to airport';
  const lead = 'Taichung, Dec. 4 (CNA) A metro line linking downtown Taichung with its international airport opened on Friday, the city government said.';
  const more = 'Mayor Lu Shiow-yen (盧秀燕) said the trip would take 25 minutes.';

  it('reads "> Chinese Version" under the end mark as a credit', () => {
    const lines = [title, '', lead, '', more, '', 'Enditem/KH', '', '> Chinese Version', '', 'Related News', '', 'Dec. 1 Taichung buses add night routes'];
    expect(summary(lines)).toEqual([[undefined, title, undefined, ['Enditem/KH', '> Chinese Version', 'Related News', 'Dec. 1 Taichung buses add night routes'], false,
      [title, '', lead, '', more].join('\n')]]);
  });

  it('reads a comment forum\'s pitch of readers and replies as a credit', () => {
    const pitch = 'Join lively conversations, follow other Courier readers and see their replies';
    const lines = [title, '', lead, '', more, '', 'Join our commenting forum', pitch];
    expect(summary(lines)).toEqual([[undefined, title, undefined, ['Join our commenting forum', pitch], false, [title, '', lead, '', more].join('\n')]]);
  });
});
