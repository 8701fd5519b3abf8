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

const STORY_ABOVE = ['Tainan opens new rail link to science park', '', 'Tainan, Dec. 4 (CNA) A new rail link between Tainan Station and the Southern Taiwan Science Park opened on Friday, the city said.', ''];

describe('segment: a section label a blank line over the timestamp and headline (p139 class 1, Focus Taiwan)', () => {
  const title = 'Kaohsiung opens light rail extension to Dashun Road';
  const caption = 'Passengers board a light rail train at Kaohsiung Music Center station on Friday. Photo courtesy of the Kaohsiung City Government Dec. 5, 2026';
  const lead = 'Kaohsiung, Dec. 5 (CNA) The Kaohsiung light rail opened its final section on Friday, completing a loop around the city, the city government said.';
  const more = 'Mayor Chen Chi-mai (陳其邁) rode the first train from Dashun Road.';

  it('reads the label as the kicker, the headline as the title and the caption with its dated credit as a credit', () => {
    const lines = ['Focus Taiwan', '', 'CNA English News', '', 'Society', '', '12/05/2026 09:10 AM', '', title, '', caption, '', lead, '', more];
    expect(summary(lines)).toEqual([['Society', title, undefined, ['Focus Taiwan', 'CNA English News', '12/05/2026 09:10 AM', caption], false, `${title}\n\n${lead}\n\n${more}`]]);
    expect(articles(lines)[0]!.date).toBe('2026-12-05');
  });

  it('starts the next page at its label under a story, a byline under its headline', () => {
    const next = ['Business', '', 'Thu, Dec 03, 2026 page10', '', 'Chip exports hit record as AI demand grows', '', 'By Lisa Chen / Staff reporter', '',
      'Exports of integrated circuits rose 40 percent last month from a year earlier, the Ministry of Finance said yesterday.'];
    expect(summary([...STORY_ABOVE, ...next])).toEqual([
      [undefined, STORY_ABOVE[0], undefined, [], false, STORY_ABOVE.slice(0, 3).join('\n')],
      ['Business', next[4], undefined, [next[2]!, next[6]!], false, `${next[4]}\n\n${next[8]}`],
    ]);
  });
});

describe('segment: a page\'s path of sections over its timestamp is no headline (p139 class 1, Taipei Times)', () => {
  const page = (path: string, stamp: string, title: string, byline: string, lead: string) => [path, '', stamp, '', title, '', byline, '', lead];
  const first = page('Home / Taiwan News', 'Sat, Dec 05, 2026 page3', 'Cold surge brings snow to Hehuan Mountain', 'By Chen Yu-fu / Staff reporter',
    'Snow fell on Hehuan Mountain in Nantou County yesterday as a cold air mass pushed temperatures below zero, the Central Weather Administration said.');
  const second = page('Home / Business', 'Sat, Dec 05, 2026 page12', 'Foxconn sales rise 11 percent on server demand', 'By Lisa Chen / Staff reporter',
    'Hon Hai Precision Industry Co reported higher sales for last month yesterday, citing demand for artificial intelligence servers.');

  it('titles each page by its headline, the path its kicker', () => {
    expect(summary(['Taipei Times', '', ...first, '', 'TOP', '', ...second])).toEqual([
      ['Home / Taiwan News', first[4], undefined, ['Taipei Times', first[2]!, first[6]!, 'TOP'], false, `${first[4]}\n\n${first[8]}`],
      ['Home / Business', second[4], undefined, [second[2]!, second[6]!], false, `${second[4]}\n\n${second[8]}`],
    ]);
  });
});

describe('segment: a site\'s menu pasted as lines under its masthead in capitals (p139 class 1, France 24)', () => {
  const title = 'Notre-Dame cathedral unveils restored bell tower a year after reopening';
  const lead = 'The restored north bell tower of Notre-Dame cathedral in Paris opened to visitors on Monday, a year after the building reopened to worshippers.';
  const more = 'Culture Minister Rachida Dati said the works had cost more than €40 million.';

  it('reads the menu as credits, its last label as the kicker and the headline as the title; the page\'s stamps and furniture are credits', () => {
    const lines = ['FRANCE 24', 'Live', 'Europe', 'France', 'Culture', '', title, '', lead, '', 'Issued on: 07/12/2026 - 09:05', '4 min Reading time', '',
      'Advertising', '', more, '', 'Share this article...'];
    expect(summary(lines)).toEqual([['Culture', title, undefined, ['FRANCE 24', 'Live', 'Europe', 'France', 'Issued on: 07/12/2026 - 09:05', '4 min Reading time',
      'Advertising', 'Share this article...'], false, `${title}\n\n${lead}\n\n${more}`]]);
  });

  it('takes a menu of nine labels and the section a blank line under it as the next page\'s', () => {
    const menu = ['FRANCE 24', 'Live', 'Europe', 'Africa', 'Middle East', 'Americas', 'Asia-Pacific', 'Culture', 'Sport'];
    const next = ['EUROPE', title, 'Issued on: 07/12/2026 - 09:05', '', lead];
    expect(summary([...STORY_ABOVE, ...menu, '', ...next])).toEqual([
      [undefined, STORY_ABOVE[0], undefined, [], false, STORY_ABOVE.slice(0, 3).join('\n')],
      ['EUROPE', title, undefined, [...menu, next[2]!], false, `${title}\n\n${lead}`],
    ]);
  });

  it('reads a newsletter form\'s field under the story as a credit: the story is whole', () => {
    expect(summary([...STORY_ABOVE, 'Email address', 'Subscribe', '', 'Email*'])).toEqual([
      [undefined, STORY_ABOVE[0], undefined, ['Email address', 'Subscribe', 'Email*'], false, STORY_ABOVE.slice(0, 3).join('\n')],
    ]);
  });
});

describe('segment: a dateline with a colon under a header with no text yet (p139 class 2, CNA)', () => {
  const menu = ['CNA', 'Asia', 'Singapore', 'Commentary', 'Sustainability'];
  const title = 'Thai court bans former prime minister from politics for 10 years';
  const deck = 'His party says it will ask the Constitutional Court to review the ruling.';
  const widgets = ['A supporter holds a portrait outside the Supreme Court in Bangkok on Dec 8, 2026. (Photo: AFP)', 'Listen to this article', '4 min'];
  const lead = 'BANGKOK: Thailand\'s Supreme Court on Tuesday (Dec 8) banned a former prime minister from politics for 10 years over a land deal, state media reported.';
  const more = 'The court found that he had abused his office.';

  it('opens the header\'s story: one article, its deck the `deck`, the caption and the player credits', () => {
    const lines = [...menu, '', 'Asia', '', title, '', deck, '', widgets[0]!, '', widgets[1]!, widgets[2]!, '', lead, '', more];
    expect(summary(lines)).toEqual([['Asia', title, deck, [...menu, ...widgets], false, `${title}\n\n${deck}\n\n${lead}\n\n${more}`]]);
  });

  it('still starts a new story under a story\'s text', () => {
    const lines = [title, '', deck, '', 'The ruling can be appealed, the court said.', '', lead];
    expect(summary(lines).length).toBe(2);
  });
});

describe('segment: a byline with the site\'s handle, under labels a blank line over the headline (p139 class 2, Inquirer)', () => {
  const next = ['INQUIRER.NET', 'NEWSINFO', 'Regions', '', 'Iloilo City suspends classes as floods hit 30 villages', '', 'By: Maria Santos - @inquirerdotnet',
    'Philippine Daily Inquirer / 05:40 AM December 06, 2026', '',
    'ILOILO CITY, Philippines — Classes in all levels were suspended in Iloilo City on Friday after floods submerged 30 villages, the city government said.'];

  it('reads the byline as a credit, and the masthead and labels as the next page\'s credits and kicker', () => {
    expect(summary([...STORY_ABOVE, ...next])).toEqual([
      [undefined, STORY_ABOVE[0], undefined, [], false, STORY_ABOVE.slice(0, 3).join('\n')],
      ['Regions', next[4], undefined, ['INQUIRER.NET', 'NEWSINFO', next[6]!, next[7]!], false, `${next[4]}\n\n${next[9]}`],
    ]);
  });
});

describe('segment: a wire\'s banner over its headline (p136, step 3 of p139)', () => {
  it('reads Reuters\' banner, its link run on, as a credit: the headline under it is the title', () => {
    const banner = 'Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv';
    const title = 'Bank of Korea holds rate at 2.5% as won weakens';
    const lead = 'SEOUL, Dec 4 (Reuters) - The Bank of Korea kept its policy rate at 2.5% on Thursday as the won fell to a 16-year low against the dollar.';
    expect(summary([banner, title, lead])).toEqual([[undefined, title, undefined, [banner], false, `${title}\n${lead}`]]);
  });
});
