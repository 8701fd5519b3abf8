import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../src/pipeline.js';
import { segmentText } from '../src/stages/segment.js';
import type { Article } from '../src/model/index.js';
import { defaultResources } from './helpers.js';

// Names and marks the extractor reacts to, mixed with arbitrary Unicode (astral characters, RTL, controls).
const fragment = fc.oneof(
  fc.constantFrom(
    'Premier Cho Jung-tai (卓榮泰)', 'Democratic Progressive Party (DPP)', 'US President Donald Trump', 'the KMT’s',
    'National Security Act', 'Ministry of Foreign Affairs', 'tariffs', 'espionage', '😀', '🇹🇼', 'ישראל', ' ', '\n', '. ', '“', '”',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const text = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '));

const KICKER = /^\s*[A-Z][A-Z0-9&'’.-]*(?: [A-Z][A-Z0-9&'’.-]*){0,3}:(?:\s|$)/u;

function article(body: string): Article {
  return { id: 'p', source: 'p', index: 1, text: body, credits: [], truncated: false, line: 1 };
}

describe('properties', () => {
  const resources = defaultResources();

  it('every mention and every topic evidence is the code-point slice of the text it names (4,000 cases)', () => {
    fc.assert(fc.property(text, (body) => {
      const result = processArticle(article(body), resources);
      const points = [...body];
      for (const m of result.mentions) expect(points.slice(m.start, m.end).join('')).toBe(m.text);
      for (const t of result.topics) for (const e of t.evidence) expect(points.slice(e.start, e.end).join('')).toBe(e.text);
    }), { numRuns: 4000, seed: 20261125 });
  // 4,000 whole articles: about 5 s on a loaded 2-core machine, over vitest's default 5 s timeout.
  }, 30_000);

  it('the same article gives the same result twice (1,000 cases)', () => {
    fc.assert(fc.property(text, (body) => {
      expect(JSON.stringify(processArticle(article(body), resources))).toBe(JSON.stringify(processArticle(article(body), resources)));
    }), { numRuns: 1000, seed: 7 });
  });

  it('segmentation loses no non-space character (5,000 cases)', () => {
    const line = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('Photo: AFP', 'INVESTIGATION: ', 'TRADE:', ''),
      // A pasted web page's lines, which segmentation moves to credits, kickers and new articles.
      fc.constantFrom('Asia-Pacific', 'Taiwan detects balloons near the island', 'By Jane Doe', 'Jane Doe', 'Updated 3:45 PM EST, Thu November 13, 2025',
        'Getty Images', 'Related stories', '* * *', 'WASHINGTON (AP) — The text begins.', 'Jane Doe is a reporter covering Asia.', 'Subscribe to continue reading',
        'The story ends. ■'),
      fc.tuple(fc.constantFrom('PERSONAL DATA: ', 'NEGOTIATIONS: '), fc.string({ unit: 'grapheme', maxLength: 300 })).map(([k, b]) => k + b),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 10 }), (generated) => {
      const input = generated.join("\n");
      const segments = segmentText(input, 's.txt');
      const kept = segments.flatMap((s) => ('article' in s
        // (A deck under the headline is a copy of its line, which stays in the text as the title does, or in the credits: counted once.)
        ? [(s.article.kicker ?? '') + (s.article.deck === undefined || s.article.text.includes(s.article.deck) || s.article.credits.includes(s.article.deck) ? '' : s.article.deck) +
          s.article.credits.join('') + s.article.text]
        : []));
      // An article with no body is an `empty-article` error; its lines (kicker, credits) are the only ones allowed to go.
      const lines = input.split(/\r\n|\r|\n/u);
      const starts = segments.map((s) => ('article' in s ? s.article.line : s.error.line ?? 1));
      const dropped = new Set<number>();
      segments.forEach((s, i) => {
        if (!('error' in s) || s.error.rule !== 'empty-article') return;
        const end = starts.slice(i + 1).find((l) => l > starts[i]!) ?? lines.length + 1;
        for (let l = starts[i]!; l < end; l++) dropped.add(l);
      });
      const expected = lines
        .filter((_, i) => !dropped.has(i + 1))
        .map((l) => (KICKER.test(l) ? l.replace(':', '') : l))
        .join('');
      const nonSpace = (s: string) => [...s.replace(/\s/gu, '')].sort().join('');
      expect(nonSpace(kept.join(''))).toBe(nonSpace(expected));
    }), { numRuns: 5000, seed: 42 });
  });
});
