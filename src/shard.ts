import { createHash } from 'node:crypto';
import { openOutputDir } from './io/output.js';
import { VERSION, type Resources } from './article.js';
import type { Outcome, RunIo, RunOptions, RunSummary, Shard } from './run.js';
import { codeDigest, fingerprintFiles } from './state.js';

export const SHARD_FILE = /^shard-(\d+)-of-(\d+)\.jsonl$/u;

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
  if (!/^\d+$/u.test(count) || !Number.isSafeInteger(Number(count)) || Number(count) < 1) throw new Error(`${need}: ${SHARD_COUNT_VAR}="${count}" is not a whole number of at least 1`);
  if (Number(index) >= Number(count)) throw new Error(`${need}: ${SHARD_INDEX_VAR}=${index} is not below ${SHARD_COUNT_VAR}=${count}`);
  return { k: Number(index) + 1, n: Number(count) };
}

/** Parses `K/N` (1 ≤ K ≤ N), or `auto` (see `shardFromEnv`); throws a message naming the option when it is not one. */
export function parseShard(value: string, env: Record<string, string | undefined> = process.env): Shard {
  if (value === 'auto') return shardFromEnv(env);
  const match = /^(\d+)\/(\d+)$/u.exec(value);
  const [k, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  // A number past 2^53 is no whole number here (p126: 1/9999999999999999999 had written shard-1-of-10000000000000000000).
  if (!match || !Number.isSafeInteger(n) || n < 1 || k < 1 || k > n) throw new Error(`--shard must be K/N with 1 ≤ K ≤ N, or auto, got "${value}"`);
  return { k, n };
}

/** What made a shard: the gazette version and digests of the pipeline's files and of the taxonomy (see `fingerprintFiles`). */
export interface ShardMaker {
  version: string;
  pipeline: string;
  taxonomy: string;
}

/**
 * Returns the digests a shard records of the pipeline (its file, lexicon, model, gazetteer, and gazette's code) and the taxonomy it
 * ran with its calibration (p106: shards of two calibrations had merged).
 */
export function shardMaker(resources: Resources, taxonomyPath?: string): ShardMaker {
  const { config } = resources;
  return {
    version: VERSION,
    pipeline: fingerprintFiles(`${VERSION}\0${codeDigest()}`, [config.path, config.lexiconPath, config.modelPath ?? '', config.gazetteerPath]),
    taxonomy: fingerprintFiles('', [taxonomyPath ?? config.taxonomyPath ?? '', config.topicCalibrationPath ?? '']),
  };
}

/**
 * Writes one shard's outcomes (processed articles before entity resolution, and error rows), each
 * with its place in input order, to `shard-K-of-N.jsonl` in the output directory: a header naming
 * what made it, one outcome a line, and an end record with the digest of the whole input (every
 * shard reads all of it) and the sha256 of every byte before it.
 */
export async function writeShard(
  outcomes: AsyncIterable<Outcome>, shard: Shard,
  options: Pick<RunOptions, 'outputDir' | 'onError' | 'signal'> & RunIo & { maker: ShardMaker; inputDigest: () => string },
): Promise<RunSummary> {
  const out = options.out ?? openOutputDir(options.outputDir);
  try {
    const file = out.open(shardFileName(shard));
    const hash = createHash('sha256');
    const write = (line: string) => {
      hash.update(line);
      return file.write(line);
    };
    const summary: RunSummary = { articles: 0, mentions: 0, entities: 0, errors: 0, outputDir: options.outputDir };
    // Damage in --state is this job's, not the input's: reported, not written to the shard.
    for (const error of options.stateDamage ?? []) {
      summary.errors++;
      options.onError?.(error);
    }
    await write(JSON.stringify({ gazette: 'shard', format: 2, shard: `${shard.k}/${shard.n}`, ...options.maker }) + '\n');
    let count = 0;
    for await (const outcome of outcomes) {
      options.signal?.throwIfAborted();
      if ('error' in outcome) {
        summary.errors++;
        options.onError?.(outcome.error);
      } else {
        summary.articles++;
        summary.mentions += outcome.result.mentions.length;
      }
      count++;
      await write(JSON.stringify(outcome) + '\n');
    }
    await file.write(JSON.stringify({ end: true, outcomes: count, input: options.inputDigest(), sha256: hash.digest('hex') }) + '\n');
    await options.beforeCommit?.();
    await out.commit();
    return summary;
  } catch (error) {
    await out.abort();
    throw error;
  }
}
