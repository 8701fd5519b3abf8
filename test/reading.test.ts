import { describe, expect, it } from 'vitest';
import type { Article } from '../src/model/index.js';
import { processArticle } from '../src/pipeline.js';
import { resolveResults } from '../src/stages/resolve.js';
import { composedText, readingCopy } from '../src/text/reading.js';
import { defaultResources } from './helpers.js';

/** The per-article result of one text, its spans checked against the text as given. */
function read(id: string, text: string) {
  const article: Article = { id, source: 'nfd.jsonl', index: 1, text, credits: [], truncated: false, line: 1 };
  const result = processArticle(article, defaultResources());
  for (const m of result.mentions) expect([...text].slice(m.start, m.end).join('')).toBe(m.text);
  return result;
}

describe('the copy of the text the per-article phase reads', () => {
  it('composes each letter with its marks, mapping every index back to the text as given', () => {
    const composed = composedText('Tro\u0323ng A\u030a \u212b \u1100\u1161 x');
    expect(composed?.text).toBe('Trọng Å Å 가 x');
    // "ọ" comes from "o\u0323" at 2; "Å" from "A\u030a" at 7, the Ångström sign at 10; 가 from its two jamo at 12.
    expect([...composed!.original]).toEqual([0, 1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16]);
    expect(composedText('Trọng and plain text')).toBeUndefined();
    // References are decoded first, then composed: "e&#769;" is é.
    expect(readingCopy('Jose&#769; and AT&amp;T')?.text).toBe('José and AT&T');
    expect([...readingCopy('Jose&#769; x')!.original]).toEqual([0, 1, 2, 3, 10, 11, 12]);
  });

  it('reads decomposed (NFD) names whole, with code point offsets into the text as written, as one entity with the composed name (p126)', () => {
    const nfc = 'President Nguyễn Phú Trọng met President Recep Tayyip Erdoğan in Hanoi on Monday.';
    const nfd = nfc.normalize('NFD');
    const results = [read('nfc', nfc), read('nfd', nfd)];
    // Before: "Nguyễn Phú" and "Recep Tayyip", the last names cut at a combining mark, two more people.
    expect(results[1]!.mentions.map((m) => `${m.text.normalize('NFC')}|${m.type}|${m.start}|${m.end}|${m.text === m.text.normalize('NFD')}`)).toEqual([
      'Nguyễn Phú Trọng|person|10|30|true',
      'Recep Tayyip Erdoğan|person|45|66|true',
      'Hanoi|place|70|75|true',
    ]);
    const { entities } = resolveResults(results, defaultResources().gazetteer, defaultResources().lexicon);
    expect(entities.filter((e) => e.type === 'person').map((e) => `${e.id}|${e.name}|${e.name === e.name.normalize('NFC')}|${e.aliases.join('+')}|${e.mentionCount}`)).toEqual([
      'person:nguyen-phu-trong|Nguyễn Phú Trọng|true||2',
      'person:recep-tayyip-erdogan|Recep Tayyip Erdoğan|true||2',
    ]);
  });

  it('costs one scan: 16 times the decomposed text costs about 16 times as much', () => {
    const unit = 'Nguyễn Phú Trọng và Erdoğan '.normalize('NFD');
    const time = (n: number) => {
      const text = unit.repeat(n);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        composedText(text);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(2000);
    const [one, sixteen] = [time(4000), time(64_000)];
    expect(sixteen / one, `${one.toFixed(1)} ms and ${sixteen.toFixed(1)} ms`).toBeLessThan(40);
  });

  it('keeps bidi isolates and marks around a name out of its span and its aliases (p126)', () => {
    const texts = [
      'President \u2068William Lai\u2069 met officials in Taipei on Monday.',
      'President \u2066William Lai\u2069, and \u200eCho Jung-tai\u200e, met officials in (\u2067Taipei\u2069).',
      'President William Lai\u200f. Officials met Wil\u00adliam Lai in Taipei.',
    ];
    const results = texts.map((text, i) => read(`b${i}`, text));
    // Before: "\u2068William Lai" at 10, "William Lai\u2069" to 23, "William Lai\u200f" to 22: three look-alike aliases.
    expect(results.map((r) => r.mentions.map((m) => `${m.text}|${m.start}|${m.end}`))).toEqual([
      ['William Lai|11|22', 'Taipei|41|47'],
      ['William Lai|11|22', 'Cho Jung-tai|30|42', 'Taipei|64|70'],
      ['William Lai|10|21', 'Wil\u00adliam Lai|38|50', 'Taipei|54|60'],
    ]);
    const { entities } = resolveResults(results, defaultResources().gazetteer, defaultResources().lexicon);
    expect(entities.find((e) => e.id === 'person:william-lai')).toMatchObject({ name: 'William Lai', aliases: [], mentionCount: 4 });
  });
});
