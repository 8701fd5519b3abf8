import { describe, expect, it } from 'vitest';
import { segmentText, trailingCredits } from '../src/stages/segment.js';
import { processArticle } from '../src/pipeline.js';
import type { Article } from '../src/model/index.js';
import { defaultResources } from './helpers.js';

/** The articles a paste of `lines` gives with the pipeline's segment options. */
function articles(lines: string[]): Article[] {
  return segmentText(lines.join('\n'), 'page.txt', defaultResources().segment).flatMap((s) => ('article' in s ? [s.article] : []));
}

/** The title, credits, truncation and text of each article. */
function summary(lines: string[]): [string | undefined, string[], boolean, string][] {
  return articles(lines).map((a) => [a.title, a.credits, a.truncated, a.text]);
}

describe('segment: photo captions of the blind set p134', () => {
  it('reads a caption ending in an outlet\'s initials and "PHOTO:" as a credit (r01, the Straits Times)', () => {
    const caption = 'Former bank employee Lee Wei Ming leaving the State Courts on Oct 14. ST PHOTO: GAVIN FOO';
    const lines = ['Ex-banker jailed for laundering scam money', "A former banker was sentenced to seven years' jail on Dec 2 for laundering money for a scam syndicate.",
      caption, 'The court heard that Lee ignored red flags.'];
    const [article] = articles(lines);
    expect([article!.title, article!.credits, article!.truncated, article!.text]).toEqual(['Ex-banker jailed for laundering scam money', [caption], false,
      [lines[0], lines[1], lines[3]].join('\n')]);
    // Before: "Lee Wei Ming", "State Courts" and "GAVIN FOO" were names of the story.
    expect(processArticle(article!, defaultResources()).mentions.map((m) => m.text)).not.toContain('GAVIN FOO');
  });

  it('reads a caption ending in AP\'s credit without brackets as a credit (r02)', () => {
    const caption = 'Electric vehicles at the port of Bremerhaven, Germany. AP Photo/Martin Meissner';
    const lines = ['EU and China strike deal on minimum prices for electric cars',
      'The European Commission and China have agreed on minimum import prices for Chinese-made electric vehicles.', caption,
      'Under the deal, BYD will sell cars in the EU at or above an agreed floor price.'];
    expect(summary(lines)).toEqual([[lines[0], [caption], false, [lines[0], lines[1], lines[3]].join('\n')]]);
  });

  it('reads a caption after its credit\'s label, and a source\'s photo line with its date, as credits (r03, r04)', () => {
    const cna = 'Photo: CNA, Nov. 28, 2026. Former Taipei mayor Ko Wen-je arrives at the Taipei District Court.';
    const tt = 'Photo: Taipei Times file photo. The Taiwan High Court building in Taipei is pictured on Nov. 12.';
    const lines = ['Ko Wen-je sentenced to 17 years for corruption',
      'Taipei, Nov. 28 (CNA) The Taipei District Court on Saturday sentenced former Taipei mayor Ko Wen-je to 17 years in prison.', cna, tt,
      'CNA photo Nov. 30, 2026', 'Ko told reporters outside the court that he was innocent.'];
    const [article] = articles(lines);
    expect([article!.credits, article!.truncated, article!.text]).toEqual([[cna, tt, 'CNA photo Nov. 30, 2026'], false, [lines[0], lines[1], lines[5]].join('\n')]);
    expect(processArticle(article!, defaultResources()).mentions.filter((m) => m.start >= article!.text.indexOf('Ko told'))
      .map((m) => m.text)).toEqual(['Ko', 'the court']);
  });

  it('keeps a headline of a name and "photo", and a caption\'s words in a sentence, in the text', () => {
    const lines = ['Family photo', '', 'The photo: a family of five stands in the rain outside the court.', '',
      'The ST photo desk said the picture was taken on Oct 14.'];
    expect(summary(lines)).toEqual([['Family photo', [], false, lines.join('\n')]]);
  });
});

describe('segment: closing furniture of the blind set p134', () => {
  it('reads a wire\'s byline run onto its end mark, and a related list on one line, as credits; the story is whole (r03)', () => {
    const related = "More Focus Taiwan stories: Taiwan's jobless rate falls to 3.3 percent | Tainan mayor race heats up";
    const lines = ['Ko Wen-je sentenced to 17 years for corruption',
      'Taipei, Nov. 28 (CNA) The Taipei District Court on Saturday sentenced former Taipei mayor Ko Wen-je to 17 years in prison.',
      'Ko told reporters outside the court that he was innocent.', '(By Hsieh Hsin-en and Wu Kuan-hsien) Enditem/KH', related];
    expect(summary(lines)).toEqual([[lines[0], ['(By Hsieh Hsin-en and Wu Kuan-hsien)', 'Enditem/KH', related], false, lines.slice(0, 3).join('\n')]]);
  });

  it('still splits an end mark off a paragraph that is no credit', () => {
    const lines = ['Taipei, Nov. 28 (CNA) The court said it would rule on Friday. Enditem/KH'];
    expect(summary(lines)).toEqual([[undefined, ['Enditem/KH'], false, 'Taipei, Nov. 28 (CNA) The court said it would rule on Friday.']]);
  });

  it('reads a JSONL text\'s byline run onto its end mark as a trailing credit', () => {
    const text = 'Taipei, Nov. 28 (CNA) The court said it would rule on Friday.\n(By Hsieh Hsin-en and Wu Kuan-hsien) Enditem/KH';
    expect(trailingCredits(text)).toEqual({ bodyEnd: 61, credits: ['(By Hsieh Hsin-en and Wu Kuan-hsien)', 'Enditem/KH'] });
  });

  it('reads a share bar, newsletter pitches, a reading reward and a station\'s tagline as credits (r04, r05, r06)', () => {
    const furniture = ['Share this article: Facebook | X | Line | Email', 'Sign up for our newsletter',
      'The Europe Today newsletter brings you the latest news every weekday morning.', 'Euronews is the No. 1 news channel in Europe.',
      "Subscribe to Taiwan News' newsletter for the day's top stories, delivered every morning.", 'Sign up',
      'Get exclusive insights on the region delivered to your inbox', 'Read 3 articles and stand to win rewards'];
    const lines = ['EU and China strike deal on minimum prices for electric cars',
      'The European Commission and China have agreed on minimum import prices for Chinese-made electric vehicles.',
      'China will drop its anti-dumping investigation into brandy imports from the EU.', ...furniture];
    expect(summary(lines)).toEqual([[lines[0], furniture, false, lines.slice(0, 3).join('\n')]]);
  });

  it('keeps sentences about newsletters, inboxes and news channels in the text', () => {
    const lines = ['Regulator fines broadcaster over misleading claims', '',
      'The regulator said the newsletter had misled investors about the fund.', '',
      'Staff were told to check their inbox for the new rules.', '',
      'Euronews is the No. 1 news channel in Europe, the company claimed in an advertisement the regulator found misleading.'];
    expect(summary(lines)).toEqual([[lines[0], [], false, lines.join('\n')]]);
  });
});

describe('segment: the next page\'s masthead of the blind set p134', () => {
  const story = ['Ex-banker jailed 7 years for laundering $42m', 'Selina Lum', 'Updated Dec 02, 2026, 06:14 PM',
    "SINGAPORE - A former banker was on Dec 2 sentenced to seven years' jail.", 'The MAS said the bank had since strengthened its controls.'];
  const next = ['Korea Herald', 'Business › Economy', 'BOK holds rate at 2.25% as won slides', 'By Kim Yoon-seo', 'Published : Nov. 26, 2026 - 14:22',
    'The Bank of Korea (BOK) kept its benchmark interest rate unchanged at 2.25 percent on Thursday.'];

  it('starts the next page at its masthead over a section label and a headline, whatever line ends the page above (r07)', () => {
    const pages = articles([...story, 'Ask ST about your money', ...next]);
    expect(pages.map((a) => [a.title, a.kicker, a.credits, a.truncated, a.text])).toEqual([
      [story[0], undefined, ['Selina Lum', 'Updated Dec 02, 2026, 06:14 PM'], true, [story[0], story[3], story[4], 'Ask ST about your money'].join('\n')],
      [next[2], 'Business › Economy', ['Korea Herald', 'By Kim Yoon-seo', 'Published : Nov. 26, 2026 - 14:22'], false, [next[2], next[5]].join('\n')],
    ]);
  });

  it('reads the repro as two stories, the reading reward a credit of the first and the masthead one of the second (r07)', () => {
    const pages = articles(['The Straits Times', 'Singapore › Courts & Crime', ...story, 'Read 3 articles and stand to win rewards', ...next]);
    expect(pages.map((a) => [a.title, a.kicker, a.credits, a.truncated])).toEqual([
      [story[0], 'Singapore › Courts & Crime', ['The Straits Times', 'Selina Lum', 'Updated Dec 02, 2026, 06:14 PM', 'Read 3 articles and stand to win rewards'], false],
      [next[2], 'Business › Economy', ['Korea Herald', 'By Kim Yoon-seo', 'Published : Nov. 26, 2026 - 14:22'], false],
    ]);
  });

  it('starts no page at a menu\'s entries, whose last is no headline', () => {
    const lines = [...story, 'Taiwan News', 'Business', 'Editorials', 'By Kim Yoon-seo'];
    expect(articles(lines).map((a) => a.title)).toEqual([story[0]]);
  });
});

describe('segment: the skip links atop a page of the blind set p134', () => {
  const page = ['News|Israel-Palestine conflict', 'Qatar, Egypt host talks on second phase of Gaza ceasefire',
    'Hamas and Israeli negotiators are discussing the disarmament of the group.', 'Published On 2 Dec 2026',
    'Mediators from Qatar and Egypt hosted indirect talks in Cairo on Tuesday between Hamas and Israel.'];
  const menu = 'Live | News | Middle East | Explained | Opinion | Sport | Video';

  it('reads "Skip links" as furniture, so the page is one article (r08)', () => {
    const pages = articles(['Al Jazeera', 'Skip links', 'Skip to Content', menu, ...page]);
    expect(pages.map((a) => [a.id, a.title, a.kicker, a.deck, a.credits, a.truncated, a.text])).toEqual([['page.txt#1', page[1], page[0], page[2],
      ['Al Jazeera', 'Skip links', 'Skip to Content', menu, 'Published On 2 Dec 2026'], false, [page[1], page[2], page[4]].join('\n')]]);
  });

  it('takes a short line no rule knows over a header whose deck ends its sentence as the page\'s menu, no article (r08)', () => {
    const pages = articles(['Al Jazeera', 'Accessibility help', 'Skip to Content', ...page]);
    expect(pages.map((a) => [a.title, a.credits, a.text])).toEqual([[page[1],
      ['Al Jazeera', 'Accessibility help', 'Skip to Content', 'Published On 2 Dec 2026'], [page[1], page[2], page[4]].join('\n')]]);
  });
});
