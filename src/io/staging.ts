/**
 * The two things that let a run replace a directory's contents as a whole: a lock, so that one run at
 * a time writes there, and staging directories that carry a marker file naming what they stage for, so
 * that a later run removes the leftovers of a killed one — and nothing else — by proof, not by name.
 */
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ioFailure } from './failure.js';
import { parseJsonObject } from './validation.js';

/** The marker file in a staging directory: `{"gazette":"staging","owner":<absolute path it stages for>}`. */
export const STAGING_MARKER = '.gazette-staging';

/** True when a process with this id is running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Returns the JSON object in a file, or undefined when it is missing or not one. */
function readJson(path: string): Record<string, unknown> | undefined {
  try {
    return parseJsonObject(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * True when `dir` holds a dataset a gazette run wrote: its datapackage.json is gazette's (`dataPackage`: named
 * gazette-…, describing mentions.csv) and dataset.json and articles.jsonl stand beside it. A user's folder whose
 * own datapackage.json is named "gazette-montreal" is not one.
 */
export function isGazetteDataset(dir: string): boolean {
  const description = readJson(join(dir, 'datapackage.json'));
  const name = description?.['name'];
  const resources = description?.['resources'];
  return description?.['profile'] === 'tabular-data-package' && typeof name === 'string' && name.startsWith('gazette-') &&
    Array.isArray(resources) && resources.some((r) => (r as { path?: unknown } | null)?.path === 'mentions.csv') &&
    existsSync(join(dir, 'dataset.json')) && existsSync(join(dir, 'articles.jsonl'));
}

/**
 * True when `dir` holds another run's shard (`shard-K-of-N.jsonl`) or --state (`results.jsonl`), by the header
 * line gazette writes first in them: records of a run, never articles.
 */
export function isGazetteRunFiles(dir: string): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((name) => {
    const header = name === 'results.jsonl' ? '{"gazette":"state"' : /^shard-\d+-of-\d+\.jsonl$/u.test(name) ? '{"gazette":"shard"' : undefined;
    return header !== undefined && startsWith(join(dir, name), header);
  });
}

/** True when the file at `path` starts with `prefix` (read: its first bytes only). */
function startsWith(path: string, prefix: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(prefix.length);
    const read = readSync(fd, buffer, 0, prefix.length, 0);
    return read === prefix.length && buffer.toString('utf8') === prefix;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** True when `dir` holds a staging marker (of any owner): such a directory is never input. */
export function isStagingDir(dir: string): boolean {
  return readJson(join(dir, STAGING_MARKER))?.['gazette'] === 'staging';
}

/** Makes a fresh staging directory `<parent>/<prefix>XXXXXX` with a marker naming `owner`. */
export function createStaging(parent: string, prefix: string, owner: string): string {
  let dir: string;
  try {
    dir = mkdtempSync(join(parent, prefix));
    writeFileSync(join(dir, STAGING_MARKER), JSON.stringify({ gazette: 'staging', owner, pid: process.pid }) + '\n');
  } catch (error) {
    throw ioFailure('create', join(parent, `${prefix}…`), error);
  }
  return dir;
}

/**
 * Removes a staging directory whose files were just destroyed. A destroyed write stream may still be
 * opening its file (the open runs on libuv's thread pool), so a file can appear while the directory is
 * being removed (ENOTEMPTY): the removal is tried again, as rmSync does with `maxRetries`.
 */
export function removeStaging(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
}

/**
 * Removes the staging directories in `parent` whose marker names `owner` (call only while holding
 * owner's lock), and those a run killed while making one left with nothing in them but an unwritten
 * marker: nothing of anyone's is in such a directory.
 */
export function removeStaleStaging(parent: string, prefix: string, owner: string): void {
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const dir = join(parent, name);
    const marker = readJson(join(dir, STAGING_MARKER));
    if (marker?.['gazette'] === 'staging' && marker['owner'] === owner) rmSync(dir, { recursive: true, force: true });
    else if (marker === undefined && isUnwrittenStaging(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

/** True for a directory holding nothing, or only a marker file that is not JSON yet (a run killed between making it and writing its marker). */
function isUnwrittenStaging(dir: string): boolean {
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) return false;
    entries = readdirSync(dir);
  } catch {
    return false;
  }
  return entries.length === 0 || (entries.length === 1 && entries[0] === STAGING_MARKER && statSync(join(dir, STAGING_MARKER)).size < 512);
}

// A run writes its lock file right after creating it; an empty one this old was left by a killed run.
const EMPTY_LOCK_GRACE_MS = 5000;

/** Returns the age in milliseconds of the file at `path` when it is empty, else undefined. */
function emptyFileAge(path: string): number | undefined {
  try {
    const info = statSync(path);
    return info.size === 0 ? Date.now() - info.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}

/** A held lock; its file doubles as a journal of what the holder is doing, for the next holder to finish. */
export interface Lock {
  /** Records what a crash at this point would leave (paths the next holder may remove or restore). */
  journal(entries: Record<string, string>): void;
  release(): void;
}

/**
 * Takes the lock file at `path` for `owner`. Throws `busy(pid)`'s message when a running process holds
 * it; a dead holder's lock is taken over after `recover` has been given its journal.
 */
export function acquireLock(path: string, owner: string, busy: (pid: number | undefined) => string, recover: (journal: Record<string, unknown>) => void): Lock {
  const record = (entries: Record<string, string> = {}) => JSON.stringify({ gazette: 'lock', owner, pid: process.pid, ...entries }) + '\n';
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, record());
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioFailure('create', path, error);
      if (attempt > 2) throw new Error(busy(undefined));
    }
    const held = readJson(path);
    // An empty lock is a run killed between creating the file and writing it, or one starting now.
    const empty = emptyFileAge(path);
    if (held === undefined && empty !== undefined) {
      if (empty < EMPTY_LOCK_GRACE_MS) throw new Error(busy(undefined));
      rmSync(path, { force: true });
      continue;
    }
    if (held?.['gazette'] !== 'lock') throw new Error(`${path} is not a gazette lock file, or a damaged one; remove it if no gazette run is going`);
    const pid = Number(held['pid']);
    if (Number.isInteger(pid) && pid !== process.pid && isRunning(pid)) throw new Error(busy(pid));
    if (held['owner'] === owner) recover(held);
    rmSync(path, { force: true });
  }
  let released = false;
  return {
    journal(entries) {
      try {
        writeFileSync(path, record(entries));
      } catch (error) {
        throw ioFailure('write', path, error);
      }
    },
    release() {
      // Once only: after that the file may be another run's lock.
      if (released) return;
      released = true;
      if (existsSync(path)) unlinkSync(path);
    },
  };
}
