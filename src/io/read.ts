import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import pMap from 'p-map';
import { createSegmenter, type Segment, type SegmentOptions, type SourceLine } from '../stages/segment.js';
import { fsReason, readError } from './input-error.js';
import { parseJsonlLine } from './jsonl.js';
import { isStagingDir } from './staging.js';

/** One input file to read: its path on disk and the `source` name articles carry. */
export interface InputFile {
  path: string;
  source: string;
  format: 'txt' | 'jsonl';
}

export type InputFormat = 'txt' | 'jsonl';

const EXTENSIONS: Record<string, InputFormat> = { '.txt': 'txt', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

/** What `expandInputs` must not read: directories the run writes (its output, its state). */
export interface ExpandOptions {
  /** Directories never read as input (a run's output and state directories), by real path. */
  exclude?: string[];
}

/**
 * Expands the CLI's input paths into files in sorted path order (directories recursively, symlink
 * loops skipped, symlinks followed only within their input root). `-` stays as standard input.
 * With more than one input root, each file's `source` starts with its root's name, so that ids stay
 * unique across roots. Problems become error segments in `errors`.
 */
export async function expandInputs(
  paths: string[],
  stdinFormat: InputFormat,
  options: ExpandOptions = {},
): Promise<{ files: InputFile[]; errors: Segment[] }> {
  const errors: Segment[] = [];
  const exclude = new Set(await pMap(options.exclude ?? [], (dir) => realpath(dir).catch(() => dir)));
  const labels = rootLabels(paths);
  const found = await pMap(paths, async (path, i): Promise<InputFile[]> => {
    if (path === '-') return [{ path: '-', source: 'stdin', format: stdinFormat }];
    const label = labels[i]!;
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        const root: WalkRoot = { path, real: await realpath(path), label: paths.length > 1 ? label : undefined, exclude };
        return await walk(root, path, new Set(), errors);
      }
      return [{ path, source: label, format: EXTENSIONS[extname(path).toLowerCase()] ?? 'txt' }];
    } catch (error) {
      errors.push(readError(path, 'unreadable', `cannot read input (${fsReason(error)})`));
      return [];
    }
  }, { concurrency: 8 });
  return { files: found.flat(), errors };
}

/**
 * Returns each input root's name: its last path component, or as many last components as tell it
 * apart from the other roots (`2024/news` and `2025/news`); the same path gets the same name.
 */
export function rootLabels(paths: string[]): string[] {
  const parts = paths.map((path) => resolve(path).split(sep).filter(Boolean));
  return parts.map((mine, i) => {
    const whole = mine.join('/');
    for (let k = 1; k < mine.length; k++) {
      const label = mine.slice(-k).join('/');
      if (parts.every((other, j) => j === i || other.join('/') === whole || other.slice(-k).join('/') !== label)) return label;
    }
    return whole;
  });
}

/**
 * Refuses inputs that a run would replace: a path inside (or equal to) one of `dirs`. Throws a
 * message naming the input and the directory.
 */
export async function refuseInputsInside(paths: string[], dirs: { dir: string; what: string; advice: string }[]): Promise<void> {
  for (const { dir, what, advice } of dirs) {
    const real = await realpath(dir).catch(() => undefined);
    if (real === undefined) continue;
    for (const path of paths) {
      if (path === '-') continue;
      const input = await realpath(path).catch(() => resolve(path));
      if (input === real || input.startsWith(real + sep)) throw new Error(`input ${path} is inside the ${what} ${dir}/, which the run replaces; ${advice}`);
    }
  }
}

/** An input directory as the user named it, with what a walk below it needs. */
interface WalkRoot {
  path: string;
  /** Its real path: symlinks below it are followed only to paths under this. */
  real: string;
  /** The root's name, prefixed to every source when the run has several roots. */
  label: string | undefined;
  exclude: Set<string>;
}

/** Returns the `source` name of a path found under an input directory: relative, with forward slashes. */
function sourceName(root: WalkRoot, path: string): string {
  const relativePath = relative(root.path, path).split('\\').join('/') || basename(path);
  return root.label === undefined ? relativePath : `${root.label}/${relativePath}`;
}

/** The file-system entry at `path` as the walk sees it: a symlink is resolved, and refused when it leads outside the root. */
async function entryAt(root: WalkRoot, path: string, errors: Segment[]): Promise<{ real: string; info: Stats } | undefined> {
  try {
    const link = await lstat(path);
    if (!link.isSymbolicLink()) return { real: path, info: link };
    const real = await realpath(path);
    if (real !== root.real && !real.startsWith(root.real + sep)) {
      errors.push(readError(sourceName(root, path), 'symlink-outside', 'a symlink to a path outside the input folder; not followed'));
      return undefined;
    }
    return { real, info: await stat(real) };
  } catch (error) {
    errors.push(readError(sourceName(root, path), 'unreadable', `cannot read input (${fsReason(error)})`));
    return undefined;
  }
}

async function walk(root: WalkRoot, dir: string, seen: Set<string>, errors: Segment[]): Promise<InputFile[]> {
  let real: string;
  let entries: string[];
  try {
    real = await realpath(dir);
    entries = (await readdir(dir)).sort();
  } catch (error) {
    errors.push(readError(sourceName(root, dir), 'unreadable', `cannot read directory (${fsReason(error)})`));
    return [];
  }
  if (seen.has(real)) {
    errors.push(readError(sourceName(root, dir), 'symlink-loop', 'directory already visited through a symlink; skipped'));
    return [];
  }
  seen.add(real);
  const files: InputFile[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    const entry = await entryAt(root, path, errors);
    if (!entry) continue;
    if (entry.info.isDirectory()) {
      // A run's own output, state and staging directories are never its input.
      if (root.exclude.has(await realpath(path)) || isStagingDir(path)) continue;
      files.push(...(await walk(root, path, seen, errors)));
      continue;
    }
    const format = EXTENSIONS[extname(name).toLowerCase()];
    if (!format) continue;
    if (entry.info.isFile()) files.push({ path: entry.real, source: sourceName(root, path), format });
    else errors.push(readError(sourceName(root, path), 'unreadable', 'not a regular file (a pipe, socket or device); skipped'));
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

/** A line's bytes, or `tooLong` when the line passed the limit and its bytes were dropped. */
interface ByteLine {
  bytes: Uint8Array;
  line: number;
  tooLong: boolean;
}

/**
 * Yields a file's lines (LF, CRLF or CR-only) as bytes with 1-based line numbers, streaming.
 * A line longer than `maxLineBytes` is not held in memory: it is yielded empty with `tooLong`.
 */
async function* byteLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let line = 0;
  let pendingCR = false;
  const take = (tail: Buffer): ByteLine => {
    const over = tooLong || partBytes + tail.length > maxLineBytes;
    const bytes = over ? Buffer.alloc(0) : parts.length ? Buffer.concat([...parts, tail]) : tail;
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
      if (byte !== 0x0a && byte !== 0x0d) continue;
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

/** True when the start of a file is not text: a NUL byte together with bytes that are not UTF-8 (a PNG, a PDF, a zip). */
export function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 8192);
  if (!sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, lastCompleteUtf8(sample)));
    return false;
  } catch {
    return true;
  }
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

/** Opens a file (or stdin) as chunks, or returns 'binary' when its first chunk is not text. */
async function openText(file: InputFile): Promise<AsyncIterable<Buffer> | 'binary'> {
  const stream: AsyncIterable<Buffer> = file.path === '-' ? process.stdin : createReadStream(file.path);
  const chunks = stream[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (!first.done && looksBinary(first.value)) {
    await chunks.return?.();
    return 'binary';
  }
  return (async function* () {
    if (first.done) return;
    yield first.value;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  })();
}

/** Limits that protect the machine from one huge input. */
export interface ReadLimits {
  /** Longest line kept, in bytes; a longer line becomes a `line-too-long` error. */
  maxLineBytes: number;
}

export const defaultReadLimits: ReadLimits = { maxLineBytes: 16 * 1024 * 1024 };

/**
 * Decoded lines of a file; a BOM is dropped. Invalid UTF-8 and NUL bytes become U+FFFD with a
 * non-fatal error; an over-long line becomes a fatal one.
 */
async function* textLines(chunks: AsyncIterable<Buffer>, file: InputFile, errors: Segment[], limits: ReadLimits): AsyncGenerator<SourceLine> {
  for await (const { bytes, line, tooLong } of byteLines(chunks, limits.maxLineBytes)) {
    if (tooLong) {
      errors.push(readError(file.source, 'line-too-long', `line longer than ${limits.maxLineBytes} bytes; skipped`, { line }));
      continue;
    }
    const decoded = decodeLine(line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
    if (decoded.badColumn !== undefined) {
      errors.push(readError(file.source, 'invalid-utf8', 'invalid UTF-8 bytes replaced with U+FFFD', { line, column: decoded.badColumn }, false));
    }
    let text = decoded.text;
    if (file.format === 'txt' && text.includes('\0')) {
      const column = [...text.slice(0, text.indexOf('\0'))].length + 1;
      errors.push(readError(file.source, 'nul-byte', 'NUL bytes replaced with U+FFFD', { line, column }, false));
      text = text.replaceAll('\0', '\uFFFD');
    }
    yield { text, line };
  }
}

/** Reads one input file: segmented articles for .txt, one article a line for .jsonl, errors in input order. */
export async function* readInputFile(
  file: InputFile,
  segmentOptions?: SegmentOptions,
  limits: ReadLimits = defaultReadLimits,
): AsyncGenerator<Segment> {
  const errors: Segment[] = [];
  try {
    const chunks = await openText(file);
    if (chunks === 'binary') {
      yield readError(file.source, 'binary-input', 'this is not a text file (NUL bytes and invalid UTF-8 at the start); skipped');
      return;
    }
    if (file.format === 'jsonl') {
      let sawLine = false;
      for await (const { text, line } of textLines(chunks, file, errors, limits)) {
        yield* errors.splice(0);
        if (text.trim() === '') continue;
        sawLine = true;
        yield* parseJsonlLine(text, file.source, line);
      }
      if (!sawLine && errors.length === 0) yield readError(file.source, 'empty-input', 'no JSONL records (the input is empty or only whitespace)');
    } else {
      const segmenter = createSegmenter(file.source, segmentOptions);
      for await (const line of textLines(chunks, file, errors, limits)) {
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
