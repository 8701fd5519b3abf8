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

/** The article a JSONL record with `text` gives. */
function jsonlArticle(text: string): Article {
  const [segment] = parseJsonlLine(JSON.stringify({ id: 'a-1', text }), 'x.jsonl', 1);
  return (segment as { article: Article }).article;
}

const MAC = 'Taipei, Nov. 30 (CNA) The Mainland Affairs Council (MAC) on Monday said it would bar three Chinese academics from entering Taiwan.';

describe('jsonl: trailing furniture of the blind set p133', () => {
  it('reads a related-news list under its heading and a support pitch at the text\'s end as credits (r01)', () => {
    const text = `${MAC}\n\nThe council said the decision was final.\n\n(By Lai Yu-chen and Joseph Yeh)\nEnditem/ASG\n\nRelated News\n` +
      'Nov. 25 MAC says 13 Taiwanese detained in China\nSupport Focus Taiwan';
    const article = jsonlArticle(text);
    expect([article.text === text, article.credits, article.truncated, article.bodyEnd]).toEqual([true,
      ['(By Lai Yu-chen and Joseph Yeh)', 'Enditem/ASG', 'Related News', 'Nov. 25 MAC says 13 Taiwanese detained in China', 'Support Focus Taiwan'], false, 172]);
    // Before: "Lai Yu-chen", "ASG", "Related News" and the list's names were the story's; the story was truncated.
    expect(processArticle(article, defaultResources()).mentions.map((m) => m.text)).toEqual([
      'Taipei', 'CNA', 'Mainland Affairs Council', 'MAC', 'Chinese', 'Taiwan', 'The council']);
  });

  it('reads a comment section\'s closing notice as a trailing credit (r02)', () => {
    const text = 'ISLAMABAD: The Islamabad High Court (IHC) on Thursday granted bail.\n\nPublished in Dawn, December 5th, 2026\n\nFollow Dawn on WhatsApp\n\n' +
      'Comments are closed on this story.';
    expect(trailingCredits(text)).toEqual({ bodyEnd: 67, credits: ['Published in Dawn, December 5th, 2026', 'Follow Dawn on WhatsApp', 'Comments are closed on this story.'] });
  });

  it('splits a site\'s sign-off run onto the last line off the body, so the story is whole (r11)', () => {
    const text = 'CEBU, Philippines – A magnitude 6.4 earthquake struck on Tuesday. The department said it had prepositioned food packs in Cebu City. – Rappler.com';
    const article = jsonlArticle(text);
    expect([article.credits, article.truncated, article.bodyEnd]).toEqual([['Rappler.com'], false, 131]);
    expect(processArticle(article, defaultResources()).mentions.map((m) => m.text)).not.toContain('Rappler.com');
  });

  it('leaves a list\'s items alone when a finished sentence or a blank line parts them from the heading', () => {
    expect(trailingCredits('Related News\nThe council said the decision was final.\nNov. 25 MAC says 13 Taiwanese detained in China')).toBeUndefined();
    expect(trailingCredits('Related News\n\nNov. 25 MAC says 13 Taiwanese detained in China')).toBeUndefined();
  });
});

describe('segment: in-body furniture of the blind set p133', () => {
  it('reads a newsletter\'s blurb and closing mark, a membership pitch and a follow heading as credits (r07)', () => {
    const lead = "At least five people have died after torrential rain caused flash floods in the eastern Valencia region, Spain's emergency services said.";
    const pitch = "We've been fighting for over 1,000 days. Help us keep telling the truth. Become a member of the Kyiv Independent today.";
    const blurb = 'The most pressing stories and debates for Europeans, from identity to economics to the environment';
    expect(articles(['Flash floods in Valencia region kill five as Spain braces for more rain', '', 'Sam Jones in Madrid', 'Wed 2 Dec 2026 13.05 GMT', '', lead, '',
      'Sign up to This is Europe', 'Free weekly newsletter', blurb, 'after newsletter promotion', '',
      'Officials said the rain would ease by Friday.', '', pitch, 'Become a member', 'Follow Al Jazeera English:']).map((a) => [a.credits, a.truncated, a.text])).toEqual([[
      ['Sam Jones in Madrid', 'Wed 2 Dec 2026 13.05 GMT', 'Sign up to This is Europe', 'Free weekly newsletter', blurb, 'after newsletter promotion', pitch,
        'Become a member', 'Follow Al Jazeera English:'],
      false,
      `Flash floods in Valencia region kill five as Spain braces for more rain\n\n${lead}\n\nOfficials said the rain would ease by Friday.`,
    ]]);
  });

  it('reads "Related Tags" as a list\'s heading, its tags as items (r05)', () => {
    const story = 'A former Taoyuan deputy mayor was sentenced to eight years for taking bribes, the court said on Thursday.';
    expect(articles(['Former Taoyuan deputy mayor jailed for bribery', '', story, '', 'Related Tags', 'Taoyuan', 'bribery', 'Taoyuan District Court'])
      .map((a) => [a.credits, a.truncated, a.text])).toEqual([[['Related Tags', 'Taoyuan', 'bribery', 'Taoyuan District Court'], false,
      `Former Taoyuan deputy mayor jailed for bribery\n\n${story}`]]);
  });

  it('keeps a sentence about membership that bids no one join', () => {
    const text = 'Ukraine hopes to become a member of NATO.';
    expect(articles(['Kyiv presses allies on membership', '', 'The talks ended on Tuesday without a date, officials said.', '', text]).map((a) => a.text.endsWith(text))).toEqual([true]);
  });
});

describe('segment: a site\'s menu pasted as a block over the headline (p133 r03)', () => {
  const story = 'Drone strikes have set fire to fuel depots in Port Sudan, the Sudanese army has said, blaming the paramilitary Rapid Support Forces (RSF).';
  it('takes a first paragraph of five or more labels out to the credits, so the headline under it is the title', () => {
    expect(articles(['Skip links', 'Live', 'News', 'Middle East', 'Africa', 'US & Canada', 'Sudan war', '', 'RSF drone strikes hit Port Sudan fuel depots, army says', '', story])
      .map((a) => [a.title, a.credits, a.text])).toEqual([['RSF drone strikes hit Port Sudan fuel depots, army says',
      ['Skip links', 'Live', 'News', 'Middle East', 'Africa', 'US & Canada', 'Sudan war'], `RSF drone strikes hit Port Sudan fuel depots, army says\n\n${story}`]]);
  });

  it('keeps a block of four short lines, or one over no headline, as text', () => {
    expect(articles(['Middle East', 'Africa', 'Asia', 'Europe', '', story]).map((a) => a.credits)).toEqual([[]]);
    expect(articles(['Middle East', 'Africa', 'Asia', 'Europe', 'Latin America', '', story]).map((a) => a.credits)).toEqual([[]]);
  });
});

describe('segment: a business site\'s caption and promo (p133 r06)', () => {
  it('reads a photographer\'s label after a caption that is a name, and a pitch with its button in capitals, as credits', () => {
    const story = "Brazil's central bank held its benchmark interest rate at 15% for a seventh straight meeting.";
    expect(articles(["Brazil's central bank holds Selic at 15%", '', story, '', 'Gabriel Galípolo Photographer: Andre Coelho/Bloomberg', '',
      'Policymakers said caution was required.', '', "Before it's here, it's on the Bloomberg Terminal. LEARN MORE"]).map((a) => [a.credits, a.text])).toEqual([[
      ['Gabriel Galípolo Photographer: Andre Coelho/Bloomberg', "Before it's here, it's on the Bloomberg Terminal. LEARN MORE"],
      `Brazil's central bank holds Selic at 15%\n\n${story}\n\nPolicymakers said caution was required.`]]);
  });
});

describe('segment: the next page\'s menu and a business site\'s furniture (p133 r06)', () => {
  const toyota = 'TOKYO -- Toyota Motor and Panasonic Holdings will jointly invest 300 billion yen in a plant in Hyogo Prefecture, Nikkei has learned.';
  const selic = "Brazil's central bank held its benchmark interest rate at 15% for a seventh straight meeting.";
  const galipolo = 'Policymakers led by Governor Gabriel Galípolo said caution was required.';
  it('gives a block of labels a blank line over the next page\'s header to that page, and reads a photographer\'s label and a button\'s pitch as credits', () => {
    expect(articles(['Toyota and Panasonic to build battery plant in Hyogo', '', toyota, '', 'Bloomberg', 'Markets', 'Economics', 'Technology', 'Politics',
      'Subscribe', 'Economics', '', "Brazil's Central Bank Holds Selic at 15% as Inflation Cools", '', 'By Maria Eloisa Capurro and Beatriz Amato',
      'December 3, 2026 at 6:41 PM GMT-3', '', selic, '', 'Gabriel Galípolo Photographer: Andre Coelho/Bloomberg', '', galipolo, '',
      "Before it's here, it's on the Bloomberg Terminal. LEARN MORE"]).map((a) => [a.title, a.credits, a.truncated, a.text])).toEqual([
      ['Toyota and Panasonic to build battery plant in Hyogo', [], false, `Toyota and Panasonic to build battery plant in Hyogo\n\n${toyota}`],
      // (The menu's last label, the page's section, is its kicker since p139.)
      ["Brazil's Central Bank Holds Selic at 15% as Inflation Cools", ['Bloomberg', 'Markets', 'Economics', 'Technology', 'Politics', 'Subscribe',
        'By Maria Eloisa Capurro and Beatriz Amato', 'December 3, 2026 at 6:41 PM GMT-3', 'Gabriel Galípolo Photographer: Andre Coelho/Bloomberg',
        "Before it's here, it's on the Bloomberg Terminal. LEARN MORE"], false, `Brazil's Central Bank Holds Selic at 15% as Inflation Cools\n\n${selic}\n\n${galipolo}`],
    ]);
  });

  it('keeps two labels over the next header with the story above', () => {
    expect(articles(['Toyota and Panasonic to build battery plant in Hyogo', '', toyota, '', 'Markets', 'Economics', '',
      "Brazil's Central Bank Holds Selic at 15% as Inflation Cools", '', 'By Maria Eloisa Capurro', '', selic]).map((a) => a.text.endsWith('Markets\nEconomics'))).toEqual([true, false]);
  });
});

describe('segment: a writer\'s name and role over their biography (p133 r12)', () => {
  it('keeps the biography\'s header with the story above, in its credits, and makes no article of it', () => {
    const lead = 'A Russian ballistic missile strike on Dnipro killed nine people on Dec. 2, Dnipropetrovsk Oblast Governor Serhii Lysak said.';
    const bio = 'Kateryna Hodunova is a reporter at the Kyiv Independent. She covers breaking news from Ukraine.';
    expect(articles(['Russian missile strike on Dnipro kills 9', '', 'by Kateryna Hodunova', 'December 2, 2026 10:14 PM 2 min read', '', lead, '',
      'Kateryna Hodunova', 'Reporter', bio]).map((a) => [a.title, a.credits, a.truncated, a.text])).toEqual([['Russian missile strike on Dnipro kills 9',
      ['by Kateryna Hodunova', 'December 2, 2026 10:14 PM 2 min read', 'Kateryna Hodunova', 'Reporter', bio], false, `Russian missile strike on Dnipro kills 9\n\n${lead}`]]);
  });
});

describe('segment: a list\'s last item over a deck and a byline (p133 r04)', () => {
  it('starts the next story at the item, with the deck under it, instead of gluing it onto the story above', () => {
    const sudan = 'Drone strikes have set fire to fuel depots in Port Sudan, the Sudanese army has said, blaming the paramilitary Rapid Support Forces (RSF).';
    const deck = 'Protesters in Nairobi and Mombasa demand withdrawal of Finance Bill 2026, which would raise VAT on fuel.';
    const kenya = 'Kenyan police have fired tear gas at thousands of protesters in Nairobi, who marched on Parliament.';
    expect(articles(['RSF drone strikes hit Port Sudan fuel depots, army says', '', 'Published On 29 Nov 2026', '', sudan, '', 'list of 4 items',
      "Sudan's army retakes key town in North Kordofan", '', 'Kenyan police fire tear gas as thousands protest over new taxes', '', deck, '', 'By Mercy Juma',
      'Published On 1 Dec 2026', '', kenya]).map((a) => [a.title, a.deck, a.credits, a.text])).toEqual([
      ['RSF drone strikes hit Port Sudan fuel depots, army says', undefined, ['Published On 29 Nov 2026', 'list of 4 items', "Sudan's army retakes key town in North Kordofan"],
        `RSF drone strikes hit Port Sudan fuel depots, army says\n\n${sudan}`],
      ['Kenyan police fire tear gas as thousands protest over new taxes', deck, ['By Mercy Juma', 'Published On 1 Dec 2026'],
        `Kenyan police fire tear gas as thousands protest over new taxes\n\n${deck}\n\n${kenya}`],
    ]);
  });
});

describe('segment: section labels a blank line over the headline (p133 r05)', () => {
  it('reads the labels, the headline and its deck as the header of each page, so each headline titles its own story', () => {
    const court = 'TAIPEI (Taiwan News) — The Taoyuan District Court on Thursday sentenced former Taoyuan Deputy Mayor Lee Chia-hung to eight years in prison.';
    const mou = 'TAIPEI (Taiwan News) — Taiwan and Guatemala signed a memorandum of understanding on Thursday, the Ministry of Foreign Affairs (MOFA) said.';
    expect(articles(['Taiwan', 'Politics', 'Society', '', 'Former Taoyuan deputy mayor sentenced to 8 years for bribery', '', 'Court finds official took NT$12 million from developers', '',
      'Sean Scanlan, Taiwan News, Staff Writer', 'Dec 3, 2026 4:12 PM', '', court, '', 'Updated : 2026-12-03 16:40 GMT+08:00', '', 'Taiwan', 'Politics', '',
      'Taiwan, Guatemala sign agreement on coffee exports', '', 'Foreign minister says deal deepens ties with Central American ally', '',
      'Stephanie Chiang, Taiwan News, Staff Writer', 'Dec 4, 2026 11:05 AM', '', mou]).map((a) => [a.kicker, a.title, a.deck, a.date, a.credits])).toEqual([
      ['Society', 'Former Taoyuan deputy mayor sentenced to 8 years for bribery', 'Court finds official took NT$12 million from developers', '2026-12-03',
        ['Taiwan', 'Politics', 'Sean Scanlan, Taiwan News, Staff Writer', 'Dec 3, 2026 4:12 PM', 'Updated : 2026-12-03 16:40 GMT+08:00']],
      ['Politics', 'Taiwan, Guatemala sign agreement on coffee exports', 'Foreign minister says deal deepens ties with Central American ally', '2026-12-04',
        ['Taiwan', 'Stephanie Chiang, Taiwan News, Staff Writer', 'Dec 4, 2026 11:05 AM']],
    ]);
  });
});

describe('segment: "Keep reading" over a box of other stories (p133 r04)', () => {
  it('reads it as a list\'s heading, no paywall, so the story above is whole', () => {
    const sudan = 'Drone strikes have set fire to fuel depots in Port Sudan, the Sudanese army has said.';
    expect(articles(['RSF drone strikes hit Port Sudan fuel depots, army says', '', sudan, '', 'Keep reading', 'list of 4 items',
      "Sudan's army retakes key town in North Kordofan"]).map((a) => [a.credits, a.truncated])).toEqual([
      [['Keep reading', 'list of 4 items', "Sudan's army retakes key town in North Kordofan"], false]]);
  });

  it('still reads a prompt to subscribe to keep reading as a paywall', () => {
    expect(articles(['Fuel depots burn in Port Sudan', '', 'Drone strikes have set fire to fuel depots in Port Sudan, the army said.', '',
      'Subscribe to keep reading']).map((a) => a.truncated)).toEqual([true]);
  });
});

describe('segment: a page\'s header among a list\'s last items (p133 tw_taiwannews_web)', () => {
  it('makes the labels, the headline and the deck under a related list the next story\'s header', () => {
    const court = 'The Investigation Bureau under the Ministry of Justice first raided the office in 2024.';
    const mou = 'TAIPEI (Taiwan News) — Taiwan and Guatemala signed a memorandum of understanding on Thursday, the ministry said.';
    expect(articles(['Former Taoyuan deputy mayor sentenced to 8 years for bribery', '', court, '', 'Read More', "Taiwan's Executive Yuan approves record defense budget",
      "Taipei MRT to extend hours on New Year's Eve", '', 'Taiwan', 'Politics', '', 'Taiwan, Guatemala sign agreement on coffee exports', '',
      'Foreign minister says deal deepens ties with Central American ally', '', 'Stephanie Chiang, Taiwan News, Staff Writer', 'Dec 4, 2026 11:05 AM', '', mou])
      .map((a) => [a.kicker, a.title, a.deck, a.credits, a.text])).toEqual([
      [undefined, 'Former Taoyuan deputy mayor sentenced to 8 years for bribery', undefined, ['Read More', "Taiwan's Executive Yuan approves record defense budget",
        "Taipei MRT to extend hours on New Year's Eve"], `Former Taoyuan deputy mayor sentenced to 8 years for bribery\n\n${court}`],
      ['Politics', 'Taiwan, Guatemala sign agreement on coffee exports', 'Foreign minister says deal deepens ties with Central American ally',
        ['Taiwan', 'Stephanie Chiang, Taiwan News, Staff Writer', 'Dec 4, 2026 11:05 AM'],
        `Taiwan, Guatemala sign agreement on coffee exports\n\nForeign minister says deal deepens ties with Central American ally\n\n${mou}`],
    ]);
  });
});
