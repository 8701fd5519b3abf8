import { describe, expect, it } from 'vitest';
import { segmentText, trailingCredits } from '../src/stages/segment.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
import { processArticle } from '../src/pipeline.js';
import type { Article } from '../src/model/index.js';
import { defaultResources } from './helpers.js';

/** The articles a paste of `lines` gives with the pipeline's segment options. */
function articles(lines: string[]): Article[] {
  return segmentText(lines.join('\n'), 'page.txt', defaultResources().segment).flatMap((s) => ('article' in s ? [s.article] : []));
}

/** What a test compares of each article: kicker, title, deck, date, credits, truncated, text. */
function shown(got: Article[]): unknown[] {
  return got.map((a) => ({ kicker: a.kicker, title: a.title, deck: a.deck, date: a.date, credits: a.credits, truncated: a.truncated, text: a.text }));
}

const IHC = 'ISLAMABAD: The Islamabad High Court (IHC) on Wednesday granted bail to Shah Mahmood Qureshi.';
const CBN = 'The Central Bank of Nigeria (CBN) on Tuesday cut its benchmark rate.';
const RADA = "Ukraine's parliament, the Verkhovna Rada, on Dec. 4 adopted the state budget for 2027.";

describe('segment: page furniture of the blind set p132', () => {
  it('reads a site\'s menu parted by bars as a credit, never the title (r01)', () => {
    expect(shown(articles(['Taipei Times', 'Home | Taiwan News | Business | Editorials | Sports | World News | Features | Bilingual Pages', 'Taiwan News',
      'Sat, Nov 28, 2026 page3', '', 'Recall drive against Taichung councilor fails', '',
      'The Taichung City Election Commission said the recall against Chiang Chao-kuo failed on Saturday.']))).toEqual([{
      kicker: undefined, title: 'Recall drive against Taichung councilor fails', deck: undefined, date: '2026-11-28',
      credits: ['Taipei Times', 'Home | Taiwan News | Business | Editorials | Sports | World News | Features | Bilingual Pages', 'Taiwan News', 'Sat, Nov 28, 2026 page3'],
      truncated: false,
      text: 'Recall drive against Taichung councilor fails\n\nThe Taichung City Election Commission said the recall against Chiang Chao-kuo failed on Saturday.',
    }]);
  });

  it('reads a newsletter\'s pitch, an author\'s appeal, a copyright after the outlet\'s name and a hub\'s link at a story\'s end as credits (r02, r13)', () => {
    const story = 'At least nine people have died after flash floods across the Spanish region of Valencia, the agency Aemet said.';
    expect(shown(articles(['Spanish floods: Valencia hit by second deadly storm', 'Sam Jones in Madrid', 'Tue 1 Dec 2026 14.32 GMT', story,
      'Sign up to This is Europe', 'Free weekly newsletter', 'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.',
      '', 'Note from the author:', 'Hi, this is Kateryna Hodunova. I wrote this story on the budget vote. Please consider supporting the Kyiv Independent by becoming a member.',
      'Become a member', 'Premium Times Nigeria © 2026', 'AP golf: https://apnews.com/hub/golf']))).toEqual([{
      kicker: undefined, title: 'Spanish floods: Valencia hit by second deadly storm', deck: undefined, date: '2026-12-01',
      credits: ['Sam Jones in Madrid', 'Tue 1 Dec 2026 14.32 GMT', 'Sign up to This is Europe', 'Free weekly newsletter',
        'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.', 'Note from the author:',
        'Hi, this is Kateryna Hodunova. I wrote this story on the budget vote. Please consider supporting the Kyiv Independent by becoming a member.',
        'Become a member', 'Premium Times Nigeria © 2026', 'AP golf: https://apnews.com/hub/golf'],
      truncated: false, text: `Spanish floods: Valencia hit by second deadly storm\n${story}`,
    }]);
  });

  it('reads a caption with its photo credit in square brackets as a credit (r04)', () => {
    expect(articles(['CBN cuts interest rate to 25.5% as inflation eases', '', CBN, '', 'CBN Governor, Olayemi Cardoso [PHOTO CREDIT: @cenbank]', '',
      'Mr Cardoso said headline inflation had fallen to 14.2 per cent in October.']).map((a) => [a.credits, a.text])).toEqual([[
      ['CBN Governor, Olayemi Cardoso [PHOTO CREDIT: @cenbank]'],
      `CBN cuts interest rate to 25.5% as inflation eases\n\n${CBN}\n\nMr Cardoso said headline inflation had fallen to 14.2 per cent in October.`]]);
  });

  it('reads a JSONL text\'s "Edited by:" and "Related Topics:" lines above its trailing credits as trailing credits (r05)', () => {
    const text = 'The DPP said it had suspended her party membership.\n\nEdited by: Lin Yu-ting\nRelated Topics: DPP, Legislative Yuan, corruption\n' +
      'Follow us on X, Instagram and LINE for the latest updates\n© Taiwan News 2026 — All rights reserved';
    expect(trailingCredits(text)).toEqual({ bodyEnd: 51, credits: ['Edited by: Lin Yu-ting', 'Related Topics: DPP, Legislative Yuan, corruption',
      'Follow us on X, Instagram and LINE for the latest updates', '© Taiwan News 2026 — All rights reserved'] });
  });
});

describe('segment: bylines run into the page\'s date (p132)', () => {
  it('reads a writer\'s name before or after the date as a byline, so each header titles its story (r15)', () => {
    expect(shown(articles(['IHC grants bail to PTI leader', 'Tahir Naseer Published December 2, 2026 Updated a day ago', IHC, '',
      'CBN cuts interest rate to 25.5%', 'December 1, 2026 Abdulkareem Mojeed 2 min read', CBN]))).toEqual([
      { kicker: undefined, title: 'IHC grants bail to PTI leader', deck: undefined, date: '2026-12-02', credits: ['Tahir Naseer Published December 2, 2026 Updated a day ago'],
        truncated: false, text: `IHC grants bail to PTI leader\n${IHC}` },
      { kicker: undefined, title: 'CBN cuts interest rate to 25.5%', deck: undefined, date: '2026-12-01', credits: ['December 1, 2026 Abdulkareem Mojeed 2 min read'],
        truncated: false, text: `CBN cuts interest rate to 25.5%\n${CBN}` },
    ]);
  });

  it('keeps a page pasted with no blank lines whole: masthead, menu and label over its headline and byline (r12)', () => {
    expect(shown(articles(['DAWN.COM', 'Home | Latest | Pakistan | World | Business | Sport | Opinion | Magazines', 'Pakistan',
      'IHC grants bail to PTI leader Qureshi in May 9 cases', 'Tahir Naseer Published December 2, 2026 Updated a day ago', IHC,
      'Published in Dawn, December 3rd, 2026']))).toEqual([{
      kicker: 'Pakistan', title: 'IHC grants bail to PTI leader Qureshi in May 9 cases', deck: undefined, date: '2026-12-02',
      credits: ['DAWN.COM', 'Home | Latest | Pakistan | World | Business | Sport | Opinion | Magazines', 'Tahir Naseer Published December 2, 2026 Updated a day ago',
        'Published in Dawn, December 3rd, 2026'],
      truncated: false, text: `IHC grants bail to PTI leader Qureshi in May 9 cases\n${IHC}`,
    }]);
  });

  it('gives the next page its masthead on the line over its menu (world_nobl.txt)', () => {
    expect(shown(articles(['IHC grants bail to PTI leader Qureshi in May 9 cases', 'Tahir Naseer Published December 2, 2026 Updated a day ago', IHC,
      'The Kyiv Independent', 'News Feed | Ukraine | Russia | Europe | Business | Opinion | Investigations | Support us', 'Ukraine war latest',
      "Ukraine's parliament approves 2027 budget with record defense spending", 'by Kateryna Hodunova', 'December 4, 2026 3:12 PM 2 min read', RADA]))).toEqual([
      { kicker: undefined, title: 'IHC grants bail to PTI leader Qureshi in May 9 cases', deck: undefined, date: '2026-12-02',
        credits: ['Tahir Naseer Published December 2, 2026 Updated a day ago'], truncated: false, text: `IHC grants bail to PTI leader Qureshi in May 9 cases\n${IHC}` },
      { kicker: 'Ukraine war latest', title: "Ukraine's parliament approves 2027 budget with record defense spending", deck: undefined, date: '2026-12-04',
        credits: ['The Kyiv Independent', 'News Feed | Ukraine | Russia | Europe | Business | Opinion | Investigations | Support us', 'by Kateryna Hodunova',
          'December 4, 2026 3:12 PM 2 min read'],
        truncated: false, text: `Ukraine's parliament approves 2027 budget with record defense spending\n${RADA}` },
    ]);
  });
});

describe('jsonl: a byline at the text\'s start (p132 r05b)', () => {
  it('copies the leading label, byline and timestamp to credits, keeps the text as given and reads no name in them', () => {
    const text = 'Politics\nBy Sean Scanlon, Taiwan News, Staff Writer\n2026/11/26 16:20\n\nProsecutors on Thursday indicted Democratic Progressive Party (DPP) ' +
      'Legislator Chen Yu-hsin for allegedly embezzling NT$6.2 million.';
    const [segment] = parseJsonlLine(JSON.stringify({ id: 'tn-1', text }), 'x.jsonl', 1);
    const article = (segment as { article: Article }).article;
    expect([article.text === text, article.credits, article.truncated, article.bodyStart]).toEqual([true,
      ['Politics', 'By Sean Scanlon, Taiwan News, Staff Writer', '2026/11/26 16:20'], false, 70]);
    // Before: "Sean Scanlon" a person and "Taiwan News" an organization of the story.
    expect(processArticle(article, defaultResources()).mentions.map((m) => [m.text, m.start])).toEqual([
      ['Democratic Progressive Party', 103], ['DPP', 133], ['Chen Yu-hsin', 149]]);
  });
});

describe('segment: a labelled deck between blank lines (p132 r11)', () => {
  it('makes the words after the label the deck, for each of two pages in a row, and keeps them the text\'s second line', () => {
    const recall = 'A recall vote against Democratic Progressive Party (DPP) Taichung City Councilor Chiang Chao-kuo failed on Saturday.';
    const drills = "China's People's Liberation Army (PLA) yesterday launched large-scale military drills around Taiwan.";
    const deck1 = "Fewer than 25 percent of eligible voters backed the removal of the DPP councilor, the city's election commission said";
    const deck2 = "The exercises came days after President William Lai said Taiwan and China are 'not subordinate to each other,' the defense ministry said";
    expect(shown(articles(['Recall drive against Taichung councilor fails to reach threshold', '', `RECALL FAILS: ${deck1}`, '', 'By Lin Ching-yi / Staff reporter', '',
      recall, '', "PLA launches 'Strait Thunder-2026B' drills around Taiwan", '', `SHOW OF FORCE: ${deck2}`, '', 'By Jake Chung / Staff writer, with CNA', '', drills]))).toEqual([
      { kicker: 'RECALL FAILS', title: 'Recall drive against Taichung councilor fails to reach threshold', deck: deck1, date: undefined,
        credits: ['By Lin Ching-yi / Staff reporter'], truncated: false, text: `Recall drive against Taichung councilor fails to reach threshold\n${deck1}\n\n${recall}` },
      { kicker: 'SHOW OF FORCE', title: "PLA launches 'Strait Thunder-2026B' drills around Taiwan", deck: deck2, date: undefined,
        credits: ['By Jake Chung / Staff writer, with CNA'], truncated: false, text: `PLA launches 'Strait Thunder-2026B' drills around Taiwan\n${deck2}\n\n${drills}` },
    ]);
  });
});
