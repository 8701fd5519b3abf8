import type { Article } from '../model/index.js';

// A draft is the article being read: its body lines, its credits and what is known of its header.

const CLOSER = /["'”’)\]»›\s]/u;
const TERMINAL = /[.!?…]$/u;

/**
 * Returns `text` without its closing quotes, brackets and spaces at the end. A scan back from the end:
 * a regex anchored at the end only is tried from every position, the square of a run of closers.
 */
export function trimClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSER.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** True when the text stops mid-sentence: after closing quotes and brackets, no terminal punctuation. */
export function isTruncated(text: string): boolean {
  const trimmed = trimClosers(text);
  return trimmed.length > 0 && !TERMINAL.test(trimmed);
}

/** A body line of a draft, with its input line. */
export interface BodyLine {
  text: string;
  line: number;
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
  /** The headline that starts the article (see `headlineBefore`); it stays in the body too. */
  title?: string;
  /** Never starts with a blank line. */
  body: BodyLine[];
  credits: Credit[];
  /** A body line ended a sentence: the article's header (headline, byline, timestamp…) is over. */
  hasSentence: boolean;
  /** A paywall prompt came: the text is cut off whatever its last line says. */
  paywalled?: boolean;
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
  if (draft === undefined || draft.deck !== undefined) return undefined;
  let k = draft.body.length - 1;
  while (k >= 0 && isBlank(draft.body[k]!)) k--;
  if (k < 0 || !isHeadline(draft.body[k]!.text.trim())) return undefined;
  const only = draft.body.slice(0, k).every(isBlank);
  if (only) return draft.kicker === undefined && (draft.title === undefined || draft.title === draft.body[k]!.text.trim()) ? k : undefined;
  const previous = draft.body[k - 1]!.text.trim();
  return afterBlank && (previous === '' || TERMINAL.test(trimClosers(previous))) ? k : undefined;
}

/** True for a headline: a short line without closing punctuation (a first paragraph ends its sentence). */
export function isHeadline(line: string): boolean {
  return line.length <= 160 && /\p{L}/u.test(line) && !TERMINAL.test(trimClosers(line));
}

/** The article a finished draft is, or undefined when it has no body text. */
export function draftToArticle(draft: Draft, source: string, index: number): Article | undefined {
  const body = trimBlankLines(draft.body.map((b) => b.text));
  const text = body.join('\n');
  if (text.trim() === '') return undefined;
  const credits = draft.credits.map((c) => c.text);
  const article: Article = { id: `${source}#${index}`, source, index, text, credits, truncated: draft.paywalled === true || isTruncated(text), line: draft.line };
  if (draft.kicker !== undefined) article.kicker = draft.kicker;
  if (draft.deck !== undefined) article.deck = draft.deck;
  if (draft.title !== undefined) article.title = draft.title;
  // A headline on the first line, a blank line, then paragraphs: the headline is the title ("Taiwan, U.S. hold
  // economic dialogue" / "" / "Washington, Dec. 3 (CNA) …"), and stays the text's first line.
  else if (draft.kicker === undefined && body.length > 2 && body[1]!.trim() === '' && isHeadline(body[0]!.trim()) &&
    body.slice(2).some((b) => TERMINAL.test(trimClosers(b.trim())))) article.title = body[0]!.trim();
  return article;
}

function trimBlankLines(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return lines.slice(0, end);
}
