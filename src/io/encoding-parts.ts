/**
 * A file's bytes as UTF-8, each part in its own encoding. `cat notes.txt notepad.txt > dump.txt` joins a UTF-8 file and a UTF-16
 * one (h140 F1: the whole file had been a `binary-input` row, or the UTF-8 stories after a UTF-16 part Han mojibake with no row).
 */

/** Where a part in another encoding starts: the line of the UTF-8 output, and the encoding it is read in. */
export interface EncodingPart {
  line: number;
  encoding: string;
}

// Stands for a lone surrogate or an odd last byte: not UTF-8, so the line reader reports its line and column.
const NOT_UTF8 = Buffer.of(0xff);
// A UTF-16 byte order mark at a line's start: FF and FE are never UTF-8, so no UTF-8 or ASCII text holds one.
const LF_BOM_LE = Buffer.of(0x0a, 0xff, 0xfe);
const LF_BOM_BE = Buffer.of(0x0a, 0xfe, 0xff);
// The bytes after a UTF-16 line end that tell a UTF-8 part: none NUL, all UTF-8 (or the file's end before them).
const LOOKAHEAD = 64;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Returns UTF-16 code units as UTF-8, each lone surrogate as one byte that is not UTF-8. */
function utf16ToUtf8(units: Uint8Array, bigEndian: boolean): Buffer {
  const text = (bigEndian ? Buffer.from(units).swap16() : Buffer.from(units.buffer, units.byteOffset, units.length)).toString('utf16le');
  if (text.isWellFormed()) return Buffer.from(text, 'utf8');
  const parts = text.split(/([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/u);
  return Buffer.concat(parts.map((part, i) => (i % 2 === 1 ? NOT_UTF8 : Buffer.from(part, 'utf8'))));
}

/** The offset of the first line-start UTF-16 byte order mark's line feed in `bytes` (from `from`), and its byte order; -1 when none. */
export function utf16PartAt(bytes: Uint8Array, from = 0): { at: number; bigEndian: boolean } {
  const le = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(LF_BOM_LE, from);
  const be = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(LF_BOM_BE, from);
  if (le < 0 || (be >= 0 && be < le)) return { at: be, bigEndian: true };
  return { at: le, bigEndian: false };
}

/** True when the bytes after a UTF-16 line end are a UTF-8 part's: no NUL, valid UTF-8 (a sequence cut by the window aside), a letter or more. */
function startsUtf8(next: Uint8Array): boolean {
  if (next.length === 0 || next.includes(0)) return false;
  let end = next.length;
  while (end > 0 && end > next.length - 3 && (next[end - 1]! & 0xc0) === 0x80) end--;
  if (end > 0 && next[end - 1]! >= 0xc0) end--;
  try {
    strictUtf8.decode(next.subarray(0, end));
  } catch {
    return false;
  }
  // (A line of a Latin UTF-16 text holds a NUL in every other byte; CJK text has none, but its units are seldom UTF-8 for 64 bytes.)
  return true;
}

/** Counts the line feeds in a chunk of UTF-8 output. */
function lineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/**
 * The UTF-8 chunks of a file that starts in `start` (UTF-16 with that byte order, or UTF-8 when undefined): a UTF-16 byte order mark at a
 * line's start begins a UTF-16 part; in a UTF-16 part whose lines hold NUL bytes (Latin text), a line end followed by 64 bytes (or the
 * file's end) with no NUL that are UTF-8 ends it. `parts` gets each part after the first, with the line of the output it starts on.
 * One pass; a surrogate pair or a code unit cut by a chunk's end waits for the next chunk.
 */
export async function* partedChunks(chunks: AsyncIterable<Buffer>, start: { bigEndian: boolean } | undefined, parts: EncodingPart[]): AsyncGenerator<Buffer> {
  let utf16 = start;
  // Whether the current UTF-16 part's lines hold NUL bytes: only such a part is ended by a line of UTF-8.
  let latin = false;
  let lines = 0;
  let pending: Buffer = Buffer.alloc(0);
  const emit = (bytes: Buffer) => {
    lines += lineFeeds(bytes);
    return bytes;
  };
  const iterator = chunks[Symbol.asyncIterator]();
  for (let done = false; !done;) {
    const next = await iterator.next();
    done = next.done === true;
    pending = next.done ? pending : pending.length ? Buffer.concat([pending, next.value]) : next.value;
    for (;;) {
      if (utf16 === undefined) {
        const part = utf16PartAt(pending);
        if (part.at < 0) {
          // (The last two bytes may start a line feed and byte order mark the next chunk ends.)
          const keep = done ? pending.length : Math.max(0, pending.length - 2);
          if (keep > 0) yield emit(pending.subarray(0, keep));
          pending = pending.subarray(keep);
          break;
        }
        yield emit(pending.subarray(0, part.at + 1));
        pending = pending.subarray(part.at + 3);
        utf16 = { bigEndian: part.bigEndian };
        latin = false;
        parts.push({ line: lines + 1, encoding: `UTF-16${part.bigEndian ? 'BE' : 'LE'}` });
        continue;
      }
      const { bigEndian } = utf16;
      // The first line end of the part whose next bytes can be read, and whether a UTF-8 part follows it.
      let end = -1;
      let toUtf8 = false;
      let waiting = false;
      // (Each byte is looked at for a NUL once: from the last line end on.)
      let lineStart = 0;
      for (let at = bigEndian ? pending.indexOf(0x0a, 1) : pending.indexOf(0x0a); at >= 0; at = pending.indexOf(0x0a, at + 1)) {
        const unit = bigEndian ? at - 1 : at;
        if (unit % 2 !== 0 || pending[bigEndian ? at - 1 : at + 1] !== 0) continue;
        if (!latin && pending.subarray(lineStart, unit).includes(0)) latin = true;
        lineStart = unit + 2;
        const after = pending.subarray(unit + 2, unit + 2 + LOOKAHEAD);
        if (after.length < LOOKAHEAD && !done) {
          // (The line end is read again with the next chunk: what follows it decides.)
          waiting = true;
          end = unit;
          break;
        }
        if (latin && startsUtf8(after)) {
          end = unit + 2;
          toUtf8 = true;
          break;
        }
      }
      if (end < 0) {
        // No line end to read past: transcode what is whole, keeping a cut unit or a high surrogate for the next chunk.
        let whole = done ? pending.length : pending.length - (pending.length % 2);
        if (!done && whole >= 2) {
          const last = bigEndian ? pending.readUInt16BE(whole - 2) : pending.readUInt16LE(whole - 2);
          if (last >= 0xd800 && last <= 0xdbff) whole -= 2;
        }
        if (!latin && pending.subarray(lineStart, whole).includes(0)) latin = true;
        const even = whole - (whole % 2);
        if (even > 0) yield emit(utf16ToUtf8(pending.subarray(0, even), bigEndian));
        if (whole % 2 === 1) yield emit(NOT_UTF8);
        pending = pending.subarray(whole);
        break;
      }
      if (end > 0) yield emit(utf16ToUtf8(pending.subarray(0, end), bigEndian));
      pending = pending.subarray(end);
      if (toUtf8) {
        utf16 = undefined;
        parts.push({ line: lines + 1, encoding: 'UTF-8' });
        continue;
      }
      if (waiting) break;
    }
  }
  if (pending.length > 0) yield emit(pending);
}
