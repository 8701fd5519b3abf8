import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/stages/segment.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
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

describe('segment: a page\'s masthead, menu and app pitches over its story (p138 class 1)', () => {
  it('reads a CNA page as one story: its menu, byline, stamps and app teasers credits, the label its kicker (r2)', () => {
    const head = ['CNA', 'Singapore | Asia | Commentary | Sustainability | CNA Insider | Business | Sport', 'Asia'];
    const title = 'Death toll from Sumatra floods rises to 87 as rescuers reach cut-off villages';
    const deck = 'Dozens remain missing in North Sumatra and Aceh after days of torrential rain';
    const credits = ['Nivell Rayda', '04 Dec 2026 06:15PM (Updated: 04 Dec 2026 09:40PM)', 'Bookmark | Share', 'Read a summary of this article on FAST.',
      'Get bite-sized news via a new cover story on FAST, CNA\'s news app.'];
    const lead = 'JAKARTA: The death toll from flash floods on the Indonesian island of Sumatra rose to 87 on Friday, Indonesia\'s National Disaster Management Agency (BNPB) said.';
    expect(summary([...head, title, deck, ...credits, '', lead])).toEqual([['Asia', title, deck, [head[0]!, head[1]!, ...credits], false, `${title}\n${deck}\n\n${lead}`]]);
  });

  it('reads a player\'s "-- / --" under the header as a credit (r1)', () => {
    const head = ['Radio Free Asia', 'Home | China | North Korea | Vietnam | Cambodia | Myanmar | Laos | Uyghur | Tibet', 'Cambodia'];
    const title = 'Vietnam repatriates 312 citizens rescued from Cambodian scam compound';
    const credits = ['By RFA Vietnamese', '2026.12.07', 'Listen to this article', '-- / --'];
    const lead = 'Vietnamese authorities received 312 citizens at the border on Saturday after Cambodian police raided a scam compound in Kampot, Vietnam\'s Ministry of Public Security said.';
    expect(summary([...head, title, ...credits, '', lead])).toEqual([['Cambodia', title, undefined, [head[0]!, head[1]!, ...credits], false, `${title}\n\n${lead}`]]);
  });

  it('reads a notifications pitch at the story\'s end as a credit: the story is whole (r13)', () => {
    const lines = ['Floods kill 87 in Sumatra', '', 'JAKARTA: The death toll from flash floods on the Indonesian island of Sumatra rose to 87 on Friday, officials said.', '',
      'Rescue teams reached the village of Sibolga Julu on Friday, the agency said.', '', 'Get our pick of top stories and thought-provoking articles in your inbox',
      'Stay updated with notifications for breaking news and our best stories'];
    expect(summary(lines)).toEqual([[undefined, lines[0], undefined, lines.slice(6), false, [lines[0], lines[2], '', lines[4]].join('\n')]]);
  });
});

describe('segment: captions (p138 class 2)', () => {
  it('reads a caption that ends its sentence and names the picture under a photo credit, and one credited "via Facebook", as credits (r3)', () => {
    const lines = ['Ex-navy officer gets 12 years for spying for China', '', 'The Taiwan High Court yesterday sentenced a retired navy officer to 12 years in prison.', '',
      'Photo: Taipei Times file photo', 'A navy Kang Ding-class frigate sails off the coast of Kaohsiung in an undated photograph.', '',
      'Human Rights Watch said Cambodia had yet to act.', '',
      'Vietnamese citizens rescued from a scam compound in Kampot arrive at the Moc Bai border gate, Dec. 5, 2026. (Tay Ninh Police via Facebook)', '',
      'The court found that Kao Chen-ming (高振明), 58, had received money from handlers.'];
    expect(summary(lines)).toEqual([[undefined, lines[0], undefined, [lines[4], lines[5], lines[9]], false,
      [lines[0], '', lines[2], '', lines[7], '', lines[11]].join('\n')]]);
  });

  it('keeps a paragraph under a photo credit that names no picture, or reports what someone said, in the text', () => {
    const lines = ['Ex-navy officer gets 12 years for spying for China', '', 'The Taiwan High Court yesterday sentenced a retired navy officer to 12 years in prison.', '',
      'Photo: Taipei Times file photo', 'The court said the photographs he sold showed the navy\'s new frigates.'];
    expect(summary(lines)).toEqual([[undefined, lines[0], undefined, [lines[4]], false, [lines[0], '', lines[2], '', lines[5]].join('\n')]]);
  });
});

describe('segment and jsonl: closing furniture and a text-size widget (p138 classes 3 and 11)', () => {
  it('reads a share bar, a view counter, a membership pitch and a newsletter pitch under a story as credits (r4)', () => {
    const lines = ['Bank of Japan raises rates to 1%, highest since 1995', '', 'TOKYO -- The Bank of Japan raised its short-term policy rate to 1% on Friday, Gov. Kazuo Ueda said.', '',
      'Share: Facebook | X | LINE | Email', 'This story has been viewed 3,211 times.',
      'We\'ve been covering Russia\'s war against Ukraine since day one. Help us keep going: become a member of the Kyiv Independent today.',
      'Nikkei Asia newsletters: Sign up for the Nikkei Asia Daily and get the latest news in your inbox.', 'Share on Facebook | Share on X | Copy link'];
    expect(summary(lines)).toEqual([[undefined, lines[0], undefined, lines.slice(4), false, [lines[0], '', lines[2]].join('\n')]]);
  });

  it('reads "Font size: A A A" under the byline as a credit, not the deck (r12)', () => {
    const lines = ['TAIWAN › SOCIETY', 'Police bust NT$3.8bn scam ring run from Cambodia', 'By Chen Yu-fu / Staff reporter', 'Tue, Dec 08, 2026 page 3', 'Font size: A A A', '',
      'The Criminal Investigation Bureau (CIB) yesterday said it had broken up a fraud ring in Taipei.'];
    expect(summary(lines)).toEqual([['TAIWAN › SOCIETY', lines[1], undefined, lines.slice(2, 5), false, [lines[1], '', lines[6]].join('\n')]]);
  });

  it('reads a section path atop a JSONL text and a channel pitch at its end as credits (r4j)', () => {
    const text = 'NEWS | EAST AFRICA\nBy JULIUS BARASA\nTuesday December 08 2026\n\nKenyan prosecutors on Monday charged 14 people in Nairobi.\n\n' +
      'Join The East African channel on WhatsApp for the latest news and analysis.\n© 2026 Nation Media Group. All rights reserved.';
    const [segment] = parseJsonlLine(JSON.stringify({ id: 'r4j', text }), 'x.jsonl', 1);
    const article = (segment as { article: Article }).article;
    expect([article.credits, article.bodyStart, article.bodyEnd, article.truncated]).toEqual([['NEWS | EAST AFRICA', 'By JULIUS BARASA', 'Tuesday December 08 2026',
      'Join The East African channel on WhatsApp for the latest news and analysis.', '© 2026 Nation Media Group. All rights reserved.'], 62, 120, false]);
  });
});
