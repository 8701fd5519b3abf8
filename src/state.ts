import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Article, ArticleResult } from './model/index.js';

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
  /** Results taken from the state in this run. */
  reused(): number;
}

const STATE_FILE = 'results.jsonl';

/** Returns a digest of every file a resource path names (a directory: its files, sorted), so changed data invalidates the state. */
export function fingerprintFiles(version: string, paths: string[]): string {
  const hash = createHash('sha256').update(version);
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const path of paths) add(path);
  return hash.digest('hex');
}

function keyOf(fingerprint: string, article: Article): string {
  return createHash('sha256').update(fingerprint).update(JSON.stringify(article)).digest('hex');
}

/** Opens the state directory: reads what the last run remembered and starts a new state beside it. */
export function openResultCache(dir: string, fingerprint: string): ResultCache {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, STATE_FILE);
  const remembered = new Map<string, string>();
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line) continue;
      const tab = line.indexOf('\t');
      remembered.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const tmp = join(dir, `${STATE_FILE}.${process.pid}.tmp`);
  const next: WriteStream = createWriteStream(tmp, { encoding: 'utf8' });
  let reused = 0;
  return {
    get(article) {
      const json = remembered.get(keyOf(fingerprint, article));
      if (json === undefined) return undefined;
      reused++;
      return JSON.parse(json) as ArticleResult;
    },
    async put(article, result) {
      if (!next.write(`${keyOf(fingerprint, article)}\t${JSON.stringify(result)}\n`)) await once(next, 'drain');
    },
    async save() {
      next.end();
      await once(next, 'close');
      renameSync(tmp, path);
    },
    reused: () => reused,
  };
}

/** Drops the half-written new state of a failed run. */
export function discardState(dir: string): void {
  rmSync(join(dir, `${STATE_FILE}.${process.pid}.tmp`), { force: true });
}
