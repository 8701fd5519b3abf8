import type { Article } from '../model/index.js';
import { datelineDateText, datelineDayText, isBarredMenu, isBiography, isCapitalizedLabel, isLabel, isMasthead, markCredit, isNameLine, isSectionName, isSectionPath, LEAD_TIME, MARKDOWN_STRONG_LINE, SITE_NAME, startsWithDateline, WITH_REPORTS } from './segment-lines.js';

// A draft is the article being read: its body lines, its credits and what is known of its header.

const CLOSER = /["'”’)\]»›\s」』）】〕》〉]/u;
// (And the full-width stops of Chinese and Japanese text, p86.)
// (And the Arabic question mark, the Urdu full stop and the Devanagari danda and double danda: p106 had called such stories cut.)
const TERMINAL = /[.!?…。！？؟۔।॥]$/u;

/**
 * Returns `text` without its closing quotes, brackets and spaces at the end. A scan back from the end:
 * a regex anchored at the end only is tried from every position, the square of a run of closers.
 */
function trimClosers(text: string): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && (CLOSER.test(text[end - 1]!) || INVISIBLE.test(text[end - 1]!))) end--;
    // A closing quote or a space written as an HTML reference: "… back down.&#8221;" (p126: read as a sentence cut off).
    const reference = text[end - 1] === ';' ? CLOSING_REFERENCE.exec(text.slice(Math.max(0, end - 10), end)) : null;
    if (reference === null) return text.slice(0, end);
    end -= reference[0].length;
  }
}
// Characters that show nothing at a paragraph's end: a zero-width space, a direction mark, a soft hyphen.
const INVISIBLE = /\p{Cf}/u;
const CLOSING_REFERENCE = /&(?:#8221|#x201[dD]|rdquo|#8217|#x2019|rsquo|quot|#34|#39|apos|nbsp|#160|raquo|#187);$/u;

// An obituary's closing facts, as the Guardian writes them: "…, singer and novelist, born 3 March 1945; died 12 December 2026".
const OBITUARY_FACTS = /(?:^|\n)[^\n]{0,300}\bborn (?:\d{1,2} \p{L}+|\p{L}+ \d{1,2},?) \d{4}; died (?:\d{1,2} \p{L}+|\p{L}+ \d{1,2},?) \d{4}$/u;

/** True when the text stops mid-sentence: after closing quotes and brackets, no terminal punctuation (an obituary's facts end it whole). */
export function isTruncated(full: string): boolean {
  // Closing HTML tags after the last sentence, as feeds export a body ("… on Monday.</p></div>", p98), end nothing.
  const text = full.endsWith('>') ? full.slice(-2000).replace(TRAILING_TAGS, '') : full;
  // An ellipsis at the very end is where a preview or a feed's excerpt stops: "… a digital asset hub…", "[...]".
  if (CUT_OFF.test(text.trimEnd().slice(-8))) return true;
  const trimmed = trimClosers(text);
  // A list's last item is finished, whatever its last character: "• Japan to supply five more vessels".
  if (LIST_ITEM_LINE.test(trimmed.slice(trimmed.lastIndexOf('\n') + 1, trimmed.lastIndexOf('\n') + 4))) return false;
  return trimmed.length > 0 && !TERMINAL.test(trimmed) && !OBITUARY_FACTS.test(trimmed.slice(-400));
}

const TRAILING_TAGS = /(?:\s*<\/?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,200})?\/?>)+\s*$/u;
const CUT_OFF = /(?:…|\.\.\.|\[(?:…|\.\.\.)\])$/u;
// A line that is a list's item: a bullet or a dash, then a space.
const LIST_ITEM_LINE = /^\s*[•·▪‣◦*–—-]\s/u;

// A credit after the last sentence, on its line: "… (SWS). – with reports from Jairo Bolledo/Rappler.com", "… – Rappler.com".
const TRAILING_CREDIT = new RegExp(String.raw`(?<=[.!?"”’)])[ \t]+[—–-]{1,2}[ \t]*(?:${WITH_REPORTS} [^!?\n]{1,120}|${SITE_NAME}(?:\/[\p{L}\p{N}-]+)?)$`, 'iu');

/** Where a site's sign-off after a line's last sentence starts (the space before its dash), or -1: "… in Cebu City. – Rappler.com". */
export function signOffAt(line: string): number {
  const tail = line.slice(-200);
  const match = TRAILING_CREDIT.exec(tail);
  return match ? line.length - tail.length + match.index : -1;
}

/** A body line of a draft, with its input line; `after` says what credit line stood right before it, if any. */
export interface BodyLine {
  text: string;
  line: number;
  after?: 'header' | 'credit';
}

/** A credit line; `at` is how many body lines came before it, `header` when it is part of an article's header (see `CreditKind`). */
export interface Credit {
  text: string;
  line: number;
  at: number;
  header: boolean;
}

export interface Draft {
  line: number;
  kicker?: string;
  deck?: string;
  /** The headline that starts the article (see `headerBlock`, `headlineBefore`); it stays in the body too. */
  title?: string;
  /** Never starts with a blank line. */
  body: BodyLine[];
  credits: Credit[];
  /** A body line ended a sentence: the article's header (headline, byline, timestamp…) is over. */
  hasSentence: boolean;
  /** A paywall prompt came: the text is cut off whatever its last line says. */
  paywalled?: boolean;
  /** UTF-16 units of the credits kept so far (`MAX_CREDIT_CHARS`), and whether a credit was left out past them. */
  creditChars?: number;
  creditsCut?: boolean;
  /**
   * UTF-8 bytes of the text of the body lines added so far, counted when a limit is set (`SegmentOptions.maxArticleBytes`):
   * the lines joined by line breaks, blank lines at its end aside (`blankLines`, counted once text follows them).
   */
  bytes?: number;
  blankLines?: number;
  /** The body passed the limit: later lines were not kept (one line stands for them), and the article is an `article-too-large` error. */
  oversized?: boolean;
  /** The last paragraph a wire's version note names ("(Adds … in paragraph 9)"): the story runs at least that far. */
  namedParagraphs?: number;
}

export function newDraft(line: number): Draft {
  return { line, body: [], credits: [], hasSentence: false };
}

// A blank body line is always '' (see `addBody`), so neither test reads a long line whole.
export const isBlank = (b: BodyLine): boolean => b.text === '';
export const endsSentence = (text: string): boolean => TERMINAL.test(trimClosers(text));

/**
 * Where the headline of the article a kicker or dateline line starts stands in the draft before it:
 * the draft's only line (a headline with no kicker), or, after a blank line, its last paragraph when
 * that is one headline line after a finished sentence or a blank line ("… said." / "PM Wong unveils
 * measures" / "" / "SINGAPORE: …"). Returns the index in `draft.body`, or undefined.
 */
export function headlineBefore(draft: Draft | undefined, afterBlank: boolean): number | undefined {
  if (draft === undefined || (draft.deck !== undefined && !draft.hasSentence)) return undefined;
  let k = draft.body.length - 1;
  while (k >= 0 && isBlank(draft.body[k]!)) k--;
  if (k < 0 || !isHeadline(draft.body[k]!.text.trim())) return undefined;
  const only = draft.body.slice(0, k).every(isBlank);
  if (only) return draft.kicker === undefined && (draft.title === undefined || draft.title === draft.body[k]!.text.trim()) ? k : undefined;
  const previous = draft.body[k - 1]!.text.trim();
  return afterBlank && (previous === '' || TERMINAL.test(trimClosers(previous))) ? k : undefined;
}

// A wire's headline with its version or kind before a hyphen: "FACTBOX-What is in the EU's 20th sanctions package?".
const WIRE_HEADLINE = /^(?:UPDATE \d{1,2}|WRAPUP \d{1,2}|CORRECTED|REFILE|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|EXPLAINER|PREVIEW|BREAKINGVIEWS|QUOTEBOX|TIMELINE|GRAPHIC)-\p{Lu}/u;

/** True for a wire's question headline over its dateline (p98: "FACTBOX-What is …?" had ended the story before). */
function isWireQuestion(line: string): boolean {
  return line.length <= 160 && line.endsWith('?') && WIRE_HEADLINE.test(line);
}

/** True for a headline: a short line without closing punctuation (a first paragraph ends its sentence). */
export function isHeadline(line: string): boolean {
  const trimmed = trimClosers(line);
  return line.length <= 160 && /\p{L}/u.test(line) && (!TERMINAL.test(trimmed) || endsInInitials(trimmed) || isWireQuestion(trimmed));
}

// "… after Lai's transit through U.S.": a headline's last word may be capitals with full stops.
const INITIALS_END = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}$/u;

/** True when a line ends in initials with full stops ("U.S.", "U.K."), which need not end a sentence. */
export function endsInInitials(line: string): boolean {
  return INITIALS_END.test(line);
}

/**
 * True for a line that reads as the headline of the paragraph under it, or of a standfirst with no closing
 * stop and the paragraph under that (see `draftToArticle`).
 */
function isHeadlineAbove(line: string, next: string, after?: string): boolean {
  const words = line.split(/\s+/u).length;
  if (words < 3 || words > 20 || /^(?:By|Photo|Source|Reporting)\b/u.test(line)) return false;
  if (!isHeadline(line) && !(line.endsWith('?') && line.length <= 160)) return false;
  const paragraph = (text: string | undefined) => text !== undefined && text.length > line.length && text.split(/\s+/u).length >= 12 && TERMINAL.test(trimClosers(text));
  return paragraph(next) || (next.length <= 320 && !TERMINAL.test(trimClosers(next)) && next.length > line.length && paragraph(after));
}

/** An article's header at the end of a draft: its section labels, its headline and the byline names under it (indexes into the body). */
export interface HeaderBlock {
  start: number;
  labels: number[];
  title: number;
  names: number[];
  /** The labels stand a blank line over the headline (`labelsOver`): a header credit a blank line over them is the page above's. */
  labelsApart?: boolean;
}

// The most lines a header may have before its byline or timestamp: two labels, the headline, a deck and a name.
const MAX_HEADER_LINES = 5;
// The most section labels over a headline: a site's menu pasted as lines ("World" / "Business" / "Markets" / "Sustainability" / …).
const MAX_LABELS = 8;
// No header line is longer (a deck is at most 300 characters): a longer line is a paragraph, and is not read whole.
const MAX_HEADER_LINE = 400;

/**
 * The header that the draft's last lines form, as a byline, a timestamp or a dateline follows them:
 * up to two section labels ("Business", "Asia-Pacific"), the headline (the first line of more than three
 * words), at most one deck under it, and writers' or a publication's names ("Josh Taylor"). The header
 * stands after a blank line, a credit or a finished sentence. Returns undefined when the last lines are
 * no header (a paragraph, a truncated sentence).
 */
export function headerBlock(draft: Draft, isPlace?: (name: string) => boolean, byline = false): HeaderBlock | undefined {
  const body = draft.body;
  let k = body.length - 1;
  while (k >= 0 && isBlank(body[k]!)) k--;
  if (k < 0 || body[k]!.text.length > MAX_HEADER_LINE) return undefined;
  let j = k;
  while (j > 0 && k - j < MAX_HEADER_LINES - 1 && !isBlank(body[j - 1]!) && body[j]!.after === undefined && body[j - 1]!.text.length <= MAX_HEADER_LINE) j--;
  // (And more labels over them, a menu's: "Al Jazeera" / "News" / "Features" / "Opinion" / "Sport" / "War in Sudan" / headline / "Published On …".)
  for (let extra = 0; extra < MAX_LABELS - 2 && j > 0 && !isBlank(body[j - 1]!) && body[j]!.after === undefined && isLabel(body[j - 1]!.text.trim()); extra++) j--;
  for (let s = j; s <= k; s++) {
    // Right under a byline or timestamp is the article's own text (a live blog's entry: "2:15 p.m. ET" / "Red Cross says …"),
    // but for a headline alone between a timestamp and a byline: "Updated 1 hour ago" / "Nvidia's Huang says …" / "By …", or a
    // headline and its deck, neither ending a sentence ("Sat, Dec 12, 2026 page 3" / "Recall vote …" / "CEC approves petition: …" /
    // "By Chen Yun / Staff reporter", as the Taipei Times pastes; p131: the section's label "Politics" had been the title).
    if (body[s]!.after === 'header' && !(byline && !endsSentence(body[s]!.text) && (s === k || (s === k - 1 && !endsSentence(body[k]!.text) && isHeaderDeckLine(body[k]!.text.trim()))))) continue;
    const bounded = s === 0 || isBlank(body[s - 1]!) || body[s]!.after !== undefined || endsSentence(body[s - 1]!.text) || isMastheadOverLabel(body, s, k) ||
      (s === j && menuOver(body, j));
    const block = bounded ? parseHeader(body.slice(s, k + 1).map((b) => b.text.trim()), s, isPlace) : undefined;
    if (block) return withHeadlineAbove(body, block, draft.credits);
  }
  return undefined;
}

/**
 * True when a longer menu of labels runs on over the header's labels at body line `j`, up to `MAX_MENU_LINES` lines, to the draft's start,
 * a blank line, a credit or a finished sentence: the page starts there, and `startAtHeader` takes the menu with it (p143: the Guardian's
 * 16 labels over its headline had left that page the BBC story's text).
 */
function menuOver(body: BodyLine[], j: number): boolean {
  let top = j;
  while (top > 0 && j - top < MAX_MENU_LINES && !isBlank(body[top - 1]!) && body[top]!.after === undefined && isCapitalizedLabel(body[top - 1]!.text.trim())) top--;
  if (top === j || (top > 0 && j - top >= MAX_MENU_LINES)) return false;
  return top === 0 || isBlank(body[top - 1]!) || body[top]!.after !== undefined || endsSentence(body[top - 1]!.text);
}

/**
 * The header a section's label forms over a timestamp or byline and the headline under it ("Society" / "12/03/2026 04:51 PM" / "Typhoon
 * Fung-wong forces evacuation …", as Focus Taiwan pastes a page, a dateline or byline next): the label (capitalized, at most three words,
 * no stop) under the draft's start, a blank line, a credit or a finished sentence, only header credits between it and the headline (the
 * draft's last line, or body line `title`), a headline of more than three words. Returns undefined when the lines are no such header.
 */
export function labelOverStamp(draft: Draft, title?: number): HeaderBlock | undefined {
  const body = draft.body;
  let k = title ?? body.length - 1;
  while (title === undefined && k >= 0 && isBlank(body[k]!)) k--;
  if (k < 1) return undefined;
  // (The label may stand a blank line over the timestamp or the headline, as a browser pastes Focus Taiwan's page: "Politics" / "" /
  // "12/03/2026 05:48 PM" / "" / headline; p139: the label had been the title.)
  const l = isBlank(body[k - 1]!) ? k - 2 : k - 1;
  if (l < 0 || isBlank(body[l]!) || (body[k]!.after !== 'header' && !(l === k - 2 && body[k - 1]!.after === 'header'))) return undefined;
  const headline = body[k]!.text.trim();
  const label = body[l]!.text.trim();
  if (headline.split(/\s+/u).length <= 3 || !/^\p{Lu}/u.test(headline) || !isHeadline(headline) || isNameLine(headline) || !isCapitalizedLabel(label)) return undefined;
  // (Read back from the last credit: those between the two lines are the last ones but the header's.)
  for (let c = draft.credits.length - 1; c >= 0 && draft.credits[c]!.at > l; c--) if (draft.credits[c]!.at <= k && !draft.credits[c]!.header) return undefined;
  const bounded = l === 0 || isBlank(body[l - 1]!) || body[l]!.after !== undefined || endsSentence(body[l - 1]!.text);
  return bounded ? { start: l, labels: [l], title: k, names: [] } : undefined;
}

/**
 * True when body line `s` is the next page's masthead over its section label and headline ("Korea Herald" / "Business › Economy" / "BOK
 * holds rate …", then the byline): the outlet's name, or a name line of at most four words, over a capitalized label and a headline of more
 * than three words. The page starts there whatever ends above it (p134 r07: a site's prompt with no stop above it had merged the two stories).
 */
function isMastheadOverLabel(body: BodyLine[], s: number, k: number): boolean {
  if (s + 2 > k) return false;
  const line = body[s]!.text.trim();
  const label = body[s + 1]!.text.trim();
  // (A headline of more than three words under the label: a menu's entries are no page, "Taiwan News" / "Business" / "Editorials", p133.)
  return line.length <= 40 && line.split(' ').length <= 4 && (isMasthead(line) || isNameLine(line)) && isCapitalizedLabel(label) &&
    body[s + 2]!.text.trim().split(/\s+/u).length > 3;
}

/**
 * A block of byline names only ("Emma Graney Calgary" / "Marieke Walsh Ottawa") under a headline one blank
 * line above it, after finished text or at the start: the headline is the block's title, the lines names. The
 * headline may have its section labels over it and its deck under it ("Business" / "SBP cuts policy rate …" / "" /
 * "Shahid Iqbal", as Dawn pastes it). A deck alone under a labelled headline one blank line above it is that
 * headline's ("Politics" / "China sends 31 military aircraft …" / "" / "MND says PLA balloon …" / "" / "By …", as
 * Taiwan News pastes it; p129: the deck had been the title, the headline the story before's end).
 */
function withHeadlineAbove(body: BodyLine[], block: HeaderBlock, credits: Credit[]): HeaderBlock {
  const s = block.start;
  const lines = body.slice(s, body.length).filter((b) => !isBlank(b)).map((b) => b.text.trim());
  if (block.labels.length > 0 || s < 2 || !isBlank(body[s - 1]!)) return block;
  const names = lines.every(isNameLine);
  const deck = !names && lines.length === 1 && block.names.length === 0 && isHeaderDeckLine(lines[0]!) && !endsSentence(lines[0]!);
  if (!names && !deck) return labelledHeadline(body, block, credits);
  // (Names may stand under the deck a blank line under a labelled headline: "Europe" / "" / headline / "" / deck / "" / "Tom Watling" / "" /
  // timestamp, as the Independent pastes a page; p136 r07: the masthead over the labels had been the title.)
  const above = headerAbove(body, s - 2) ?? (names ? deckOverNames(body, s) : undefined);
  if (above === undefined || isNameLine(body[above.title]!.text.trim()) || (deck && (above.labels.length === 0 || above.title !== s - 2))) return labelledHeadline(body, block, credits);
  const moved: number[] = [];
  for (let i = s; i < body.length; i++) if (names && !isBlank(body[i]!)) moved.push(i);
  return { start: above.start, labels: above.labels, title: above.title, names: moved, ...(above.labelsApart === true && { labelsApart: true }) };
}

/**
 * The header `block` with the section labels a blank line over its headline, when it opens on its headline and two to eight labels stand
 * there (`labelsOver`) right under a credit, the page's masthead: "INQUIRER.NET" / "NEWSINFO" / "Regions" / "" / headline / "" / "By: …", as
 * the Inquirer pastes a page under the story above (p139: the labels had been that story's last lines once its byline was read as one).
 * Labels under a blank line are a menu's, read by `menuBlockAbove`, or the story above's.
 */
function labelledHeadline(body: BodyLine[], block: HeaderBlock, credits: Credit[]): HeaderBlock {
  const s = block.start;
  if (s !== block.title || s < 3 || !isBlank(body[s - 1]!)) return block;
  const top = labelsOver(body, s - 1);
  // (The masthead right over the first label, no blank line between; read back from the last credit only as far as the labels.)
  let masthead = false;
  for (let c = credits.length - 1; top !== undefined && c >= 0 && credits[c]!.at >= top; c--) if (credits[c]!.at === top && credits[c]!.line === body[top]!.line - 1) masthead = true;
  if (top === undefined || !masthead) return block;
  const labels: number[] = [];
  for (let i = top; i < s - 1; i++) if (!isBlank(body[i]!)) labels.push(i);
  return { ...block, start: top, labels, labelsApart: true };
}

/** The labelled header whose headline stands a blank line over a deck that stands a blank line over body line `s`, or undefined. */
function deckOverNames(body: BodyLine[], s: number): HeaderBlock | undefined {
  if (s < 5 || !isBlank(body[s - 1]!) || !isBlank(body[s - 3]!)) return undefined;
  const deck = body[s - 2]!.text.trim();
  if (!isHeaderDeckLine(deck) || endsSentence(deck)) return undefined;
  const above = headerAbove(body, s - 4);
  return above !== undefined && above.labels.length > 0 && above.title === s - 4 ? above : undefined;
}

/**
 * The header whose last line is body line `end`, over a blank line: labels, a headline and its deck (`parseHeader`, no names),
 * at the draft's start or under a blank line after finished text, or under a credit. Returns undefined when there is none.
 */
function headerAbove(body: BodyLine[], end: number): HeaderBlock | undefined {
  let top = end;
  while (top > 0 && end - top < MAX_HEADER_LINES - 1 && !isBlank(body[top - 1]!) && body[top]!.after === undefined && body[top - 1]!.text.length <= MAX_HEADER_LINE) top--;
  for (let s = top; s <= end; s++) {
    // (Or under its labels a blank line above it: "Taiwan" / "Politics" / "" / headline / "" / deck / "" / byline, as Taiwan News pastes a
    // page; p133 r05: the deck had been the title, the headline the story above's last line.)
    const labelsTop = s > 0 && isBlank(body[s - 1]!) ? labelsOver(body, s - 1) : undefined;
    const bounded = s === 0 || body[s]!.after !== undefined || (isBlank(body[s - 1]!) && (s === 1 || endsSentence(body[s - 2]!.text))) || labelsTop !== undefined;
    const block = bounded ? parseHeader(body.slice(s, end + 1).map((b) => b.text.trim()), s) : undefined;
    if (block !== undefined && block.names.length === 0 && block.labels.length === 0 && labelsTop !== undefined) {
      const labels: number[] = [];
      for (let i = labelsTop; i < s - 1; i++) if (!isBlank(body[i]!)) labels.push(i);
      return { ...block, start: labelsTop, labels, labelsApart: true };
    }
    if (block !== undefined && block.names.length === 0) return block;
  }
  return undefined;
}

/**
 * Where a run of two to eight section labels (capitalized, at most three words, no stop) ends right over body line `blank`, a blank
 * line, starts, when the draft's start, a blank line, a credit or a finished sentence stands over it; else undefined. The run may be
 * stacked paragraphs of labels a blank line apart, as a page pastes its masthead, its menu and its section ("Nikkei Asia" / "" /
 * "Politics" / "Business" / "" / "Japan-China tensions"; p136 r03: the headline under them had ended the story above).
 */
function labelsOver(body: BodyLine[], blank: number): number | undefined {
  let top = blank;
  let labels = 0;
  for (let paragraphs = 0; paragraphs < MAX_LABEL_PARAGRAPHS; paragraphs++) {
    let k = top;
    while (k > 0 && labels + top - k < MAX_LABELS && !isBlank(body[k - 1]!) && isCapitalizedLabel(body[k - 1]!.text.trim())) k--;
    // (A paragraph counts whole or not at all: a story's last line over a label is no label's.)
    if (k === top || (k > 0 && !isBlank(body[k - 1]!) && !endsSentence(body[k - 1]!.text) && body[k]!.after === undefined)) break;
    labels += top - k;
    top = k;
    if (k < 2 || !isBlank(body[k - 1]!) || isBlank(body[k - 2]!) || !isCapitalizedLabel(body[k - 2]!.text.trim())) break;
    top = k - 1;
  }
  if (labels < 2) return undefined;
  while (isBlank(body[top]!)) top++;
  return top === 0 || isBlank(body[top - 1]!) || body[top]!.after !== undefined || endsSentence(body[top - 1]!.text) ? top : undefined;
}

/**
 * Where a site's menu at the draft's end starts, as a lone kicker and its headline come under it ("The Kyiv Independent" / "News Feed" /
 * "Ukraine" / … / "" / "UKRAINE WAR LATEST" / headline): the draft's last paragraphs, labels only (`labelsOver`), two or more where they
 * are the whole draft, three or more under a story. Returns undefined when the draft does not end so.
 */
export function menuAtEnd(draft: Draft): number | undefined {
  const body = draft.body;
  if (body.length < 3 || !isBlank(body[body.length - 1]!)) return undefined;
  const top = labelsOver(body, body.length - 1);
  // (Or a masthead over its menu on one line, a credit: "Radio Free Asia" / "Home | China | Myanmar | …", under the story above.)
  if (top === undefined) return mastheadOverBarredMenu(draft, body.length - 2) ? body.length - 2 : undefined;
  if (top === 0) return top;
  let labels = 0;
  for (let i = top; i < body.length; i++) if (!isBlank(body[i]!)) labels++;
  return labels >= 3 ? top : undefined;
}

/** True when body line `k` is a site's name (at most four capitalized words) right over its menu on one line, under a blank line, a finished sentence or nothing. */
function mastheadOverBarredMenu(draft: Draft, k: number): boolean {
  const line = k >= 0 ? draft.body[k]!.text.trim() : '';
  if (line === '' || line.length > 40 || line.split(' ').length > 4 || !isNameLine(line)) return false;
  if (!draft.credits.some((c) => c.at === k + 1 && isBarredMenu(c.text))) return false;
  return k === 0 || isBlank(draft.body[k - 1]!) || endsSentence(draft.body[k - 1]!.text);
}

// The most paragraphs of labels stacked over a headline: a masthead, a menu, a section.
const MAX_LABEL_PARAGRAPHS = 4;

/** Reads `lines` (starting at body index `start`) as labels, a headline, a deck and names; see `headerBlock`. */
function parseHeader(lines: string[], start: number, isPlace?: (name: string) => boolean): HeaderBlock | undefined {
  const long = (line: string): boolean => line.split(' ').length > 3 && !isSectionPath(line);
  let t = lines.findIndex((line, i) => i < 3 && long(line));
  // A headline of three words or fewer under two labels, over its deck: "Film" / "Obituary" / "Edmund Yeung obituary" / "Hong Kong director …"
  // (p129). A headline in sentence case has a word in lower case; a section's label capitalizes its words ("War in Sudan").
  if (t < 0 && lines.length > 3 && long(lines[3]!) && !isNameLine(lines[2]!) && !isTitleCase(lines[2]!)) t = 2;
  // Three to eight labels, a site's menu pasted as lines, over the headline ("Taiwan" / "Politics" / "Business" / headline; p131: no title).
  if (t < 0) t = lines.findIndex((line, i) => i < MAX_LABELS + 1 && long(line));
  if (t < 0) t = 0;
  // (A section's name alone is a label, not the headline: "Politics" / "Sat, Dec 12, 2026 page 3" / headline, as the Taipei Times pastes; p131.)
  // (Nor is a tag in lower case: "local elections" / "Huang Kuo-chang" / "Updated : …", a story's tags over its timestamp; p137: an article titled by the tag.)
  // (Nor a page's path of sections: "Home / Taiwan News" / "Sat, Dec 05, 2026 page3" / headline, as the Taipei Times pastes; p139: the title.)
  // (Nor a line that ends in a colon, which opens what follows: a live blog's "Here’s the latest:" over its first entry's time; p141: the blog's
  // second half, titled so.)
  if (!lines.slice(0, t).every(isLabel) || !isHeadline(lines[t]!) || isSectionName(lines[t]!) || isSectionPath(lines[t]!) || isLowerCaseTag(lines[t]!) || /[:：]$/u.test(lines[t]!)) return undefined;
  const names: number[] = [];
  let decks = 0;
  for (let i = t + 1; i < lines.length; i++) {
    if (isNameLine(lines[i]!)) names.push(start + i);
    // A deck stands right under the headline and may end its sentence ("Turnout expected to be low …"); a dateline opens the story.
    // A second deck line may follow it where neither ends a sentence, as Bloomberg sets its two summary lines ("Samsung shares jump
    // most in three months" / "Korean chipmaker to supply memory …"; p128: the page had no title).
    else if (i !== t + 1 + decks || lines[i]!.length > 300 || ++decks > 2 || (decks === 2 && (endsSentence(lines[i - 1]!) || endsSentence(lines[i]!))) ||
      startsWithDateline(lines[i]!, isPlace)) return undefined;
  }
  return { start, labels: lines.slice(0, t).map((_, i) => start + i), title: start + t, names };
}

/**
 * True for a short line in lower case, as a page lists a story's tags ("local elections", "bribery"): no headline of three words or fewer
 * is written so ("eBay sues Amazon" has its capitals).
 */
function isLowerCaseTag(line: string): boolean {
  return /^\p{Ll}/u.test(line) && !/\p{Lu}/u.test(line) && line.split(' ').length <= 3;
}

// The most tag lines read back from a story's end.
const MAX_TAGS = 8;

/** True for a tag line under a story: at most four words and 40 characters, with a letter, no stop or colon at its end, no dateline. */
function isTagLine(line: string): boolean {
  return line.length <= 40 && line.split(' ').length <= 4 && /\p{L}/u.test(line) && !endsSentence(line) && !line.endsWith(':') && !startsWithDateline(line);
}

/**
 * Moves a story's tags at the draft's end to the credits: two to eight short lines with no stop, one under the other, at least one of them
 * in lower case (a label, a name or a headline opens with a capital), right under a credit or a blank line under the story's last sentence
 * ("Keelung Harbor. (Taiwan News, Lyla Liu photo)" / "corruption" / "bribery", as Taiwan News pastes them; p137: they had been the story's
 * last lines and marked it truncated). Returns the draft.
 */
export function creditTagLines(draft: Draft): Draft {
  const body = draft.body;
  if (!draft.hasSentence) return draft;
  let end = body.length - 1;
  while (end >= 0 && isBlank(body[end]!)) end--;
  let k = end;
  let lower = false;
  while (k > 0 && end - k < MAX_TAGS && !isBlank(body[k]!) && isTagLine(body[k]!.text.trim())) {
    if (isLowerCaseTag(body[k]!.text.trim())) lower = true;
    k--;
  }
  const first = k + 1;
  if (end - k < 2 || !lower || (body[first]!.after === undefined && !isBlank(body[k]!))) return draft;
  const above = isBlank(body[k]!) ? body[k - 1] : body[k];
  if (above === undefined || !endsSentence(above.text)) return draft;
  const moved = new Set<number>();
  for (let i = first; i <= end; i++) moved.add(i);
  return creditBodyLines(draft, moved, false);
}

// The small words a title-case label leaves in lower case ("War in Sudan", "Law and Crime").
const TITLE_CASE_SMALL = new Set('a an and as at by for from in of on or the to with vs'.split(' '));

/** True for a line whose words are all capitalized but the small ones ("War in Sudan", "Middle East"). */
export function isTitleCase(line: string): boolean {
  return line.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_CASE_SMALL.has(w));
}

/**
 * Moves the body lines at `moved` to the credits, in input order, and drops the one at `dropped` (a kicker
 * now held in `kicker`); blank lines left first or doubled go too. Returns the draft.
 */
function creditBodyLines(draft: Draft, moved: Set<number>, header: boolean, dropped = -1): Draft {
  const body: BodyLine[] = [];
  const credits: Credit[] = [];
  let c = 0;
  let after: BodyLine['after'];
  const credit = (added: Credit): void => {
    credits.push(added);
    after = added.header ? 'header' : 'credit';
  };
  for (let i = 0; i <= draft.body.length; i++) {
    while (c < draft.credits.length && draft.credits[c]!.at <= i) credit({ ...draft.credits[c++]!, at: body.length });
    if (i === draft.body.length) break;
    const b = draft.body[i]!;
    if (moved.has(i)) {
      credit({ text: b.text.trim(), line: b.line, at: body.length, header });
    } else if (i !== dropped && !(isBlank(b) && (body.length === 0 || isBlank(body[body.length - 1]!)))) {
      const { after: own, ...line } = b;
      body.push({ ...line, ...((after ?? own) !== undefined && { after: after ?? own }) });
      after = undefined;
    }
  }
  draft.body = body;
  draft.credits = credits;
  return draft;
}

/**
 * Moves the name lines under a draft's headline to the credits while the draft is still a header (no
 * sentence yet): "Emma Graney Calgary" / "Marieke Walsh Ottawa" above "Published …", "Baqir Sajjad Syed |
 * Tahir Khan". Returns the draft.
 */
export function creditHeaderNames(draft: Draft): Draft {
  if (draft.hasSentence) return draft;
  // The names stand right under the headline: a listing page's headlines without a sentence (an author's archive)
  // are no header, and reading the whole draft at each of its bylines had cost the square of its length.
  const names = new Set<number>();
  const header = Math.min(draft.body.length, 2 * MAX_HEADER_LINES);
  for (let i = 1; i < header; i++) {
    const b = draft.body[i]!;
    if (!isBlank(b) && isNameLine(b.text.trim())) names.add(i);
  }
  return names.size === 0 ? draft : creditBodyLines(draft, names, true);
}

/**
 * Moves a page's menu over a header to the credits: section labels alone ("World" / "Business" / "Markets"), the draft's only lines
 * before the header's `start`, none a sentence (p129: "World" had been a Reuters story's title). Returns the draft's header after the
 * move, or undefined (and the draft unchanged) when the lines before it are no menu.
 */
export function creditMenuAbove(draft: Draft, block: HeaderBlock, isPlace?: (name: string) => boolean, byline = false): HeaderBlock | undefined {
  // (A sentence in the header itself, its deck's, leaves the lines above it a menu: "Al Jazeera" / "Skip links" / "Skip to Content" / label /
  // headline / deck / "Published On …"; p134 r08: the line no rule knew had been an article of its own, untitled and truncated.)
  if ((draft.hasSentence && (draft.title !== undefined || draft.kicker !== undefined)) || block.start === 0 || block.start > 2 * MAX_HEADER_LINES) return undefined;
  const menu = draft.body.slice(0, block.start);
  if (!menu.every((b) => isBlank(b) || isLabel(b.text.trim()))) return undefined;
  creditBodyLines(draft, new Set(menu.flatMap((b, i) => (isBlank(b) ? [] : [i]))), false);
  return headerBlock(draft, isPlace, byline);
}

/**
 * Makes `block`, the header at the end of `draft`, the start of an article: its labels the kicker (the last)
 * and credits, its headline the title, its names credits. When text came before the header, returns that
 * text as the finished draft and the header as the new one; else the header is the draft's own (when it has
 * no title yet) and nothing is finished.
 */
export function startAtHeader(draft: Draft, block: HeaderBlock): { finished?: Draft; next: Draft } {
  let s = block.start;
  const title = draft.body[block.title]!.text.trim();
  // (Its names are credits all the same, under a headline a lone kicker titled: "TURKISH ECONOMY" / headline / "ANKARA" / "Hürriyet Daily
  // News" / "Published …"; p130: a place and an organization of the story.)
  if (s === 0 && (draft.title !== undefined || draft.kicker !== undefined || draft.deck !== undefined)) {
    return { next: block.names.length > 0 && draft.title === title ? creditBodyLines(draft, new Set(block.names), true) : draft };
  }
  // A header credit right above the headline is the new article's: "Updated 1 hour ago" / "Nvidia's Huang says …" / "By …". So are
  // a page's masthead right above its menu and headline and the credits after it ("Taiwan News" / "Taiwan" / "Politics" / headline;
  // p131: the masthead had been a credit of the story above), and its menu on one line with the credits after it (p132).
  const masthead = s > 0 ? draft.credits.findIndex((c) => c.at === s && !c.header && (isMasthead(c.text) || isBarredMenu(c.text))) : -1;
  // The site's name on its own line right over that menu is its masthead too, when the text above it ended ("The Kyiv Independent" /
  // "News Feed | Ukraine | …", "Rappler" / "Philippines | Nation | …"; p132: it had ended the story above, or been an article alone).
  const named = masthead >= 0 && isMastheadName(draft, s, draft.credits[masthead]!.text);
  if (named) s--;
  // A site's menu pasted as a block of labels a blank line over the headline is the new page's too (p133 r06: Bloomberg's "Markets" /
  // "Economics" / … over the next page's headline had been the story above's last lines, "Economics" an organization of it).
  // So is one right over the header with no blank line between, where a credit or the header's own labels stopped the header's reach
  // ("Al Jazeera" / "Skip to Content" / "News" / "Middle East" / … / "More" / "Live" / "News|Sudan war" / headline; p135: the menu had been the
  // story above's last lines and marked it truncated).
  const blockTop = masthead < 0 && block.labels.length === 0 ? menuBlockAbove(draft, s) : s;
  const menuTop = masthead < 0 && blockTop === s ? menuRunAbove(draft, s, block.labels.length) : blockTop;
  const menu: number[] = [];
  for (let i = menuTop; i < s; i++) if (!isBlank(draft.body[i]!)) menu.push(i);
  s = menuTop;
  const next = s === 0 ? draft : newDraft(draft.body[s]!.line);
  const apart = (c: Credit): boolean => block.labelsApart === true && c.line < draft.body[s]!.line - 1;
  // (Labels a blank line over the headline take the credit right over them, their masthead: "INQUIRER.NET" / "NEWSINFO" / "Regions" / "" / headline.)
  // A menu takes the credits right over its first line that a menu has, a masthead or a label ("Taiwan News"), not the story above's last
  // furniture ("Subscribe to …" / "Copyright © 2026 Taiwan News." / "Taiwan News" / menu; p136: a newsletter field read as a credit had given
  // the story above's credits to the next page).
  let menuFrom = draft.credits.length;
  while (menu.length > 0 && menuFrom > 0 && draft.credits[menuFrom - 1]!.at >= s && (draft.credits[menuFrom - 1]!.at > s || isMenuCredit(draft.credits[menuFrom - 1]!.text))) menuFrom--;
  const moves = (c: Credit, i: number): boolean => c.at > s || (c.at === s && (((c.header || block.labelsApart === true) && !apart(c)) || (menu.length > 0 && i >= menuFrom) || (masthead >= 0 && i >= masthead)));
  if (s > 0) {
    next.body = draft.body.slice(s);
    next.credits = draft.credits.filter(moves).map((c) => ({ ...c, at: c.at - s }));
  }
  const shift = (i: number): number => i - s;
  const labels = block.labels.map(shift);
  const kicker = labels.pop();
  if (kicker !== undefined) next.kicker = next.body[kicker]!.text.trim();
  creditBodyLines(next, new Set([...labels, ...block.names.map(shift), ...menu.map(shift), ...(named ? [0] : [])]), true, kicker);
  next.title = title;
  next.hasSentence = next.body.some((b) => endsSentence(b.text));
  if (s === 0) return { next };
  const finished = { ...draft, body: draft.body.slice(0, s), credits: draft.credits.filter((c, i) => !moves(c, i)) };
  // Credits are in input order: the first came first.
  next.line = Math.min(next.line, next.credits[0]?.line ?? next.line);
  return { finished, next };
}

/** True for a credit that a menu pasted as lines holds: the site's name or a label ("Taiwan News", "Live", "Subscribe"). */
function isMenuCredit(text: string): boolean {
  return isMasthead(text) || isCapitalizedLabel(text) || isBarredMenu(text);
}

/**
 * Where a site's menu pasted as lines starts, a blank line over the header at body line `s`: 5 to 24 lines of labels (capitalized, at
 * most three words, no stop) and credits ("Bloomberg" / "Markets" / "Economics" / … / "Subscribe" / "Economics"), at least three of them
 * labels, under a blank line or a finished sentence. Returns `s` when there is none.
 */
function menuBlockAbove(draft: Draft, s: number): number {
  if (s < 3 || !isBlank(draft.body[s - 1]!)) return s;
  let top = s - 1;
  while (top > 0 && s - top <= MAX_MENU_LINES && !isBlank(draft.body[top - 1]!) && isCapitalizedLabel(draft.body[top - 1]!.text.trim())) top--;
  const labels = s - 1 - top;
  if (labels < 3 || (top > 0 && !isBlank(draft.body[top - 1]!) && !endsSentence(draft.body[top - 1]!.text))) return s;
  const credits = draft.credits.filter((c) => c.at >= top && c.at <= s - 1).length;
  return labels + credits >= MIN_MENU_LINES && labels + credits <= MAX_MENU_LINES ? top : s;
}

/**
 * Where a site's menu pasted as lines starts right over the header at body line `s`, no blank line between them: 3 or more labels
 * (capitalized, at most three words, no stop) that are, with the credits among them and the header's own labels (`below`), 5 to 24 lines,
 * under a blank line, a finished sentence or the draft's start. Returns `s` when there is none.
 */
function menuRunAbove(draft: Draft, s: number, below: number): number {
  if (s < 3 || isBlank(draft.body[s - 1]!)) return s;
  let top = s;
  while (top > 0 && s - top < MAX_MENU_LINES && !isBlank(draft.body[top - 1]!) && isCapitalizedLabel(draft.body[top - 1]!.text.trim())) top--;
  const labels = s - top;
  if (labels < 3 || (top > 0 && !isBlank(draft.body[top - 1]!) && !endsSentence(draft.body[top - 1]!.text))) return s;
  let credits = 0;
  for (let c = draft.credits.length - 1; c >= 0 && draft.credits[c]!.at >= top; c--) if (draft.credits[c]!.at <= s) credits++;
  // (The header's own labels under it are the menu's too: "The Guardian" / "News" / "Opinion" / "Sport" over eight more, p143.)
  return labels + credits + below >= MIN_MENU_LINES && labels + credits <= MAX_MENU_LINES ? top : s;
}

/**
 * True when the line right above a header's menu (`menu`, a credit at `s`) is a site's name: a short line of capitalized words with
 * no text above it but a finished sentence or a blank line, as a page pastes its masthead.
 */
function isMastheadName(draft: Draft, s: number, menu: string): boolean {
  if (s < 1 || !isBarredMenu(menu) || draft.credits.find((c) => c.at === s)?.text !== menu) return false;
  const line = draft.body[s - 1]!.text.trim();
  if (line === '' || line.length > 40 || line.split(' ').length > 4 || !isNameLine(line)) return false;
  const above = draft.body[s - 2];
  return above === undefined || isBlank(above) || endsSentence(above.text);
}

// The most lines of a newsletter's box between its "Sign up to …" and its end mark: a blurb and its privacy notice.
const MAX_NEWSLETTER_BOX_LINES = 3;

/**
 * Moves the lines of a newsletter's box at the draft's end to the credits, as its end mark comes ("Sign up to This is Europe" / blurb /
 * "Privacy Notice: …" / "after newsletter promotion"; p143: the blurb and the notice, too long for a furniture line, had stayed the story's
 * text, "Europeans" and "Google" its names): one to three lines with no blank line, right under the box's "Sign up" credit. Returns the
 * draft.
 */
export function creditNewsletterBox(draft: Draft): Draft {
  const last = draft.credits[draft.credits.length - 1];
  const n = draft.body.length - (last?.at ?? 0);
  if (last === undefined || n < 1 || n > MAX_NEWSLETTER_BOX_LINES || !/^sign up (?:to|for) /iu.test(last.text)) return draft;
  const box = draft.body.slice(last.at);
  if (box.some(isBlank)) return draft;
  draft.body.length = last.at;
  draft.credits.push(...box.map((b) => ({ text: b.text.trim(), line: b.line, at: last.at, header: false })));
  return draft;
}

/**
 * A dateline paragraph with no header before it starts the next article after a finished one: the
 * header credits (byline, timestamp) since the last text go with it. Returns both drafts.
 */
export function startAtDateline(draft: Draft, line: number): { finished: Draft; next: Draft } {
  const end = draft.body.length - (isBlank(draft.body[draft.body.length - 1]!) ? 1 : 0);
  const moves = (c: Credit): boolean => c.header && c.at >= end;
  const next = newDraft(line);
  next.credits = draft.credits.filter(moves).map((c) => ({ ...c, at: 0 }));
  next.line = Math.min(line, next.credits[0]?.line ?? line);
  return { finished: { ...draft, credits: draft.credits.filter((c) => !moves(c)) }, next };
}

/**
 * Moves a writer's biography at the draft's end to the credits ("Jane Doe is a reporter covering …",
 * with the name line above it), never the draft's first line of text. Returns the draft.
 */
export function creditBiographies(draft: Draft): Draft {
  const moved = new Set<number>();
  const first = draft.body.findIndex((b) => !isBlank(b));
  let below: number | undefined;
  for (let k = draft.body.length - 1; k > first; k--) {
    const text = draft.body[k]!.text.trim();
    if (text === '') {
      below = undefined;
    } else if (isBiography(text)) {
      moved.add(k);
      below = k;
    } else if (below === k + 1 && isNameLine(text)) {
      moved.add(k);
      below = undefined;
    } else {
      break;
    }
  }
  return moved.size > 0 ? creditBodyLines(draft, moved, false) : draft;
}

/** `f(value)` where value is defined. */
function mapDefined<T, U>(value: T | undefined, f: (value: T) => U | undefined): U | undefined {
  return value === undefined ? undefined : f(value);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
// "October 31, 2025", "Nov. 20, 2025"; "12 Nov 2025". A month written as a word: "12/11/2025" is read two ways (`NUMERIC_DATE`).
// (In capitals too, as Singapore's and Indian pages print them: "PUBLISHED DEC 5, 2026, 08:14 AM", p101.)
// (The day may have its ordinal's letters: "Wednesday, December 16th 2026", "16th December 2026"; p130: no date.)
const MONTH_DAY_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])${MONTH} (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)`, 'iu');
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\d{4})(?!\d)`, 'iu');

// ISO 8601's year first, "2026-12-05" (or "2026-12-05T10:00:00Z"): read one way only.
// Also with slashes or dots, year first ("2026/12/05 10:14", "2026.12.02", p137), and as Chinese and Japanese write it ("2026年12月5日").
const ISO_DATE = /(?<![\p{L}\p{N}\/.-])(\d{4})(?:-(\d{2})-(\d{2})|\/(\d{2})\/(\d{2})|\.(\d{1,2})\.(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?![\p{N}\/])/u;

const NUMERIC_DATE = /(?<![\p{L}\p{N}/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{N}/])/u;
// A month and day as a dateline writes them, the year left out ("Dec. 3", "3 Dec"): the hint that reads a numeric date one way.
const HINT_MONTH_DAY = new RegExp(String.raw`^,? ?(?:${MONTH} (\d{1,2})|(\d{1,2}) ${MONTH})`, 'iu');

/**
 * The ISO date (YYYY-MM-DD) a credit line writes with its month as a word, or in ISO 8601, or undefined. A numeric date ("12/03/2026")
 * is read where one side is over 12, where both sides are the same, or where `hint`, the month and day of the story's dateline ("Dec.
 * 3"), agrees with one reading only.
 */
export function creditDate(line: string): string | undefined {
  return hintedCreditDate(line, undefined);
}

/** The ISO date a credit line writes (see `creditDate`), a numeric one read both ways by the dateline's month and day in `hint`. */
function hintedCreditDate(line: string, hint: string | undefined): string | undefined {
  const head = line.slice(0, 200);
  const mdy = MONTH_DAY_YEAR.exec(head);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(head);
  const iso = mdy || dmy ? null : ISO_DATE.exec(head);
  // A numeric date is read only where one side is over 12: "02/14/2026" (Focus Taiwan's), "14/02/2026".
  const numeric = mdy || dmy || iso ? null : NUMERIC_DATE.exec(head);
  const [first, second] = numeric ? [Number(numeric[1]), Number(numeric[2])] : [0, 0];
  const hinted = numeric && hint !== undefined ? hintedOrder(hint, first, second) : undefined;
  const monthFirst = (first > 12) !== (second > 12) ? second > 12 : first === second ? true : hinted;
  const slashed = numeric && monthFirst !== undefined ? (monthFirst ? [MONTHS[first - 1], numeric[2]!, numeric[3]!] : [MONTHS[second - 1], numeric[1]!, numeric[3]!]) : null;
  const [month, day, year] = mdy ? [mdy[1]!, mdy[2]!, mdy[3]!] : dmy ? [dmy[2]!, dmy[1]!, dmy[3]!] : iso ?
    [MONTHS[Number(iso[2] ?? iso[4] ?? iso[6] ?? iso[8]) - 1], (iso[3] ?? iso[5] ?? iso[7] ?? iso[9])!, iso[1]!] : slashed ?? [];
  if (month === undefined) return undefined;
  const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const d = Number(day);
  const days = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (d < 1 || d > days) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True where the dateline's month and day (`hint`) are `first`/`second` (month first), false where `second`/`first`, else undefined. */
function hintedOrder(hint: string, first: number, second: number): boolean | undefined {
  const match = HINT_MONTH_DAY.exec(hint.trim());
  if (match === null) return undefined;
  const month = MONTHS.indexOf((match[1] ?? match[4]!).slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2] ?? match[3]);
  return month === first && day === second ? true : month === second && day === first ? false : undefined;
}

// A line that only dates the story, with a label or a byline: "Date: 2026-12-05", "Posted on December 5, 2026 by Jane Doe",
// "2026年12月5日" (p101: they had stayed in the text).
const DATE_LINE = /^(?:(?:Date|Posted|Published|Updated|Last updated)(?: on| at)?\s*:?\s*)?([\p{L}\p{N} ,./:年月日-]{6,40}?)(?: by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?$/u;

/** True for a line that only dates the story (`DATE_LINE`), its date one `creditDate` reads. */
export function isDateLine(line: string): boolean {
  if (line.length > 80) return false;
  const date = DATE_LINE.exec(line)?.[1];
  // (Its place and region before the date are a dateline's: "KAGOSHIMA, Japan, Feb. 3, 2026", "UNITED NATIONS, Oct. 29, 2025"; p116:
  // such a page had merged into the story before.)
  return date !== undefined && creditDate(date) !== undefined && (date.replace(PLACE_BEFORE_DATE, '').match(/\p{L}{3,}/gu) ?? []).length <= 2;
}
const PLACE_BEFORE_DATE = /^(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}, ){1,2}(?=\p{L}{3}|\d)/u;

// A place alone on its line in capitals, as a page sets its dateline over the story: "NEW DELHI", "SÃO PAULO".
const PLACE_LINE = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}$/u;
// A deck is a sentence's worth of words, and says nobody said anything ("said" is a lead's).
const DECK_WORDS = { min: 4, max: 35 };

/** True for a line that can be a header's deck: a sentence's worth of words, neither a byline's names nor a dateline. */
function isHeaderDeckLine(line: string): boolean {
  const words = line.split(/\s+/u).length;
  return words >= DECK_WORDS.min && words <= DECK_WORDS.max && !line.endsWith(':') && !isNameLine(line) && !startsWithDateline(line);
}

/** True for a line that can be a deck under a headline: not a lead (the story's time, "said"), a byline's names or a dateline. */
function isDeckLine(line: string): boolean {
  const words = line.split(/\s+/u).length;
  return words >= DECK_WORDS.min && words <= DECK_WORDS.max && !LEAD_TIME.test(line) && !/\bsaid\b/u.test(line) && !line.endsWith(':') &&
    !isNameLine(line) && !startsWithDateline(line);
}

const MIN_MENU_LINES = 5;
const MAX_MENU_LINES = 24;

/**
 * How many lines a site's menu pasted at a page's top takes: a first paragraph of 5 to 24 labels (capitalized, at most three words, no
 * stop), or two to four paragraphs of labels a blank line apart (a masthead, a menu, a section: "Independent" / "" / "News" / "Sport" /
 * "" / "Europe"), under which a headline stands after a blank line. A last paragraph that is one label is the page's section ("Singapore"
 * / … / "Watch" / "" / "Asia" / "" / headline). Returns 0 when the top is no such menu, and the section's line, if any.
 */
function menuBlockAtTop(body: string[]): { lines: number; section?: number } {
  let at = 0;
  let labels = 0;
  let paragraphs = 0;
  let last = 0;
  while (paragraphs < MAX_LABEL_PARAGRAPHS && at < body.length) {
    let n = at;
    while (n < body.length && labels + n - at <= MAX_MENU_LINES && body[n]!.trim() !== '' && isCapitalizedLabel(body[n]!.trim())) n++;
    if (n === at || n >= body.length || body[n]!.trim() !== '') break;
    paragraphs++;
    labels += n - at;
    last = at;
    at = n + 1;
    while (at < body.length && body[at]!.trim() === '') at++;
    if (at === body.length) return { lines: 0 };
  }
  // (One paragraph of fewer than five labels is no menu: "Politics" / "" / headline is a section over a headline, read elsewhere.)
  if (paragraphs === 0 || labels > MAX_MENU_LINES || (paragraphs === 1 && labels < MIN_MENU_LINES)) return { lines: 0 };
  const next = body[at]!.trim();
  if (next.length > 160 || endsSentence(next) || next.split(' ').length <= 3) return { lines: 0 };
  // (p136 r02: the section's label had kept the menu in the text, its regions places of the story, and the story untitled.)
  const section = paragraphs > 1 && body[last + 1]!.trim() === '' ? last : undefined;
  return section === undefined ? { lines: at } : { lines: section + 1, section };
}

/**
 * The top of a page that no byline marked as a header, or a header's deck: under the headline (the title, or a first line
 * that reads as one), a deck right under it, then, between blank lines, writers' names alone and the place in capitals
 * over the story ("SC declines to stay roll revision" / "Bench seeks reply from Election Commission" / "" / "Krishnadas
 * Rajagopal" / "NEW DELHI" / "", as The Hindu pastes; p124: a person and a place of the text, and no title). Returns the
 * deck's index and the indices of the name lines, or undefined when the top is no such thing; a paragraph that ends its
 * sentence must follow.
 */
function pageTop(body: string[], title: string | undefined, underHeader: (i: number) => boolean): { deck?: number; names: number[] } | undefined {
  const first = body[0]?.trim() ?? '';
  if (title !== undefined ? first !== title : !isHeadline(first) || isNameLine(first) || isLabel(first)) return undefined;
  let i = 1;
  let deck: number | undefined;
  // A line between the headline and its byline or timestamp is the header's deck wherever its words point, as `headerBlock` read
  // it ("Sudan's army and RSF agree to truce" / "The truce … since the RSF captured el-Fasher last year." / "Published On 4 Dec
  // 2026"; p128: 9 of 11 decks had been left empty with no blank line under them).
  const headerDeck = body.length > 2 && underHeader(2) && !underHeader(1) && isHeaderDeckLine(body[1]!.trim());
  if (headerDeck || (body.length > 2 && body[1]!.trim() !== '' && body[2]!.trim() === '' && isDeckLine(body[1]!.trim()))) deck = i++;
  if (headerDeck) return { deck, names: [] };
  // Or between blank lines, right over the byline or timestamp ("China sends 31 military aircraft …" / "" / "MND says PLA balloon also
  // detected over Taiwan Strait" / "" / "By …", as Taiwan News pastes it; p129).
  if (title !== undefined && body.length > 4 && body[1]!.trim() === '' && body[3]!.trim() === '' && underHeader(4) && !underHeader(2) &&
    isHeaderDeckLine(body[2]!.trim()) && !endsSentence(body[2]!)) return { deck: 2, names: [] };
  if (body[i]?.trim() !== '') return undefined;
  const names: number[] = [];
  let k = i;
  for (; k < body.length; k++) {
    const line = body[k]!.trim();
    if (line === '') continue;
    if (names.length === 3 || !(isNameLine(line) || PLACE_LINE.test(line))) break;
    names.push(k);
  }
  // A paragraph after a blank line, and a headline over a deck or names (a title alone is read below); a paragraph that ends its
  // sentence right after names, or anywhere after a deck (a photo's caption may come first).
  if (k === body.length || body[k - 1]!.trim() !== '' || (deck === undefined && names.length === 0)) return undefined;
  if (names.length > 0 ? !endsSentence(body[k]!) : !body.slice(k).some((line) => endsSentence(line))) return undefined;
  return { ...(deck !== undefined && { deck }), names };
}

/** The article a finished draft is, or undefined when it has no body text. */
export function draftToArticle(draft: Draft, source: string, index: number): Article | undefined {
  let body = trimBlankLines(draft.body.map((b) => b.text));
  // A site's menu pasted as a block of labels over the page's headline goes to the credits (p133 r03: "Skip links" / "Live" / "News" /
  // "Middle East" / … / "Sudan war" / "" / headline; its regions had been places of the story, and the story had no title).
  const { lines: menu, section } = draft.title === undefined && draft.kicker === undefined ? menuBlockAtTop(body) : { lines: 0 };
  const menuCredits: Credit[] = body.slice(0, section ?? menu).flatMap((text, i) => text.trim() === '' ? [] : [{ text: text.trim(), line: draft.body[i]!.line, at: 0, header: true }]);
  const sectionKicker = section !== undefined ? body[section]!.trim() : undefined;
  if (menu > 0) body = body.slice(body.findIndex((line, i) => i >= menu && line.trim() !== ''));
  // (Also under a header's label, its kicker: "Science" / headline / deck / "Updated …".)
  const top = draft.kicker === undefined || (draft.title !== undefined && draft.deck === undefined) ? pageTop(body, draft.title, (i) => draft.body[i]?.after !== undefined && draft.credits.some((c) => c.header && c.at === i)) : undefined;
  let topCredits: Credit[] = [];
  if (top !== undefined) {
    const names = new Set(top.names);
    topCredits = top.names.map((i) => ({ text: body[i]!.trim(), line: draft.body[i]!.line, at: 0, header: true }));
    // The name lines go, and the blank lines they leave doubled.
    const kept = body.filter((_, i) => !names.has(i));
    body = kept.filter((line, i) => !(line.trim() === '' && kept[i - 1]?.trim() === ''));
  }
  const last = body.length - 1;
  const signOff = last >= 0 ? signOffAt(body[last]!) : -1;
  const trailing = signOff >= 0 ? body[last]!.slice(signOff) : undefined;
  if (trailing !== undefined) body[last] = body[last]!.slice(0, signOff);
  const text = body.join('\n');
  if (text.trim() === '') return undefined;
  const credits = [...menuCredits, ...topCredits, ...draft.credits].sort((a, b) => a.line - b.line).map((c) => c.text);
  if (trailing !== undefined) credits.push(markCredit(trailing));
  const article: Article = { id: `${source}#${index}`, source, index, text, credits, truncated: draft.paywalled === true || isTruncated(text), line: draft.line };
  if (draft.kicker !== undefined) article.kicker = draft.kicker;
  else if (sectionKicker !== undefined) article.kicker = sectionKicker;
  if (draft.deck !== undefined) article.deck = draft.deck;
  // A deck under the headline stays the text's second line, as the headline stays its first: its names are mentions.
  else if (top?.deck !== undefined) article.deck = body[top.deck]!.trim();
  // The date of the article's timestamp or dateline credit ("Published October 31, 2025", "12 Nov 2025 14:02 GMT").
  // Else the date of its dateline when that writes the year ("Taipei, March 11, 2026 (CNA)"), within its first three lines.
  const dateline = () => body.slice(0, 5).filter((line) => line.trim() !== '').slice(0, 3).map((line) => datelineDateText(line.trim())).find((d) => d !== undefined);
  const stamps = draft.credits.filter((c) => c.header);
  // (A numeric date both ways readable, "12/03/2026 05:41 PM", is read the way the dateline's "Dec. 3" agrees with; p137.)
  const hinted = () => mapDefined(body.slice(0, 5).filter((line) => line.trim() !== '').slice(0, 3).map((line) => datelineDayText(line.trim())).find((d) => d !== undefined),
    (hint) => stamps.map((c) => hintedCreditDate(c.text, hint)).find((d) => d !== undefined));
  const date = stamps.map((c) => creditDate(c.text)).find((d) => d !== undefined) ?? mapDefined(dateline(), creditDate) ?? hinted();
  if (date !== undefined) article.date = date;
  if (draft.title !== undefined) article.title = draft.title;
  else if (top !== undefined) article.title = body[0]!.trim();
  // A headline on the first line, a blank line, then paragraphs: the headline is the title ("Taiwan, U.S. hold
  // economic dialogue" / "" / "Washington, Dec. 3 (CNA) …"), and stays the text's first line.
  // (Not a dateline alone on its line: "NEW DELHI:".)
  else if (draft.kicker === undefined && body.length > 2 && body[1]!.trim() === '' && isHeadline(body[0]!.trim()) && !body[0]!.trim().endsWith(':') &&
    body.slice(2).some((b) => TERMINAL.test(trimClosers(b.trim())))) article.title = body[0]!.trim();
  // Or right above its first paragraph, as pages are often pasted ("Asian stocks slide as AI jitters spread" /
  // "Stocks fell across Asia on …"): a line of three to twenty words with no closing stop (a question
  // mark allowed), under which a longer paragraph ends a sentence.
  else if (draft.kicker === undefined && body.length > 1 && isHeadlineAbove(body[0]!.trim(), body[1]!.trim(), body[2]?.trim())) article.title = body[0]!.trim();
  // A Markdown heading's marks are no part of the title ("## UK inflation falls …"); the text keeps them.
  if (article.title !== undefined) article.title = article.title.replace(MARKDOWN_HEADING, '').replace(MARKDOWN_STRONG_LINE, '$1');
  return article;
}

const MARKDOWN_HEADING = /^#{1,6}\s+/u;

function trimBlankLines(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return lines.slice(0, end);
}
