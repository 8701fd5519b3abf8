import type { Article, InputError } from '../model/index.js';

/** A line of input with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

export interface SegmentOptions {
  /** Split a deck that runs into the body on the kicker line (see `splitDeck`). */
  splitDecks: boolean;
  /** Lines matching this (case-insensitive) are credits, not body text. */
  creditPattern: RegExp;
  /**
   * True for a place's name ("SINGAPORE"): such a word before a colon is the article's dateline
   * ("SINGAPORE: Prime Minister …", as CNA writes it), kept in the text, not a kicker.
   */
  isPlace?: (name: string) => boolean;
}

export const defaultSegmentOptions: SegmentOptions = {
  splitDecks: true,
  creditPattern:
    /^(?:photo(?:graph)?s?|file photo|image|video|graphic|illustration|caption|credit)\s*(?::|courtesy of)\s*\S.{0,78}$/i,
};

/** What segmentation yields, in input order: an article or a rejected piece of input. */
export type Segment = { article: Article } | { error: InputError };

// An ALL-CAPS kicker of one to four words, then a colon: `INVESTIGATION: `, `PERSONAL DATA: `.
const KICKER = /^\s*([A-Z][A-Z0-9&'’.-]*(?: [A-Z][A-Z0-9&'’.-]*){0,3}):(?:\s+(.*))?$/su;
// The same kicker alone on its line after a blank line, as a web page pastes it ("CROSS-STRAIT").
const LONE_KICKER = /^\s*([A-Z][A-Z0-9&'’.-]*(?: [A-Z][A-Z0-9&'’.-]*){0,3})\s*$/u;
// A byline ("By Lin Chia-nan / Staff reporter", "By Jane Doe and John Roe, AP"), an agency line
// ("Reuters, SAN FRANCISCO", "Staff writer, with CNA") or a reporting credit: credits, not body.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}`;
const BYLINE = new RegExp(String.raw`^\(?[Bb]y ${NAME}(?:(?:,| and| &) ${NAME})*(?:\s*[/,—–-]\s*[\p{L} ,'’&-]{1,60})?\)?$`, 'u');
// A byline without "By" that says what the writer is ("Linda Yulisman, Indonesia Correspondent"), or a desk ("The Hindu Bureau").
const DESK_BYLINE = new RegExp(String.raw`^(?:${NAME}, [\p{L} '’&-]{0,40}(?:Correspondent|Reporter|Writer|Editor|Staff)|(?:The )?${NAME} (?:Bureau|Desk|News Desk|Staff))$`, 'u');
// The end mark of agency copy: "Enditem/ASG" (CNA), "-- END --".
const END_MARK = /^(?:Enditem(?:\/[\p{L}\p{N}]{1,8})?|-+\s*END\s*-+|\(END\)|={2,}\s*[\p{L}.]{2,20})$/iu;
const AGENCY_LINE = /^(?:AP|AFP|Reuters|Bloomberg|CNA|Xinhua|Kyodo|Yonhap|Agencies|Staff (?:writer|reporter))(?:,\s*[\p{L} .'’-]{1,40})?$/u;
const REPORTING_CREDIT = /^\(?(?:(?:With )?(?:additional )?reporting (?:by|from)|(?:Edited|Written|Compiled|Translated|Produced)(?: and \p{Ll}+)? by:?) .{1,160}$/iu;
// "Associated Press writer Jane Doe in Washington contributed to this report."
const CONTRIBUTED = /^[^.!?]{3,140} contributed (?:to )?(?:this |the )?(?:report|story|article)\.?$/iu;
// A web page's furniture pasted with its story: advertisement marks, links to other stories, sharing
// and newsletter prompts. Not body text; kept in `credits` so nothing is lost.
const PAGE_FURNITURE = /^(?:advertisement|sponsored(?: content)?|(?:read more|read also|also read|related|see also|recommended|more on this story|most read|continue reading|click here)(?:\s*[:：>»-].{0,160})?|share (?:this (?:article|story|page)|on [\p{L} ]{1,20})|(?:sign up|subscribe)(?: now)? (?:for|to) .{0,40}newsletters?.{0,40}|follow us on .{1,60})$/iu;
const CLOSER = /["'”’)\]»›\s]/u;
const TERMINAL = /[.!?…]$/u;

/**
 * Returns `text` without its closing quotes, brackets and spaces at the end. A scan back from the end:
 * a regex anchored at the end only is tried from every position, the square of a run of closers.
 */
function trimClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSER.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** True when the text stops mid-sentence: after closing quotes and brackets, no terminal punctuation. */
export function isTruncated(text: string): boolean {
  const trimmed = trimClosers(text);
  return trimmed.length > 0 && !TERMINAL.test(trimmed);
}

interface Draft {
  line: number;
  kicker?: string;
  deck?: string;
  /** The headline right after a lone kicker or right before a byline (see `isHeadline`); it stays in the body too. */
  title?: string;
  body: string[];
  credits: string[];
  /** How many body lines there were when each byline of `credits` came (others: undefined), so a headline taken by the next article takes its byline along. */
  bylinesAt?: (number | undefined)[];
  /** Input line of the last non-blank body line. */
  lastLine?: number;
}

/**
 * Where the headline of the article a kicker or dateline line starts stands in the draft before it:
 * the draft's only line (a headline with no kicker), or, after a blank line, its last paragraph when
 * that is one headline line after a finished sentence or a blank line ("… said." / "PM Wong unveils
 * measures" / "" / "SINGAPORE: …"). Returns the index in `draft.body`, or undefined.
 */
function headlineBefore(draft: Draft | undefined, afterBlank: boolean): number | undefined {
  if (draft === undefined || draft.deck !== undefined) return undefined;
  let k = draft.body.length - 1;
  while (k >= 0 && draft.body[k]!.trim() === '') k--;
  if (k < 0 || !isHeadline(draft.body[k]!.trim())) return undefined;
  const only = draft.body.slice(0, k).every((b) => b.trim() === '');
  if (only) return draft.kicker === undefined && (draft.title === undefined || draft.title === draft.body[k]!.trim()) ? k : undefined;
  const previous = draft.body[k - 1]!.trim();
  return afterBlank && (previous === '' || TERMINAL.test(trimClosers(previous))) ? k : undefined;
}

/**
 * True for a byline (also in parentheses), an agency line, a reporting credit ("Reporting by …; Editing by
 * …", "… contributed to this report."), an agency's end mark or a web page's furniture ("Advertisement",
 * "Read more: …", "Share this article").
 */
function isBylineCredit(line: string): boolean {
  return line.length <= 200 && (BYLINE.test(line) || DESK_BYLINE.test(line) || AGENCY_LINE.test(line) || REPORTING_CREDIT.test(line) || CONTRIBUTED.test(line) || END_MARK.test(line) || PAGE_FURNITURE.test(line));
}

/** True for a headline: a short line without closing punctuation (a first paragraph ends its sentence). */
function isHeadline(line: string): boolean {
  return line.length <= 160 && /\p{L}/u.test(line) && !TERMINAL.test(trimClosers(line));
}

/** A streaming segmenter: feed it lines, collect the segments each line completes. */
export interface Segmenter {
  push(line: SourceLine): Segment[];
  end(): Segment[];
}

/**
 * Splits concatenated articles (the seed format) into articles: a kicker line starts a new
 * article, other lines continue the current one, credit lines go to `credits`. Reports an
 * `empty-article` error for a kicker with no text and `empty-input` for input with no text.
 */
export function createSegmenter(source: string, options: SegmentOptions = defaultSegmentOptions): Segmenter {
  let draft: Draft | undefined;
  let index = 0;
  let sawText = false;
  let afterBlank = true;
  // A lone ALL-CAPS line after a blank line, kept until the next line says what it is: the kicker of
  // a new article when a headline follows it directly ("CROSS-STRAIT" / "China sanctions …"), else body.
  let pending: { text: string; line: number; kicker: string } | undefined;
  const finish = (d: Draft): Segment => draftToSegment(d, source, ++index);
  const isCredit = (line: string): boolean => options.creditPattern.test(line) || isBylineCredit(line);
  const addBody = (text: string, line: number): void => {
    draft ??= { line, body: [], credits: [] };
    draft.body.push(text);
    draft.lastLine = line;
  };
  const releasePending = (): void => {
    if (pending) addBody(pending.text, pending.line);
    pending = undefined;
  };
  return {
    push({ text, line }) {
      if (text.trim() === '') {
        releasePending();
        // One blank line between paragraphs, also where a credit or page furniture line stood between two.
        if (draft && draft.body.length > 0 && draft.body[draft.body.length - 1] !== '') draft.body.push('');
        afterBlank = true;
        return [];
      }
      sawText = true;
      const startsParagraph = afterBlank;
      afterBlank = false;
      const trimmed = text.trim();
      if (pending) {
        const kicker = pending;
        pending = undefined;
        if (isHeadline(trimmed) && !isCredit(trimmed) && !KICKER.test(text)) {
          const done = draft ? [finish(draft)] : [];
          // The headline is the title and stays the text's first line: topics weigh it, and its names are mentions.
          draft = { line: kicker.line, kicker: kicker.kicker, title: trimmed, body: [text], credits: [], lastLine: line };
          return done;
        }
        addBody(kicker.text, kicker.line);
      }
      const lone = startsParagraph ? LONE_KICKER.exec(text) : null;
      if (lone && /\p{L}{3}/u.test(lone[1]!) && !PAGE_FURNITURE.test(trimmed)) {
        pending = { text, line, kicker: lone[1]! };
        return [];
      }
      const kicker = KICKER.exec(text);
      if (kicker) {
        const dateline = options.isPlace?.(kicker[1]!) === true;
        // A headline, then a kicker or dateline line: the headline is that article's title (a pasted page).
        const at = headlineBefore(draft, startsParagraph);
        const headline = at === undefined ? undefined : draft!.body[at]!;
        const alone = at !== undefined && draft!.body.slice(0, at).every((b) => b.trim() === '');
        // The bylines that came after the headline belong to the headline's article ("Drone hits refinery" / "by …" / "KYIV: …").
        const moved = at === undefined || alone ? [] : draft!.credits.filter((_, i) => (draft!.bylinesAt?.[i] ?? -1) > at);
        if (moved.length > 0) draft!.credits = draft!.credits.filter((_, i) => (draft!.bylinesAt?.[i] ?? -1) <= at!);
        const done = draft && !alone ? [finish({ ...draft, body: at === undefined ? draft.body : draft.body.slice(0, at) })] : [];
        const first = at === undefined ? line : alone ? draft!.line : draft!.lastLine!;
        const credits = alone ? draft!.credits : moved;
        if (dateline) {
          draft = headline === undefined ? { line, body: [text], credits: [] } : { line: first, title: headline.trim(), body: [headline, text], credits };
          draft.lastLine = line;
          return done;
        }
        draft = headline !== undefined
          ? { line: first, kicker: kicker[1]!, title: headline.trim(), body: [headline], credits }
          : { line, kicker: kicker[1]!, body: [], credits: [] };
        draft.lastLine = line;
        const rest = (kicker[2] ?? '').trim();
        const split = options.splitDecks ? splitDeck(rest) : undefined;
        if (split) {
          draft.deck = split.deck;
          draft.body.push(split.body);
        } else if (rest) {
          draft.body.push(rest);
        }
        return done;
      }
      draft ??= { line, body: [], credits: [] };
      if (isCredit(trimmed)) {
        // A headline, then its byline: the first line was the title ("Taiwan to buy more U.S. LNG" / "By Chang Chien-chung").
        const written = draft.body.filter((b) => b.trim() !== '');
        if ((BYLINE.test(trimmed) || DESK_BYLINE.test(trimmed)) && draft.title === undefined && written.length === 1 && isHeadline(written[0]!.trim())) draft.title = written[0]!.trim();
        if (BYLINE.test(trimmed) || DESK_BYLINE.test(trimmed)) (draft.bylinesAt ??= [])[draft.credits.length] = draft.body.length;
        draft.credits.push(trimmed);
      } else {
        draft.body.push(text);
        draft.lastLine = line;
      }
      return [];
    },
    end() {
      releasePending();
      const done = draft ? [finish(draft)] : [];
      draft = undefined;
      if (!sawText) {
        done.push({
          error: {
            file: source, stage: 'segment', rule: 'empty-input', fatal: true,
            message: `${source}: no text to segment (the input is empty or only whitespace)`,
          },
        });
      }
      return done;
    },
  };
}

/** Segments a sequence of lines; see `createSegmenter`. */
export function* segmentLines(lines: Iterable<SourceLine>, source: string, options?: SegmentOptions): Generator<Segment> {
  const segmenter = createSegmenter(source, options);
  for (const line of lines) yield* segmenter.push(line);
  yield* segmenter.end();
}

function draftToSegment(draft: Draft, source: string, index: number): Segment {
  const id = `${source}#${index}`;
  const text = trimBlankLines(draft.body).join('\n');
  if (text.trim() === '') {
    return {
      error: {
        file: source, line: draft.line, articleId: id, stage: 'segment', rule: 'empty-article', fatal: true,
        message: `${source}:${draft.line}: article ${id}${draft.kicker ? ` (${draft.kicker})` : ''} has no body text`,
      },
    };
  }
  const article: Article = { id, source, index, text, credits: draft.credits, truncated: isTruncated(text), line: draft.line };
  if (draft.kicker !== undefined) article.kicker = draft.kicker;
  if (draft.deck !== undefined) article.deck = draft.deck;
  if (draft.title !== undefined) article.title = draft.title;
  // A headline on the first line, a blank line, then paragraphs: the headline is the title ("Taiwan, U.S. hold
  // economic dialogue" / "" / "Washington, Dec. 3 (CNA) …"), and stays the text's first line.
  else if (draft.kicker === undefined && draft.body.length > 2 && draft.body[1]!.trim() === '' && isHeadline(draft.body[0]!.trim()) &&
    draft.body.slice(2).some((b) => TERMINAL.test(trimClosers(b.trim())))) article.title = draft.body[0]!.trim();
  return { article };
}

function trimBlankLines(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return lines.slice(0, end);
}

// Words a deck cannot end on, or that glue a capitalized word into the running sentence.
const FUNCTION_WORDS = new Set(
  ('a an the of to in on at for with by from into onto about over under after before during against ' +
    'between among without within via per as than and or but nor so yet if that which who whom whose ' +
    'this these those his her its their our my your is are was were be been being am has have had do ' +
    'does did will would shall should can could may might must not no former then new mr ms dr')
    .split(' '),
);

const MIN_DECK_WORDS = 10;
const MIN_BODY_WORDS = 8;
const MIN_RUN_ON_WORDS = 30;

/**
 * Finds where a deck (sub-headline) runs into the body without punctuation, e.g.
 * "…leaking information to Chinese intelligence Democratic Progressive Party (DPP) member…".
 * Returns `{deck, body}` only when the first sentence is a run-on (≥ 30 words) and the first
 * lowercase content word followed by a capitalized word leaves ≥ 10 words of deck and ≥ 8 of body;
 * otherwise undefined (no split is better than a wrong one).
 */
export function splitDeck(line: string): { deck: string; body: string } | undefined {
  const words = [...line.matchAll(/\S+/gu)];
  const firstStop = words.findIndex((w) => TERMINAL.test(trimClosers(w[0])));
  const sentenceWords = firstStop === -1 ? words.length : firstStop + 1;
  if (sentenceWords < MIN_RUN_ON_WORDS) return undefined;
  for (let i = MIN_DECK_WORDS; i <= sentenceWords - MIN_BODY_WORDS; i++) {
    const previous = words[i - 1]![0];
    const next = words[i]![0];
    if (!/^\p{Ll}[\p{L}-]*$/u.test(previous) || FUNCTION_WORDS.has(previous)) continue;
    if (!/^\p{Lu}/u.test(next)) continue;
    const at = words[i]!.index!;
    return { deck: line.slice(0, at).trimEnd(), body: line.slice(at) };
  }
  return undefined;
}

/** Splits a whole text into lines (LF, CRLF or CR) and segments it. */
export function segmentText(text: string, source: string, options?: SegmentOptions): Segment[] {
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
  return [...segmentLines(lines, source, options)];
}
