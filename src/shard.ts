import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { openOutputDir, type OutputDir } from './io/output.js';
import { loadResources, writeRun, type Outcome, type RunOptions, type RunSummary, type Shard } from './pipeline.js';

const SHARD_FILE = /^shard-(\d+)-of-(\d+)\.jsonl$/u;

/** Returns the name of shard K of N's file. */
export function shardFileName(shard: Shard): string {
  return `shard-${shard.k}-of-${shard.n}.jsonl`;
}

/** Parses `K/N` (1 ≤ K ≤ N); throws a message naming the option when it is not one. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(value);
  const [k, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || n < 1 || k < 1 || k > n) throw new Error(`--shard must be K/N with 1 ≤ K ≤ N, got "${value}"`);
  return { k, n };
}

/**
 * Writes one shard's outcomes (processed articles before entity resolution, and error rows), each
 * with its place in input order, to `shard-K-of-N.jsonl` in the output directory.
 */
export async function writeShard(
  outcomes: AsyncIterable<Outcome>, shard: Shard, options: Pick<RunOptions, 'outputDir' | 'onError' | 'signal'> & { out?: OutputDir },
): Promise<RunSummary> {
  const out = options.out ?? openOutputDir(options.outputDir);
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
function findShardFiles(inputs: string[]): string[] {
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
async function* readShard(path: string): AsyncGenerator<Outcome> {
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (line) yield JSON.parse(line) as Outcome;
  }
}

/** Merges shard streams (each in input order) into one stream in input order. */
async function* mergeBySeq(paths: string[]): AsyncGenerator<Outcome> {
  const readers = paths.map((path) => readShard(path));
  const heads = await Promise.all(readers.map((r) => r.next()));
  for (;;) {
    let best = -1;
    heads.forEach((head, i) => {
      if (!head.done && (best === -1 || head.value.seq < (heads[best]!.value as Outcome).seq)) best = i;
    });
    if (best === -1) return;
    yield heads[best]!.value as Outcome;
    heads[best] = await readers[best]!.next();
  }
}

export interface MergeOptions extends Pick<RunOptions, 'outputDir' | 'pipelinePath' | 'taxonomyPath' | 'excel' | 'parquet' | 'report' | 'onError' | 'signal'> {
  /** Shard files, or directories holding them. */
  inputs: string[];
}

/**
 * Combines the outputs of `--shard 1/N … N/N` into one dataset: the same files, ids and bytes as a
 * single run over the whole input, because the run-level phase (entity resolution, writing) sees
 * every article in input order.
 */
export async function mergeShards(options: MergeOptions): Promise<RunSummary> {
  const paths = findShardFiles(options.inputs);
  const resources = loadResources(options.pipelinePath, options.taxonomyPath);
  return writeRun(mergeBySeq(paths), resources, options);
}
