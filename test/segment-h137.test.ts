import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/stages/segment.js';
import type { InputError } from '../src/model/index.js';
import type { Article } from '../src/model/index.js';
import { parseJsonlLine } from '../src/io/jsonl.js';
import { defaultResources } from './helpers.js';

/** The kicker, title, credits and text of each article a paste of `lines` gives, and its error rows' rule and line. */
function segments(lines: string[]): { articles: [string | undefined, string | undefined, string[], string][]; errors: [string, number][] } {
  const out = segmentText(lines.join('\n'), 'page.txt', defaultResources().segment);
  return {
    articles: out.flatMap((s) => ('article' in s ? [[s.article.kicker, s.article.title, s.article.credits, s.article.text] as [string | undefined, string | undefined, string[], string]] : [])),
    errors: out.flatMap((s) => ('error' in s ? [[(s.error as InputError).rule, (s.error as InputError).line] as [string, number]] : [])),
  };
}

const storyA = ['TAIWAN: Lai vows to boost defense spending',
  'President William Lai said on Monday that Taiwan would raise defense spending to 3 percent of GDP next year, in a speech at the Presidential Office in Taipei.',
  'The Kuomintang said the plan lacked detail.'];
const headlineB = 'Ishiba meets Trump in Washington';
const bodyB = ['Japanese Prime Minister Shigeru Ishiba met US President Donald Trump at the White House on Friday to discuss tariffs on Japanese cars.',
  'Trump said the talks were very productive.'];
const textA = [storyA[0]!.slice('TAIWAN: '.length), ...storyA.slice(1)].join('\n');

describe('segment: a picture credit between two stories (h137 F1)', () => {
  it('reads the line under "Photo: Reuters" over a byline as the next story\'s headline, not a caption', () => {
    const { articles, errors } = segments([...storyA, 'Photo: Reuters', headlineB, 'By Yuka Obayashi', ...bodyB]);
    expect(articles).toEqual([['TAIWAN', undefined, ['Photo: Reuters'], textA], [undefined, headlineB, ['By Yuka Obayashi'], [headlineB, ...bodyB].join('\n')]]);
    expect(errors).toEqual([]);
  });

  it('splits a chain of such stories, one article each', () => {
    const story = (n: number): string[] => [`${headlineB}, round ${n}`, 'By Yuka Obayashi', ...bodyB, 'Photo: Reuters'];
    const { articles } = segments([1, 2, 3, 4, 5].flatMap(story));
    expect(articles.map(([, title, credits]) => [title, credits])).toEqual([1, 2, 3, 4, 5].map((n) => [`${headlineB}, round ${n}`, ['By Yuka Obayashi', 'Photo: Reuters']]));
  });

  it('keeps a caption under a photo credit a credit when no byline follows it', () => {
    const { articles } = segments([...storyA, 'Photo: Reuters', 'Lai speaks at the Presidential Office in Taipei', '', 'The debate will continue on Tuesday.']);
    expect(articles).toEqual([['TAIWAN', undefined, ['Photo: Reuters', 'Lai speaks at the Presidential Office in Taipei'], `${textA}\n\nThe debate will continue on Tuesday.`]]);
  });
});

describe('segment: a reader-comment section (h137 F2, F4)', () => {
  it('ends the section at the next story\'s headline over its byline', () => {
    const comments = ['12 Comments', 'John Smith', 'This is great news for Taiwan.', 'Reply', '2 hours ago', 'Mary Chen', 'Not enough, sadly.', 'Reply', '1 hour ago'];
    const { articles, errors } = segments([...storyA, ...comments, headlineB, 'By Yuka Obayashi', ...bodyB]);
    expect(articles).toEqual([['TAIWAN', undefined, ['12 Comments'], textA], [undefined, headlineB, ['By Yuka Obayashi'], [headlineB, ...bodyB].join('\n')]]);
    expect(errors).toEqual([['comment-section', 4]]);
  });

  it('keeps news paragraphs under a "Comments" line and a lone "Reply" line as text', () => {
    const body = ['Lai\'s comments drew a sharp reply from Beijing, where the Taiwan Affairs Office called him a separatist.', 'Reply',
      'The Taiwan Affairs Office said in its reply on Tuesday that Lai was provoking confrontation.',
      '2 hours ago, the People\'s Liberation Army began drills near Kinmen, the Ministry of National Defense said.', 'The Kuomintang said the plan lacked detail.'];
    const { articles, errors } = segments([...storyA.slice(0, 2), 'Comments', ...body]);
    expect(articles).toEqual([['TAIWAN', undefined, ['Comments', 'Reply'], [textA.split('\n').slice(0, 2).join('\n'), ...body.filter((l) => l !== 'Reply')].join('\n')]]);
    expect(errors).toEqual([]);
  });

  it('still skips a comment whose writer\'s name stands over it', () => {
    const { articles, errors } = segments([...storyA, 'Comments', 'John Smith', 'This is great news for Taiwan and its people, and for democracy in Asia.', 'Reply']);
    expect(articles).toEqual([['TAIWAN', undefined, ['Comments'], textA]]);
    expect(errors).toEqual([['comment-section', 4]]);
  });
});

describe('segment and jsonl: a story\'s sentence that opens as a credit does (h137 F3)', () => {
  const first = 'President William Lai met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.';
  const sentences = ['Reporting by the New York Times in 2023 revealed that the National Security Bureau had tracked the network.',
    'Written by Lai himself, the letter to Pope Leo XIV urged peace.', 'Sources: two officials in the Executive Yuan said Cho Jung-tai would resign.',
    'Edited by the Mainland Affairs Council, the report blamed Beijing.', 'Additional reporting by local media showed Ko Wen-je met the mayor.',
    'All rights reserved by the Constitution, Judicial Yuan President Hsu said the court would rule.', 'Watch: Lai told a rally in Kaohsiung that Taiwan would not yield.'];
  const last = 'Lai then returned to Taipei.';

  it('keeps such sentences in a .txt article\'s text', () => {
    expect(segments(['TAIWAN: ' + first, ...sentences, last]).articles).toEqual([['TAIWAN', undefined, [], [first, ...sentences, last].join('\n')]]);
  });

  it('keeps them out of a JSONL text\'s credits', () => {
    for (const sentence of sentences) {
      const [segment] = parseJsonlLine(JSON.stringify({ id: 'a', text: `${first}\n${sentence}\n${last}` }), 'x.jsonl', 1);
      expect([sentence, (segment as { article: Article }).article.credits]).toEqual([sentence, []]);
    }
  });

  it('still reads credits, notices and pitches with no story\'s verb as credits', () => {
    const credits = ['Reporting by Yimou Lee; Editing by Kim Coghill.', 'Source: Ministry of Finance.', 'Taiwan News © 2026 All rights reserved.',
      'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.'];
    expect(segments(['TAIWAN: ' + first, last, ...credits]).articles).toEqual([['TAIWAN', undefined, credits, [first, last].join('\n')]]);
  });
});

describe('segment: a speaker\'s turns inside a story (h137 F6)', () => {
  const head = ['TAIWAN: Lai and Chu clash in televised debate', 'President William Lai and Kuomintang Chairman Eric Chu met in a televised debate in Taipei on Saturday.'];
  const lai = 'LAI: We will defend Taiwan and its democracy.';
  const chu = 'CHU: The president is provoking Beijing for no reason.';
  const end = 'The debate ran for two hours, organizers said.';
  const text = (lines: string[]): string => [head[0]!.slice('TAIWAN: '.length), head[1]!, ...lines].join('\n');

  it('keeps two turns, the second a town\'s name, in the story\'s text', () => {
    expect(segments([...head, lai, chu, end]).articles).toEqual([['TAIWAN', undefined, [], text([lai, chu, end])]]);
  });

  it('keeps three turns of two speakers in the story\'s text', () => {
    const again = 'LAI: We will not provoke anyone, and we will not back down.';
    expect(segments([...head, lai, chu, again, end]).articles).toEqual([['TAIWAN', undefined, [], text([lai, chu, again, end])]]);
  });

  it('still starts a story at a kicker line a blank line under the story above', () => {
    const next = 'JAPAN: We will not yield on tariffs, Ishiba told parliament.';
    const lead = 'Japanese Prime Minister Shigeru Ishiba spoke in Tokyo on Monday.';
    expect(segments([...head, '', next, lead]).articles.map(([kicker]) => kicker)).toEqual(['TAIWAN', 'JAPAN']);
  });
});

describe('jsonl: credits are capped as a .txt article\'s are (h137 F8)', () => {
  it('keeps the credits up to 32 k characters (h140 F9: 64 k until then), with one note row; the text keeps every line', () => {
    const text = `President William Lai met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.\n${'Photo: AFP\n'.repeat(8000)}Lai then returned to Taipei.`;
    const rows = parseJsonlLine(JSON.stringify({ id: 'a', text }), 'x.jsonl', 1);
    const article = rows.flatMap((s) => ('article' in s ? [s.article] : []))[0]!;
    const errors = rows.flatMap((s) => ('error' in s ? [s.error] : []));
    expect([article.text === text, article.credits.length, article.credits.join('\n').length, article.creditSpans?.length]).toEqual([true, 2909, 31998, 8000]);
    expect(errors.map((e) => [e.rule, e.line, e.fatal, e.articleId, e.message])).toEqual([['credits-too-long', 1, false, 'a',
      'x.jsonl:1: the credits of article a pass 32 k characters; its furniture lines from there on are not kept in its credits (the text keeps them)']]);
  });
});
