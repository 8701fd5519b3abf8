import { createReadStream, fstatSync, statSync } from 'node:fs';
import { createSegmenter, type Segment, type SegmentOptions, type SourceLine } from '../stages/segment.js';
import { repairDoubleEncoding } from '../text/double-encoding.js';
import { fsReason, readError } from './input-error.js';
import { parseJsonFile } from './json-file.js';
import { partedChunks, utf16PartAt, type EncodingPart } from './encoding-parts.js';
import { parseJsonlLine } from './jsonl.js';
import { looksQuotedPrintable, quotedPrintableLines, type ByteLine } from './quoted-printable.js';

/** One input file to read: its path on disk and the `source` name articles carry. */
export interface InputFile {
  path: string;
  source: string;
  format: InputFormat | 'json';
}

export type InputFormat = 'txt' | 'jsonl';

/** The input formats by file extension. */
// JSON Lines under the names other tools give them too (Scrapy's `.jl`, `.jsonlines`; p106: skipped without a row).
export const EXTENSIONS: Record<string, InputFile['format']> = { '.txt': 'txt', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.jl': 'jsonl', '.jsonlines': 'jsonl', '.json': 'json' };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Decodes one line's bytes; returns the text and, when the bytes are not UTF-8, the 1-based column of the first bad byte. A
 * line with no UTF-8 sequence in it at all is Windows-1252 (`windows1252`), as Windows editors and older CMS exports save
 * text: "\x93no\x94" is “no”, "Jos\xe9" José (p114: every accented name had been cut at a U+FFFD, and an AP dateline's dash
 * lost, merging its stories). Not in a file read as UTF-16, whose bad units are lone surrogates.
 */
function decodeLine(bytes: Uint8Array, mayBeWindows1252: boolean): { text: string; badColumn?: number; windows1252?: boolean } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const good = firstInvalidByte(bytes);
    const column = [...lenientDecoder.decode(bytes.subarray(0, good))].length + 1;
    const lenient = lenientDecoder.decode(bytes);
    if (mayBeWindows1252 && !/[^\x00-\x7f\ufffd]/u.test(lenient) && !isOtherCodePage(bytes)) return { text: decodeWindows1252(bytes), badColumn: column, windows1252: true };
    return { text: lenient, badColumn: column };
  }
}

/**
 * True for a line whose high bytes are most of its letters: Cyrillic (Windows-1251, KOI8-R), Greek (ISO-8859-7) or another
 * script's code page, where Windows-1252 would read every word as accented Latin letters (p117: "Ïðåçèäåíò" people). Text in
 * Windows-1252 has a few accented letters among plain ones. Such a line keeps U+FFFD and its `invalid-utf8` row.
 */
function isOtherCodePage(bytes: Uint8Array): boolean {
  let plain = 0;
  let high = 0;
  for (const b of bytes) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) plain++;
    else if (b >= 0xc0) high++;
  }
  return high >= 8 && high > plain;
}

// Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves undefined are the C1 controls, as browsers read them);
// every other byte is its Latin-1 code point.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decodes bytes as Windows-1252. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
  }
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

/**
 * Returns the index of the first byte that starts no valid UTF-8 sequence (a stray continuation byte, an
 * overlong form, a surrogate, a sequence cut short), or the length when there is none: one pass, so a bad
 * byte at the end of a long line costs what the line does (decoding every prefix had cost its square).
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= bytes.length) return i;
    const second = bytes[i + 1]!;
    // The second byte's range rules out overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Yields a file's lines (LF, CRLF or CR-only) as bytes with 1-based line numbers, streaming.
 * A line longer than `maxLineBytes` is not held in memory: it is yielded empty with `tooLong`.
 * `bareCR` says whether a CR alone ends a line: always (text), never (JSON Lines parted by LF: a CR inside a record is JSON's
 * white space), or until the first LF (JSON Lines whose start held none: an old Mac's file is parted by CR).
 */
async function* byteLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number, bareCR: 'always' | 'never' | 'until-lf' = 'always'): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let line = 0;
  let pendingCR = false;
  const take = (tail: Buffer): ByteLine => {
    const over = tooLong || partBytes + tail.length > maxLineBytes;
    let bytes = over ? Buffer.alloc(0) : parts.length ? Buffer.concat([...parts, tail]) : tail;
    // (A CRLF's CR, when only LF parts lines.)
    if (bareCR === 'never' && bytes.at(-1) === 0x0d) bytes = bytes.subarray(0, -1);
    const result = { bytes, line: ++line, tooLong: over };
    parts = [];
    partBytes = 0;
    tooLong = false;
    return result;
  };
  for await (const chunk of chunks) {
    let from = 0;
    if (pendingCR && chunk[0] === 0x0a) from = 1; // the LF of a CRLF split across chunks
    pendingCR = false;
    for (let i = from; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte !== 0x0a && (byte !== 0x0d || bareCR === 'never')) continue;
      if (bareCR === 'until-lf' && (byte === 0x0a || chunk[i + 1] === 0x0a)) bareCR = 'never';
      yield take(chunk.subarray(from, i));
      if (byte === 0x0d) {
        if (i + 1 === chunk.length) pendingCR = true;
        else if (chunk[i + 1] === 0x0a) i++;
      }
      from = i + 1;
    }
    const rest = chunk.subarray(from);
    if (tooLong || partBytes + rest.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      partBytes = 0;
    } else if (rest.length) {
      parts.push(rest);
      partBytes += rest.length;
    }
  }
  if (partBytes > 0 || tooLong) yield take(Buffer.alloc(0));
}

/**
 * Why the start of a file is not text, or undefined when it is: a PDF's header; control bytes over a third of the sample; NUL bytes
 * together with bytes that are not UTF-8 (a PNG, a zip), where a NUL comes within the first 16 bytes (a format's
 * magic number) or control bytes are more than 2% of the sample. A text file with a stray NUL and Windows-1252
 * quotes is text: its lines are repaired one by one.
 */
export function binaryReason(head: Uint8Array): string | undefined {
  const sample = head.subarray(0, 8192);
  if (isPdf(sample)) return 'a PDF';
  // An RTF document saved as .txt (p114: its font table had become a place, "Times New Roman").
  if (RTF_HEADER.test(Buffer.from(sample.subarray(0, 8)).toString('latin1'))) return 'an RTF document; save it as plain text';
  let control = 0;
  for (const byte of sample) if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) control++;
  if (sample.includes(0) && (sample.subarray(0, 16).includes(0) || control * 50 > sample.length) && !isUtf8(sample)) return 'NUL bytes and invalid UTF-8 at the start';
  // Text is never a third control bytes, NUL or not (a file of them had become an article of them, no row).
  return control * 3 > sample.length ? 'mostly control bytes at the start' : undefined;
}

const RTF_HEADER = /^(?:\xef\xbb\xbf)?\{\\rtf/u;

/** True when the bytes are UTF-8 but for a sequence cut off at the end. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lastCompleteUtf8(bytes)));
    return true;
  } catch {
    return false;
  }
}

/** True for a PDF's header: one whose first 8 KB are an uncompressed content stream has no NUL to tell it by. */
function isPdf(sample: Uint8Array): boolean {
  return sample.length >= 5 && sample[0] === 0x25 && sample[1] === 0x50 && sample[2] === 0x44 && sample[3] === 0x46 && sample[4] === 0x2d;
}

/** Returns the length of `bytes` without a UTF-8 sequence cut off at the end. */
function lastCompleteUtf8(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? end - back : end;
  }
  return end;
}

/**
 * True for UTF-32: its byte order mark (FF FE 00 00, 00 00 FE FF), or, without one, text whose four-byte units
 * hold three NUL bytes in the same places nearly always. UTF-16 would read it as NUL-ridden garbage.
 */
export function isUtf32(head: Uint8Array): boolean {
  if (head.length >= 4 && ((head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) || (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff))) return true;
  const units = Math.floor(Math.min(head.length, 8192) / 4);
  if (units < 4) return false;
  let little = 0;
  let big = 0;
  for (let u = 0; u < units; u++) {
    const b = u * 4;
    if (head[b + 1] === 0 && head[b + 2] === 0 && head[b + 3] === 0) little++;
    if (head[b] === 0 && head[b + 1] === 0 && head[b + 2] === 0) big++;
  }
  return little >= units * 0.9 || big >= units * 0.9;
}

/** A UTF-16 byte order, and whether it was guessed (no byte order mark). */
interface Utf16 {
  bigEndian: boolean;
  guessed: boolean;
}

/**
 * Returns the UTF-16 byte order of a file's start: by its byte order mark, or, without one, when every
 * other byte is NUL (ASCII or Latin text in UTF-16) and the bytes between them hardly ever are.
 */
export function utf16Of(head: Uint8Array): Utf16 | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return { bigEndian: false, guessed: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { bigEndian: true, guessed: false };
  const pairs = Math.floor(Math.min(head.length, 8192) / 2);
  if (pairs === 0) return undefined;
  const zeros = [0, 0];
  for (let i = 0; i < pairs * 2; i++) if (head[i] === 0) zeros[i % 2]!++;
  const [even, odd] = zeros as [number, number];
  if (odd >= pairs * 0.3 && even <= pairs * 0.05) return { bigEndian: false, guessed: true };
  if (even >= pairs * 0.3 && odd <= pairs * 0.05) return { bigEndian: true, guessed: true };
  return undefined;
}

/** A file's bytes as UTF-8 chunks, and what its start told: the UTF-16 byte order they were read from, if they were, and so on. */
interface OpenedText {
  chunks: AsyncIterable<Buffer>;
  utf16?: Utf16;
  /** The start looks quoted-printable (`looksQuotedPrintable`). */
  quotedPrintable?: boolean;
  /** The first 8 KB hold an LF: the file's lines are not parted by CR alone. */
  lineFeeds?: boolean;
  /** Each part in another encoding than the one before it, filled as the chunks are read (see encoding-parts.ts). */
  parts: EncodingPart[];
}

/**
 * The first chunk of a stream, joined with the next ones until it holds the 8 KB the encoding and binary tests
 * read (`utf16Of`, `binaryReason`) or the stream ends: a pipe gives what was written so far, so a PNG piped in pieces had
 * passed as text when its first piece was four bytes.
 */
async function headChunk(chunks: AsyncIterator<Buffer>): Promise<IteratorResult<Buffer>> {
  const first = await chunks.next();
  if (first.done || first.value.length >= HEAD_BYTES) return first;
  const parts = [first.value];
  let length = first.value.length;
  while (length < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return { done: false, value: Buffer.concat(parts) };
}

const HEAD_BYTES = 8192;

/**
 * True when standard input is /dev/null: redirected from it, or closed (`<&-`), which node reads as /dev/null. Its "no text"
 * row says so (p126: a closed stdin had been "the input is empty").
 */
function isNullStdin(): boolean {
  try {
    const [stdin, devNull] = [fstatSync(0), statSync('/dev/null')];
    return stdin.isCharacterDevice() && stdin.rdev === devNull.rdev;
  } catch {
    return false;
  }
}

/** Opens a file (or stdin) as UTF-8 chunks (UTF-16 is transcoded), or says why its first 8 KB are not text. */
async function openText(file: InputFile): Promise<OpenedText | { binary: string } | 'utf32'> {
  // A shell opens a directory for `< dir` without complaint, and reading it gives no bytes, not EISDIR.
  if (file.path === '-' && fstatSync(0).isDirectory()) throw Object.assign(new Error('stdin is a directory'), { code: 'EISDIR' });
  const stream: AsyncIterable<Buffer> = file.path === '-' ? process.stdin : createReadStream(file.path);
  const chunks = stream[Symbol.asyncIterator]();
  const first = await headChunk(chunks);
  // (Nothing but NUL bytes is no UTF-32, which the next test would say: a disk image's hole, a file zeroed by a crash; h137 F9.)
  if (!first.done && first.value.every((byte) => byte === 0)) {
    await chunks.return?.();
    return { binary: 'nothing but NUL bytes at the start' };
  }
  if (!first.done && isUtf32(first.value)) {
    await chunks.return?.();
    return 'utf32';
  }
  // A text whose UTF-16 part starts within the 8 KB is tested on its start: the part's NUL bytes are text (h140 F1).
  const part = first.done ? -1 : utf16PartAt(first.value).at;
  const utf16 = first.done || (part > 0 && !first.value.subarray(0, part).includes(0)) ? undefined : utf16Of(first.value);
  const binary = first.done || utf16 ? undefined : binaryReason(part > 0 ? first.value.subarray(0, part) : first.value);
  if (binary !== undefined) {
    await chunks.return?.();
    return { binary };
  }
  const raw = (async function* () {
    if (first.done) return;
    yield first.value;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  })();
  // UTF-16's byte order mark becomes UTF-8's, which the line reader drops.
  const lineFeeds = !first.done && first.value.subarray(0, HEAD_BYTES).includes(0x0a);
  const parts: EncodingPart[] = [];
  const chunked = partedChunks(raw, utf16, parts);
  return utf16 ? { chunks: chunked, utf16, lineFeeds, parts } : { chunks: chunked, quotedPrintable: !first.done && looksQuotedPrintable(first.value), lineFeeds, parts };
}

/** Limits that protect the machine from one huge input. */
export interface ReadLimits {
  /** Longest line kept, in bytes; a longer line becomes a `line-too-long` error. */
  maxLineBytes: number;
}

export const defaultReadLimits: ReadLimits = { maxLineBytes: 16 * 1024 * 1024 };

/**
 * Decoded lines of a file; a BOM is dropped. Invalid UTF-8 and NUL bytes become U+FFFD with a
 * non-fatal error; an over-long line becomes a fatal one. A .txt file's quoted-printable text is decoded first (see
 * quoted-printable.ts): after a header that declares it, or from the start when `quotedPrintable` found it there.
 */
async function* textLines(opened: OpenedText, file: InputFile, errors: Segment[], limits: ReadLimits): AsyncGenerator<SourceLine> {
  const { chunks } = opened;
  const quotedPrintable = file.format === 'txt' && opened.quotedPrintable === true;
  const utf16 = opened.utf16 !== undefined;
  // A file's lines read as Windows-1252, and its lines encoded twice, are noted once, at the first.
  let windows1252 = false;
  let doubleEncoded = false;
  // A CR alone inside a JSON Lines record is JSON's white space (p126: it had cut one record into two fatal rows); a file with
  // no LF in its start is parted by CR (an old Mac's).
  const raw = byteLines(chunks, limits.maxLineBytes, file.format !== 'jsonl' ? 'always' : opened.lineFeeds ? 'never' : 'until-lf');
  if (quotedPrintable) errors.push(readError(file.source, 'encoding-guessed', 'no Content-Transfer-Encoding header, but every "=" of the start is an escape ("=E2") or ends its line: read as quoted-printable', { line: 1 }, false));
  const lines = file.format === 'txt' ? quotedPrintableLines(raw, quotedPrintable, limits.maxLineBytes) : raw;
  // Each part in another encoding is noted at its line, once the reader is there.
  const noteParts = (upTo: number) => {
    while (opened.parts.length > 0 && opened.parts[0]!.line <= upTo) {
      const part = opened.parts.shift()!;
      const why = part.encoding === 'UTF-8' ? 'no NUL byte after the UTF-16 line before it' : 'a byte order mark at its start, as `cat` of two files makes';
      errors.push(readError(file.source, 'encoding-guessed', `a part in ${part.encoding} starts here (${why}); read as ${part.encoding}`, { line: part.line }, false));
    }
  };
  for await (const { bytes, line, tooLong } of lines) {
    noteParts(line);
    if (tooLong) {
      errors.push(readError(file.source, 'line-too-long', `line longer than ${limits.maxLineBytes} bytes; skipped`, { line }));
      continue;
    }
    const decoded = decodeLine(line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes, !utf16);
    if (decoded.windows1252) {
      if (!windows1252) errors.push(readError(file.source, 'encoding-guessed', 'not UTF-8; this line and the file\'s other lines with no UTF-8 in them read as Windows-1252', { line, column: decoded.badColumn }, false));
      windows1252 = true;
    } else if (decoded.badColumn !== undefined) {
      errors.push(readError(file.source, 'invalid-utf8', 'invalid UTF-8 bytes replaced with U+FFFD', { line, column: decoded.badColumn }, false));
    }
    let text = decoded.text;
    if (file.format === 'txt' && text.includes('\0')) {
      const column = [...text.slice(0, text.indexOf('\0'))].length + 1;
      errors.push(readError(file.source, 'nul-byte', 'NUL bytes replaced with U+FFFD', { line, column }, false));
      text = text.replaceAll('\0', '\uFFFD');
    }
    // (A JSONL record's text is kept as written.)
    const repaired = file.format === 'txt' ? repairDoubleEncoding(text) : undefined;
    if (repaired !== undefined) {
      if (!doubleEncoded) errors.push(readError(file.source, 'double-encoded', `UTF-8 encoded twice ("${repaired.first}" for "${repaired.meant}": read as Windows-1252 and saved again); this line and the file's other such lines read as the UTF-8 they were`, { line, column: repaired.column }, false));
      doubleEncoded = true;
      text = repaired.text;
    }
    yield { text, line };
  }
  noteParts(Infinity);
}

/** Reads a .json file whole (it cannot be parsed a line at a time), up to the longest line's size, then its articles. */
async function* readJsonFile(lines: AsyncIterable<SourceLine>, file: InputFile, errors: Segment[], limits: ReadLimits): AsyncGenerator<Segment> {
  const parts: string[] = [];
  let bytes = 0;
  for await (const { text } of lines) {
    bytes += Buffer.byteLength(text) + 1;
    if (bytes > limits.maxLineBytes) break;
    parts.push(text);
  }
  // A line over the limit was left out by the line reader: the file is over it too.
  const isLongLine = (e: Segment) => 'error' in e && e.error.rule === 'line-too-long';
  const longLine = errors.some(isLongLine);
  yield* errors.splice(0).filter((e) => !isLongLine(e));
  const text = parts.join('\n');
  if (bytes > limits.maxLineBytes || longLine) {
    yield readError(file.source, 'input-too-large', `a .json file is parsed whole, and this one is over ${limits.maxLineBytes} bytes; skipped (write it as JSONL, one article a line)`);
  } else if (text.trim() === '') {
    yield readError(file.source, 'empty-input', 'no JSON (the input is empty or only whitespace)');
  } else {
    yield* parseJsonFile(text, file.source);
  }
}

/** Reads one input file: segmented articles for .txt, one article a line for .jsonl, the records of a .json; errors in input order. */
export async function* readInputFile(
  file: InputFile,
  segmentOptions?: SegmentOptions,
  limits: ReadLimits = defaultReadLimits,
): AsyncGenerator<Segment> {
  const errors: Segment[] = [];
  try {
    const opened = await openText(file);
    if (opened === 'utf32' || 'binary' in opened) {
      yield readError(file.source, 'binary-input', opened === 'utf32' ? 'this file is UTF-32, which gazette does not read (save it as UTF-8); skipped' : `this is not a text file (${opened.binary}); skipped`);
      return;
    }
    if (file.path === '-' && isNullStdin()) {
      yield readError(file.source, 'empty-input', 'standard input is /dev/null (closed, as `<&-` leaves it, or redirected from /dev/null); nothing to read');
      return;
    }
    const { utf16 } = opened;
    if (utf16?.guessed) {
      const order = utf16.bigEndian ? 'BE' : 'LE';
      yield readError(file.source, 'encoding-guessed', `no byte order mark; read as UTF-16${order} (every other byte of its start is NUL)`, {}, false);
    }
    if (file.format === 'json') {
      yield* readJsonFile(textLines(opened, file, errors, limits), file, errors, limits);
    } else if (file.format === 'jsonl') {
      let sawLine = false;
      const lines = textLines(opened, file, errors, limits);
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        const { text, line } = next.value;
        yield* errors.splice(0);
        if (text.trim() === '') continue;
        // A first line that only opens an object or an array is JSON printed over lines (`jq .`'s output), no JSON Lines:
        // the file is read as .json is, with one kept row (p114: a row a line, and no article).
        if (!sawLine && /^\s*[{[]\s*$/u.test(text)) {
          yield readError(file.source, 'json-values', `line ${line} opens a record that spans lines (pretty-printed JSON, not JSON Lines); the file is read as .json`, { line }, false);
          for await (const segment of readJsonFile((async function* () { yield next.value; yield* lines; })(), file, errors, limits)) {
            // (The .json reader's own row for several values says it of a .json file; this row has said it.)
            if (!('error' in segment && segment.error.rule === 'json-values')) yield segment;
          }
          return;
        }
        sawLine = true;
        yield* parseJsonlLine(text, file.source, line);
      }
      if (!sawLine && errors.length === 0) yield readError(file.source, 'empty-input', 'no JSONL records (the input is empty or only whitespace)');
    } else {
      const segmenter = createSegmenter(file.source, segmentOptions);
      // A file whose only text was a skipped line is not empty: its `line-too-long` row says what happened.
      let rows = 0;
      for await (const line of textLines(opened, file, errors, limits)) {
        rows += errors.length;
        yield* errors.splice(0);
        yield* segmenter.push(line);
      }
      rows += errors.length;
      yield* errors.splice(0);
      yield* segmenter.end().filter((s) => !(rows > 0 && 'error' in s && s.error.rule === 'empty-input'));
    }
    yield* errors.splice(0);
  } catch (error) {
    yield* errors.splice(0);
    yield readError(file.source, 'unreadable', `cannot read input (${fsReason(error)})`);
  }
}
