import { createHash } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, ArticleResult, InputError } from './model/index.js';
import { ioFailure, refuseDanglingLink } from './io/failure.js';
import { openBatchedFile } from './io/output.js';
import { parseJsonObject } from './io/validation.js';
import { acquireLock, createStaging, removeStaging, removeStaleStaging, type Lock } from './io/staging.js';

/**
 * What `--state DIR` remembers between runs: every article's per-article result, keyed by the
 * article itself and a fingerprint of the pipeline's resources. A nightly run over a folder that
 * gained a few files processes only the new articles; the run-level phase (entity ids, every output
 * file) still sees all of them, so the output equals a full run byte for byte.
 */
export interface ResultCache {
  /** A fresh copy of the remembered result of this exact article under these resources. */
  get(article: Article): ArticleResult | undefined;
  /** Remembers a result for the next run (call in input order). */
  put(article: Article, result: ArticleResult): Promise<void>;
  /** Replaces the state with what this run remembered. */
  save(): Promise<void>;
  /** Drops what this run would have remembered (when it failed) and unlocks the directory; harmless after `save`. */
  discard(): Promise<void>;
  /** Results taken from the state in this run. */
  reused(): number;
  /** Damage found in the state file (`state-damaged` rows): the articles concerned are processed again. */
  damage: InputError[];
}

const STATE_FILE = 'results.jsonl';
const STAGING_PREFIX = '.gazette-state-';

/**
 * Returns a digest of the contents of every file a resource path names (a directory: its files by
 * relative name, sorted), so changed data changes it; where the files lie does not.
 */
export function fingerprintFiles(version: string, paths: string[]): string {
  const hash = createHash('sha256').update(version);
  const add = (path: string, name: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) add(join(path, entry), `${name}/${entry}`);
    else hash.update(`\0${name}\0`).update(readFileSync(path));
  };
  paths.forEach((path, slot) => add(path, String(slot)));
  return hash.digest('hex');
}

/**
 * A digest of gazette's own code: every file under `src/` and the locked versions of its packages
 * (`package-lock.json`), so that a `--state` or a shard made by other code is never taken for this code's (p106: an
 * update that kept the version number had reused the old code's results). Read once a process (≈ 1 MB, a few ms).
 */
export function codeDigest(root = projectRoot()): string {
  let digest = codeDigests.get(root);
  if (digest === undefined) {
    digest = fingerprintFiles('', [join(root, 'src'), join(root, 'package-lock.json')]);
    codeDigests.set(root, digest);
  }
  return digest;
}

const codeDigests = new Map<string, string>();

/** The project's root: the folder above `src/` (this module's, bundled or not: a bundle's `import.meta.url` is its source's). */
function projectRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
}

function keyOf(fingerprint: string, article: Article): string {
  return createHash('sha256').update(fingerprint).update(JSON.stringify(article)).digest('hex');
}

/** The checksum of one entry: enough bits to catch any damage, few enough to keep lines short. */
const entrySum = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

/** Returns a `state-damaged` row (not fatal: the article is processed again). */
function damaged(file: string, message: string, line?: number): InputError {
  return { file, ...(line !== undefined && { line }), stage: 'state', rule: 'state-damaged', fatal: false, message: `${file}${line === undefined ? '' : `:${line}`}: ${message}` };
}

// The longest state line held (UTF-16 units): a longer one is damage, dropped as it is read, since a
// string cannot pass 2^29 units and the state of a large run is larger than that as a whole.
const MAX_STATE_LINE = 2 ** 28;

/**
 * Yields a file's lines (split at LF; the last one, maybe empty, after the last LF), read 1 MB at a
 * time; a line over MAX_STATE_LINE is yielded as undefined without being held.
 */
function* fileLines(path: string): Generator<string | undefined> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    const decoder = new StringDecoder('utf8');
    let pieces: string[] = [];
    let held = 0;
    const line = (tail: string) => {
      const whole = held + tail.length > MAX_STATE_LINE ? undefined : pieces.join('') + tail;
      pieces = [];
      held = 0;
      return whole;
    };
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const chunk = decoder.write(buffer.subarray(0, read));
      let from = 0;
      for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', from)) {
        yield line(chunk.slice(from, newline));
        from = newline + 1;
      }
      const rest = chunk.slice(from);
      held += rest.length;
      if (held <= MAX_STATE_LINE) pieces.push(rest);
      else pieces = [];
    }
    yield line(decoder.end());
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a state file: `{"gazette":"state",…}`, then `key<TAB>checksum<TAB>result` lines, then
 * `{"end":true,…,"sha256":…}` over every byte before it. Entries whose checksum holds are kept.
 */
function readState(path: string, fingerprint: string): { remembered: Map<string, string>; damage: InputError[] } {
  const remembered = new Map<string, string>();
  const damage: InputError[] = [];
  if (!lstatSync(path, { throwIfNoEntry: false })) return { remembered, damage };
  // A link that leads nowhere or in a loop, or a pipe, socket or device, is no state: reading a FIFO would
  // block the run for ever (inputs refuse FIFOs for the same reason).
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path);
  } catch (error) {
    damage.push(damaged(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); every article is processed again`));
    return { remembered, damage };
  }
  if (!info.isFile() && !info.isDirectory()) {
    damage.push(damaged(path, 'not a regular file (a pipe, socket or device); every article is processed again'));
    return { remembered, damage };
  }
  let lines: Generator<string | undefined>;
  let first: IteratorResult<string | undefined>;
  try {
    lines = fileLines(path);
    first = lines.next();
  } catch (error) {
    throw ioFailure('read', path, error);
  }
  const header = parseJsonObject(first.value ?? '');
  if (header?.['gazette'] !== 'state' || header['format'] !== 2) {
    lines.return(undefined);
    damage.push(damaged(path, 'not a gazette state file of this version, or its first line is damaged; every article is processed again'));
    return { remembered, damage };
  }
  if (header['fingerprint'] !== fingerprint) { // other resources: nothing applies
    lines.return(undefined);
    return { remembered, damage };
  }
  const hash = createHash('sha256').update(first.value + '\n');
  let end: Record<string, unknown> | undefined;
  try {
    let current = lines.next();
    for (let number = 2; !current.done; number++) {
      const line = current.value;
      const next = lines.next();
      const last = next.done === true;
      current = next;
      if (line?.startsWith('{"end"')) {
        end = parseJsonObject(line);
        if (end && end['sha256'] !== hash.digest('hex') && damage.length === 0) damage.push(damaged(path, 'damaged (file checksum mismatch); entries that check out are used, the rest processed again'));
        break;
      }
      if (last && line === '') break;
      // A line too long to hold is damage all the same; the file checksum can no longer be told.
      if (line === undefined) {
        if (!last) damage.push(damaged(path, 'damaged entry (too long to read); its article is processed again', number));
        continue;
      }
      hash.update(line + '\n');
      const [key, sum, json] = line.split('\t', 3);
      if (key && sum && json !== undefined && sum === entrySum(json)) remembered.set(key, json);
      else if (!last) damage.push(damaged(path, 'damaged entry (checksum mismatch); its article is processed again', number));
    }
  } catch (error) {
    throw ioFailure('read', path, error);
  } finally {
    lines.return(undefined);
  }
  if (!end) damage.push(damaged(path, 'truncated (no end record); the articles it is missing are processed again'));
  return { remembered, damage };
}

/** Opens the state directory: locks it, reads what the last run remembered and starts a new state in a staging directory. */
export function openResultCache(dir: string, fingerprint: string): ResultCache {
  const owner = resolve(dir);
  refuseDanglingLink(dir, ' (--state)');
  // (mkdir's own word for a file there is "already exists", p132.)
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new Error(`${dir} (--state) is not a directory`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw ioFailure('create', `${dir}/`, error);
  }
  const lock: Lock = acquireLock(join(dir, '.gazette-lock'), owner,
    (pid) => `${dir}/ (--state) is in use by another gazette run${pid === undefined ? '' : ` (pid ${pid})`}; try again when it has finished`, () => {});
  let staging: string;
  let state: ReturnType<typeof readState>;
  try {
    removeStaleStaging(dir, STAGING_PREFIX, owner);
    state = readState(join(dir, STATE_FILE), fingerprint);
    staging = createStaging(dir, STAGING_PREFIX, owner);
  } catch (error) {
    lock.release();
    throw error;
  }
  const next = openBatchedFile(join(staging, STATE_FILE));
  const hash = createHash('sha256');
  let entries = 0;
  const write = (text: string) => {
    hash.update(text);
    return next.write(text);
  };
  const started = write(JSON.stringify({ gazette: 'state', format: 2, fingerprint }) + '\n');
  let reused = 0;
  return {
    get(article) {
      const json = state.remembered.get(keyOf(fingerprint, article));
      if (json === undefined) return undefined;
      reused++;
      return JSON.parse(json) as ArticleResult;
    },
    async put(article, result) {
      const json = JSON.stringify(result);
      entries++;
      await write(`${keyOf(fingerprint, article)}\t${entrySum(json)}\t${json}\n`);
    },
    async save() {
      await started;
      await next.write(JSON.stringify({ end: true, entries, sha256: hash.digest('hex') }) + '\n');
      await next.close();
      try {
        renameSync(join(staging, STATE_FILE), join(dir, STATE_FILE));
      } catch (error) {
        throw ioFailure('replace', join(dir, STATE_FILE), error);
      }
    },
    async discard() {
      await next.destroy();
      removeStaging(staging);
      lock.release();
    },
    reused: () => reused,
    damage: state.damage,
  };
}
