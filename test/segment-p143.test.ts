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

describe('segment: a second page that opens with a long menu of labels (p143 class 1)', () => {
  const first = {
    title: 'Flood waters close schools across the river delta',
    lead: 'Schools in the river delta closed on Tuesday after flood waters rose overnight, the education office said.',
    more: 'The office said classes would resume once the roads were cleared.',
  };
  const second = {
    title: 'Port workers end strike after pay deal with shipping firms',
    deck: 'Agreement raises wages by 6% and ends a walkout that stranded hundreds of containers',
    byline: 'Jane Holloway in Rotterdam',
    stamp: 'Thu 3 Dec 2026 09.15 GMT',
    lead: 'Dock workers returned to the port on Thursday after unions accepted a pay offer, the port authority said.',
  };
  const menu = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'World', 'Europe', 'US news', 'Americas', 'Asia', 'Africa', 'Business'];
  const top = ['Skip to main contentSkip to navigation', 'Print subscriptions', 'Sign in', 'Search jobs', 'The Daily Ledger - Back to homepage'];

  it('starts the second page at its menu, the menu and byline its credits, the last label its kicker', () => {
    const lines = [first.title, '', first.lead, first.more, '', ...top, ...menu, second.title, second.deck, second.byline, second.stamp, second.lead];
    expect(summary(lines)).toEqual([
      [undefined, first.title, undefined, ['Skip to main contentSkip to navigation'], false, [first.title, '', first.lead, first.more].join('\n')],
      ['Business', second.title, second.deck, [...top.slice(1), ...menu.slice(0, -1), second.byline, second.stamp], false,
        [second.title, second.deck, second.lead].join('\n')],
    ]);
  });

  it('keeps a story whose subheads are fewer labels as one article', () => {
    const lines = [first.title, '', first.lead, '', 'Schools', 'Roads', first.more];
    expect(articles(lines)).toHaveLength(1);
  });
});

/** The article a JSONL record with `text` gives. */
function jsonlArticle(text: string): Article {
  const [segment] = parseJsonlLine(JSON.stringify({ id: 'a-1', text }), 'x.jsonl', 1);
  return (segment as { article: Article }).article;
}

describe('jsonl: a pitch to follow the site on several networks under the end mark (p143 class 2)', () => {
  it('credits the pitch, no names read from it, the story whole', () => {
    const lead = 'Kaohsiung, Dec. 6 (CNA) The city government on Sunday opened a new ferry route to Cijin Island.';
    const text = `${lead}\nEnditem/kh\nFollow Harbor Daily on Facebook, X and Instagram\n© 2026 Central News Agency`;
    const article = jsonlArticle(text);
    expect([article.text === text, article.credits, article.truncated]).toEqual([true,
      ['Enditem/kh', 'Follow Harbor Daily on Facebook, X and Instagram', '© 2026 Central News Agency'], false]);
    expect(processArticle(article, defaultResources()).mentions.filter((m) => m.start > lead.length).map((m) => m.text)).toEqual([]);
  });
});

describe('segment: a newsletter box between two paragraphs (p143 class 3)', () => {
  const title = 'Storm cuts power to coastal towns as rivers rise';
  const byline = 'Maria Olsen in Bergen';
  const stamp = 'Sat 5 Dec 2026 10.20 GMT';
  const lead = 'A storm cut power to 40,000 homes along the coast on Saturday, the grid operator said.';
  const more = 'Crews expected to restore most lines by Sunday evening.';
  const box = ['Sign up to The Northern Brief', 'The week\'s stories from Norway, Sweden and Denmark – for readers in Oslo and Stockholm',
    'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.',
    'after newsletter promotion'];

  it('credits the box from its "Sign up" line through its end mark', () => {
    expect(summary([title, byline, stamp, lead, ...box, more])).toEqual([
      [undefined, title, undefined, [byline, stamp, ...box], false, [title, lead, more].join('\n')],
    ]);
  });
});

describe('segment: a site\'s share label and footer links under the story (p143 class 5)', () => {
  const lines = ['Harbor Daily', 'CITY', 'Council approves new ferry terminal for Cijin', '12/05/2026 04:10 PM',
    'Kaohsiung, Dec. 5 (CNA) The city council on Saturday approved a new ferry terminal for Cijin Island, the mayor\'s office said.',
    'Construction is due to start next year.', 'Enditem/KH', 'Share this article:', 'Facebook', 'X', 'Copy link',
    '© 2026 Harbor Daily. All Rights Reserved.', 'About us | Contact us | Privacy policy | Terms of use'];

  it('credits both, the story whole', () => {
    const [article] = articles(lines);
    expect([article!.text, article!.credits.slice(-7), article!.truncated]).toEqual([[lines[2], lines[4], lines[5]].join('\n'), lines.slice(6), false]);
  });
});

describe('segment: a broadcaster\'s full name atop its page (p143 class 4)', () => {
  it('credits the name, the headline under the section label the title', () => {
    const title = 'Wildfire forces evacuation of hill towns near Perth';
    const lead = 'Hundreds of residents left their homes on Sunday as a wildfire spread through the hills east of Perth, officials said.';
    const lines = ['Skip to content', 'Australian Broadcasting Corporation', 'Home', 'Australia', title, '2 hours ago', 'Share', lead];
    expect(summary(lines)).toEqual([
      ['Australia', title, undefined, ['Skip to content', 'Australian Broadcasting Corporation', 'Home', '2 hours ago', 'Share'], false, [title, lead].join('\n')],
    ]);
  });
});
