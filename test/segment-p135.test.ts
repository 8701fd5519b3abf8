import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/stages/segment.js';
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

describe('segment: closing furniture of the blind set p135', () => {
  it('reads a writer\'s biography, comment and reaction prompts, an ad slot, a donation pitch, a tag list and a site\'s domain as credits (r02)', () => {
    const head = ['ASEAN envoys meet Myanmar leader in Naypyidaw', '',
      "Foreign ministers from the Philippines, Indonesia and Malaysia met Myanmar's President Min Aung Hlaing in Naypyidaw on Monday.",
      'UN Special Envoy Julie Bishop is due to visit Myanmar later this month.'];
    const pitch = 'Good journalism costs a lot of money. Yet only good journalism can ensure a good society. Please support us.';
    const tail = ['Jazmin Bonifacio is a Rappler correspondent based in Cebu.', 'Add a comment', 'How does this make you feel?', pitch, 'Make a donation',
      'PT Mag Campaign AD', 'Read more on related topics:', 'Myanmar', 'ASEAN', 'Diplomacy'];
    expect(summary([...head, ...tail, '', 'DAWN.COM'])).toEqual([[undefined, head[0], [...tail, 'DAWN.COM'], false, head.join('\n')]]);
  });

  it('reads a running story\'s link under a teaser as a credit, and keeps it as a page\'s headline (r01b)', () => {
    const story = ['Russian strike on Dnipro energy facility leaves 300,000 without power',
      'Russia\'s Defense Ministry claimed it had hit "energy facilities supporting the Ukrainian military-industrial complex."'];
    const teasers = ['Read also: Zelensky, Rutte discuss air defense as Russia targets grid', 'Ukraine war latest: Ukrainian drones hit oil depot in Bryansk Oblast'];
    expect(summary([...story, ...teasers])).toEqual([[undefined, story[0], teasers, false, story.join('\n')]]);
    const page = ['Ukraine war latest: Ukrainian drones hit oil depot in Bryansk Oblast', '',
      'Ukrainian drones struck an oil depot in Russia\'s Bryansk Oblast overnight, the regional governor said on Dec. 3.'];
    expect(summary(page)).toEqual([[undefined, page[0], [], false, page.join('\n')]]);
  });

  it('keeps a biography inside the story, and a sentence that opens on journalism, in the text', () => {
    const lines = ['Press freedom group honours Cebu reporter', '',
      'Jazmin Bonifacio is a Rappler correspondent based in Cebu who has covered the floods since 2020.',
      'Good journalism costs lives in the Philippines, the group said in its citation on Monday.', 'The award will be presented in Manila.'];
    expect(summary(lines)).toEqual([[undefined, lines[0], [], false, lines.join('\n')]]);
  });
});

describe('segment: the next page\'s menu right over its header (p135 regression)', () => {
  it('gives the menu between two pages, with no blank line over the header, to the new page; the story above is whole (r01, Al Jazeera)', () => {
    const story = ['Taiwan detects 34 Chinese military aircraft as PLA launches drills',
      'US State Department spokesperson Tommy Pigott urged Beijing to "exercise restraint" and said Washington\'s commitment to Taiwan was "rock solid."'];
    const related = ['Share on X', 'Related articles', 'US approves NT$18 billion missile sale to Taiwan'];
    const top = ['Al Jazeera', 'Skip to Content', 'News', 'Middle East', 'Explained', 'Opinion', 'Sport', 'Video', 'More', 'Live'];
    const page = ['RSF drone attack kills 19 at displacement camp near El-Obeid, medics say',
      'Sudanese army accuses Rapid Support Forces of targeting civilians as fighting intensifies in North Kordofan.'];
    const lead = 'A drone attack by the paramilitary Rapid Support Forces (RSF) has killed at least 19 people at a camp near El-Obeid, according to a medical group.';
    const lines = [...story, ...related, '', ...top, 'News|Sudan war', ...page, 'By Al Jazeera Staff', 'Published On 29 Nov 2026', lead];
    expect(summary(lines)).toEqual([
      [undefined, story[0], related, false, story.join('\n')],
      ['News|Sudan war', page[0], [...top, 'By Al Jazeera Staff', 'Published On 29 Nov 2026'], false, [...page, lead].join('\n')],
    ]);
  });

  it('gives a menu that runs into the header\'s own labels to the new page (r01b, the Guardian)', () => {
    const story = ['Russian strike on Dnipro energy facility leaves 300,000 without power',
      'Russia\'s Defense Ministry claimed it had hit "energy facilities supporting the Ukrainian military-industrial complex."'];
    const menu = ['The Guardian', 'News', 'Opinion', 'Sport', 'Culture', 'World', 'Europe', 'US', 'Asia', 'Middle East', 'Africa'];
    const page = ['Tens of thousands rally in Tbilisi a year after EU talks were frozen',
      'Protesters fill Rustaveli Avenue as Georgian Dream government passes law restricting foreign-funded media'];
    const lead = 'Tens of thousands of people marched through central Tbilisi on Sunday to mark a year of protests.';
    const lines = [...story, '', ...menu, 'Georgia', ...page, 'Pjotr Sauer', 'Sun 29 Nov 2026 18.40 CET', lead];
    expect(summary(lines)).toEqual([
      [undefined, story[0], [], false, story.join('\n')],
      ['Georgia', page[0], [...menu, 'Pjotr Sauer', 'Sun 29 Nov 2026 18.40 CET'], false, [...page, lead].join('\n')],
    ]);
  });
});

describe('segment: a section\'s label over the timestamp and headline (p135 classes 6 and 10)', () => {
  const story = ['Ex-soldier gets 12 years for spying for China', 'By Chen Yu-fu / Staff reporter',
    'A former army sergeant was yesterday sentenced to 12 years in prison by the Taiwan High Court for spying for China.',
    'The case can be appealed to the Supreme Court.', 'TOP'];
  const headline = 'Typhoon Fung-wong forces evacuation of 3,000 in Hualien, Taitung';
  const lead = 'Taipei, Dec. 3 (CNA) More than 3,000 people were evacuated from Hualien and Taitung counties on Thursday, the Central Emergency Operation Center said.';

  it('starts the next page at its label, the kicker, over its timestamp, its headline the title (r07, Focus Taiwan after the Taipei Times)', () => {
    const lines = [...story, '', 'Focus Taiwan', 'CNA English News', 'Society', '12/03/2026 04:51 PM', headline, lead];
    expect(summary(lines)).toEqual([
      [undefined, story[0], [story[1], 'TOP'], false, [story[0], story[2], story[3]].join('\n')],
      ['Society', headline, ['Focus Taiwan', 'CNA English News', '12/03/2026 04:51 PM'], false, [headline, lead].join('\n')],
    ]);
  });

  it('reads the label over the timestamp atop a file as the kicker and the headline as the title (r09)', () => {
    const title = 'Legislature passes NT$980 billion special defense budget after opposition cuts';
    const text = 'Taipei, Dec. 5 (CNA) The Legislative Yuan on Friday passed a special act funding NT$980 billion in defense spending over eight years.';
    const lines = ['Focus Taiwan', 'CNA English News', 'Politics', '12/05/2026 08:40 PM', title, text, '(By Wang Yang-yu and Evelyn Kao)', 'Enditem/ls'];
    expect(summary(lines)).toEqual([['Politics', title, ['Focus Taiwan', 'CNA English News', '12/05/2026 08:40 PM', '(By Wang Yang-yu and Evelyn Kao)', 'Enditem/ls'],
      false, [title, text].join('\n')]]);
  });

  it('reads the label over a timestamp, a headline and a byline the same way', () => {
    const text = 'More than 3,000 people were evacuated from Hualien and Taitung counties on Thursday, officials said.';
    const lines = [...story, '', 'Society', 'Updated 2 hours ago', headline, 'By Jane Doe', text];
    expect(summary(lines)).toEqual([
      [undefined, story[0], [story[1], 'TOP'], false, [story[0], story[2], story[3]].join('\n')],
      ['Society', headline, ['Updated 2 hours ago', 'By Jane Doe'], false, [headline, text].join('\n')],
    ]);
  });
});
