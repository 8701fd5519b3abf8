/**
 * Quoted-printable text (RFC 2045), as an e-mail's "Show original" or a saved .eml gives a forwarded newsletter: `=E2=80=99`
 * for the bytes of ’, a line that ends in `=` continued on the next. Read raw, its cut words and escapes had been entities
 * (p126: "Frida= / y" a person Frida, "=E8=B3=B4" a place B3). Decoded a line at a time, before the bytes are read as UTF-8.
 */

/** A line's bytes with its 1-based line number, or `tooLong` when the line passed the limit and its bytes were dropped. */
export interface ByteLine {
  bytes: Uint8Array;
  line: number;
  tooLong: boolean;
}

// The header that declares the encoding; any other value of it (a later MIME part's "7bit" or "base64") ends it.
const DECLARED = /^content-transfer-encoding:[ \t]*quoted-printable[ \t]*$/iu;
const OTHER_ENCODING = /^content-transfer-encoding:/iu;

/**
 * True for a start that is unmistakably quoted-printable without its header: every `=` is an escape (`=` and two capital hex
 * digits) or a soft line break (`=` last on its line), with two soft breaks and one escape at least. Text that merely has `=`
 * signs ("x = 5", a URL's "?a=1", base64's padding) fails the first test.
 */
export function looksQuotedPrintable(head: Uint8Array): boolean {
  // The first 8 KB however the start was read (a file's first chunk is 64 KB, a pipe's what was written), so that the same
  // bytes give the same answer; the last line may be cut by the sample's end.
  const lines = Buffer.from(head.subarray(0, 8192)).toString('latin1').split(/\r\n|\r|\n/u);
  if (head.length >= 8192) lines.pop();
  let soft = 0;
  let escapes = 0;
  for (const line of lines) {
    for (let at = line.indexOf('='); at >= 0; at = line.indexOf('=', at + 1)) {
      if (at === line.length - 1) soft++;
      else if (/^[0-9A-F]{2}$/u.test(line.slice(at + 1, at + 3))) escapes++;
      else return false;
    }
  }
  return soft >= 2 && escapes >= 1;
}

/** The value of one hex digit's byte, or -1. */
function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const upper = byte & 0xdf;
  return upper >= 0x41 && upper <= 0x46 ? upper - 0x37 : -1;
}

/** Decodes one line's escapes (`=XX`); an `=` before no two hex digits is kept as written. Returns the bytes and whether a soft break ends the line. */
function decodeLine(bytes: Uint8Array): { bytes: Uint8Array; soft: boolean } {
  let end = bytes.length;
  // Trailing white space is the transport's, not the text's (RFC 2045, 6.7 (3)).
  while (end > 0 && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x09)) end--;
  const soft = end > 0 && bytes[end - 1] === 0x3d;
  if (soft) end--;
  if (!bytes.subarray(0, end).includes(0x3d)) return { bytes: bytes.subarray(0, end), soft };
  const out = new Uint8Array(end);
  let n = 0;
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x3d && i + 2 < end) {
      const [high, low] = [hexValue(bytes[i + 1]!), hexValue(bytes[i + 2]!)];
      if (high >= 0 && low >= 0) {
        out[n++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    out[n++] = bytes[i]!;
  }
  return { bytes: out.subarray(0, n), soft };
}

/** The header line's text when a line may be a Content-Transfer-Encoding header (it starts with C or c), else undefined. */
function headerOf(line: ByteLine): string | undefined {
  if (line.tooLong || (line.bytes[0] !== 0x43 && line.bytes[0] !== 0x63)) return undefined;
  return Buffer.from(line.bytes.subarray(0, 80)).toString('latin1');
}

/**
 * Yields the lines of a text file, those of quoted-printable text decoded: from the first line when `guessed`, and after each
 * header line that declares it, up to a header that names another encoding. A line continued by a soft break is joined with
 * the next and carries the first one's number; a line break written as escapes (`=0D=0A`) parts lines. A joined line over
 * `maxLineBytes` is yielded empty with `tooLong`, as the line reader does.
 */
export async function* quotedPrintableLines(lines: AsyncIterable<ByteLine>, guessed: boolean, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let active = guessed;
  let parts: Uint8Array[] = [];
  let bytes = 0;
  let first = 0;
  let tooLong = false;
  function* flush(): Generator<ByteLine> {
    if (first === 0) return;
    if (tooLong) yield { bytes: new Uint8Array(0), line: first, tooLong };
    else yield* splitLines(Buffer.concat(parts), first);
    [parts, bytes, first, tooLong] = [[], 0, 0, false];
  }
  for await (const line of lines) {
    const header = headerOf(line);
    if (header !== undefined && OTHER_ENCODING.test(header)) {
      yield* flush();
      active = DECLARED.test(header);
      yield line;
      continue;
    }
    if (!active || line.tooLong) {
      yield* flush();
      yield line;
      continue;
    }
    const decoded = decodeLine(line.bytes);
    if (first === 0) first = line.line;
    bytes += decoded.bytes.length;
    if (bytes > maxLineBytes) [tooLong, parts] = [true, []];
    if (!tooLong) parts.push(decoded.bytes);
    if (!decoded.soft) yield* flush();
  }
  yield* flush();
}

/** The decoded bytes of one joined line, parted where a line break was written as escapes. */
function* splitLines(bytes: Uint8Array, line: number): Generator<ByteLine> {
  let from = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a && bytes[i] !== 0x0d) continue;
    yield { bytes: bytes.subarray(from, i), line, tooLong: false };
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++;
    from = i + 1;
  }
  yield { bytes: bytes.subarray(from), line, tooLong: false };
}
