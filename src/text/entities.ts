/**
 * HTML character references in article text ("AT&amp;T", "Lai&#8217;s", "Taiwan&rsquo;s"), which web
 * exports and scraped JSON often keep. The per-article phase reads a decoded copy of the text and maps
 * every offset back to the text as given (`Article.text` is never rewritten); names are compared and
 * displayed decoded, so "AT&amp;T" and "AT&T" are one entity named AT&T. Terminal escape sequences
 * (colour codes of a pasted log) are read the same way, as nothing.
 */
import { repairDoubleEncoding } from './double-encoding.js';

// The references news text carries: markup's own, spaces and dashes, quotes, the invisible marks a CMS puts inside and
// around names (a soft hyphen, direction marks, joiners: p126 had cut "Wil&shy;liam" and named "William Lai&lrm"), and the
// accented letters and signs of names and prices. Any other named reference is left as written.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  shy: '\u00ad', lrm: '\u200e', rlm: '\u200f', zwj: '\u200d', zwnj: '\u200c',
  ndash: '–', mdash: '—', hyphen: '‐', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', hellip: '…', middot: '·', bull: '•', deg: '°', prime: '′', Prime: '″',
  euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', times: '×', divide: '÷',
  aacute: 'á', Aacute: 'Á', agrave: 'à', Agrave: 'À', acirc: 'â', Acirc: 'Â', atilde: 'ã', Atilde: 'Ã', auml: 'ä', Auml: 'Ä', aring: 'å', Aring: 'Å',
  aelig: 'æ', AElig: 'Æ', ccedil: 'ç', Ccedil: 'Ç', eacute: 'é', Eacute: 'É', egrave: 'è', Egrave: 'È', ecirc: 'ê', Ecirc: 'Ê', euml: 'ë', Euml: 'Ë',
  iacute: 'í', Iacute: 'Í', igrave: 'ì', Igrave: 'Ì', icirc: 'î', Icirc: 'Î', iuml: 'ï', Iuml: 'Ï', ntilde: 'ñ', Ntilde: 'Ñ',
  oacute: 'ó', Oacute: 'Ó', ograve: 'ò', Ograve: 'Ò', ocirc: 'ô', Ocirc: 'Ô', otilde: 'õ', Otilde: 'Õ', ouml: 'ö', Ouml: 'Ö', oslash: 'ø', Oslash: 'Ø',
  uacute: 'ú', Uacute: 'Ú', ugrave: 'ù', Ugrave: 'Ù', ucirc: 'û', Ucirc: 'Û', uuml: 'ü', Uuml: 'Ü', yacute: 'ý', Yacute: 'Ý', yuml: 'ÿ',
  szlig: 'ß', scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', oelig: 'œ', OElig: 'Œ',
};

// A reference, or a terminal escape sequence (a colourised log pasted in: ESC [ 31 m), read as nothing:
// "\x1b[31mWilliam Lai\x1b[0m" had become a person "31mWilliam Lai" apart from William Lai.
export const ESCAPE_SEQUENCE = /\x1b\[[0-?]{0,32}[ -\/]{0,8}[@-~]|\x1b\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)/u;
// An HTML tag, as a CMS export's body keeps them (p114: `<a href="https://…">Rachel Reeves</a>` had become an entity named with
// its link): read as nothing inside a line (a link, bold), as a line break where it parts blocks (a paragraph, a list item).
// Only HTML's own element names, in lower case, as exports write them: a wire's ticker in angle brackets ("BRENCO INC <BREN>")
// is text.
export const HTML_TAG = /<\/?(a|abbr|article|aside|b|blockquote|body|br|button|caption|center|cite|code|dd|del|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|ol|option|p|picture|pre|q|s|section|select|small|source|span|strong|sub|sup|svg|table|tbody|td|tfoot|th|thead|time|title|tr|u|ul|video|wbr)(?:\s(?:"[^"<>]{0,2000}"|'[^'<>]{0,2000}'|[^"'<>]){0,2000})?\/?>/u;
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'blockquote', 'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'hr', 'dd', 'dt', 'html', 'head', 'body', 'title', 'main', 'form', 'nav', 'aside', 'option']);
// What a page holds that no reader sees: a script, a style sheet, a comment (p117: their strings had been people), read as nothing.
// Each opening with its closing.
const HIDDEN_BLOCKS = new Map([['<!--', '-->'], ...['script', 'style', 'noscript', 'textarea', 'template'].map((tag): [string, string] => [`<${tag}`, `</${tag}>`])]);

/**
 * The text without its hidden blocks (`HIDDEN_OPENINGS` to their closings), and the index map back; undefined when it has
 * none. One scan: each opening's closing is looked for once, and an opening with none ends the scan (the rest is text).
 */
function withoutHiddenBlocks(text: string): DecodedText | undefined {
  if (!text.includes('<!--') && !/<(?:script|style|noscript|textarea|template)\b/u.test(text)) return undefined;
  const edits: Edit[] = [];
  let at = 0;
  for (;;) {
    let open = -1;
    let which = '';
    for (const opening of HIDDEN_BLOCKS.keys()) {
      const i = text.indexOf(opening, at);
      if (i >= 0 && (open < 0 || i < open)) [open, which] = [i, opening];
    }
    if (open < 0) break;
    const after = text[open + which.length];
    // "<scripts" or "<styled" is no tag.
    if (which !== '<!--' && after !== undefined && !/[\s>/]/u.test(after)) {
      at = open + which.length;
      continue;
    }
    const closing = HIDDEN_BLOCKS.get(which)!;
    const close = text.indexOf(closing, open + which.length);
    if (close < 0) break;
    const end = which === '<!--' ? close + 3 : (text.indexOf('>', close) + 1 || close + closing.length);
    edits.push({ start: open, end, value: '' });
    at = end;
  }
  return edited(text, edits, true);
}
const REFERENCE = new RegExp(`&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));|(${ESCAPE_SEQUENCE.source})|${HTML_TAG.source}`, 'gu');

/** The code a numeric reference names, or undefined for another match. */
function numericCode(match: RegExpExecArray): number | undefined {
  const [, decimal, hex] = match;
  return decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
}

/**
 * Returns what one reference stands for, or undefined for one left as written (unknown, or a control). A numeric reference to
 * NUL, to a surrogate half (one not paired by `decodeWith`) or past Unicode is U+FFFD, as HTML reads it and as the JSON reader
 * repairs a NUL or a lone surrogate.
 */
function referent(match: RegExpExecArray): string | undefined {
  const [, , , name, escape, tag] = match;
  if (escape !== undefined) return '';
  if (tag !== undefined) return BLOCK_TAGS.has(tag) ? '\n' : '';
  if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  const code = numericCode(match)!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  // C0 controls other than whitespace are not text.
  if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f) return undefined;
  return String.fromCodePoint(code);
}

/** True for a code of a high (leading) surrogate half. */
function isHighSurrogate(code: number | undefined): code is number {
  return code !== undefined && code >= 0xd800 && code <= 0xdbff;
}

/** A text with its references decoded, and where each of its UTF-16 indices is in the text as given. */
export interface DecodedText {
  text: string;
  /** `original[i]`: the UTF-16 index in the given text of decoded index i (0 ≤ i ≤ text.length). */
  original: Int32Array;
  /** Whether escape sequences or tags were removed (an end may then map past one). */
  escapes: boolean;
}

/**
 * Returns the text with its character references decoded, once ("&amp;amp;" gives "&amp;"), its tags and escape sequences
 * read as nothing (a block's tag as a line break), and the index map back; undefined when it has none (the common case
 * costs one search). Tags written as references, as an export that escaped its HTML gives them (`&lt;a href=&quot;…&quot;&gt;`),
 * are read so too, in a second pass over the decoded text.
 */
export function decodeReferences(text: string): DecodedText | undefined {
  if (!text.includes('&') && !text.includes('\x1b') && !text.includes('<')) return undefined;
  const hidden = text.includes('<') ? withoutHiddenBlocks(text) : undefined;
  const decoded = decodeWith(hidden?.text ?? text, REFERENCE);
  const first = hidden === undefined ? decoded : compose(hidden, decoded);
  if (first === undefined || !text.includes('&lt;')) return first;
  return compose(first, decodeWith(first.text, TAG));
}

/** `inner`, a decoding of `outer.text`, mapped back through `outer` to the text `outer` decoded (`outer` when `inner` is none). */
export function compose(outer: DecodedText, inner: DecodedText | undefined): DecodedText {
  if (inner === undefined) return outer;
  return { text: inner.text, original: inner.original.map((i) => outer.original[i]!), escapes: outer.escapes || inner.escapes };
}

const TAG = new RegExp(`()()()()${HTML_TAG.source}`, 'gu');

/** One pass of `decodeReferences` with `pattern` (`REFERENCE`, or `TAG` alone). */
function decodeWith(text: string, pattern: RegExp): DecodedText | undefined {
  const edits: Edit[] = [];
  let escapes = false;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const high = numericCode(match);
    // A surrogate pair written as two references ("&#xD83D;&#xDE00;", as UTF-16 minded encoders write an emoji) is one
    // character (p126: "xD83D" and "xDE00" had been people).
    if (isHighSurrogate(high)) {
      const end = pattern.lastIndex;
      const next = pattern.exec(text);
      const low = next?.index === end ? numericCode(next) : undefined;
      if (low !== undefined && low >= 0xdc00 && low <= 0xdfff) {
        edits.push({ start: match.index, end: pattern.lastIndex, value: String.fromCharCode(high, low) });
        continue;
      }
      pattern.lastIndex = end;
    }
    const value = referent(match);
    if (value === undefined) continue;
    if (match[4] !== undefined || match[5] !== undefined) escapes = true;
    edits.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return edited(text, edits, escapes);
}

/** A span of a text to write as `value` instead. */
export interface Edit {
  start: number;
  end: number;
  value: string;
}

/** The text with its edits (in order, apart) made, and the index map back; undefined when there are none. */
export function edited(text: string, edits: readonly Edit[], escapes: boolean): DecodedText | undefined {
  if (edits.length === 0) return undefined;
  const parts: string[] = [];
  // The map is sized once: a growing array of a long text's indices had cost more than the edits.
  const original = new Int32Array(edits.reduce((length, e) => length - (e.end - e.start) + e.value.length, text.length) + 1);
  let at = 0;
  let from = 0;
  for (const { start, end, value } of edits) {
    parts.push(text.slice(from, start));
    for (let u = from; u < start; u++) original[at++] = u;
    parts.push(value);
    original.fill(start, at, at + value.length);
    at += value.length;
    from = end;
  }
  parts.push(text.slice(from));
  for (let u = from; u <= text.length; u++) original[at++] = u;
  return { text: parts.join(''), original, escapes };
}

/**
 * Returns a name with its character references decoded ("AT&amp;T" → "AT&T"), UTF-8 encoded twice read as once ("JosÃ©" → "José",
 * as the reading copy reads it), and its letters composed with their marks (NFC).
 */
export function decodedName(name: string): string {
  const decoded = decodeReferences(name)?.text ?? name;
  return (repairDoubleEncoding(decoded)?.text ?? decoded).normalize('NFC');
}
