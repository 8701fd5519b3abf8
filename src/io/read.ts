import { createReadStream } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import pMap from 'p-map';
import { createSegmenter, type Segment, type SegmentOptions, type SourceLine } from '../stages/segment.js';
import { fsReason, readError } from './input-error.js';
import { parseJsonlLine } from './jsonl.js';

/** One input file to read: its path on disk and the `source` name articles carry. */
export interface InputFile {
  path: string;
  source: string;
  format: 'txt' | 'jsonl';
}

export type InputFormat = 'txt' | 'jsonl';

const EXTENSIONS: Record<string, InputFormat> = { '.txt': 'txt', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/**
 * Expands the CLI's input paths into files in sorted path order (directories recursively, symlink
 * loops skipped). `-` stays as standard input. Problems become error segments in `errors`.
 */
export async function expandInputs(
  paths: string[],
  stdinFormat: InputFormat,
): Promise<{ files: InputFile[]; errors: Segment[] }> {
  const errors: Segment[] = [];
  const found = await pMap(paths, async (path): Promise<InputFile[]> => {
    if (path === '-') return [{ path: '-', source: 'stdin', format: stdinFormat }];
    try {
      const info = await stat(path);
      if (info.isDirectory()) return await walk(path, path, new Set(), errors);
      return [{ path, source: basename(path), format: EXTENSIONS[extname(path).toLowerCase()] ?? 'txt' }];
    } catch (error) {
      errors.push(readError(path, 'unreadable', `cannot read input (${fsReason(error)})`));
      return [];
    }
  }, { concurrency: 8 });
  return { files: found.flat(), errors };
}

async function walk(root: string, dir: string, seen: Set<string>, errors: Segment[]): Promise<InputFile[]> {
  let real: string;
  let entries: string[];
  try {
    real = await realpath(dir);
    entries = (await readdir(dir)).sort();
  } catch (error) {
    errors.push(readError(dir, 'unreadable', `cannot read directory (${fsReason(error)})`));
    return [];
  }
  if (seen.has(real)) {
    errors.push(readError(dir, 'symlink-loop', 'directory already visited through a symlink; skipped'));
    return [];
  }
  seen.add(real);
  const files: InputFile[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      errors.push(readError(path, 'unreadable', `cannot read input (${fsReason(error)})`));
      continue;
    }
    if (info.isDirectory()) files.push(...(await walk(root, path, seen, errors)));
    else {
      const format = EXTENSIONS[extname(name).toLowerCase()];
      if (format) files.push({ path, source: relative(root, path).split('\\').join('/'), format });
    }
  }
  return files;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decodes one line's bytes; returns the text and, when the bytes are not UTF-8, the 1-based column of the first bad byte. */
function decodeLine(bytes: Uint8Array): { text: string; badColumn?: number } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    let good = 0;
    for (let end = 1; end <= bytes.length; end++) {
      try {
        decoder.decode(bytes.subarray(0, end));
        good = end;
      } catch { /* an incomplete sequence may complete at the next byte */ }
      if (end - good > 4) break;
    }
    const column = [...lenientDecoder.decode(bytes.subarray(0, good))].length + 1;
    return { text: lenientDecoder.decode(bytes), badColumn: column };
  }
}

/** Yields a file's lines (LF, CRLF or CR-only) as bytes with 1-based line numbers, streaming. */
async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<{ bytes: Uint8Array; line: number }> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of stream) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let from = 0;
    for (let i = 0; i < pending.length; i++) {
      const byte = pending[i];
      if (byte !== 0x0a && byte !== 0x0d) continue;
      if (byte === 0x0d && i + 1 === pending.length) break; // a CR at the chunk end may be half of CRLF
      yield { bytes: pending.subarray(from, i), line: ++line };
      if (byte === 0x0d && pending[i + 1] === 0x0a) i++;
      from = i + 1;
    }
    pending = pending.subarray(from);
  }
  if (pending.length) {
    const last = pending[pending.length - 1] === 0x0d ? pending.subarray(0, -1) : pending;
    yield { bytes: last, line: ++line };
  }
}

function openStream(file: InputFile): AsyncIterable<Buffer> {
  return file.path === '-' ? process.stdin : createReadStream(file.path);
}

/** Decoded lines of a file; a BOM is dropped; invalid UTF-8 yields an error (bad bytes become U+FFFD). */
async function* textLines(file: InputFile, errors: Segment[]): AsyncGenerator<SourceLine> {
  for await (const { bytes, line } of byteLines(openStream(file))) {
    const decoded = decodeLine(line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
    if (decoded.badColumn !== undefined) {
      errors.push(readError(file.source, 'invalid-utf8', 'invalid UTF-8 bytes replaced with U+FFFD', { line, column: decoded.badColumn }));
    }
    yield { text: decoded.text, line };
  }
}

/** Reads one input file: segmented articles for .txt, one article a line for .jsonl, errors in input order. */
export async function* readInputFile(file: InputFile, segmentOptions?: SegmentOptions): AsyncGenerator<Segment> {
  const errors: Segment[] = [];
  try {
    if (file.format === 'jsonl') {
      let sawLine = false;
      for await (const { text, line } of textLines(file, errors)) {
        yield* errors.splice(0);
        if (text.trim() === '') continue;
        sawLine = true;
        yield parseJsonlLine(text, file.source, line);
      }
      if (!sawLine && errors.length === 0) yield readError(file.source, 'empty-input', 'no JSONL records (the input is empty)');
    } else {
      const segmenter = createSegmenter(file.source, segmentOptions);
      for await (const line of textLines(file, errors)) {
        yield* errors.splice(0);
        yield* segmenter.push(line);
      }
      yield* errors.splice(0);
      yield* segmenter.end();
    }
    yield* errors.splice(0);
  } catch (error) {
    yield* errors.splice(0);
    yield readError(file.source, 'unreadable', `cannot read input (${fsReason(error)})`);
  }
}
