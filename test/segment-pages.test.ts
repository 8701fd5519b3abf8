import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentText, trailingCredits } from '../src/stages/segment.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
import { processArticle } from '../src/pipeline.js';
import type { Article } from '../src/model/index.js';
import { defaultResources } from './helpers.js';

/** The articles a paste of `lines` gives with the pipeline's segment options (its gazetteer reads datelines in mixed case). */
function articles(lines: string[]): Article[] {
  return segmentText(lines.join('\n'), 'page.txt', defaultResources().segment).flatMap((s) => ('article' in s ? [s.article] : []));
}

describe('segment: lists of other stories', () => {
  it('takes a list\'s last item back as the next story\'s headline where its byline, timestamp or dateline follows across blank lines (p126 M1)', () => {
    // Before: the headline and writer went to the Reuters story's credits, and the Guardian's paragraphs became its text.
    expect(articles(['TAIPEI, Dec 6 (Reuters) - Taiwan President William Lai said on Saturday the island would boost defence spending.', '',
      'Reporting by Yimou Lee; Editing by Kim Coghill', '', 'Suggested Topics:', '', 'Asia Pacific', '', 'Taiwan', '',
      "China's foreign ministry says US arms sales to Taiwan 'play with fire'", '', 'Helen Davidson in Taipei', '', 'Sat 6 Dec 2026 03.30 GMT', '',
      "China's foreign ministry has warned the US against selling more weapons to Taiwan.",
    ]).map((a) => [a.title, a.credits, a.text, a.date])).toEqual([
      [undefined, ['Reporting by Yimou Lee; Editing by Kim Coghill', 'Suggested Topics:', 'Asia Pacific', 'Taiwan'],
        'TAIPEI, Dec 6 (Reuters) - Taiwan President William Lai said on Saturday the island would boost defence spending.', undefined],
      ["China's foreign ministry says US arms sales to Taiwan 'play with fire'", ['Helen Davidson in Taipei', 'Sat 6 Dec 2026 03.30 GMT'],
        "China's foreign ministry says US arms sales to Taiwan 'play with fire'\n\nChina's foreign ministry has warned the US against selling more weapons to Taiwan.", '2026-12-06'],
    ]);
    // Before: "Japan approves record defence budget" was a credit of the story above, and the Tokyo story had no title.
    const japan = 'TOKYO (Reuters) - Japan\'s cabinet approved a record defence budget on Friday, Prime Minister Sanae Takaichi said.';
    for (const [list, header] of [[['Related', 'Zelensky meets Trump envoy in Miami', 'What we know about the peace plan'], ['', 'By Kenji Sato']],
      [['Most read', '', '1. China sends 30 warplanes near Taiwan', '', '2. US approves arms sale to Taiwan'], []]] as const) {
      expect(articles(['Poland said it scrambled jets after Russia launched strikes near the border.', '', ...list, '', 'Japan approves record defence budget',
        ...header, '', japan]).map((a) => [a.title, a.credits, a.text])).toEqual([
        [undefined, list.filter((l) => l !== ''), 'Poland said it scrambled jets after Russia launched strikes near the border.'],
        ['Japan approves record defence budget', header.filter((l) => l !== ''), `Japan approves record defence budget\n\n${japan}`],
      ]);
    }
  });

  it('keeps "Most Read from Bloomberg" and its headlines out of the text (p128: they had been its last lines, and marked it truncated)', () => {
    expect(articles(['Samsung wins Nvidia approval for HBM4 chips', 'By Yoolim Lee', '',
      'Samsung Electronics Co. has won approval to supply its most advanced memory chips, people familiar said.', 'Most Read from Bloomberg',
      'Trump Says He Will Meet Xi in Beijing in April', 'Bitcoin Slides Below $70,000 as ETF Outflows Accelerate', '©2026 Bloomberg L.P.',
    ]).map((a) => [a.title, a.credits, a.text, a.truncated])).toEqual([['Samsung wins Nvidia approval for HBM4 chips',
      ['By Yoolim Lee', 'Most Read from Bloomberg', 'Trump Says He Will Meet Xi in Beijing in April', 'Bitcoin Slides Below $70,000 as ETF Outflows Accelerate', '©2026 Bloomberg L.P.'],
      'Samsung wins Nvidia approval for HBM4 chips\n\nSamsung Electronics Co. has won approval to supply its most advanced memory chips, people familiar said.', false]]);
  });

  it('starts no story at a list\'s items in capitals (p128: "Related Topics" / "KMT" / "DPP" had been a story, kicker KMT, title DPP)', () => {
    expect(articles(['KMT keeps Taipei as DPP holds south', '', 'By Sean Scanlan', '', 'The Kuomintang won 14 of the 22 races on Saturday.', '',
      'Related Topics', '', 'KMT', '', 'DPP', '', 'The DPP said it humbly accepted the verdict.',
    ]).map((a) => [a.title, a.kicker, a.credits, a.text])).toEqual([['KMT keeps Taipei as DPP holds south', undefined, ['By Sean Scanlan', 'Related Topics', 'KMT', 'DPP'],
      'KMT keeps Taipei as DPP holds south\n\nThe Kuomintang won 14 of the 22 races on Saturday.\n\nThe DPP said it humbly accepted the verdict.']]);
  });
});

describe('segment: furniture of world pages', () => {
  it('keeps NYT\'s and NPR\'s buttons and Al Jazeera\'s box of related stories out of the text (p126 L3: its headlines had been the story\'s mentions)', () => {
    expect(articles(["Taiwan's Lai vows to boost defence spending", '', 'By Jane Doe', '', 'TAIPEI (Reuters) - President William Lai said on Saturday the island would boost defence spending.', '',
      'SKIP ADVERTISEMENT', '', 'Lai told reporters the government would submit a special budget next week.', '', 'list of 4 items', 'list 1 of 4',
      'China sends 30 warplanes near Taiwan', 'list 2 of 4', 'US approves arms sale to Taiwan', 'end of list', '', 'The budget would be spread over eight years, the Executive Yuan said.', '',
      'Enlarge this image', '', 'Opposition lawmakers said they would review the plan.',
    ]).map((a) => [a.title, a.credits, a.text])).toEqual([["Taiwan's Lai vows to boost defence spending",
      ['By Jane Doe', 'SKIP ADVERTISEMENT', 'list of 4 items', 'list 1 of 4', 'China sends 30 warplanes near Taiwan', 'list 2 of 4', 'US approves arms sale to Taiwan', 'end of list', 'Enlarge this image'],
      "Taiwan's Lai vows to boost defence spending\n\nTAIPEI (Reuters) - President William Lai said on Saturday the island would boost defence spending.\n\n" +
      'Lai told reporters the government would submit a special budget next week.\n\nThe budget would be spread over eight years, the Executive Yuan said.\n\nOpposition lawmakers said they would review the plan.']]);
  });
});

describe('segment: datelines', () => {
  it('reads AFP\'s dateline with its region in brackets, "Turin (Italy) (AFP) –", as a new story\'s (p128: the story had merged into the review before)', () => {
    const lead = 'Turin (Italy) (AFP) – Jannik Sinner beat Carlos Alcaraz 7-6 (7/4), 6-4 in the final on Sunday to win the title for a third year.';
    expect(articles(['The Last Courier is in UK cinemas from 18 December.', 'Sinner beats Alcaraz to win third straight ATP Finals title', lead])
      .map((a) => [a.title, a.text])).toEqual([[undefined, 'The Last Courier is in UK cinemas from 18 December.'],
      ['Sinner beats Alcaraz to win third straight ATP Finals title', `Sinner beats Alcaraz to win third straight ATP Finals title\n${lead}`]]);
    // After a list of the page's topics, the last is the story's headline.
    expect(articles(['The Last Courier is in UK cinemas from 18 December.', 'Explore more on these topics', 'Film', 'Spy films', 'Reviews',
      'Sinner beats Alcaraz to win third straight ATP Finals title', lead]).map((a) => [a.title, a.credits])).toEqual([
      [undefined, ['Explore more on these topics', 'Film', 'Spy films', 'Reviews']], ['Sinner beats Alcaraz to win third straight ATP Finals title', []]]);
  });
});

describe('segment: decks', () => {
  it('reads a labelled deck whose label is in quotes, also under a headline right after the story before (p128: no kicker, no deck, or the headline in the story before)', () => {
    const deck = 'The MAC said Beijing was trying to normalize law enforcement patrols near Taiwan’s outlying islands';
    const lead = 'Four China Coast Guard ships yesterday morning entered restricted waters off Kinmen County, the Coast Guard Administration said.';
    const page = ['China Coast Guard ships enter Kinmen waters for fifth time this month', `‘GRAY ZONE’: ${deck}`, 'By Chen Yun / Staff reporter', 'Sat, Dec 12, 2026 - Page 2', lead];
    const shown = (a: Article) => [a.kicker, a.title, a.deck, a.credits, a.text];
    const coastGuard = ['GRAY ZONE', page[0], deck, [page[2], page[3]], `${page[0]}\n${deck}\n${lead}`];
    expect(articles(page).map(shown)).toEqual([coastGuard]);
    expect(articles(['The Taipei District Court sentenced him to seven years.', 'The ruling can be appealed.', ...page]).map(shown)).toEqual([
      [undefined, undefined, undefined, [], 'The Taipei District Court sentenced him to seven years.\nThe ruling can be appealed.'], coastGuard]);
  });

  it('reads the line between a headline and its byline or timestamp as the deck, with no blank line under it (p128: 9 of 11 decks empty)', () => {
    const deck = 'The truce, brokered by the US, Saudi Arabia, Egypt and the UAE, would be the first pause in fighting since the RSF captured el-Fasher last year.';
    const lead = 'Sudan’s army and the paramilitary Rapid Support Forces (RSF) have agreed to a three-month humanitarian truce, mediators say.';
    expect(articles(['Sudan’s army and RSF agree to three-month humanitarian truce', deck, 'Published On 4 Dec 2026', 'Al Jazeera and news agencies', lead])
      .map((a) => [a.title, a.deck, a.credits, a.text])).toEqual([['Sudan’s army and RSF agree to three-month humanitarian truce', deck,
      ['Published On 4 Dec 2026', 'Al Jazeera and news agencies'], `Sudan’s army and RSF agree to three-month humanitarian truce\n${deck}\n${lead}`]]);
    // Under a header's section label too, its kicker.
    expect(articles(['Science', 'ISRO’s uncrewed Gaganyaan G1 mission lifts off', 'The crew module will orbit the earth for three days before splashing down',
      'Updated - December 14, 2026 10:31 pm IST', 'The Indian Space Research Organisation (ISRO) on Monday launched the first uncrewed flight of its Gaganyaan programme.'])
      .map((a) => [a.kicker, a.title, a.deck])).toEqual([['Science', 'ISRO’s uncrewed Gaganyaan G1 mission lifts off', 'The crew module will orbit the earth for three days before splashing down']]);
  });
});

describe('segment: headers of world pages', () => {
  it('reads SCMP\'s path of sections and Bloomberg\'s two deck lines as a header (p128: no title, and SCMP\'s page merged into the story before)', () => {
    const scmp = articles(['Lee convened a meeting of the National Security Council, Cheong Wa Dae said.', '(END)', 'Hong Kong / Law and Crime',
      'Jimmy Lai appeal: lawyers say judges erred in treating Apple Daily articles as seditious',
      'Defence tells Court of Appeal the trial judges wrongly relied on evidence from former executives', 'Brian Wong', 'Published: 6:30pm, 10 Dec 2026',
      'Lawyers for jailed media tycoon Jimmy Lai Chee-ying have told Hong Kong’s Court of Appeal that the trial judges made errors.']);
    expect(scmp.map((a) => [a.kicker, a.title, a.deck, a.credits])).toEqual([[undefined, undefined, undefined, ['(END)']],
      ['Hong Kong / Law and Crime', 'Jimmy Lai appeal: lawyers say judges erred in treating Apple Daily articles as seditious',
        'Defence tells Court of Appeal the trial judges wrongly relied on evidence from former executives', ['Brian Wong', 'Published: 6:30pm, 10 Dec 2026']]]);
    const bloomberg = articles(['Technology', 'Samsung Wins Nvidia Approval for HBM4 Chips, Narrowing Gap With SK Hynix', 'Samsung shares jump most in three months in Seoul trading',
      'Korean chipmaker to supply memory for Nvidia’s Rubin accelerators', 'By Yoolim Lee and Sohee Kim', 'December 3, 2026 at 10:12 AM GMT+9',
      'Samsung Electronics Co. has won Nvidia Corp.’s approval to supply its most advanced memory chips.']);
    expect(bloomberg.map((a) => [a.kicker, a.title, a.credits, a.text])).toEqual([['Technology', 'Samsung Wins Nvidia Approval for HBM4 Chips, Narrowing Gap With SK Hynix',
      ['By Yoolim Lee and Sohee Kim', 'December 3, 2026 at 10:12 AM GMT+9'], 'Samsung Wins Nvidia Approval for HBM4 Chips, Narrowing Gap With SK Hynix\n' +
      'Samsung shares jump most in three months in Seoul trading\nKorean chipmaker to supply memory for Nvidia’s Rubin accelerators\n' +
      'Samsung Electronics Co. has won Nvidia Corp.’s approval to supply its most advanced memory chips.']]);
  });
});

describe('segment: wire stories', () => {
  const story = (note: string) => ['UPDATE 3-Ukraine, Russia trade drone strikes as envoys meet in Miami', '', note, '', 'By Tom Balmforth and Dmitry Antonov', '',
    'KYIV/MOSCOW, Dec 6 (Reuters) - Russia and Ukraine traded drone strikes overnight, officials said on Saturday.', '',
    'MOSCOW - Russia\'s Defence Ministry said its air defences destroyed 41 Ukrainian drones.', '',
    'WARSAW, Dec 6 (Reuters) - Poland scrambled jets early on Saturday after Russia launched strikes on western Ukraine.', '',
    '(Reporting by Tom Balmforth in Kyiv, Dmitry Antonov in Moscow and Anna Koper in Warsaw; Editing by Sharon Singleton)'];

  it('keeps a wire story\'s datelines in one article up to the last paragraph its version note names (p126 M3: cut in three)', () => {
    expect(articles(story('(Adds Kremlin comment in paragraph 6, Polish jets in paragraph 9)')).map((a) => [a.title, a.credits.length, a.text.split('\n\n').length])).toEqual([
      ['UPDATE 3-Ukraine, Russia trade drone strikes as envoys meet in Miami', 3, 4]]);
    // Past the last paragraph a note names, a dateline starts its story, as before ("second paragraph": MOSCOW is the second).
    expect(articles(story('(Adds Kremlin comment in second paragraph)')).map((a) => a.text.split('\n\n').length)).toEqual([3, 1]);
  });
});

describe('segment: The Hindu\'s dateline', () => {
  it('keeps "NEW DELHI:" under a header and a caption with no credit in the header\'s article, the caption a credit (p128: the page was cut in two)', () => {
    const lead = 'The Supreme Court on Monday declined to stay the special intensive revision of electoral rolls in Bihar.';
    expect(articles(['Supreme Court declines to stay electoral roll revision in Bihar', 'Bench seeks reply from the Election Commission within two weeks',
      'Krishnadas Rajagopal', 'Updated - December 14, 2026 10:31 pm IST', 'The Supreme Court of India in New Delhi.', 'NEW DELHI:', lead])
      .map((a) => [a.title, a.deck, a.credits, a.text])).toEqual([['Supreme Court declines to stay electoral roll revision in Bihar',
      'Bench seeks reply from the Election Commission within two weeks', ['Krishnadas Rajagopal', 'Updated - December 14, 2026 10:31 pm IST', 'The Supreme Court of India in New Delhi.'],
      `Supreme Court declines to stay electoral roll revision in Bihar\nBench seeks reply from the Election Commission within two weeks\nNEW DELHI:\n${lead}`]]);
  });
});

/** Every segment a paste of `lines` gives: an article's fields, or an error's rule. */
function segments(lines: string[]): unknown[] {
  return segmentText(lines.join('\n'), 'page.txt', defaultResources().segment).map((s) => ('article' in s ? [s.article.id, s.article.kicker, s.article.title, s.article.credits] : s.error.rule));
}

describe('segment: a site\'s header over its story (p129)', () => {
  it('gives the site\'s name lines over a lone kicker to the story under it, with no empty-article row (r16: a fatal row, the story #2)', () => {
    expect(segments(['Focus Taiwan', 'CNA English News', '', 'POLITICS', 'Legislature passes 2027 budget after cutting special defense fund', '', '12/09/2026 09:41 PM', '',
      'Taipei, Dec. 9 (CNA) The Legislative Yuan on Tuesday passed the central government\'s general budget for 2027.', '', '(By Wu Su-wei and Sunny Lai)', 'Enditem/ASG',
    ])).toEqual([['page.txt#1', 'POLITICS', 'Legislature passes 2027 budget after cutting special defense fund',
      ['Focus Taiwan', 'CNA English News', '12/09/2026 09:41 PM', '(By Wu Su-wei and Sunny Lai)', 'Enditem/ASG']]]);
  });
});

describe('segment: headers of world pages (p129 F2)', () => {
  const fields = (lines: string[]) => articles(lines).map((a) => [a.kicker, a.title, a.deck, a.credits, a.text, a.truncated]);

  it('reads a byline of name, desk and time parted by slashes as the header, and font-size buttons as furniture (r03: the header an article of its own)', () => {
    const lead = 'NEW DELHI: The Supreme Court on Tuesday asked the Election Commission of India to explain the deletions.';
    expect(fields(['News', 'India News', 'SC pulls up EC over deletion of 2.9 crore names in UP rolls, seeks affidavit',
      'Dhananjay Mahapatra / TNN / Updated: Dec 9, 2026, 23:41 IST', 'Share', 'AA', 'Text Size', '', lead])).toEqual([['India News',
      'SC pulls up EC over deletion of 2.9 crore names in UP rolls, seeks affidavit', undefined, ['News', 'Dhananjay Mahapatra / TNN / Updated: Dec 9, 2026, 23:41 IST', 'Share', 'AA', 'Text Size'],
      `SC pulls up EC over deletion of 2.9 crore names in UP rolls, seeks affidavit\n\n${lead}`, false]]);
  });

  it('takes a labelled headline a blank line above the writer\'s name as the next story\'s, and "Updated about 3 hours ago" as a timestamp (r03: Dawn titled by its byline)', () => {
    const lead = 'KARACHI: The State Bank of Pakistan on Tuesday cut its key policy rate by 100 basis points to 9 per cent.';
    expect(fields(['The matter will be heard again on December 23.', '', 'Business', 'SBP cuts policy rate by 100bps to 9pc as inflation eases', '', 'Shahid Iqbal',
      'Published December 9, 2026', 'Updated about 3 hours ago', '', lead])).toEqual([
      [undefined, undefined, undefined, [], 'The matter will be heard again on December 23.', false],
      ['Business', 'SBP cuts policy rate by 100bps to 9pc as inflation eases', undefined, ['Shahid Iqbal', 'Published December 9, 2026', 'Updated about 3 hours ago'],
        `SBP cuts policy rate by 100bps to 9pc as inflation eases\n\n${lead}`, false]]);
  });

  it('takes a deck between blank lines under a labelled headline as that headline\'s, not the title (r03b: the headline glued to the story before)', () => {
    const lead = 'TAIPEI (Taiwan News) — Taiwan\'s Ministry of National Defense said it tracked 31 Chinese military aircraft around the country on Tuesday.';
    expect(fields(['Yang said the CBC "does not need to follow" the Fed as inflation remained under control.', '', 'Taiwan News', 'Politics',
      'China sends 31 military aircraft, 9 ships around Taiwan after Lai\'s Pacific trip', '', 'MND says PLA balloon also detected over Taiwan Strait', '',
      'By Keoni Everington, Taiwan News, Staff Writer', '2026/12/09 10:15', '', lead])).toEqual([
      // (The masthead "Taiwan News" is the page's it heads, p131.)
      [undefined, undefined, undefined, [], 'Yang said the CBC "does not need to follow" the Fed as inflation remained under control.', false],
      ['Politics', 'China sends 31 military aircraft, 9 ships around Taiwan after Lai\'s Pacific trip', 'MND says PLA balloon also detected over Taiwan Strait',
        ['Taiwan News', 'By Keoni Everington, Taiwan News, Staff Writer', '2026/12/09 10:15'],
        `China sends 31 military aircraft, 9 ships around Taiwan after Lai's Pacific trip\n\nMND says PLA balloon also detected over Taiwan Strait\n\n${lead}`, false]]);
  });

  it('takes a section\'s label right over a list\'s last item, a blank line above it, as the next story\'s kicker (r06: a credit of the story above)', () => {
    const lead = 'MEXICO CITY, Dec 9 (Reuters) - Mexico and the United States agreed on Wednesday to extend a truce for 90 days.';
    expect(fields(['"We are well positioned to wait and see," Fed Chair Kevin Hassett told reporters.', '', '(Reporting by Howard Schneider; Editing by Andrea Ricci)', '', 'Suggested Topics:', 'Markets', 'Federal Reserve', '', 'Americas',
      'Mexico, US agree to extend tariff truce as USMCA review drags on', '', 'By Diego Oré and David Lawder', '', lead]).map((a) => a.slice(0, 4))).toEqual([
      [undefined, undefined, undefined, ['(Reporting by Howard Schneider; Editing by Andrea Ricci)', 'Suggested Topics:', 'Markets', 'Federal Reserve']],
      ['Americas', 'Mexico, US agree to extend tariff truce as USMCA review drags on', undefined, ['By Diego Oré and David Lawder']]]);
  });

  it('reads the Guardian\'s two labels, short headline and deck over the writer, and NYT\'s "U.S." as a label (r17: no title, "U.S." the obituary\'s end)', () => {
    const got = fields(['Film', 'Obituary', 'Edmund Yeung obituary', 'Hong Kong director whose kinetic police thrillers shaped a generation of action cinema', '',
      'David Parkinson', 'Tue 8 Dec 2026 17.41 GMT', '', 'The director Edmund Yeung, who has died aged 85, made crime thrillers.', '',
      'Edmund Yeung Chi-keung, film director, born 14 May 1941; died 30 November 2026', '', 'Explore more on these topics', 'Film', 'obituaries', '', 'U.S.',
      'Supreme Court Orders Refunds of Billions in Tariffs, Rebuffing Trump', 'The 6-to-3 decision means importers can recover duties.', '', 'By Adam Liptak', '',
      'The Supreme Court ruled on Wednesday that companies are entitled to refunds.']);
    expect(got.map((a) => a.slice(0, 4))).toEqual([
      ['Obituary', 'Edmund Yeung obituary', 'Hong Kong director whose kinetic police thrillers shaped a generation of action cinema',
        ['Film', 'David Parkinson', 'Tue 8 Dec 2026 17.41 GMT', 'Explore more on these topics', 'Film', 'obituaries']],
      ['U.S.', 'Supreme Court Orders Refunds of Billions in Tariffs, Rebuffing Trump', 'The 6-to-3 decision means importers can recover duties.', ['By Adam Liptak']]]);
    expect(got[0]![4]).toBe('Edmund Yeung obituary\nHong Kong director whose kinetic police thrillers shaped a generation of action cinema\n\n' +
      'The director Edmund Yeung, who has died aged 85, made crime thrillers.\n\nEdmund Yeung Chi-keung, film director, born 14 May 1941; died 30 November 2026');
  });
});

describe('segment: captions with a credit in brackets (p129 F4)', () => {
  it('moves a caption ending in an agency, a desk\'s photographer or a source\'s social post in brackets to credits, and keeps sentences that end in other brackets', () => {
    const lead = 'The Seoul High Court on Tuesday upheld a life sentence for former President Yoon Suk Yeol.';
    const caption = 'Former President Yoon Suk Yeol arrives at the Seoul High Court in southern Seoul on Tuesday. (Yonhap)';
    expect(articles(['Appeals court upholds life sentence for ex-President Yoon', '', 'Published : Dec. 9, 2026 - 15:31', 'By Jung Min-kyung', '', caption, '', lead])
      .map((a) => [a.credits, a.text])).toEqual([[['Published : Dec. 9, 2026 - 15:31', 'By Jung Min-kyung', caption], `Appeals court upholds life sentence for ex-President Yoon\n\n${lead}`]]);
    for (const credit of ['(AAP: Darren England)', '(ABC News: Mark Leonardi)', '(State Emergency Service of Ukraine / Telegram)']) {
      const line = `Rescuers work at the site of the attack in Zaporizhzhia on Dec. 9, 2026. ${credit}`;
      expect(articles(['Russian strike on Zaporizhzhia kills 9', '', 'By Kateryna Hodunova', '', line, '', 'A missile attack killed nine people on Tuesday, the governor said.', '',
        'Talks in Geneva stalled.']).map((a) => [a.credits, a.text])).toEqual([[['By Kateryna Hodunova', line],
        'Russian strike on Zaporizhzhia kills 9\n\nA missile attack killed nine people on Tuesday, the governor said.\n\nTalks in Geneva stalled.']]);
    }
    // A lead under the byline that tells what was said, and a paragraph inside the story, keep their brackets.
    const said = 'North Korea fired a ballistic missile into the East Sea on Tuesday, the military said. (Yonhap)';
    const inside = 'The court will rule on the appeal next month. (Reuters)';
    expect(articles(['N. Korea fires missile', '', 'By Kim Soo-yeon', '', said, '', inside, '', 'It was the third launch this year (see chart).'])
      .map((a) => [a.credits, a.text])).toEqual([[['By Kim Soo-yeon'], `N. Korea fires missile\n\n${said}\n\n${inside}\n\nIt was the third launch this year (see chart).`]]);
  });
});

describe('segment: more furniture of world pages (p129 F5)', () => {
  it('reads a logo line, a byline with its agency, share counters, a print edition\'s line and a writer\'s appeal as credits (r05)', () => {
    const lead = 'Security forces fired tear gas at opposition supporters in Garoua on Tuesday.';
    expect(articles(['africanews.', 'Cameroon', 'Cameroon: clashes in Garoua as opposition rejects poll results', 'By Rédaction Africanews with AFP',
      'Last updated: 09/12 - 17:20', 'Share this article', lead]).map((a) => [a.kicker, a.title, a.deck, a.credits, a.text])).toEqual([['Cameroon',
      'Cameroon: clashes in Garoua as opposition rejects poll results', undefined, ['africanews.', 'By Rédaction Africanews with AFP', 'Last updated: 09/12 - 17:20', 'Share this article'],
      `Cameroon: clashes in Garoua as opposition rejects poll results\n${lead}`]]);
    const note = 'Note from the author: Hi, this is Kateryna Hodunova. I write about Ukraine\'s foreign policy. If you value our reporting, consider supporting us.';
    expect(articles(['SBP cuts policy rate by 100bps to 9pc as inflation eases', '', 'By Shahid Iqbal', 'Published December 9, 2026', '',
      'KARACHI: The State Bank of Pakistan on Tuesday cut its key policy rate.', '', 'Facebook Count', 'X Count', '', 'The prime minister credited the reforms.', '',
      'Published in Dawn, December 10th, 2026', '', note]).map((a) => [a.credits, a.text, a.truncated])).toEqual([[
      ['By Shahid Iqbal', 'Published December 9, 2026', 'Facebook Count', 'X Count', 'Published in Dawn, December 10th, 2026', note],
      'SBP cuts policy rate by 100bps to 9pc as inflation eases\n\nKARACHI: The State Bank of Pakistan on Tuesday cut its key policy rate.\n\nThe prime minister credited the reforms.', false]]);
  });

  it('reads a site\'s tagline, home link, menu and a print section\'s name over a header as credits, not the title (r05: no title, "Front Page" a title)', () => {
    const lead = 'WASHINGTON, Dec 9 (Reuters) - The Federal Reserve cut its benchmark rate on Wednesday.';
    expect(articles(['Skip to main content', 'Exclusive news, data and analytics for financial market professionals', 'Reuters home', 'World', 'Business', 'Markets', '',
      'Markets', 'Fed cuts rates a third time, Hassett signals pause', '', 'By Howard Schneider and Ann Saphir', '', lead])
      .map((a) => [a.kicker, a.title, a.credits, a.text])).toEqual([['Markets', 'Fed cuts rates a third time, Hassett signals pause',
      ['Skip to main content', 'Exclusive news, data and analytics for financial market professionals', 'Reuters home', 'World', 'Business', 'Markets', 'By Howard Schneider and Ann Saphir'],
      `Fed cuts rates a third time, Hassett signals pause\n\n${lead}`]]);
    const court = 'The Taiwan High Court yesterday sentenced four military personnel to prison terms of up to 20 years.';
    expect(articles(['Taipei Times', 'Front Page', 'Thu, Dec 10, 2026 page1', '', 'Four soldiers get up to 20 years for spying for China', '', 'By Jason Pan / Staff reporter', '', court])
      .map((a) => [a.title, a.deck, a.credits, a.text])).toEqual([['Four soldiers get up to 20 years for spying for China', undefined,
      ['Taipei Times', 'Front Page', 'Thu, Dec 10, 2026 page1', 'By Jason Pan / Staff reporter'], `Four soldiers get up to 20 years for spying for China\n\n${court}`]]);
  });
});

describe('segment: a site\'s menu (p129)', () => {
  it('reads bbc.com\'s logo and menu line as credits and its writer\'s beat in lower case as a byline (r15: the menu the title, kicker "BBC")', () => {
    const lead = 'A former parliamentary researcher has been jailed for 12 years for passing information about MPs to Chinese intelligence officers.';
    expect(articles(['BBC', 'Home News Sport Business Innovation Culture Travel Earth', 'UK', 'Ex-parliamentary researcher jailed for 12 years for spying for China',
      '8 December 2026', 'Share', 'Save', 'Dominic Casciani', 'Home and legal correspondent', 'Image source, PA Media', lead])
      .map((a) => [a.kicker, a.title, a.credits, a.text])).toEqual([['UK', 'Ex-parliamentary researcher jailed for 12 years for spying for China',
      ['BBC', 'Home News Sport Business Innovation Culture Travel Earth', '8 December 2026', 'Share', 'Save', 'Dominic Casciani', 'Home and legal correspondent', 'Image source, PA Media'],
      `Ex-parliamentary researcher jailed for 12 years for spying for China\n${lead}`]]);
    // A headline in title case is no menu, and a sentence about a correspondent no byline.
    expect(articles(['Trump Says He Will Meet Xi in Beijing in April', '', 'By Jane Doe', '', 'He was a correspondent', '', 'Trump said on Monday he would travel to Beijing.'])
      .map((a) => [a.title, a.credits])).toEqual([['Trump Says He Will Meet Xi in Beijing in April', ['By Jane Doe']]]);
  });
});

describe('JSONL: credits at the end of a text kept as given (p129 F9)', () => {
  it('copies the trailing credits to credits, judges truncation before them and finds no mention in them; the text stays byte for byte', () => {
    const text = 'Germany: Measles cases hit 30-year high\n\nGermany has recorded more than 3,100 measles cases this year, the Robert Koch Institute said on Wednesday.\n\n' +
      'Edited by: Rana Taha\n\nSend us your feedback\r\n© 2026 AFP\n\nTaiwanPlus News\nFollow us on Instagram for more stories.\n';
    const [segment] = parseJsonlLine(JSON.stringify({ id: 'dw-1', text }), 'x.jsonl', 1);
    const article = (segment as { article: Article }).article;
    expect([article.text === text, article.credits, article.truncated, article.bodyEnd]).toEqual([true,
      ['Edited by: Rana Taha', 'Send us your feedback', '© 2026 AFP', 'TaiwanPlus News', 'Follow us on Instagram for more stories.'], false, text.indexOf('\n\nEdited')]);
    const mentions = processArticle(article, defaultResources()).mentions.map((m) => m.text);
    expect(mentions).toContain('Robert Koch Institute');
    expect(mentions.filter((m) => /Rana|AFP|Instagram|TaiwanPlus/u.test(m))).toEqual([]);
    // A text that ends in its body, or is credits only, has none.
    expect(trailingCredits('Lai spoke in Tainan on Tuesday.\nHe left.')).toBeUndefined();
    expect(trailingCredits('© 2026 AFP\nSend us your feedback')).toBeUndefined();
  });
});

describe('hard-wrapped PDF text with no blank lines (p126 M4)', () => {
  it('joins the wrapped lines under a headline and byline, across a page\'s running head and number, which are credits', () => {
    const pdf = readFileSync(join(import.meta.dirname, 'fixtures', 'pdf-no-blank-lines.txt'), 'utf8');
    expect(articles(pdf.split('\n')).map((a) => [a.title, a.credits, a.text])).toEqual([['Taiwan to expand chip subsidies as rivals court TSMC',
      ['By Lin Chia-nan / Staff reporter', 'TAIPEI TIMES  Sunday, December 7, 2026  Page 3', '3'],
      'Taiwan to expand chip subsidies as rivals court TSMC\nThe Ministry of Economic Affairs yesterday said it would expand subsidies for chipmakers next year, as the US, Japan ' +
      'and Germany offer incentives to lure Taiwan Semiconductor Manufacturing Co to build plants abroad. Minister of Economic Affairs Kung Ming-hsin told lawmakers in Taipei ' +
      'that the program would cost NT$20 billion (US$620 million) and that the ministry would seek approval from the Executive Yuan before the end of the month. Kung said ' +
      'the subsidies would focus on advanced packaging and materials, areas where Taiwanese companies lag behind their rivals in the US and Japan. The ministry said it would ' +
      'also help small suppliers train engineers, as the industry faces a shortage of 30,000 workers, according to a report by the Taiwan Semiconductor Industry Association published last week.'],
    ['Opposition lawmakers back chip plan', ['By Chen Yun / Staff reporter'], 'Opposition lawmakers back chip plan\nLegislators from the Chinese Nationalist Party (KMT) yesterday ' +
      'said they would back the ministry\'s plan, but asked the government to publish the full list of companies that receive the subsidies. KMT Legislator Lai Shyh-bao said ' +
      'the party would propose an amendment to the act next week.']]);
  });
});

describe('segment: a kicker after another story\'s list', () => {
  it('keeps the next story\'s kicker, over its headline and byline, out of a list of topics above it (p130: a regression mid-session)', () => {
    expect(articles(['SANTIAGO, Dec 16 (Reuters) - Chile\'s central bank cut its benchmark interest rate by 25 basis points to 4.25% on Wednesday.',
      '(Reporting by Natalia A. Ramos Miranda; Editing by Rosalba O\'Brien)', 'Suggested Topics:', 'Americas', 'Markets', '', 'WORLD NEWS',
      'Haitians vote in first election in a decade as gangs threaten polling stations', 'By EVENS SANON and DÁNICA COTO', 'Updated 6:58 PM EST, December 13, 2026', '',
      'PORT-AU-PRINCE, Haiti (AP) — Haitians lined up Sunday to vote in the country\'s first general election in nearly ten years.',
    ]).map((a) => [a.kicker, a.title, a.credits])).toEqual([
      [undefined, undefined, ['(Reporting by Natalia A. Ramos Miranda; Editing by Rosalba O\'Brien)', 'Suggested Topics:', 'Americas', 'Markets']],
      ['WORLD NEWS', 'Haitians vote in first election in a decade as gangs threaten polling stations', ['By EVENS SANON and DÁNICA COTO', 'Updated 6:58 PM EST, December 13, 2026']],
    ]);
  });
});

describe('segment: captions and buttons the blind set p131 found in the text', () => {
  it('reads a Reuters file photo\'s caption, a copyright after a dash, a credit with an initial, and "e-Paper" as furniture', () => {
    const reuters = articles(['Bank of England holds rates at 3.5% as inflation sticks above target', 'By David Milliken', 'December 17, 2026 12:04 PM GMT Updated 2 hours ago',
      '[1/2] Bank of England Governor Andrew Bailey attends a press conference in London, Britain, November 6, 2026. REUTERS/Toby Melville/File Photo Purchase Licensing Rights',
      'LONDON, Dec 17 (Reuters) - The Bank of England kept interest rates on hold at 3.5% on Thursday.']);
    // Before: the caption was the story's second line.
    expect(reuters.map((a) => [a.title, a.text])).toEqual([['Bank of England holds rates at 3.5% as inflation sticks above target',
      'Bank of England holds rates at 3.5% as inflation sticks above target\nLONDON, Dec 17 (Reuters) - The Bank of England kept interest rates on hold at 3.5% on Thursday.']]);
    const euronews = articles(['EU hits back at US steel tariffs with €18bn list of countermeasures', 'By Paula Soler', 'Published on 10/12/2026 - 14:32 GMT+1',
      'European Commissioner for Trade Maroš Šefčovič speaks to the media in Brussels. - Copyright European Union, 2026',
      'The European Commission on Thursday proposed tariffs on €18 billion worth of American goods.']);
    expect(euronews[0]!.credits).toContain('European Commissioner for Trade Maroš Šefčovič speaks to the media in Brussels. - Copyright European Union, 2026');
    const hindu = articles(['THE HINDU', 'e-Paper', 'Kerala', 'Nipah virus: two more cases confirmed in Kozhikode, containment zones declared', 'Special Correspondent',
      'KOZHIKODE, December 14, 2026 21:47 IST', 'Health workers at the isolation ward of the Government Medical College Hospital in Kozhikode on Monday. | Photo Credit: K. Ragesh',
      'Two more people have tested positive for the Nipah virus in Kozhikode district, Kerala Health Minister Veena George said on Monday.', 'READ LATER', 'Copy link']);
    // Before: title "e-Paper", the caption in the text.
    expect(hindu.map((a) => [a.kicker, a.title, a.text])).toEqual([['Kerala', 'Nipah virus: two more cases confirmed in Kozhikode, containment zones declared',
      'Nipah virus: two more cases confirmed in Kozhikode, containment zones declared\nTwo more people have tested positive for the Nipah virus in Kozhikode district, Kerala Health Minister Veena George said on Monday.']]);
  });
});

describe('segment: a page\'s comment rules and membership pitch (p131)', () => {
  it('reads them as credits, so the story ends where its text does', () => {
    const taipei = articles(['KMT chair rules out shake-up after local election gains',
      'Chinese Nationalist Party (KMT) Chairwoman Cheng Li-wun (鄭麗文) yesterday said there would be no reshuffle of the party\'s leadership.',
      'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Taipei Times.',
      'TOP']);
    const maverick = articles(['Numsa strike shuts Mercedes-Benz plant in East London as wage talks collapse', 'By Ferial Haffajee', '16 Dec 2026',
      'The Buffalo City Metropolitan Municipality said police had been deployed after protesters blocked the N2 highway.',
      'SUPPORT DAILY MAVERICK', 'Become a Maverick Insider', 'Share', 'Tweet', 'Support for the strike grew among workers in Gqeberha']);
    // Before: the rules, "TOP", the appeal and "Tweet" were the stories' last lines, and both stories truncated.
    expect(taipei.map((a) => [a.truncated, a.credits.length])).toEqual([[false, 2]]);
    expect(maverick.map((a) => [a.credits.slice(2), a.text.endsWith('Support for the strike grew among workers in Gqeberha')])).toEqual([[['SUPPORT DAILY MAVERICK', 'Become a Maverick Insider', 'Share', 'Tweet'], true]]);
  });
});

describe('segment: page-end furniture and header lines of p130', () => {
  it('reads a site\'s channel pitch, an outlet\'s copyright and contact, AP\'s reporting line and a product\'s note as credits, so the stories end whole', () => {
    const punch = articles(['Court remands ex-bank MD over N18.6bn fraud', 'By Onozure Dania', '16th December 2026', '',
      'A Federal High Court in Lagos on Tuesday ordered the remand of a former bank director pending his bail hearing.',
      "Join The PUNCH's WhatsApp channel for latest news", 'Copyright PUNCH.', 'Contact: theeditor@punchng.com']);
    // Before: the three lines were the story's last, the story truncated and undated ("16th" unread).
    expect(punch.map((a) => [a.credits, a.truncated, a.date])).toEqual([[['By Onozure Dania', '16th December 2026', "Join The PUNCH's WhatsApp channel for latest news",
      'Copyright PUNCH.', 'Contact: theeditor@punchng.com'], false, '2026-12-16']]);
    const wires = articles(['PORT-AU-PRINCE, Haiti (AP) — Haitians lined up Sunday to vote in the country\'s first general election in nearly ten years.',
      'Associated Press writer Dánica Coto reported from San Juan, Puerto Rico.', 'Taiwan News is now on WhatsApp. Click here to follow our channel.',
      'This article is part of POLITICO Pro']);
    expect(wires.map((a) => [a.text.split('\n').length, a.credits.length, a.truncated])).toEqual([[1, 3, false]]);
    // A sentence about copyright stays text.
    expect(articles(['Copyright law was changed in 2024, the minister said.']).map((a) => a.credits)).toEqual([[]]);
  });

  it('reads "By:" bylines, a correspondent\'s city, "FOLLOW US ON", "Full article" and a comment section\'s links as credits', () => {
    const inquirer = articles(['NEWSINFO / NATION', 'Sandiganbayan orders arrest of ex-DPWH engineer over ghost flood control projects', 'By: Jane Bautista - Reporter / @JBautistaINQ',
      'Philippine Daily Inquirer / 05:30 AM December 16, 2026', '', 'MANILA, Philippines — The Sandiganbayan has ordered the arrest of a former district engineer in Bulacan.',
      'FOLLOW US ON']);
    // Before: the byline was the deck (a person "Jane Bautista - Reporter"), "FOLLOW US ON" the last line (a place "US"), the story truncated.
    expect(inquirer.map((a) => [a.title, a.deck, a.credits, a.truncated, a.date])).toEqual([['Sandiganbayan orders arrest of ex-DPWH engineer over ghost flood control projects', undefined,
      ['By: Jane Bautista - Reporter / @JBautistaINQ', 'Philippine Daily Inquirer / 05:30 AM December 16, 2026', 'FOLLOW US ON'], false, '2026-12-16']]);
    const bbc = articles(['Georgia protests: Tens of thousands rally in Tbilisi on anniversary of EU talks freeze', '', '14 December 2026', '', 'Rayhan Demytrie',
      'South Caucasus correspondent, Tbilisi', '', 'Tens of thousands of people have marched through the Georgian capital, Tbilisi, on Sunday.']);
    expect(bbc.map((a) => [a.credits, a.text])).toEqual([[['14 December 2026', 'Rayhan Demytrie', 'South Caucasus correspondent, Tbilisi'],
      'Georgia protests: Tens of thousands rally in Tbilisi on anniversary of EU talks freeze\n\nTens of thousands of people have marched through the Georgian capital, Tbilisi, on Sunday.']]);
    const mercopress = articles(['Mercosur-EU', "Uruguay's Senate ratifies EU-Mercosur trade deal; Paraguay to follow next week", 'Wednesday, December 16th 2026 - 09:14 UTC',
      'Full article', "Uruguay's Senate ratified on Tuesday the trade agreement between Mercosur and the European Union.", 'Categories: Mercosur, Politics, Uruguay.',
      'Top Comments', 'Disclaimer & comment rules']);
    // Before: "Full article", "Top Comments" and the rules' link were the story's lines, the story truncated and undated.
    expect(mercopress.map((a) => [a.credits, a.truncated, a.date])).toEqual([[['Wednesday, December 16th 2026 - 09:14 UTC', 'Full article', 'Categories: Mercosur, Politics, Uruguay.',
      'Top Comments', 'Disclaimer & comment rules'], false, '2026-12-16']]);
  });
});

describe('segment: a site\'s menu pasted as lines over the headline (p131)', () => {
  it('reads three or four section labels over a headline as the header\'s (the last the kicker), and the masthead above them as the next story\'s', () => {
    const got = articles(['Reuters', 'World', 'Markets', 'Bank of England holds rates at 3.5% as inflation sticks above target', 'By David Milliken',
      'December 17, 2026 12:04 PM GMT Updated 2 hours ago', 'LONDON, Dec 17 (Reuters) - The Bank of England kept interest rates on hold at 3.5% on Thursday.',
      'Suggested Topics:', 'Economy', 'Al Jazeera', 'News', 'Features', 'War in Sudan', 'RSF drone strikes hit Port Sudan fuel depots as fighting spreads to Kordofan',
      'Published On 16 Dec 2026', 'Drone strikes blamed on the paramilitary Rapid Support Forces (RSF) set fuel depots ablaze in Port Sudan on Tuesday, the Sudanese army said.',
      'Taiwan News', 'Taiwan', 'Politics', 'Business', 'China Airlines pilots vote to strike over Lunar New Year as pay talks stall',
      'Taoyuan Union of Pilots says 94% of members backed industrial action', 'Sean Scanlan, Taiwan News, Staff Writer', '2026/12/11 15:02',
      'TAIPEI (Taiwan News) — Pilots at China Airlines (CAL) voted in favor of a strike, the Taoyuan Union of Pilots (TUP) said on Friday (Dec. 11).']);
    // Before: one article, the menus, the Al Jazeera headline and the Taiwan News header in its text, "Al Jazeera" and "Taiwan News" credits of the story above.
    expect(got.map((a) => [a.kicker, a.title, a.deck, a.credits, a.text.split('\n').length])).toEqual([
      ['Markets', 'Bank of England holds rates at 3.5% as inflation sticks above target', undefined,
        ['Reuters', 'World', 'By David Milliken', 'December 17, 2026 12:04 PM GMT Updated 2 hours ago', 'Suggested Topics:', 'Economy'], 2],
      ['War in Sudan', 'RSF drone strikes hit Port Sudan fuel depots as fighting spreads to Kordofan', undefined, ['Al Jazeera', 'News', 'Features', 'Published On 16 Dec 2026'], 2],
      ['Business', 'China Airlines pilots vote to strike over Lunar New Year as pay talks stall', 'Taoyuan Union of Pilots says 94% of members backed industrial action',
        ['Taiwan News', 'Taiwan', 'Politics', 'Sean Scanlan, Taiwan News, Staff Writer', '2026/12/11 15:02'], 3],
    ]);
    // Euronews: "Europe" had stayed the text's first line, and the page had no title.
    expect(articles(['euronews.', 'Europe', 'World', 'Business', 'EU hits back at US steel tariffs with €18bn list of countermeasures', 'By Paula Soler',
      'The European Commission on Thursday proposed tariffs on €18 billion worth of American goods.']).map((a) => [a.kicker, a.title, a.credits, a.text])).toEqual([
      ['Business', 'EU hits back at US steel tariffs with €18bn list of countermeasures', ['euronews.', 'Europe', 'World', 'By Paula Soler'],
        'EU hits back at US steel tariffs with €18bn list of countermeasures\nThe European Commission on Thursday proposed tariffs on €18 billion worth of American goods.']]);
  });
});

describe('segment: a section\'s name alone over a print page\'s date line (p131 r03)', () => {
  it('takes no section name for the headline: the headline and deck between the date line and the byline are the header\'s', () => {
    const got = articles(['Taipei Times', 'Home', 'Taiwan News', 'Politics', 'Sat, Dec 12, 2026 page 3', 'Recall vote against KMT legislator set for Feb. 21',
      'CEC approves petition: The group behind the campaign said it had submitted 41,000 signatures, well above the required threshold', 'By Chen Yun / Staff reporter',
      'The Central Election Commission (CEC) yesterday approved a recall petition against Chinese Nationalist Party (KMT) Legislator Lin Kuo-hsiung (林國雄), setting the vote for Feb. 21.']);
    // Before: title "Politics", the first line of the text. Since p139 the label over the date line is the kicker.
    expect(got.map((a) => a.kicker)).toEqual(['Politics']);
    expect(got.map((a) => [a.title, a.deck, a.credits, a.text.split('\n').slice(0, 2)])).toEqual([['Recall vote against KMT legislator set for Feb. 21',
      'CEC approves petition: The group behind the campaign said it had submitted 41,000 signatures, well above the required threshold',
      ['Taipei Times', 'Home', 'Taiwan News', 'Sat, Dec 12, 2026 page 3', 'By Chen Yun / Staff reporter'],
      ['Recall vote against KMT legislator set for Feb. 21', 'CEC approves petition: The group behind the campaign said it had submitted 41,000 signatures, well above the required threshold']]]);
    // A menu on one line with the site's sections (p132: it had been the title).
    expect(articles(['Politics | Cross-Strait | Business | Society | Science & Tech | Culture | Sports', 'High Court opens appeal hearing in Ko Wen-je corruption case', '',
      'The Taiwan High Court on Monday opened the appeal hearing of former Taipei mayor Ko Wen-je.']).map((a) => [a.title, a.credits])).toEqual([
      ['High Court opens appeal hearing in Ko Wen-je corruption case', ['Politics | Cross-Strait | Business | Society | Science & Tech | Culture | Sports']]]);
  });
});

describe('segment: a section\'s name under an outlet\'s name in capitals (p130 r12)', () => {
  it('takes "Europe" under "POLITICO" as the kicker and the headline under it as the title, with its standfirst and story', () => {
    const got = articles(['POLITICO', 'Europe', 'Poland charges three over rail sabotage plot it blames on Russian intelligence',
      'Warsaw says the suspects were recruited on Telegram and paid in cryptocurrency.', '', 'December 16, 2026 6:02 pm CET', 'By Wojciech Kość', '3 Min Read',
      'Listen to article', '', 'WARSAW — Polish prosecutors on Wednesday charged three men with sabotage and espionage on behalf of Russian military intelligence.']);
    // Before: two articles, the first titled "Europe" (kicker POLITICO) and truncated at "Listen to article", the second untitled.
    expect(got.map((a) => [a.kicker, a.title, a.deck, a.credits, a.truncated, a.text])).toEqual([['Europe', 'Poland charges three over rail sabotage plot it blames on Russian intelligence',
      'Warsaw says the suspects were recruited on Telegram and paid in cryptocurrency.', ['POLITICO', 'December 16, 2026 6:02 pm CET', 'By Wojciech Kość', '3 Min Read', 'Listen to article'], false,
      'Poland charges three over rail sabotage plot it blames on Russian intelligence\nWarsaw says the suspects were recruited on Telegram and paid in cryptocurrency.\n\n' +
      'WARSAW — Polish prosecutors on Wednesday charged three men with sabotage and espionage on behalf of Russian military intelligence.']]);
  });
});

describe('segment: names under a headline a lone kicker titled (p130 r10c)', () => {
  it('moves the place and outlet lines between the headline and its timestamp to the credits', () => {
    expect(articles(['TURKISH ECONOMY', 'Central Bank cuts policy rate by 150 basis points to 34 percent', 'ANKARA', 'Hürriyet Daily News', 'Published December 12, 2026 14:27', '',
      'The Central Bank of the Republic of Türkiye (CBRT) cut its one-week repo rate by 150 basis points to 34 percent on Dec. 11.']).map((a) => [a.kicker, a.title, a.credits, a.text])).toEqual([
      // Before: "ANKARA" and "Hürriyet Daily News" were the text's second and third lines, a place and an organization of the story.
      ['TURKISH ECONOMY', 'Central Bank cuts policy rate by 150 basis points to 34 percent', ['ANKARA', 'Hürriyet Daily News', 'Published December 12, 2026 14:27'],
        'Central Bank cuts policy rate by 150 basis points to 34 percent\n\nThe Central Bank of the Republic of Türkiye (CBRT) cut its one-week repo rate by 150 basis points to 34 percent on Dec. 11.']]);
  });
});

describe('segment: a caption over its photo\'s credit line under the header (p130 r11)', () => {
  it('moves the caption, the header\'s one sentence, to the credits with "Photo credit: …", and keeps a lead that tells what someone said', () => {
    const nation = articles(['NEWS', "Doctors' strike: Patients stranded as KMPDU rejects new offer", 'Wednesday, December 16, 2026', 'By Hellen Shikanda', '',
      'Patients wait outside the casualty wing of Kenyatta National Hospital in Nairobi on December 15, 2026. ', 'Photo credit: Dennis Onsongo | Nation Media Group', '',
      "Hundreds of patients were turned away from public hospitals across the country yesterday as the doctors' strike entered its second week."]);
    // Before: the caption was the story's first paragraph ("Kenyatta National Hospital" and "Nairobi" its mentions).
    expect(nation.map((a) => [a.credits, a.text])).toEqual([[['Wednesday, December 16, 2026', 'By Hellen Shikanda',
      'Patients wait outside the casualty wing of Kenyatta National Hospital in Nairobi on December 15, 2026.', 'Photo credit: Dennis Onsongo | Nation Media Group'],
      "Doctors' strike: Patients stranded as KMPDU rejects new offer\n\nHundreds of patients were turned away from public hospitals across the country yesterday as the doctors' strike entered its second week."]]);
    const lead = 'The health ministry said 2,000 doctors had joined the strike on Tuesday.';
    expect(articles(['Doctors strike over pay', 'By Hellen Shikanda', '', lead, 'Photo: AFP', '', 'Talks resume next week.']).map((a) => a.text.split('\n')[2])).toEqual([lead]);
  });
});

describe('segment: a byline with its date on the same line (p130 r10b)', () => {
  it('reads "By A, B   December 15, 2026 | 06:38 pm GMT+7" as the header\'s byline, so the section label is the kicker and the headline the title', () => {
    expect(articles(['News', 'Typhoon Sinlaku kills 9, leaves 300,000 homes without power in central Vietnam', 'By Dac Thanh, Hoang Tao   December 15, 2026 | 06:38 pm GMT+7',
      'Typhoon Sinlaku made landfall in Quang Ngai and Da Nang on Monday night, killing at least nine people, authorities said.']).map((a) => [a.kicker, a.title, a.credits, a.date, a.text])).toEqual([
      // Before: no title, "News" and the byline the text's lines (its writers people of the story), no date.
      ['News', 'Typhoon Sinlaku kills 9, leaves 300,000 homes without power in central Vietnam', ['By Dac Thanh, Hoang Tao   December 15, 2026 | 06:38 pm GMT+7'], '2026-12-15',
        'Typhoon Sinlaku kills 9, leaves 300,000 homes without power in central Vietnam\nTyphoon Sinlaku made landfall in Quang Ngai and Da Nang on Monday night, killing at least nine people, authorities said.']]);
    // A sentence that opens with "By" stays text.
    expect(articles(['By December 15, 2026 the typhoon had killed nine people, officials said.']).map((a) => a.credits)).toEqual([[]]);
  });
});

describe('segment: DW\'s teaser box inside the story (p129)', () => {
  it('reads "Skip next section Explore more", "Explore more" and the teaser\'s headline as credits, and the story on after them', () => {
    const got = articles(['Germany: Measles cases hit 30-year high as vaccine gaps widen', '',
      'Germany has recorded more than 3,100 measles cases so far this year, the Robert Koch Institute said on Wednesday.', '',
      'Skip next section Explore more', 'Explore more', "Germany's hospitals brace for winter staff shortages", '',
      'Carsten Watzl, secretary general of the German Society for Immunology, told DW that the country was paying the price.', '', 'Edited by: Rana Taha']);
    // Before: the skip link and the teaser's headline were lines of the story ("Germany" a place of it twice over).
    expect(got.map((a) => [a.credits, a.text])).toEqual([[['Skip next section Explore more', 'Explore more', "Germany's hospitals brace for winter staff shortages", 'Edited by: Rana Taha'],
      'Germany: Measles cases hit 30-year high as vaccine gaps widen\n\nGermany has recorded more than 3,100 measles cases so far this year, the Robert Koch Institute said on Wednesday.\n\n' +
      'Carsten Watzl, secretary general of the German Society for Immunology, told DW that the country was paying the price.']]);
  });
});

describe('segment: a long menu pasted as lines (p131 world_dump1, p132)', () => {
  it('reads up to eight section labels over a headline as the header\'s, so each page is its own story', () => {
    const got = articles(['Skip to main content', 'Reuters', 'World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Markets',
      'Bank of England holds rates at 3.5% as inflation sticks above target', 'By David Milliken and Andy Bruce', 'December 17, 2026 12:04 PM GMT Updated 2 hours ago',
      'LONDON, Dec 17 (Reuters) - The Bank of England kept interest rates on hold at 3.5% on Thursday.', 'Advertisement', 'KYIV POST', 'Ukraine', 'War', 'Business', 'Opinion',
      'SBU detains Kharkiv railway worker accused of spotting targets for Russian missiles', 'by Olena Hrazhdan', 'December 15, 2026, 6:41 pm',
      "Ukraine's Security Service (SBU) said on Monday it had detained a 43-year-old railway dispatcher in Kharkiv."]);
    // Before: one untitled article, the Kyiv Post's menu and headline in its text.
    expect(got.map((a) => [a.kicker, a.title, a.credits, a.text.split('\n').length])).toEqual([
      ['Markets', 'Bank of England holds rates at 3.5% as inflation sticks above target', ['Skip to main content', 'Reuters', 'World', 'Business', 'Markets', 'Sustainability', 'Legal',
        'Breakingviews', 'By David Milliken and Andy Bruce', 'December 17, 2026 12:04 PM GMT Updated 2 hours ago', 'Advertisement'], 2],
      ['Opinion', 'SBU detains Kharkiv railway worker accused of spotting targets for Russian missiles', ['KYIV POST', 'Ukraine', 'War', 'Business', 'by Olena Hrazhdan', 'December 15, 2026, 6:41 pm'], 2],
    ]);
  });
});
