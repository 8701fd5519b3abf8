import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/stages/segment.js';
import { creditDate } from '../src/stages/segment-draft.js';
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

describe('segment: closing furniture under a story (p137 class 7)', () => {
  const kicker = 'SOCIETY';
  const title = 'Retired Army officer sentenced to 12 years for spying for China';
  const body = ['Taipei, Dec. 3 (CNA) The Taiwan High Court on Wednesday sentenced a retired Army lieutenant colonel to 12 years in prison for spying for China.', '',
    'The ruling can be appealed to the Supreme Court.'];

  it('reads a share bar\'s "LINE" as a share button, and the story as whole (r5b)', () => {
    const share = ['Share', 'Facebook', 'X', 'LINE', 'Copy link'];
    expect(summary([kicker, title, ...body, '', ...share])).toEqual([[kicker, title, undefined, share, false, [title, ...body].join('\n')]]);
  });

  it('reads France 24\'s "Text by: FRANCE 24" as a byline, not the deck, and its "Issued on" line as the date (r5c)', () => {
    const head = ['EUROPE', 'Georgian police disperse Tbilisi protest on anniversary of EU talks freeze'];
    const credits = ['Issued on: 29/11/2026 - 22:15 Modified: 29/11/2026 - 22:40', 'Text by: FRANCE 24',
      'Riot police use water cannon against protesters on Rustaveli Avenue in Tbilisi on November 29, 2026. © Giorgi Arjevanidze, AFP'];
    const lead = 'Georgian riot police used water cannon on Saturday to disperse thousands of protesters who had gathered outside parliament in Tbilisi.';
    const [article] = articles([...head, ...credits, '', lead]);
    expect([article!.kicker, article!.title, article!.deck, article!.credits, article!.date, article!.truncated, article!.text])
      .toEqual(['EUROPE', head[1], undefined, credits, '2026-11-29', false, `${head[1]}\n\n${lead}`]);
  });
});

describe('segment: a caption, a newsletter box and its consent line under a story (p137 class 1)', () => {
  it('reads an Inquirer caption ending "PHOTO FROM …", a newsletter box and its consent line as credits (r1b)', () => {
    const head = ['Regions', '11 dead as landslides hit Cebu mountain villages', 'By: Delta Dyrecka Letigio - Reporter', 'Inquirer.net / 09:14 AM December 05, 2026', ''];
    const lead = 'At least 11 people were killed after landslides hit the mountain barangays of Balamban and Toledo City in Cebu province, disaster officials said on Friday.';
    const tail = ['Rescuers search for victims in Barangay Cansomoroy, Balamban town, Cebu on Friday. PHOTO FROM BFP-7', '', 'Subscribe to our daily newsletter',
      'By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.', 'Read Next',
      'PBBM orders probe into flood control funds in Cebu', 'Don\'t miss out on the latest news and information.'];
    expect(summary([...head, lead, '', ...tail])).toEqual([['Regions', head[1], undefined, [head[2]!, head[3]!, ...tail.filter((l) => l !== '')], false, `${head[1]}\n\n${lead}`]]);
  });

  it('keeps a sentence that opens "Photo from" in the text', () => {
    const lines = ['Mars rover sends first colour panorama', '', 'The agency released the images on Monday. Photo from the rover shows a dry riverbed.'];
    expect(summary(lines)).toEqual([[undefined, lines[0], undefined, [], false, lines.join('\n')]]);
  });
});

describe('segment: a story\'s tags under it (p137 class 7)', () => {
  it('reads a story\'s tags in lower case under its caption as credits (r5)', () => {
    const story = ['Society', 'Former Keelung official indicted for taking bribes in harbor dredging tender', 'By Lyla Liu, Taiwan News, Staff Writer', 'Dec. 2, 2026 16:20',
      'TAIPEI (Taiwan News) — Prosecutors on Tuesday indicted a former deputy director of the Keelung City Government\'s Public Works Department.', '',
      'Taiwan Port Corp, which operates the harbor, said the case had not affected shipping.', ''];
    const tail = ['Keelung Harbor. (Taiwan News, Lyla Liu photo)', 'Keelung', 'corruption', 'bribery', 'Updated : 2026-12-02 16:35 GMT+08:00'];
    expect(summary([...story, ...tail])).toEqual([['Society', story[1], undefined, [story[2]!, story[3]!, ...tail], false, story.slice(1).filter((l) => !/^(?:By|Dec\.)/u.test(l)).join('\n').trimEnd()]]);
  });

  it('keeps a short line in lower case under a story that is no list of tags in the text', () => {
    const lines = ['Retired Army officer sentenced to 12 years for spying for China', '', 'The ruling can be appealed to the Supreme Court.', '', 'Taiwan', 'Japan'];
    expect(summary(lines)).toEqual([[undefined, lines[0], undefined, [], true, lines.join('\n')]]);
  });

  it('reads a short headline in lower case with a capital in it over a byline as a header (no tag)', () => {
    const above = ['Retired Army officer sentenced to 12 years for spying for China', '', 'The ruling can be appealed to the Supreme Court.', ''];
    const next = ['eBay sues Amazon', 'By Jane Doe', '', 'The online marketplace filed the suit in Seattle on Monday, its lawyers said.'];
    expect(articles([...above, ...next]).map((a) => [a.title, a.credits])).toEqual([[above[0], []], [next[0], [next[1]]]]);
  });

});

describe('segment: page furniture that had been an article of its own (p137 class 1)', () => {
  const story = ['UKRAINE WAR LATEST', 'Russian drone strike on Odesa port kills 4', 'by Kateryna Denisova', 'December 4, 2026 10:42 AM', '',
    'A Russian drone attack on the port of Odesa overnight killed four people, Odesa Oblast Governor Oleh Kiper said.'];
  const menu = ['The Kyiv Independent', 'News Feed', 'Ukraine', 'War', 'Business', 'Opinion'];

  it('reads a site\'s menu over a lone kicker as the story\'s credits (r1)', () => {
    expect(summary([...menu, '', ...story])).toEqual([[story[0], story[1], undefined, [...menu, story[2]!, story[3]!], false, `${story[1]}\n\n${story[5]}`]]);
  });

  it('reads the menu between two pages as the second page\'s credits, and the page above as whole', () => {
    const above = ['Earlier story about the port ends here with a finished sentence.'];
    expect(summary([...above, '', ...menu.slice(0, 4), '', ...story]).map((a) => [a[1], a[3], a[4]])).toEqual([
      [undefined, [], false], [story[1], [...menu.slice(0, 4), story[2]!, story[3]!], false]]);
  });

  it('keeps two labels under a story over a lone kicker the story\'s', () => {
    const above = ['Earlier story about the port ends here with a finished sentence.', '', 'Ukraine', 'War'];
    expect(articles([...above, '', ...story]).map((a) => a.text)).toEqual([above.join('\n'), `${story[1]}\n\n${story[5]}`]);
  });

  it('reads a masthead over its menu on one line under a story as the next page\'s credits (p137 RFA)', () => {
    const above = ['The agency said it had sent 12,000 family food packs to the affected towns.', ''];
    const masthead = ['Radio Free Asia', 'Home | China | Myanmar | Cambodia | Vietnam | North Korea'];
    const next = ['VIETNAM', 'Vietnam court sentences property tycoon to life in prison for bond fraud', 'By RFA Vietnamese', '2026.12.02', '',
      'A court in Ho Chi Minh City on Tuesday upheld the sentence, state media said.'];
    expect(articles([...above, ...masthead, '', ...next]).map((a) => [a.title, a.credits, a.date, a.truncated])).toEqual([
      [undefined, [], undefined, false], [next[1], [...masthead, next[2], next[3]], '2026-12-02', false]]);
  });

});

describe('segment: the next page\'s masthead, menu, kicker, headline and deck a blank line apart (p136 classes 5 and 9)', () => {
  const first = ['Mexico News Daily', '', 'Politics', '', 'Sheinbaum says Mexico will not accept steel quotas', '',
    'President Claudia Sheinbaum said Monday that Mexico would not accept quotas on its steel exports to the United States.', '',
    'The Bank of Mexico last week cut its key interest rate to 6.5%, citing weaker growth.'];
  const second = ['Nikkei Asia', '', 'Politics', 'Business', 'Life & Arts', '', 'Japan-China tensions', '',
    'Takaichi pledges $90bn stimulus as China tourism boycott hits economies', '', 'Package includes subsidies for hotels in Osaka and Kyoto', '',
    'KOSUKE TERAI, Nikkei staff writer', '', 'December 2, 2026 18:30 JST', '',
    'TOKYO -- Japanese Prime Minister Sanae Takaichi on Wednesday unveiled a 14 trillion yen economic package.'];

  it('starts the second page at its masthead, titled by its headline with its deck (r03)', () => {
    expect(summary([...first, '', ...second])).toEqual([
      ['Politics', first[4], undefined, ['Mexico News Daily'], false, first.slice(4).join('\n')],
      ['Japan-China tensions', second[8], second[10], ['Nikkei Asia', 'Politics', 'Business', 'Life & Arts', second[12]!, second[14]!], false,
        [second[8], '', second[10], '', second[16]].join('\n')],
    ]);
  });

  it('reads a masthead and menu over the section as credits, not the title, and the writer under the deck as a credit (r07)', () => {
    const page = ['Independent', '', 'News', 'Sport', 'Culture', '', 'Europe', '', 'Spain floods: Three dead as torrential rain hits Valencia region', '',
      'Emergency services rescued dozens of people trapped in cars near Alzira', '', 'Tom Watling', '', 'Thursday 3 December 2026 11:42 GMT', '',
      'At least three people have died after torrential rain lashed eastern Spain, flooding towns in the Valencia region.'];
    expect(summary(page)).toEqual([['Europe', page[8], page[10], ['Independent', 'News', 'Sport', 'Culture', 'Tom Watling', page[14]!], false,
      [page[8], '', page[10], '', page[16]].join('\n')]]);
  });

  it('keeps one short line over a headline at a paste\'s top the title\'s text', () => {
    const lines = ['Breaking', '', 'Sheinbaum says Mexico will not accept steel quotas', '', first[6]!];
    expect(summary(lines)).toEqual([[undefined, 'Breaking', undefined, [], false, lines.join('\n')]]);
  });
});

describe('segment: dates a credit writes year first or in numbers (p137 class 9)', () => {
  it('reads a year-first date with dots', () => {
    expect(['2026.12.02', '2026.1.5 10:14', 'v2026.12.02', '2026.13.02'].map(creditDate)).toEqual(['2026-12-02', '2026-01-05', undefined, undefined]);
  });

  it('reads a numeric date with the same day and month, and one both ways readable only by the dateline\'s month and day', () => {
    expect(['05/05/2026', '12/03/2026 05:41 PM', '29/11/2026'].map(creditDate)).toEqual(['2026-05-05', undefined, '2026-11-29']);
    const page = (dateline: string) => articles(['SOCIETY', 'Retired Army officer sentenced to 12 years for spying for China', '12/03/2026 05:41 PM',
      `${dateline} The Taiwan High Court on Wednesday sentenced a retired Army officer to 12 years in prison.`])[0]!.date;
    expect(['Taipei, Dec. 3 (CNA)', 'Taipei, March 12 (CNA)', 'Taipei, Dec. 4 (CNA)', 'TAIPEI (CNA) -'].map(page)).toEqual(['2026-12-03', '2026-03-12', undefined, undefined]);
  });
});
