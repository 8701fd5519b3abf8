/**
 * Hard-wrapped text (a PDF copy, a 70-column e-mail or wire story) breaks its paragraphs into lines of about
 * one width, so a name can cross a line ("Premier Cho Jung-" / "tai said …", "President William" / "Lai thanked
 * …"). The segmenter reads one paragraph a line; this joins the lines of a wrapped paragraph first.
 *
 * A block of consecutive non-blank lines is wrapped when it has three lines or more, none longer than
 * `MAX_WIDTH`, three in four of them (all but its last) filled to within `FILL_SLACK` of its longest, and three in four
 * ending mid-sentence: one paragraph a line ends its lines with a full stop, and a header's lines (headline,
 * byline, date) are of all lengths. In a wrapped block a filled line goes on into the next; a short one ends its
 * paragraph. A word's hyphen at a line's end stays, without a space ("Jung-" + "tai", "Indo-" + "Pacific"), unless it
 * is a PDF's hyphenation of a word the dictionary knows whole ("Tai-" + "wan").
 */

import { isVocabularyWord } from './analyze.js';

/** A line of input with its 1-based line number (what the segmenter reads). */
export interface SourceLine {
  text: string;
  line: number;
}

// The longest line of a wrapped block: wrapping tools and PDF columns stay under it.
const MAX_WIDTH = 100;
// The shortest line width that counts as wrapping (narrower blocks are lists, tables, verse).
const MIN_WIDTH = 40;
// A filled line is at most this much shorter than the block's longest.
const FILL_SLACK = 20;
// The most lines looked at before a block is decided: the lookahead stays bounded.
export const MAX_BLOCK_LINES = 64;

// A line that ends a sentence (or a heading's colon), closing quotes and brackets aside.
const SENTENCE_END = /[.!?:;…。！？؟۔।॥]["'”’)\]）]*$/u;
// A word in lower case, of two letters or more.
const LOWER_WORD = /(?:^|\s)\p{Ll}\p{L}/u;
// A line that opens with a list's bullet or a number: its own paragraph.
// (And a live blog's timed entry: "10:42 GMT – Russian drones hit Odesa port", p98.)
const ITEM_START = /^\s*(?:[-*•▪◦·–—>#|]|\d+[.)]\s|\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.?m\.?|[A-Z]{2,4}))?\s+[–—|:-]\s)/u;

/**
 * Two lines of one paragraph as one: a space between them, or none after a word's hyphen ("Jung-" + "tai", "Indo-" +
 * "Pacific"), which a PDF's hyphenation drops where the word is one the dictionary knows whole and not hyphenated
 * ("Tai-" + "wan", "Pre-" + "mier", "de-" + "ter"; p86: "Tai-wan" had been an entity of its own).
 */
function joinLine(head: string, tail: string): string {
  const before = head.trimEnd();
  const after = tail.trimStart();
  if (!/\p{L}-$/u.test(before) || !/^\p{L}/u.test(after)) return `${before} ${after}`;
  const front = /\p{L}+(?=-$)/u.exec(before.slice(-40))?.[0] ?? '';
  const back = /^\p{Ll}+(?![\p{L}-])/u.exec(after)?.[0];
  const hyphenation = back !== undefined && isVocabularyWord(front + back) && !isVocabularyWord(`${front}-${back}`);
  return hyphenation ? `${before.slice(0, -1)}${after}` : `${before}${after}`;
}

/** The width a block of non-blank lines is wrapped at, or undefined when it is no hard-wrapped paragraph. */
export function wrapWidth(lines: readonly string[]): number | undefined {
  if (lines.length < 3) return undefined;
  const lengths = lines.map((l) => l.trimEnd().length);
  const width = Math.max(...lengths);
  if (width > MAX_WIDTH || width < MIN_WIDTH) return undefined;
  const inner = lines.slice(0, -1);
  const filled = inner.filter((l) => l.trimEnd().length >= width - FILL_SLACK).length;
  const open = inner.filter((l) => !SENTENCE_END.test(l.trimEnd())).length;
  // Prose has lower-case words in most of its lines; a table of results or prices has few ("Celtic 3-0 Rangers",
  // "TSMC 1,085 +2.5%"), and its rows are no paragraph (p92: the clubs of two rows had been one name).
  const prose = lines.filter((l) => LOWER_WORD.test(l)).length;
  return filled >= 0.75 * inner.length && open >= 0.75 * inner.length && prose >= 0.5 * lines.length ? width : undefined;
}

// A PDF page's running head and its number, between two lines of a paragraph: "TAIPEI TIMES  Sunday, December 7, 2026  Page 3", "3".
// (The segmenter takes them for credits; the paragraph goes on across them, p126 M4.)
export const PAGE_FURNITURE_LINE = /^\s*(?:\d{1,4}|\p{Lu}[\p{Lu}\p{N} .,&'’-]{2,40}\s{2,}.{0,60}\b(?:Page|PAGE|P\.) ?[A-Z]?\d{1,4})\s*$/u;

/**
 * Joins the lines of a block wrapped at `width` into its paragraphs; each keeps its first line's number. Returns
 * them, and whether the last one is still open (its last line was filled, so the next line may go on with it).
 * A page's running head or number inside a paragraph is passed on before it, and the paragraph goes on.
 */
export function joinWrapped(block: readonly SourceLine[], width: number): { lines: SourceLine[]; open: boolean } {
  const lines: SourceLine[] = [];
  let open: SourceLine | undefined;
  for (const line of block) {
    if (open && PAGE_FURNITURE_LINE.test(line.text)) {
      lines.push(line);
      continue;
    }
    if (open && !ITEM_START.test(line.text)) {
      open = { text: joinLine(open.text, line.text), line: open.line };
    } else {
      if (open) lines.push(open);
      open = { ...line };
    }
    if (line.text.trimEnd().length < width - FILL_SLACK) {
      lines.push(open);
      open = undefined;
    }
  }
  if (open) lines.push(open);
  return { lines, open: open !== undefined };
}

/** `width` when `block` is two lines and the first is filled to it and goes on (no sentence ends it), else undefined. */
function twoLineWidth(block: readonly SourceLine[], width: number | undefined): number | undefined {
  if (width === undefined || block.length !== 2) return undefined;
  const first = block[0]!.text.trimEnd();
  return first.length >= width - FILL_SLACK && first.length <= MAX_WIDTH && !SENTENCE_END.test(first) && !ITEM_START.test(block[1]!.text) ? width : undefined;
}

/**
 * Wraps a line consumer so that it sees hard-wrapped paragraphs as one line each: lines are held while a block
 * of non-blank lines lasts (at most `MAX_BLOCK_LINES` at a time), then passed on, joined when the block is
 * wrapped and holds no line `isStructural` says the consumer reads for itself. A longer block is decided on its
 * first part; its open last paragraph goes on into the next part. `flush` passes on what is held (at the input's end).
 */
export function unwrappingLines<T>(consume: (line: SourceLine) => T[], isStructural: (line: string, first: boolean) => boolean = () => false): { push(line: SourceLine): T[]; flush(): T[] } {
  let block: SourceLine[] = [];
  // The width the block was found wrapped at, once a first part of it was decided; its open paragraph, held.
  let width: number | undefined;
  let carried: SourceLine | undefined;
  // The width an earlier block of the input was wrapped at: a paragraph of two lines is too short to show its own.
  let inputWidth: number | undefined;
  const release = (last: boolean): T[] => {
    // A block with a line the segmenter reads for itself (a kicker, a byline, a timestamp, a dateline) is no paragraph as a whole.
    // (A block's first part is decided here, and nothing is carried before it.)
    const structural = width === undefined ? block.map((l, i) => isStructural(l.text, i === 0)) : [];
    // A block of a PDF with no blank lines holds its headlines and bylines too: the runs of lines between them are decided each
    // on its own (p126 M4: "Taiwan Semiconductor Manu-" / "facturing Co" had stayed cut under a byline with no blank line).
    if (structural.some(Boolean) && block.length >= 3) return releaseRuns(structural);
    if (width === undefined && !structural.some(Boolean)) width = wrapWidth(block.map((l) => l.text)) ?? twoLineWidth(block, inputWidth);
    inputWidth = width ?? inputWidth;
    if (width === undefined) {
      const lines = carried ? [carried, ...block] : block;
      carried = undefined;
      block = [];
      return lines.flatMap(consume);
    }
    const joined = joinWrapped(block, width);
    const lines = joined.lines;
    if (carried) {
      // The held paragraph goes on with the first new line, unless that opens an item.
      const first = block.length > 0 && !ITEM_START.test(block[0]!.text) ? lines.shift() : undefined;
      lines.unshift(first ? { text: joinLine(carried.text, first.text), line: carried.line } : carried);
    }
    carried = !last && joined.open ? lines.pop() : undefined;
    block = [];
    return lines.flatMap(consume);
  };
  /** Passes on a block's structural lines as they are and the runs of lines between them, joined where a run is wrapped. */
  const releaseRuns = (structural: boolean[]): T[] => {
    const out: SourceLine[] = [];
    let run: SourceLine[] = [];
    const endRun = (): void => {
      // (Half its lines go on in lower case on the next: a header's headline, deck and names, as long as each other, open none.)
      const continued = run.filter((l, i) => i > 0 && /^\s*\p{Ll}/u.test(l.text)).length;
      const runWidth = continued >= 0.5 * (run.length - 1) ? wrapWidth(run.map((l) => l.text)) : undefined;
      out.push(...(runWidth === undefined ? run : joinWrapped(run, runWidth).lines));
      inputWidth = runWidth ?? inputWidth;
      run = [];
    };
    block.forEach((line, i) => {
      if (!structural[i] || (run.length > 0 && PAGE_FURNITURE_LINE.test(line.text))) return void run.push(line);
      endRun();
      out.push(line);
    });
    endRun();
    block = [];
    return out.flatMap(consume);
  };
  const endBlock = (): T[] => {
    const done = block.length > 0 || carried ? release(true) : [];
    width = undefined;
    return done;
  };
  return {
    push(line) {
      if (line.text.trim() === '') return [...endBlock(), ...consume(line)];
      block.push(line);
      return block.length < MAX_BLOCK_LINES ? [] : release(false);
    },
    flush: endBlock,
  };
}
