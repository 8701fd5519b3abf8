import { chmodSync, copyFileSync, createWriteStream, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ioFailure, refuseDanglingLink } from './failure.js';
import { tables } from './schema.js';
import { acquireLock, createStaging, removeStaging, removeStaleStaging, STAGING_MARKER, type Lock } from './staging.js';

/** A file being written in the staging directory; it reaches the output only with the whole dataset. */
export interface OutputFile {
  write(chunk: string): Promise<void>;
}

/**
 * An output directory replaced as a whole: a run writes into a fresh staging directory beside it and
 * `commit` switches that in (see docs/reliability.md), so a reader or a crash never sees two runs' files.
 */
export interface OutputDir {
  open(name: string): OutputFile;
  /** Returns the staging path for a file written some other way (Parquet). */
  reserve(name: string): string;
  /** Returns a path for a working file of the run (the spill); working files never reach the output. */
  scratch(name: string): string;
  commit(): Promise<void>;
  /** Stops the run's files, waits until each is closed, and removes the staging directory. */
  abort(): Promise<void>;
}

const DATASET_FILES = new Set([
  ...tables.flatMap((table) => [table.file, table.file.replace(/\.csv$/u, '.parquet')]),
  'articles.jsonl', 'dataset.json', 'datapackage.json', 'errors.jsonl', 'report.html',
]);

/** True for a file a gazette run writes (a previous run's copy is replaced or dropped, never carried over). */
function isDatasetFile(name: string): boolean {
  return DATASET_FILES.has(name) || /^shard-\d+-of-\d+\.jsonl$/u.test(name);
}

// Writes are gathered to this many UTF-16 units before they reach the stream: a run writes a few
// short rows per article to five files, and one system call per row costs more than the rows.
const BATCH_CHARS = 1 << 16;

// What a file's stream may hold before a write waits for the disk: room for several batches. The stream's default
// (16 KB) is less than one batch, so every batch had waited for its write to finish ('drain'), this thread idle
// while libuv's thread pool wrote, about 800 times a run of the 5 MB bench corpus (spill and outputs).
const STREAM_BUFFER_BYTES = 1 << 20;

/** A file written in batches of BATCH_CHARS (waiting when the stream asks to). */
export interface BatchedFile {
  write(chunk: string): Promise<void>;
  /** Hands over what is left and waits until the file is closed. */
  close(): Promise<void>;
  /** Stops writing at once (the file is left as it is); resolves once the file is closed. */
  destroy(): Promise<void>;
}

/** Opens `path` for writing (UTF-8) in batches; a failed write or close rejects with `cannot write <path>: …`. */
export function openBatchedFile(path: string): BatchedFile {
  const stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: STREAM_BUFFER_BYTES });
  let failure: unknown;
  // Kept here so that a failure between two writes is neither unhandled nor lost.
  stream.on('error', (error) => { failure ??= error; });
  const failed = () => ioFailure('write', path, failure);
  let pending = '';
  return {
    async write(chunk) {
      if (failure) throw failed();
      pending += chunk;
      if (pending.length < BATCH_CHARS) return;
      const batch = pending;
      pending = '';
      if (!stream.write(batch)) {
        try {
          await once(stream, 'drain');
        } catch {
          throw failed();
        }
      }
    },
    async close() {
      if (!failure) stream.end(pending);
      pending = '';
      try {
        await finished(stream);
      } catch (error) {
        failure ??= error;
      }
      if (failure) throw failed();
    },
    // A destroyed stream may still be opening its file (the open runs on libuv's thread pool): it closes
    // after that, and only then is the staging directory safe to remove (it had failed as ENOTEMPTY under load).
    destroy: () => new Promise<void>((resolve) => {
      if (stream.closed) resolve();
      else stream.once('close', () => resolve());
      stream.destroy();
    }),
  };
}

/** A directory as a message names it, with one slash after it: "." for "" (the working directory), "/" for "/". */
function asFolder(dir: string): string {
  if (dir === '') return './';
  return dir.endsWith('/') ? dir : `${dir}/`;
}

/** The non-dataset entries of an existing output directory (carried into the new one); throws on a directory of someone else's. */
function keptEntries(dir: string, shown = dir): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) throw new Error(`${shown} is not a directory`);
  const names = readdirSync(dir);
  const kept = names.filter((name) => !isDatasetFile(name));
  // Gazette writes no directory, so any is someone else's, one named like a dataset file too (a Spark or
  // pandas "mentions.parquet/" dataset had been replaced with gazette's file and its contents lost).
  const foreign = names.sort().find((name) => lstatSync(join(dir, name)).isDirectory());
  if (foreign) throw new Error(`${asFolder(shown)} holds ${foreign}/, which gazette did not write; choose an empty or gazette output directory`);
  return kept;
}

/** Makes `parent` if it is missing; throws `cannot create <parent>/: …` when it cannot be a directory. */
function ensureDirectory(parent: string): void {
  try {
    mkdirSync(parent, { recursive: true });
  } catch (error) {
    throw ioFailure('create', `${parent}/`, (error as NodeJS.ErrnoException).code === 'EEXIST' ? Object.assign(new Error(), { code: 'ENOTDIR' }) : error);
  }
}

/**
 * Opens `dir` for a run: locks it (a second run fails at once), finishes or undoes what a killed run
 * left (by its lock's journal and its staging markers), checks that the directory holds nothing
 * gazette cannot replace, and makes the staging directory the files are written to.
 */
export function openOutputDir(dir: string): OutputDir {
  // An output that is a symlink is replaced where it points, so that the link stays a link; one that
  // points nowhere is refused, as GNU cp refuses to write through it (it had failed as "not a directory").
  refuseDanglingLink(dir);
  const owner = existsSync(dir) ? realpathSync(dir) : resolve(dir);
  const parent = dirname(owner);
  const prefix = `.${basename(owner)}.gazette-`;
  if (!existsSync(dir)) ensureDirectory(dirname(dir));
  const lock = acquireLock(join(parent, `${prefix}lock`), owner,
    (pid) => `${asFolder(dir)} is being written by another gazette run${pid === undefined ? '' : ` (pid ${pid})`}; try again when it has finished`,
    (journal) => recoverSwap(owner, prefix, journal));
  let staging: string;
  try {
    removeStaleStaging(parent, prefix, owner);
    keptEntries(owner, dir);
    staging = createStaging(parent, prefix, owner);
    mkdirSync(join(staging, '.scratch'));
  } catch (error) {
    lock.release();
    throw error;
  }
  const files: BatchedFile[] = [];
  const abort = async () => {
    await Promise.all(files.map((file) => file.destroy()));
    removeStaging(staging);
    lock.release();
  };
  return {
    open(name) {
      const file = openBatchedFile(join(staging, name));
      files.push(file);
      return { write: file.write };
    },
    reserve: (name) => join(staging, name),
    scratch: (name) => join(staging, '.scratch', name),
    async commit() {
      try {
        await Promise.all(files.map((file) => file.close()));
        rmSync(join(staging, '.scratch'), { recursive: true, force: true });
        for (const name of keptEntries(owner, dir)) carryOver(join(owner, name), join(staging, name));
        swapIn(staging, owner, lock);
      } catch (error) {
        await abort();
        throw error;
      }
      lock.release();
    },
    abort,
  };
}

/** Puts a file of the old output into the new one: a hard link, or a copy across file systems. */
function carryOver(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    try {
      copyFileSync(from, to);
    } catch (error) {
      throw ioFailure('copy', from, error);
    }
  }
}

/**
 * Switches the staging directory in as `output`: the old output is renamed aside, the new one renamed
 * into place, the old one removed. The lock's journal names both, so that a run killed between the two
 * renames is undone by the next one (`recoverSwap`); no reader ever sees a mix of two runs.
 */
function swapIn(staging: string, output: string, lock: Lock): void {
  const previous = `${staging}.previous`;
  // The journal first: a run killed after the marker is gone still leaves the staging directory named.
  lock.journal({ staging, previous });
  rmSync(join(staging, STAGING_MARKER));
  const hadOutput = existsSync(output);
  // The staging directory is private (mkdtemp's 0700) while it is written; the dataset takes the output's own mode
  // (a group-shared directory stays shared, setgid kept), or a new directory's under the umask.
  const mode = hadOutput ? statSync(output).mode & 0o7777 : 0o777 & ~process.umask();
  try {
    chmodSync(staging, mode);
  } catch (error) {
    throw ioFailure('replace', `${output}/`, error);
  }
  try {
    if (hadOutput) renameSync(output, previous);
    renameSync(staging, output);
  } catch (error) {
    if (hadOutput && !existsSync(output) && existsSync(previous)) renameSync(previous, output);
    throw ioFailure('replace', `${output}/`, error);
  }
  try {
    rmSync(previous, { recursive: true, force: true });
  } catch { /* the new dataset is in place; an old copy that will not go is only litter */ }
}

/**
 * Finishes or undoes the swap of a killed run, from its journal: the previous output comes back if the
 * new one is not in place. Only paths beside the output with this output's prefix are touched, whatever
 * the journal says.
 */
function recoverSwap(output: string, prefix: string, journal: Record<string, unknown>): void {
  const ours = (path: unknown): path is string => typeof path === 'string' && dirname(path) === dirname(output) && basename(path).startsWith(prefix);
  const { staging, previous } = journal;
  if (ours(previous) && existsSync(previous)) {
    if (existsSync(output)) rmSync(previous, { recursive: true, force: true });
    else renameSync(previous, output);
  }
  if (ours(staging)) rmSync(staging, { recursive: true, force: true });
}
