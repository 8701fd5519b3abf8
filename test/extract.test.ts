import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/stages/analyze.js';
import { extractMentions } from '../src/stages/extract.js';
import type { Article } from '../src/model/index.js';
import { defaultResources, seedArticles, seedResults } from './helpers.js';

const results = seedResults();
const spans = (i: number) => results[i]!.mentions.map((m) => `${m.text}|${m.type}|${m.kind}`);

function articleOf(text: string): Article {
  return { id: 't', source: 't', index: 1, text, credits: [], truncated: false, line: 1 };
}

describe('extract', () => {
  it('gives offsets that are code points into the article text', () => {
    for (const result of results) {
      for (const m of result.mentions) expect([...result.article.text].slice(m.start, m.end).join('')).toBe(m.text);
    }
  });

  it('keeps hyphenated romanized names and Han names whole', () => {
    const investigation = results[1]!.mentions;
    expect(investigation.slice(0, 6).map((m) => [m.text, m.type, m.kind, m.start, m.end])).toEqual([
      ['Democratic Progressive Party', 'organization', 'name', 0, 28],
      ['DPP', 'organization', 'acronym', 30, 33],
      ['Ho Jen-chieh', 'person', 'name', 42, 54],
      ['何仁傑', 'person', 'zh', 56, 59],
      ['China', 'place', 'name', 134, 139],
      ['Joseph Wu', 'person', 'name', 207, 216],
    ]);
  });

  it('finds ministries, offices, courts and typed laws', () => {
    expect(spans(1)).toEqual(expect.arrayContaining([
      'Ministry of Foreign Affairs|organization|name',
      'Taipei District Prosecutors’ Office|organization|name',
      'Taipei District Court|organization|name',
      'Presidential Office|organization|name',
      'National Security Act|law|name',
      '國家安全法|law|zh',
      'Ho|person|name',
    ]));
  });

  it('finds KMT and DPP, their expansions and a bare later use', () => {
    expect(spans(4)).toEqual([
      'Chinese Nationalist Party|organization|name',
      'KMT|organization|acronym',
      'KMT Youth League|organization|name',
      'Democratic Progressive Party|organization|name',
      'DPP|organization|acronym',
      'KMT|organization|acronym',
      // The article is cut off at "Taipei Deputy Chief Prosecutor": the city before a title is a place.
      'Taipei|place|name',
    ]);
  });

  it('separates titles from names and never calls "State Marco" a place', () => {
    const first = results[0]!;
    expect(first.mentions.map((m) => m.text)).not.toContain('State Marco');
    expect(spans(0)).toEqual(expect.arrayContaining(['Marco Rubio|person|name', 'Donald Trump|person|name', 'Dmitry Medvedev|person|name']));
    expect(first.roles.map(({ name, role }) => ({ name, role }))).toEqual(expect.arrayContaining([
      { name: 'Donald Trump', role: 'US President' },
      { name: 'Vladimir Putin', role: 'Russian President' },
      { name: 'Dmitry Medvedev', role: 'former president' },
      { name: 'Marco Rubio', role: 'US Secretary of State' },
    ]));
    expect(results[1]!.roles).toContainEqual({ name: 'Joseph Wu', role: 'then-minister of foreign affairs', start: 207 });
    expect(results[3]!.roles).toContainEqual({ name: 'Cho Jung-tai', role: 'Premier', start: 76 });
  });

  it('records local alias pairs for Han names and acronyms', () => {
    expect(results[2]!.aliases).toEqual([
      { name: 'William Lai', type: 'person', alias: '賴清德', lang: 'zh', kind: 'zh', evidence: 'President William Lai (賴清德)' },
    ]);
    expect(results[4]!.aliases.map((a) => `${a.alias}→${a.name}`)).toEqual(['KMT→Chinese Nationalist Party', 'DPP→Democratic Progressive Party']);
  });

  it('counts offsets in code points after astral characters', () => {
    const text = '🎉🎉 Premier Cho Jung-tai (卓榮泰) met 😀 officials.';
    const article = articleOf(text);
    const { mentions } = extractMentions(article, analyzeText(text), defaultResources().lexicon);
    expect(mentions.map((m) => [m.text, m.start, m.end])).toEqual([['Cho Jung-tai', 11, 23], ['卓榮泰', 25, 28]]);
    for (const m of mentions) expect([...text].slice(m.start, m.end).join('')).toBe(m.text);
  });

  it('assigns each mention the sentence it is in', () => {
    const text = 'Rain fell. Ho Jen-chieh left. Ho returned.';
    const { mentions } = extractMentions(articleOf(text), analyzeText(text), defaultResources().lexicon);
    expect(mentions.map((m) => [m.text, m.sentence, m.method])).toEqual([
      ['Ho Jen-chieh', 1, 'rule:romanized-name'],
      ['Ho', 2, 'rule:name-part'],
    ]);
  });

  it('segments before extracting: the deck is not searched', () => {
    expect(seedArticles()[1]!.deck).toContain('a DPP figure');
    expect(results[1]!.mentions[0]!.start).toBe(0);
  });
});
