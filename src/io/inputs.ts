/**
 * Which files a run reads: the paths the user named, directories walked in sorted order, with the
 * limits that keep a run to what was asked for (symlinks only within their root, never the run's own
 * output or state). Reading a file's articles is read.ts's job.
 */
import type { Stats } from 'node:fs';
import { fstatSync } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import pMap from 'p-map';
import type { Segment } from '../stages/segment.js';
import { fsReason, readError } from './input-error.js';
import { EXTENSIONS, type InputFile, type InputFormat } from './read.js';
import { isGazetteDataset, isGazetteRunFiles, isStagingDir } from './staging.js';

// Documents that hold articles in a format gazette does not read: a folder's file of these gets a note.
const DOCUMENT_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.md', '.markdown', '.rtf', '.doc', '.docx', '.odt', '.pdf', '.xml', '.csv', '.tsv', '.text', '.eml', '.mht', '.mhtml']);
// Compressed files and archives, which may hold a day's export (p120: a folder's .jsonl.gz had passed without a row).
const COMPRESSED_EXTENSIONS = new Set(['.gz', '.tgz', '.zip', '.bz2', '.xz', '.zst', '.7z', '.rar', '.tar']);
/** The row's words for a compressed file: what it is and what to do. */
const compressedMessage = (extension: string) => `a compressed ${extension} file; not read (decompress it first: gazette reads .txt, .jsonl, .ndjson and .json)`;
// Of those, the ones that are plain text: read when named on the command line.
const TEXT_DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.text']);

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
  given: string[],
  stdinFormat: InputFormat,
  options: ExpandOptions = {},
): Promise<{ files: InputFile[]; errors: Segment[] }> {
  // The roots in sorted order too, so that `-i b.txt a.txt` gives the bytes `-i a.txt b.txt` gives (row order,
  // and which of two articles with one id is kept); standard input first.
  const paths = sortedPaths(given);
  const exclude = new Set(await pMap(options.exclude ?? [], (dir) => realpath(dir).catch(() => dir)));
  // Standard input's source is "stdin": a file of that name beside it takes its path, or its articles' ids would
  // collide with the input's and all be dropped as duplicates.
  const labels = rootLabels(paths).map((label, i) => (label === 'stdin' && paths[i] !== '-' && paths.includes('-') ? resolve(paths[i]!).split(sep).filter(Boolean).join('/') : label));
  const reals = await pMap(paths, (path) => (path === '-' ? undefined : realpath(path).catch(() => undefined)), { concurrency: 8 });
  // Each root's rows are its own, joined in the order the roots were given: roots are walked at once,
  // so rows pushed to one list would come in the order the walks happened to finish.
  const rootErrors: Segment[][] = paths.map(() => []);
  const found = await pMap(paths, async (path, i): Promise<InputFile[]> => {
    const errors = rootErrors[i]!;
    if (path === '-') {
      // Standard input can be read once: a second `-` is the same input named twice.
      if (paths.indexOf('-') < i) {
        errors.push(readError('stdin', 'duplicate-input', 'standard input is named twice; read once'));
        return [];
      }
      return [{ path: '-', source: 'stdin', format: stdinFormat }];
    }
    const label = labels[i]!;
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        // The same folder named twice (itself and a symlink to it) is one row, not one for each of its files and links.
        const twin = reals.findIndex((real, j) => j < i && real !== undefined && real === reals[i]);
        if (twin !== -1) {
          const twice = labels[twin] === label ? 'this folder is named twice; read once' : `the same folder as ${labels[twin]}, read already; skipped`;
          errors.push(readError(label, 'duplicate-input', twice));
          return [];
        }
        const root: WalkRoot = { path, real: reals[i] ?? await realpath(path), label: paths.length > 1 ? label : undefined, exclude };
        const before = errors.length;
        const files = await walk(root, path, new Set(), errors, root.real);
        // A folder with nothing to read says so, rather than a run of zero articles and no row.
        if (files.length === 0 && errors.length === before) errors.push(readError(path, 'empty-input', 'no input files (.txt, .jsonl, .json) in this folder'));
        return files;
      }
      // A named file without an input extension (`<(…)`, /dev/stdin, a file called `export`) is read as --format says;
      // a saved page, a spreadsheet or an office document is not (its markup had become the article: "DOCTYPE" an
      // organization), while Markdown and .text files are text and are read.
      const extension = extname(path).toLowerCase();
      if (COMPRESSED_EXTENSIONS.has(extension) && info.isFile()) {
        errors.push(readError(label, 'unsupported-format', compressedMessage(extension)));
        return [];
      }
      if (DOCUMENT_EXTENSIONS.has(extension) && !TEXT_DOCUMENT_EXTENSIONS.has(extension) && info.isFile()) {
        errors.push(readError(label, 'unsupported-format', `a ${extension} file; not read (gazette reads .txt, .jsonl, .ndjson and .json: save or export the articles as text)`));
        return [];
      }
      return [{ path, source: label, format: EXTENSIONS[extension] ?? stdinFormat }];
    } catch (error) {
      errors.push(readError(path, 'unreadable', `cannot read input (${fsReason(error)})`));
      return [];
    }
  }, { concurrency: 8 });
  const errors = rootErrors.flat();
  return { files: await onceEach(found.flat(), errors), errors };
}

/** The input paths, standard input first, then by absolute path (code-unit order, as a folder's entries). */
export function sortedPaths(paths: string[]): string[] {
  const keyed = paths.map((path) => ({ path, key: path === '-' ? '' : resolve(path) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((entry) => entry.path);
}

/**
 * The files without a second visit to one file through another input root or path ("-i data data/a.txt", a
 * folder and a symlink to it, two hard links of one file), which would count its articles twice: a `duplicate-input` row, the later one skipped.
 */
async function onceEach(files: InputFile[], errors: Segment[]): Promise<InputFile[]> {
  // A file is its device and inode, which a symlink and a hard link share; its path where stat fails.
  const fileKey = (path: string): Promise<string> => stat(path, { bigint: true }).then((info) => `${info.dev}:${info.ino}`, () => path);
  const reals = await pMap(files, (file) => (file.path === '-' ? Promise.resolve(stdinKey()) : fileKey(file.path)), { concurrency: 8 });
  const first = new Map<string, string>();
  return files.filter((file, i) => {
    const real = reals[i]!;
    const seen = first.get(real);
    if (seen === undefined) {
      first.set(real, file.source);
      return true;
    }
    errors.push(readError(file.source, 'duplicate-input', `the same file as ${seen}, read already; skipped`));
    return false;
  });
}

/**
 * Standard input as the file or pipe behind it, so that `-i - /dev/stdin` or `-i - a.txt < a.txt` reads it
 * once (each had read it twice, the second time as nothing or as the same articles again); `-` when fd 0 is not there.
 */
function stdinKey(): string {
  try {
    const info = fstatSync(0, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return '-';
  }
}

/**
 * Returns each input root's name: its last path component, or as many last components as tell it
 * apart from the other roots (`2024/news` and `2025/news`); the same path gets the same name. No name
 * is the start of another (`news` beside `news/world` becomes `feeds/news`): a root's sources are its name
 * and a path below it, so two files of two roots never get one source. Linear in the paths times their depth
 * (a shell glob of 20,000 files had cost the square of their number).
 */
export function rootLabels(paths: string[]): string[] {
  const wholes = [...new Set(paths.map((path) => resolve(path).split(sep).filter(Boolean).join('/')))];
  const parts = new Map(wholes.map((whole) => [whole, whole.split('/')]));
  const depth = new Map<string, number>();
  // The fewest last components no other root ends with.
  let open = wholes;
  for (let k = 1; open.length > 0; k++) {
    const count = new Map<string, number>();
    for (const whole of wholes) {
      const suffix = parts.get(whole)!.slice(-k).join('/');
      count.set(suffix, (count.get(suffix) ?? 0) + 1);
    }
    open = open.filter((whole) => {
      const mine = parts.get(whole)!;
      if (k < mine.length && count.get(mine.slice(-k).join('/'))! > 1) return true;
      depth.set(whole, Math.min(k, mine.length));
      return false;
    });
  }
  // Then longer names while one is the start of another.
  for (let changed = true; changed;) {
    changed = false;
    const labels = new Map(wholes.map((whole) => [parts.get(whole)!.slice(-depth.get(whole)!).join('/'), whole]));
    for (const [label, whole] of labels) {
      const words = label.split('/');
      for (let k = 1; k < words.length; k++) {
        const prefix = labels.get(words.slice(0, k).join('/'));
        if (prefix === undefined) continue;
        // The shorter name grows when it can, else the longer one.
        const grow = depth.get(prefix)! < parts.get(prefix)!.length ? prefix : whole;
        if (depth.get(grow)! < parts.get(grow)!.length) {
          depth.set(grow, depth.get(grow)! + 1);
          changed = true;
        }
      }
    }
  }
  return paths.map((path) => {
    const whole = resolve(path).split(sep).filter(Boolean).join('/');
    return parts.get(whole)!.slice(-depth.get(whole)!).join('/');
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

/** True for a hidden entry (".trash", "._x.txt") or macOS's "__MACOSX" folder. */
function isHidden(name: string): boolean {
  return name.startsWith('.') || name === '__MACOSX';
}

/** True when a file name's bytes are UTF-8 (a name that is not cannot be named by a string, so it cannot be opened). */
function isUtf8(name: Buffer): boolean {
  return Buffer.from(name.toString('utf8'), 'utf8').equals(name);
}

/** Adds an `unreadable` row for each entry of `dir` whose name is not UTF-8: a directory, or a file with an input extension. */
async function reportUndecodable(root: WalkRoot, dir: string, names: Buffer[], errors: Segment[]): Promise<void> {
  for (const name of names.sort(Buffer.compare)) {
    const shown = join(dir, name.toString('utf8'));
    const isDirectory = await lstat(Buffer.concat([Buffer.from(dir + sep), name])).then((info) => info.isDirectory(), () => false);
    if (!isDirectory && !EXTENSIONS[extname(shown).toLowerCase()]) continue;
    errors.push(readError(sourceName(root, shown), 'unreadable', `the ${isDirectory ? 'directory' : 'file'} name is not UTF-8 (shown here with U+FFFD); not read: rename it`));
  }
}

/**
 * The input files below `dir`; `known` is its real path when the caller knows it (a directory that is no symlink,
 * below one whose real path is known), so that a deep tree costs no `realpath` per level, each of which walks the
 * whole path again (a tree 1,600 deep had taken 80 s).
 */
async function walk(root: WalkRoot, dir: string, seen: Set<string>, errors: Segment[], known?: string): Promise<InputFile[]> {
  let real: string;
  let entries: string[];
  try {
    real = known ?? await realpath(dir);
    const names = await readdir(dir, { encoding: 'buffer' });
    entries = names.filter(isUtf8).map((name) => name.toString('utf8')).sort();
    await reportUndecodable(root, dir, names.filter((name) => !isUtf8(name)), errors);
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
      const childReal = entry.real === path ? join(real, name) : entry.real;
      // A symlink to a folder of the input is not followed: the folder is read under its own name, whichever comes first, and
      // its files keep their ids when the link is pointed elsewhere (p114: "latest -> news" had made "news" a fatal
      // symlink-loop). A link to a folder above it is a loop. Neither loses anything: notes, not fatal.
      if (entry.real !== path) {
        const inside = relative(root.real, entry.real).split(sep);
        if (real === entry.real || real.startsWith(entry.real + sep)) {
          errors.push(readError(sourceName(root, path), 'symlink-loop', 'a symlink to a folder above it; not followed', {}, false));
          continue;
        }
        if (!inside.some(isHidden) && !root.exclude.has(entry.real)) {
          errors.push(readError(sourceName(root, path), 'duplicate-input', `a symlink to ${inside.join('/')}, a folder read under its own name; not followed`, {}, false));
          continue;
        }
      }
      if (root.exclude.has(childReal) || isStagingDir(path)) continue;
      // Nor another run's dataset left below the input ("-o in/out" once): its articles.jsonl would be every article again.
      if (isGazetteDataset(path)) {
        errors.push(readError(sourceName(root, path), 'previous-output', 'a gazette dataset (datapackage.json); not read as input', {}, false));
        continue;
      }
      // Nor another run's shards or --state, as its own output and state are not (no row: shards of one input must
      // see the same segments, whichever ran first).
      if (isGazetteRunFiles(path)) continue;
      // Hidden folders (an editor's ".trash" and ".obsidian", ".git") and macOS's "__MACOSX" hold no one's articles, as git and
      // rsync see them: a note, and not read. A path named on the command line is read.
      if (isHidden(name)) {
        errors.push(readError(sourceName(root, path), 'hidden', 'a hidden or system folder; not read', {}, false));
        continue;
      }
      files.push(...(await walk(root, path, seen, errors, childReal)));
      continue;
    }
    const extension = extname(name).toLowerCase();
    const format = EXTENSIONS[extension];
    // Nor hidden files: macOS's "._x.txt" beside every file copied from a Mac, an editor's ".draft.txt".
    if (isHidden(name)) continue;
    if (!format) {
      // A document a user may have meant as input (a saved web page, a Markdown note, a PDF) is named in a note: it was not
      // read (p92: a folder of .html and .md files had given zero articles and no row). Images and the like pass silently.
      if (COMPRESSED_EXTENSIONS.has(extension) && entry.info.isFile()) {
        errors.push(readError(sourceName(root, path), 'unsupported-format', compressedMessage(extension), {}, false));
      } else if (DOCUMENT_EXTENSIONS.has(extension) && entry.info.isFile()) {
        errors.push(readError(sourceName(root, path), 'unsupported-format', `a ${extension} file; not read (gazette reads .txt, .jsonl, .ndjson and .json: save or export the articles as text)`, {}, false));
      }
      continue;
    }
    if (entry.info.isFile()) files.push({ path: entry.real, source: sourceName(root, path), format });
    else errors.push(readError(sourceName(root, path), 'unreadable', 'not a regular file (a pipe, socket or device); skipped'));
  }
  return files;
}
