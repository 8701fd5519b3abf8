import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { INVISIBLE_IN_WORD } from '../text/codepoints.js';

/** One token; `start`/`end` are UTF-16 indices into the article text (internal to the per-article phase). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Porter stem, lower-case: what topic terms match on. */
  stem: string;
  /** wink-nlp's token type: word, number, punctuation, currency, emoji, … */
  kind: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
  /** Tokens that are not punctuation. */
  words: number;
}

let engine: ReturnType<typeof winkNLP> | undefined;
let instances = 0;

// wink-eng-lite-web-model's metaCER() JSON-encodes its module's machines in place, so every call
// returns them encoded once more (the string about doubles): a second winkNLP(model) still works, the
// twentieth in one process throws "Invalid string length". Every instance here gets the first answer.
const firstMetaCER = model.metaCER as () => unknown;
let metaCER: unknown;

// wink-nlp learns every token it reads: the text goes into the model's lexeme table, and its
// tokenizer then keeps such a string whole when it meets it again ("U.S." after one document, "U.S"
// + "." before), which moves its sentence boundaries too ("( U.S. ) Motorola" became two sentences
// after a document that had "in U.S ."). An article's output would then depend on what its thread
// read before, and so on the number of workers and the machine's load. So what a document teaches is
// taken out of the table's index once it is read (`forgetDocument`): each document is read as by a
// new instance (what building the instance learned stays). Texts of letters alone or digits alone are
// kept, as wink reads them the same either way: its tokenizer asks the table about a chunk before a
// right punctuation, and about hyphenated pieces and pieces with periods, and such a chunk, when not
// in the table, is still one token, never of the one category read here (punctuation). Forgetting
// them too cost 50% more time in this stage (every unknown name and number read again per
// document). A forgotten entry stays in the table, so a text is added again by the next document
// that has it: the instance is replaced once the table has grown by LEXEME_GROWTH_LIMIT entries
// (≈ 130 bytes each). Digits run into letters are not kept: wink splits "5G" alone but reads it whole
// once a hyphenated piece ("4G-5.5G") taught it, so an article's words, topics and mentions had
// depended on which thread read it (probe p54: three runs of one command, three datasets).
interface LexemeTable { hash: Record<string, number>; list: string[]; index: number }
interface CoreModel { features: { lexeme: LexemeTable } }
const firstCore = model.core as unknown as () => CoreModel;
let lexemes: LexemeTable | undefined;
/** The table's size once the instance was built, and when the current document began. */
let builtSize = 0;
let documentFrom = 0;
export const LEXEME_GROWTH_LIMIT = 200_000;
const ALPHANUMERIC = /^(?:\p{L}+|\p{N}+)$/u;
/** How many entries the model's own vocabulary has: the table's entries below it are English words, not text read since. */
let vocabularySize = 0;
function core(): CoreModel {
  const made = firstCore();
  lexemes = made.features.lexeme;
  vocabularySize = lexemes.index;
  return made;
}

/**
 * True when the word in lower case is in wink-nlp's English vocabulary (87,593 entries: "henna",
 * "striker", "thus"), false for a word it never lists ("iratxe", "virkkunen"), whatever documents it has read.
 */
export function isVocabularyWord(word: string): boolean {
  if (lexemes === undefined) wink();
  const lower = word.toLowerCase();
  return Object.hasOwn(lexemes!.hash, lower) && lexemes!.hash[lower]! < vocabularySize;
}

/** Removes from the lexeme table's index the texts the document just read added to it, but those of letters and digits alone. */
function forgetDocument(): void {
  const { hash, list, index } = lexemes!;
  for (let i = documentFrom; i < index; i++) {
    const text = list[i]!;
    if (!ALPHANUMERIC.test(text)) delete hash[text];
  }
}

const stableModel = { ...model, metaCER: () => (metaCER ??= firstMetaCER()), core } as unknown as typeof model;

// Only sentence boundaries are needed from wink's pipe: its NER, negation, sentiment and POS passes
// (≈ half of readDoc's time) are skipped. Tokens and sentences do not depend on them.
function wink(): ReturnType<typeof winkNLP> {
  if (engine !== undefined && lexemes!.index - builtSize > LEXEME_GROWTH_LIMIT) engine = undefined;
  if (engine === undefined) {
    engine = winkNLP(stableModel, ['sbd']);
    builtSize = lexemes!.index;
    instances++;
    stemById = [];
  }
  documentFrom = lexemes!.index;
  return engine;
}

/** How many wink-nlp instances this thread has made (a new one after `releaseAnalyzer`, or when the stem memo fills). */
export function analyzerInstances(): number {
  return instances;
}

/** Drops wink-nlp's instance and the stem memo (they are made again on next use). */
export function releaseAnalyzer(): void {
  engine = undefined;
  stemById = [];
  stems.clear();
}

/** A token on its way to the analysis, with where sentences may start. */
interface DraftToken extends Token {
  /** wink-nlp starts a sentence here. */
  sentenceStart: boolean;
  /** A line break precedes the token: always a sentence start. */
  lineStart: boolean;
}

const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
const SHORT_FORM = /^(?:\p{L}\.)+\p{L}\.?$/u;
// A name with its possessive ending: wink keeps "China's" whole once it has seen it, and splits it before.
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}.]*)(['’]s)$/u;

/** True when `text` ends as POSSESSIVE needs ("'s" or "’s" after at least one character): a test of two characters before the pattern. */
function mayBePossessive(text: string): boolean {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 0x73) return false;
  const quote = text.charCodeAt(n - 2);
  return quote === 0x27 || quote === 0x2019;
}

/**
 * A draft token, every field written out in one order (that of `analyzeText`'s literal). Not a spread of another
 * (`{ ...token, end }`): a spread's copy has a hidden class of its own beside the literal's, so the functions that read
 * drafts met several and V8 compiled them again as it met each (see `changed` in extract-rules.ts).
 */
function draftToken(text: string, start: number, end: number, stem: string, kind: string, sentenceStart: boolean, lineStart: boolean): DraftToken {
  return { text, start, end, stem, kind, sentenceStart, lineStart };
}

/** A token cut out of another one (a hyphen piece, a possessive): with its own stem. */
function pieceToken(text: string, start: number, kind: string, sentenceStart: boolean, lineStart: boolean): DraftToken {
  return draftToken(text, start, start + text.length, kind === 'punctuation' ? text : stemOf(text), kind, sentenceStart, lineStart);
}

const porterStem = (model as unknown as { addons: { stem(word: string): string } }).addons.stem;
// Stems are a pure function of the word and words repeat (Zipf), so they are remembered; the memo is
// dropped when it grows large, which bounds memory without changing any result.
const stems = new Map<string, string>();
export const STEM_MEMO_LIMIT = 100_000;

// The stemmer's suffix regexes cost the square of a word's length; no word is this long, so longer
// tokens (a blob, a run of Han characters) are their own stem.
export const MAX_STEM_CHARS = 64;

// Stems by wink-nlp's id of the token's text (`its.uniqueId`), for the instance that made the ids:
// an array read instead of a string lookup per token. Every text still reaches `stemOf` (and the
// memo above) the first time its id is seen after the memo is emptied, so the memo fills, and
// wink-nlp's instance is replaced, exactly when they were without this array.
let stemById: (string | undefined)[] = [];

/** Returns the stem of the text wink-nlp's current instance numbers `id`. */
function stemOfId(id: number, text: string): string {
  return stemById[id] ?? newStemOfId(id, text);
}

/**
 * `stemOfId` for an id not seen yet: a function of its own, so that the lookup compiles small (inline, this
 * path had made V8 throw the optimized lookup away 160 times a megabyte of text).
 */
function newStemOfId(id: number, text: string): string {
  const stem = stemOf(text);
  if (stemById.length <= id) growStemById(id);
  stemById[id] = stem;
  return stem;
}

/**
 * Makes `stemById` long enough for `id`. A loop of its own: a long growth made V8 compile the loop on the stack
 * (on-stack replacement), and in `newStemOfId` that code had then lost its optimized code to the store after the
 * loop, which it had no feedback for, again and again (179 times over the bench corpus, `--trace-deopt`).
 */
function growStemById(id: number): void {
  while (stemById.length <= id) stemById.push(undefined);
}

function stemOf(text: string): string {
  if (text.length > MAX_STEM_CHARS) return text.toLowerCase();
  let stem = stems.get(text);
  if (stem === undefined) {
    if (stems.size >= STEM_MEMO_LIMIT) {
      stems.clear();
      stemById = [];
      // wink-nlp keeps every distinct token it has read, ≈ 130 bytes each and never dropped (1,000,000
      // made-up words: +126 MB of heap), and has read about this many since it was made: the next
      // document gets a new instance (≈ 0.1 s to make, once in millions of tokens of news). Its tokens
      // are the same (canonicalTokens), so memory stays flat however large the vocabulary of a run.
      engine = undefined;
    }
    stem = porterStem(text).toLowerCase();
    stems.set(text, stem);
  }
  return stem;
}

// A Latin letter beyond Latin-1 ("ğ", "š", "Ł", "ễ") or a combining mark: wink-nlp's tokenizer cuts words at them.
const EXTENDED_LATIN = /^[\p{M}\u0100-\u024f\u1e00-\u1eff]$/u;
const LETTER = /^[\p{L}\p{M}]$/u;

/** True when the letters either side of a seam between touching tokens meet at a letter wink-nlp cuts at. */
function joinsAtSeam(text: string, seam: number, next: string): boolean {
  const code = text.charCodeAt(seam - 1);
  // Latin-1 on both sides: the common case (a word and its punctuation) costs two reads.
  if (code < 0x100 && next.charCodeAt(0) < 0x100) return false;
  // The code point before the seam may end a surrogate pair.
  const before = String.fromCodePoint(code >= 0xdc00 && code <= 0xdfff ? text.codePointAt(seam - 2)! : code);
  const after = String.fromCodePoint(next.codePointAt(0)!);
  return LETTER.test(before) && LETTER.test(after) && (EXTENDED_LATIN.test(before) || EXTENDED_LATIN.test(after));
}

/**
 * Joins the pieces wink-nlp cut a word into at a Latin letter it does not know ("Erdo" "ğ" "an" →
 * "Erdoğan", "Vu" "č" "i" "ć" → "Vučić", "Ł" "ód" "ź" → "Łódź"): touching tokens whose letters meet
 * at such a letter are one word.
 */
function withLatinLettersJoined(raw: DraftToken[], text: string): DraftToken[] {
  const out: DraftToken[] = [];
  // The last token of `out` has other tokens joined to it: its text and stem are made once, when it is complete.
  let joining = false;
  const complete = (): void => {
    if (!joining) return;
    const last = out[out.length - 1]!;
    const word = text.slice(last.start, last.end);
    out[out.length - 1] = draftToken(word, last.start, last.end, stemOf(word), 'word', last.sentenceStart, last.lineStart);
    joining = false;
  };
  for (const token of raw) {
    const last = out[out.length - 1];
    // Never longer than a run wink reads whole (boundRuns): a blob of such letters stays in pieces, and linear.
    if (last !== undefined && last.end === token.start && token.end - last.start <= MAX_RUN_CHARS && joinsAtSeam(text, last.end, token.text)) {
      out[out.length - 1] = draftToken(last.text, last.start, token.end, last.stem, last.kind, last.sentenceStart, last.lineStart);
      joining = true;
      continue;
    }
    complete();
    out.push(token);
  }
  complete();
  return out;
}

/**
 * Makes the tokens of a string the same wherever it stands. Within a document wink-nlp still keeps
 * whole a string it has read earlier in it ("U.S." on its second occurrence, "U.S" + "." on its
 * first; "anti-dumping" or "anti" "-" "dumping"; "China's" or "China" "'s"). Here hyphenated words
 * and possessives are always split, single-letter abbreviations always keep their final period, and
 * no sentence ends right after one.
 */
function canonicalTokens(drafts: DraftToken[], text: string): DraftToken[] {
  const raw = withLatinLettersJoined(drafts, text);
  const out: DraftToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    // Each pattern is tried only on a token that has the character it needs: three regexes on every token were ≈ 1% of a run.
    if (token.text.includes('-') && HYPHENATED.test(token.text)) {
      let offset = token.start;
      token.text.split(/(-)/u).forEach((piece, k) => {
        const kind = piece === '-' ? 'punctuation' : /^\p{N}+$/u.test(piece) ? 'number' : 'word';
        out.push(pieceToken(piece, offset, kind, k === 0 && token.sentenceStart, k === 0 && token.lineStart));
        offset += piece.length;
      });
      continue;
    }
    const possessive = mayBePossessive(token.text) ? POSSESSIVE.exec(token.text) : null;
    if (possessive) {
      const base = possessive[1]!;
      out.push(pieceToken(base, token.start, token.kind, token.sentenceStart, token.lineStart));
      out.push(pieceToken(token.text.slice(base.length), token.start + base.length, 'word', false, false));
      continue;
    }
    const next = raw[i + 1];
    if (next?.text.startsWith('.') && next.start === token.end && !token.text.endsWith('.') && SHORT_FORM.test(token.text)) {
      const text = token.text + '.';
      out.push(draftToken(text, token.start, token.end + 1, text.toLowerCase(), token.kind, token.sentenceStart, token.lineStart));
      if (next.text.length > 1) out.push(pieceToken(next.text.slice(1), next.start + 1, 'punctuation', false, false));
      i++;
      continue;
    }
    out.push(token);
  }
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1]!.text.endsWith('.') && !out[i]!.lineStart && SHORT_FORM.test(out[i - 1]!.text)) out[i]!.sentenceStart = false;
  }
  return out;
}

// wink-nlp's tokenizer runs regexes (its e-mail pattern first) whose cost is the square of the length
// of a run without whitespace: a 40 KB base64 blob took 5 s. It reads longer runs cut into pieces of
// this many characters (the longest run in the eval corpora, a URL, has 97).
export const MAX_RUN_CHARS = 256;
// Where a long run starts: its first MAX_RUN_CHARS + 1 characters, tried only where a run starts (without the look-behind
// V8 tried the pattern from every character of every word, ≈ 0.3% of a run). The run's end is found by a scan: an
// unbounded \S{257,} overflowed V8's stack on a run of 6 million characters (p86).
const LONG_RUN_START = new RegExp(String.raw`(?<!\S)\S{${MAX_RUN_CHARS + 1}}`, 'gu');
const SPACE = /\s/u;

/** Returns `text` with a space after every MAX_RUN_CHARS characters of a longer whitespace-free run (never inside a surrogate pair). */
export function boundRuns(text: string): string {
  let bounded = '';
  let from = 0;
  LONG_RUN_START.lastIndex = 0;
  for (let match = LONG_RUN_START.exec(text); match !== null; match = LONG_RUN_START.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && !SPACE.test(text[end]!)) end++;
    bounded += text.slice(from, match.index) + splitRun(text.slice(match.index, end));
    from = end;
    LONG_RUN_START.lastIndex = end;
  }
  return from === 0 ? text : bounded + text.slice(from);
}

// wink-nlp's sentence splitter costs the square of the count of line breaks in one run of white space ("\n \n \n …"): a JSONL text's
// credit lines, read as spaces, or lines of spaces only (h137: 100,000 such lines took 18 s, 1 MB of "©" lines 149 s). Where such a
// run is longer than this, wink reads its inner line breaks as spaces; the first and last stay, so a line still ends where it did.
export const MAX_BLANK_RUN_CHARS = 256;
const LONG_BLANK_RUN_START = new RegExp(String.raw`(?<!\s)\s{${MAX_BLANK_RUN_CHARS + 1}}`, 'gu');

/** Returns `text` with the line breaks inside a white-space run of more than MAX_BLANK_RUN_CHARS characters, but its first and last, as spaces (same length). */
export function boundBlankRuns(text: string): string {
  let bounded = '';
  let from = 0;
  LONG_BLANK_RUN_START.lastIndex = 0;
  for (let match = LONG_BLANK_RUN_START.exec(text); match !== null; match = LONG_BLANK_RUN_START.exec(text)) {
    let end = match.index + match[0].length;
    while (end < text.length && SPACE.test(text[end]!)) end++;
    const first = text.indexOf('\n', match.index);
    const last = text.lastIndexOf('\n', end - 1);
    if (first !== -1 && first < end && last > first + 1) {
      bounded += text.slice(from, first + 1) + ' '.repeat(last - first - 1);
      from = last;
    }
    LONG_BLANK_RUN_START.lastIndex = end;
  }
  return from === 0 ? text : bounded + text.slice(from);
}

/** A whitespace-free run with a space after every MAX_RUN_CHARS characters (never inside a surrogate pair). */
function splitRun(run: string): string {
  const pieces: string[] = [];
  for (let at = 0; at < run.length;) {
    let end = Math.min(run.length, at + MAX_RUN_CHARS);
    const last = run.charCodeAt(end - 1);
    if (end < run.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(run.slice(at, end));
    at = end;
  }
  return pieces.join(' ');
}

// A format character or a joiner between two Latin letters: invisible in a word, never a word break.
const INNER_INVISIBLE_SOURCE = String.raw`(?<=\p{Script=Latin})[${INVISIBLE_IN_WORD}](?=\p{Script=Latin})`;
const INNER_INVISIBLE = new RegExp(INNER_INVISIBLE_SOURCE, 'u');
const INNER_INVISIBLE_ALL = new RegExp(INNER_INVISIBLE_SOURCE, 'gu');
// One beside a space, as a CMS's "&#8203;" leaves it ("Donald\u200B Trump"): read as the space it stands by.
const EDGE_INVISIBLE_SOURCE = String.raw`[${INVISIBLE_IN_WORD}](?=\s)|(?<=\s)[${INVISIBLE_IN_WORD}]`;
const EDGE_INVISIBLE = new RegExp(EDGE_INVISIBLE_SOURCE, 'u');
const EDGE_INVISIBLE_ALL = new RegExp(EDGE_INVISIBLE_SOURCE, 'gu');
// Any such character at all: one class, which V8 scans for far faster than the look-arounds above (almost no text has one).
const ANY_INVISIBLE = new RegExp(`[${INVISIBLE_IN_WORD}]`, 'u');

/**
 * Tokenizes and sentence-splits one text with wink-nlp; returns tokens with offsets into `text`.
 * wink reads the text with long runs cut (`boundRuns`); its tokens are still substrings of `text`.
 */
export function analyzeText(text: string): Analysis {
  const nlp = wink();
  const its = nlp.its;
  // wink splits a word at a zero-width space, a soft hyphen or a direction mark ("Fran\u200Bcois" had
  // been a person "Fran" and a place "cois Bayrou"); it reads each as the word joiner it keeps inside
  // a word, and one beside a space as a space. Same length, so offsets hold; tokens keep the text's own characters.
  let read = text;
  if (ANY_INVISIBLE.test(text)) {
    if (INNER_INVISIBLE.test(read)) read = read.replace(INNER_INVISIBLE_ALL, '\u2060');
    if (EDGE_INVISIBLE.test(read)) read = read.replace(EDGE_INVISIBLE_ALL, ' ');
  }
  let values: string[], kinds: string[], ids: number[], spans: [number, number][];
  try {
    const doc = nlp.readDoc(boundRuns(boundBlankRuns(read)));
    values = doc.tokens().out(its.value) as string[];
    kinds = doc.tokens().out(its.type) as string[];
    ids = doc.tokens().out(its.uniqueId) as unknown as number[];
    spans = doc.sentences().out(its.span) as unknown as [number, number][];
  } finally {
    forgetDocument();
  }
  const starts = new Set(spans.map(([first]) => first));
  const raw: DraftToken[] = [];
  let cursor = 0;
  let sentenceStart = false;
  for (let i = 0; i < values.length; i++) {
    sentenceStart ||= starts.has(i);
    const value = values[i]!;
    if (value.trim() === '') continue;
    // wink keeps token values verbatim, so each is found at or after the cursor.
    const found = read.indexOf(value, cursor);
    const start = found === -1 ? cursor : found;
    const end = found === -1 ? Math.min(text.length, cursor + value.length) : start + value.length;
    // News puts one paragraph a line: a sentence never runs across a line break (wink's splitter would join them).
    const lineStart = raw.length > 0 && hasLineBreak(text, raw[raw.length - 1]!.end, start);
    cursor = end;
    raw.push({
      // wink's value is the same characters, and one string object per word type: its hash, which
      // every per-type memo (stems, the NER word cache) looks up, is computed once, not per token.
      text: found === -1 || read !== text ? text.slice(start, end) : value, start, end, stem: stemOfId(ids[i]!, value), kind: kinds[i]!,
      sentenceStart: sentenceStart || lineStart, lineStart,
    });
    sentenceStart = false;
  }
  const drafts = canonicalTokens(raw, text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let words = 0;
  for (let i = 0; i < drafts.length; i++) {
    const { text: tokenText, start, end, stem, kind, sentenceStart: opens } = drafts[i]!;
    if ((opens || i === 0) && tokens.length > 0) {
      const first = sentences.length ? sentences[sentences.length - 1]!.tokenEnd : 0;
      sentences.push({ start: tokens[first]!.start, end: tokens[i - 1]!.end, tokenStart: first, tokenEnd: i });
    }
    if (kind !== 'punctuation') words++;
    // A Token's fields in their order, made here: a rest pattern copies them one by one through a generic path.
    tokens.push({ text: tokenText, start, end, stem, kind });
  }
  if (tokens.length) {
    const first = sentences.length ? sentences[sentences.length - 1]!.tokenEnd : 0;
    sentences.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end, tokenStart: first, tokenEnd: tokens.length });
  }
  return { tokens, sentences, words };
}

/** True when `text[from..to)` holds a line break (a loop over the few characters between two tokens; no slice). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}

/** Returns the index of the sentence that contains UTF-16 offset `at` (binary search). */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
