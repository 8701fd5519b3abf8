import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/stages/segment.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
import { processArticle } from '../src/pipeline.js';
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

/** The article a JSONL record with `text` gives. */
function jsonlArticle(text: string): Article {
  const [segment] = parseJsonlLine(JSON.stringify({ id: 'a-1', text }), 'x.jsonl', 1);
  return (segment as { article: Article }).article;
}

/** Each mention's text and start (code points into the text as given). */
function mentions(article: Article): [string, number][] {
  return processArticle(article, defaultResources()).mentions.map((m) => [m.text, m.start]);
}

describe('jsonl: a masthead and a menu atop the text (p141 class 2)', () => {
  it('reads a masthead and a menu of section and country names over the byline as credits, and no mention of them', () => {
    const head = ['The Harbour Courier', 'News', 'Pacific', 'Fiji', 'Samoa', 'Tonga', 'By MERE TUILAGI', 'Monday March 02 2026'];
    const lead = "Heavy rain in Fiji's Western Division has closed 40 schools, the education ministry said on Sunday.";
    const article = jsonlArticle([...head, lead].join('\n'));
    const start = head.join('\n').length + 1;
    expect([article.credits, article.truncated, article.bodyStart]).toEqual([head, false, start]);
    // Before: "Harbour Courier", "Pacific", "Fiji", "Samoa" and "Tonga" were names of the story, and its credits the byline and date only.
    expect(mentions(article).every(([, at]) => at >= start)).toBe(true);
  });

  it('keeps short lines atop a text that has no byline under them, and a sentence naming countries, as text', () => {
    const text = 'Fiji\nSamoa\nFiji and Samoa signed a fisheries deal on Monday, officials said.';
    const article = jsonlArticle(text);
    expect([article.credits, article.bodyStart]).toEqual([[], undefined]);
  });
});

describe('jsonl: a staff byline, a caption, a newsletter pitch and an outlet\'s photo label in the text (p140 class 6, p141 class 2)', () => {
  it('reads a section label and a desk\'s staff byline with its agency as credits', () => {
    const head = ['SOCIETY', 'Liberty Post staff writer, with AFP'];
    const lead = 'A fire at a market in Keelung destroyed 30 stalls yesterday, the city fire department said.';
    const article = jsonlArticle([...head, lead].join('\n'));
    expect([article.credits, article.truncated, article.bodyStart]).toEqual([head, false, head.join('\n').length + 1]);
  });

  it('reads a government handout caption under the byline, an inbox pitch with its button and "Taipei Times Photo" as credits: not truncated', () => {
    const caption = 'Governor Ana López visits a flooded school in Zapopan on Monday. (Gobierno de la Ciudad)';
    const body = 'Governor Ana López on Monday announced a fund of 200 million pesos to repair flooded schools.';
    const pitch = 'Valley Daily: Get the top stories from Jalisco in your inbox every evening. Sign up now';
    const text = ['By Ana Ruiz', 'March 3, 2026', caption, body, 'Taipei Times Photo', pitch].join('\n');
    const article = jsonlArticle(text);
    expect([article.credits, article.truncated]).toEqual([['By Ana Ruiz', 'March 3, 2026', caption, 'Taipei Times Photo', pitch], false]);
    // Before: the caption's "Ana López" and "Zapopan", "Taipei Times", "Valley Daily" and "Jalisco" were names of the story, and it was truncated.
    const at = text.indexOf(body);
    expect(mentions(article).every(([, start]) => start >= at && start < at + body.length)).toBe(true);
  });
});

describe('segment: a radio site\'s page (p140 class 6, r08)', () => {
  const head = ['RNZ', 'Oceania', 'Samoa'];
  const title = 'Samoa declares measles emergency as cases pass 300';
  const credits = ['7:40 am on 3 March 2026', 'Share this', 'Share on Facebook', 'Share via email', 'Lagi Keresoma, RNZ Pacific Correspondent'];
  const body = ['The Samoan government on Monday declared a state of emergency after measles cases passed 300.', 'Schools in Apia will close for two weeks, the health ministry said.'];
  const pitch = "Subscribe to RNZ's Morning Report — get it in your inbox every weekday";

  it('reads its one-word labels as stacked labels over the headline, its share buttons and inbox pitch as credits', () => {
    expect(summary([...head, title, ...credits, ...body, pitch])).toEqual([['Samoa', title, undefined, ['RNZ', 'Oceania', ...credits, pitch], false,
      [title, ...body].join('\n')]]);
  });

  it('keeps a quote that opens on "Subscribe" as text', () => {
    const quote = '"Subscribe to the union\'s bulletin and you will know what we know," the organiser told members on Sunday.';
    expect(summary([...head, title, ...credits, ...body, quote])).toEqual([['Samoa', title, undefined, ['RNZ', 'Oceania', ...credits], false,
      [title, ...body, quote].join('\n')]]);
  });
});

describe('segment: a live blog\'s page (p141 class 13)', () => {
  it('reads "Live updates: …" as its title and "Here\'s the latest:" as its text: one article, its entries\' times credits', () => {
    const title = 'Live updates: Typhoon batters Luzon as thousands flee coastal towns';
    const lead = 'Typhoon Mira made landfall in Aurora province early Tuesday, forcing more than 40,000 people from their homes.';
    const entries = ['8:05 AM PHT', 'Bridges closed in Isabela', 'The public works department said six bridges in Isabela were closed.',
      '8:40 AM PHT', 'Flights cancelled in Manila', 'The Civil Aviation Authority said 62 domestic flights were cancelled.'];
    const lines = ['LIVE UPDATES', title, 'Updated 9:15 AM PHT, March 3, 2026', 'Share', lead, 'Here’s the latest:', ...entries];
    expect(summary(lines)).toEqual([['LIVE UPDATES', title, undefined, ['Updated 9:15 AM PHT, March 3, 2026', 'Share', '8:05 AM PHT', '8:40 AM PHT'], false,
      [title, lead, 'Here’s the latest:', entries[1], entries[2], entries[4], entries[5]].join('\n')]]);
  });
});

describe('segment: headlines between stories (p141 classes 12 and 15)', () => {
  const first = ['Port strike halts exports at Kaohsiung for third day',
    'Dock workers at Kaohsiung port yesterday extended their strike over pay for a third day, halting container exports, the union said.',
    'Officials said talks would resume on Friday.'];

  it('starts a story at a headline a timed lead echoes in a dump with no blank lines', () => {
    const second = ['Rail operator to raise fares 8 percent next year, ministry says',
      'The Ministry of Transportation and Communications yesterday said the rail operator would raise fares by 8 percent from January.'];
    expect(summary([...first, ...second])).toEqual([[undefined, first[0], undefined, [], false, first.join('\n')],
      [undefined, second[0], undefined, [], false, second.join('\n')]]);
  });

  it('keeps a line its paragraph does not echo in the story, in a dump with no blank lines', () => {
    const lines = [...first, 'Unions across the island are watching the dispute closely',
      'Workers at Taichung port yesterday voted to hold a one-day solidarity stoppage next week, organizers said.'];
    expect(summary(lines).length).toBe(1);
  });

  it('starts a story at a short headline after a blank line that its lead echoes, with no dateline', () => {
    const lines = ['Court jails six over spy ring', '', 'The Taiwan High Court yesterday sentenced six former soldiers for spying for China.', '',
      'Thailand bans single-use plastic bags', '', 'Thailand will ban single-use plastic bags at all stores from June, the environment ministry said in a statement.'];
    expect(summary(lines)).toEqual([[undefined, lines[0], undefined, [], false, lines.slice(0, 3).join('\n')],
      [undefined, lines[4], undefined, [], false, lines.slice(4).join('\n')]]);
  });

  it('keeps a short subhead whose paragraph does not echo it in the story', () => {
    const lines = ['Court jails six over spy ring', '', 'The Taiwan High Court yesterday sentenced six former soldiers for spying for China.', '',
      'Appeal expected within weeks', '', 'Lawyers for two of the soldiers said they would take the case to the Supreme Court before the end of the month.'];
    expect(summary(lines).length).toBe(1);
  });
});
