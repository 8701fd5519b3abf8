/** Shards of a run (`--shard K/N`): which shard a process runs, and the shard-K-of-N.jsonl file it writes and `merge` reads. */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { openOutputDir } from './io/output.js';
import type { Outcome, RunOptions, RunSummary, Shard } from './run.js';

const SHARD_FILE = /^shard-(\d+)-of-(\d+)\.jsonl$/u;

/** Returns the name of shard K of N's file. */
export function shardFileName(shard: Shard): string {
  return `shard-${shard.k}-of-${shard.n}.jsonl`;
}

/** The variables `--shard auto` reads: Kubernetes sets the first in an Indexed Job; its manifest sets the second. */
export const SHARD_INDEX_VAR = 'JOB_COMPLETION_INDEX';
export const SHARD_COUNT_VAR = 'GAZETTE_SHARDS';

/**
 * Returns the shard of an Indexed Job's pod: K = JOB_COMPLETION_INDEX + 1 (the index is 0-based),
 * N = GAZETTE_SHARDS; throws a message naming the variable that is missing or wrong.
 */
export function shardFromEnv(env: Record<string, string | undefined>): Shard {
  const need = `--shard auto needs ${SHARD_INDEX_VAR} (0-based; a Kubernetes Indexed Job sets it) and ${SHARD_COUNT_VAR} (the number of shards, the Job's completions)`;
  const index = env[SHARD_INDEX_VAR];
  const count = env[SHARD_COUNT_VAR];
  if (index === undefined || index === '') throw new Error(`${need}: ${SHARD_INDEX_VAR} is not set`);
  if (count === undefined || count === '') throw new Error(`${need}: ${SHARD_COUNT_VAR} is not set`);
  if (!/^\d+$/u.test(index)) throw new Error(`${need}: ${SHARD_INDEX_VAR}="${index}" is not a whole number`);
  if (!/^\d+$/u.test(count) || Number(count) < 1) throw new Error(`${need}: ${SHARD_COUNT_VAR}="${count}" is not a whole number of at least 1`);
  if (Number(index) >= Number(count)) throw new Error(`${need}: ${SHARD_INDEX_VAR}=${index} is not below ${SHARD_COUNT_VAR}=${count}`);
  return { k: Number(index) + 1, n: Number(count) };
}

/** Parses `K/N` (1 ≤ K ≤ N), or `auto` (see `shardFromEnv`); throws a message naming the option when it is not one. */
export function parseShard(value: string, env: Record<string, string | undefined> = process.env): Shard {
  if (value === 'auto') return shardFromEnv(env);
  const match = /^(\d+)\/(\d+)$/u.exec(value);
  const [k, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || n < 1 || k < 1 || k > n) throw new Error(`--shard must be K/N with 1 ≤ K ≤ N, or auto, got "${value}"`);
  return { k, n };
}

/**
 * Writes one shard's outcomes (processed articles before entity resolution, and error rows), each
 * with its place in input order, to `shard-K-of-N.jsonl` in the output directory.
 */
export async function writeShard(outcomes: AsyncIterable<Outcome>, shard: Shard, options: Pick<RunOptions, 'outputDir' | 'onError' | 'signal'>): Promise<RunSummary> {
  const out = openOutputDir(options.outputDir);
  try {
    const file = out.open(shardFileName(shard));
    const summary: RunSummary = { articles: 0, mentions: 0, entities: 0, errors: 0, outputDir: options.outputDir };
    for await (const outcome of outcomes) {
      options.signal?.throwIfAborted();
      if ('error' in outcome) {
        summary.errors++;
        options.onError?.(outcome.error);
      } else {
        summary.articles++;
        summary.mentions += outcome.result.mentions.length;
      }
      await file.write(JSON.stringify(outcome) + '\n');
    }
    await out.commit();
    return summary;
  } catch (error) {
    out.abort();
    throw error;
  }
}

/** Returns the shard files under the given files and directories, checked to be shards 1..N of one N. */
export function findShardFiles(inputs: string[]): string[] {
  const files = inputs.flatMap((input) => (statSync(input).isDirectory()
    ? readdirSync(input).filter((name) => SHARD_FILE.test(name)).map((name) => join(input, name))
    : [input]));
  const shards = files.map((path) => {
    const match = SHARD_FILE.exec(basename(path));
    if (!match) throw new Error(`${path}: not a shard file (expected shard-K-of-N.jsonl)`);
    return { path, k: Number(match[1]), n: Number(match[2]) };
  });
  const n = shards[0]?.n ?? 0;
  const ks = shards.map((s) => s.k).sort((a, b) => a - b);
  if (n === 0 || shards.some((s) => s.n !== n) || ks.join(',') !== Array.from({ length: n }, (_, i) => i + 1).join(',')) {
    throw new Error(`merge needs shards 1..N of one N, got ${shards.map((s) => basename(s.path)).join(', ') || 'none'}`);
  }
  return shards.sort((a, b) => a.k - b.k).map((s) => s.path);
}

/** Yields a shard file's outcomes in order. */
export async function* readShard(path: string): AsyncGenerator<Outcome> {
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line) as Outcome;
  }
}
