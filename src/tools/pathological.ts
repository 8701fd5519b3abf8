/**
 * Texts that once cost the square of their length (issue 19), each made to a given size in UTF-8
 * bytes, deterministically: what `npm run bench -- --pathological` and test/cost-bound.test.ts time
 * against ordinary news of the same size.
 */

export interface PathologicalFamily {
  name: string;
  /** What the text is, for the bench table. */
  description: string;
  /** Returns the family's text of exactly `bytes` UTF-8 bytes (a little less where a character would be cut). */
  text(bytes: number): string;
}

/** Returns `text` repeated (joined by line breaks) and cut to at most `bytes` UTF-8 bytes, on a character boundary. */
export function repeatToBytes(text: string, bytes: number, separator = '\n'): string {
  const unit = text + separator;
  return cutToBytes(unit.repeat(Math.ceil(bytes / Math.max(1, Buffer.byteLength(unit)))), bytes);
}

/** Returns the longest prefix of `text` of at most `bytes` UTF-8 bytes. */
function cutToBytes(text: string, bytes: number): string {
  const encoded = Buffer.from(text, 'utf8');
  if (encoded.length <= bytes) return text;
  let end = bytes;
  // Back to the first byte of a character (continuation bytes are 10xxxxxx).
  while (end > 0 && (encoded[end]! & 0xc0) === 0x80) end--;
  return encoded.subarray(0, end).toString('utf8');
}

/** A seeded xorshift32 generator of numbers in [0, 1): the same texts on every machine. */
function seeded(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

/** Returns `bytes` worth of characters drawn by `next` (each call returns the next piece of text). */
function generated(bytes: number, next: () => string): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const part = next();
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return cutToBytes(parts.join(''), bytes);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'van', 'dor', 'sel', 'ri', 'ston', 'ba', 'nu', 'gel'];
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// The CJK Unified Ideographs block, less its last few rows.
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x5000;

export const PATHOLOGICAL_FAMILIES: readonly PathologicalFamily[] = [
  {
    name: 'repeated-name',
    description: '"Boris Johnson " repeated',
    text: (bytes) => repeatToBytes('Boris Johnson', bytes, ' '),
  },
  {
    name: 'capitalized-run',
    description: 'Capitalized made-up words, no punctuation',
    text: (bytes) => {
      const random = seeded(1);
      return generated(bytes, () => {
        let word = '';
        for (let n = 1 + Math.floor(random() * 3); n > 0; n--) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
        return word[0]!.toUpperCase() + word.slice(1) + ' ';
      });
    },
  },
  {
    name: 'base64-token',
    description: 'one base64 token, no whitespace',
    text: (bytes) => {
      const random = seeded(2);
      return generated(bytes, () => BASE64[Math.floor(random() * BASE64.length)]!);
    },
  },
  {
    name: 'han',
    description: 'Han characters, no punctuation',
    text: (bytes) => {
      const random = seeded(3);
      return generated(bytes, () => String.fromCodePoint(HAN_FIRST + Math.floor(random() * HAN_COUNT)));
    },
  },
  {
    name: 'han-sentences',
    description: 'Han characters, a 。 every 20',
    text: (bytes) => {
      const random = seeded(4);
      let count = 0;
      return generated(bytes, () => (++count % 20 === 0 ? '。' : String.fromCodePoint(HAN_FIRST + Math.floor(random() * HAN_COUNT))));
    },
  },
  // Found while bounding the five above: each was quadratic in a stage of its own.
  {
    name: 'parenthesized-acronyms',
    description: '"Alpha Beta (AB) and " repeated on one line',
    text: (bytes) => repeatToBytes('Alpha Beta (AB) and', bytes, ' '),
  },
  {
    name: 'capital-letters',
    description: 'one word of capital letters',
    text: (bytes) => 'A'.repeat(bytes),
  },
  {
    name: 'blank-run',
    description: 'two words with spaces between',
    text: (bytes) => `a${' '.repeat(Math.max(0, bytes - 2))}b`,
  },
  // Found with the pieces joined where wink-nlp cuts a word at a letter beyond Latin-1 (2026-12-05).
  {
    name: 'extended-latin',
    description: 'one word of letters beyond Latin-1 ("ğağağa…")',
    text: (bytes) => generated(bytes, () => 'ğa'),
  },
  {
    name: 'html-references',
    description: '"AT&amp;T &#8217; " repeated',
    text: (bytes) => repeatToBytes('AT&amp;T &#8217;', bytes, ' '),
  },
  // Found by a helper session's hostile inputs (2026-12-05): a sports-result and a compound-place pattern
  // tried at every capital of such a run scanned the rest of it (50 KB 7.9 s, 200 KB 119 s).
  {
    name: 'dotted-capitals',
    description: 'one run of capitals and full stops, no space ("Ｔ.Ｔ.Ｔ.…")',
    text: (bytes) => generated(bytes, () => 'Ｔ.'),
  },
  {
    name: 'apostrophe-capitals',
    description: 'one run of capitals and apostrophes, no space ("A’A’A’…")',
    text: (bytes) => generated(bytes, () => 'A’'),
  },
  // Found by a helper session's hostile inputs (2026-12-06): an author's archive page pasted whole, headlines and
  // bylines with no sentence, had the segmenter read the whole draft at each byline (250 KB 14 s, 1 MB 204 s).
  {
    name: 'listing-page',
    description: 'a headline, a byline and a date, repeated ("Taiwan to buy more LNG" / "By Chen Yun / Staff reporter" / "Dec 1, 2026")',
    text: (bytes) => repeatToBytes('Taiwan to buy more LNG from US\nBy Chen Yun / Staff reporter\nDec 1, 2026\n', bytes, '\n'),
  },
  // The deck rule of the seventeenth session tries a cut at every lowercase word before a capital of a kicker line's first
  // sentence (a first version read the rest of the line at each); a page's headline is looked for under every paragraph.
  {
    name: 'kicker-run-on',
    description: 'one kicker line whose sentence never ends, lowercase and capitalized words in turn ("TRADE: alpha Beta alpha Beta …")',
    text: (bytes) => `TRADE: ${generated(bytes - 7, () => 'alpha Beta ')}`,
  },
  // The seventeenth session's joins of companies and ministries across "and" rebuilt the article's candidates at each join
  // in their first version (a 1 MB article of them: the square of its joins).
  {
    name: 'and-names',
    description: 'companies and ministries whose names hold "and", repeated ("Marks and Spencer Group Plc", "Ministry of Culture and Islamic Guidance")',
    text: (bytes) => repeatToBytes('Shares of Adani Ports and Special Economic Zone Ltd. rose, while Marks and Spencer Group Plc fell. Iran\'s Ministry of Culture and Islamic Guidance said.', bytes, ' '),
  },
  // Found by the hostile probe h137 (2026-12-07): wink-nlp's sentence splitter over many line breaks in one run of white space.
  {
    name: 'space-lines',
    description: 'a sentence, lines of a space only, a sentence (a JSONL text\'s credit lines as the stages read them)',
    text: (bytes) => `Lai met Ishiba in Tokyo.\n${repeatToBytes(' ', Math.max(0, bytes - 40))}Lai returned.`,
  },
  {
    name: 'furniture-lines',
    description: 'a sentence, lines of "©" and "X" (furniture: a JSONL text\'s credits), a sentence',
    text: (bytes) => `Lai met Ishiba in Tokyo.\n${repeatToBytes('©\nX', Math.max(0, bytes - 40))}Lai returned.`,
  },
  {
    name: 'pasted-headlines',
    description: 'a lead paragraph and a page\'s headline, repeated, a blank line between',
    text: (bytes) => repeatToBytes('Officials said the measure was passed yesterday by the committee in a long session that lasted hours.\n\nCouncil votes to close six libraries after budget gap today', bytes, '\n'),
  },
];
