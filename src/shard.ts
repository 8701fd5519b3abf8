import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { ioFailure } from './io/failure.js';
import { openOutputDir } from './io/output.js';
import { refuseInputsInside } from './io/inputs.js';
import { parseJsonObject } from './io/validation.js';
import { loadResources, VERSION, writeRun, type Outcome, type Resources, type RunIo, type RunOptions, type RunSummary, type Shard } from './pipeline.js';
import { fingerprintFiles } from './state.js';

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

/** What made a shard: the gazette version and digests of the pipeline's files and of the taxonomy (see `fingerprintFiles`). */
export interface ShardMaker {
  version: string;
  pipeline: string;
  taxonomy: string;
}

/** Returns the digests a shard records of the pipeline (its file, lexicon, model, gazetteer) and the taxonomy it ran. */
export function shardMaker(resources: Resources, taxonomyPath?: string): ShardMaker {
  const { config } = resources;
  return {
    version: VERSION,
    pipeline: fingerprintFiles(VERSION, [config.path, config.lexiconPath, config.modelPath ?? '', config.gazetteerPath]),
    taxonomy: fingerprintFiles('', [taxonomyPath ?? config.taxonomyPath ?? '']),
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
    out.abort();
    throw error;
  }
}

/** Returns the shard files under the given files and directories, checked to be shards 1..N of one N, in order. */
function findShardFiles(inputs: string[]): { path: string; k: number; n: number }[] {
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
  return shards.sort((a, b) => a.k - b.k);
}

/** A shard file's header and end record, once its checksum has been checked. */
interface CheckedShard {
  path: string;
  header: Record<string, unknown>;
  end: Record<string, unknown>;
}

/** Reads a shard file through and checks its header, end record and checksum; throws a message naming the file. */
async function checkShard(path: string, k: number, n: number): Promise<CheckedShard> {
  const hash = createHash('sha256');
  let header: Record<string, unknown> | undefined;
  let end: Record<string, unknown> | undefined;
  let sum = '';
  const damaged = (why: string) => new Error(`${path}: damaged shard file (${why}); make this shard again`);
  try {
    for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      if (end) throw damaged('lines after the end record');
      if (header === undefined) {
        header = parseJsonObject(line);
        if (header?.['gazette'] !== 'shard' || header['format'] !== 2) throw new Error(`${path}: not a gazette shard file of this version, or its first line is damaged; make this shard again`);
      } else if (line.startsWith('{"end"')) {
        end = parseJsonObject(line);
        sum = hash.digest('hex');
        continue;
      }
      hash.update(line + '\n');
    }
  } catch (error) {
    throw ioFailure('read', path, error);
  }
  if (!header) throw new Error(`${path}: an empty file, not a shard; make this shard again`);
  if (!end) throw damaged('truncated: no end record');
  if (end['sha256'] !== sum) throw damaged('checksum mismatch');
  if (header['shard'] !== `${k}/${n}`) throw new Error(`${path}: holds shard ${String(header['shard'])}, not ${k}/${n} as its name says`);
  return { path, header, end };
}

/** Throws unless every shard was made from the same input, pipeline and taxonomy as the first, and the merge uses the same. */
function checkSameMaker(shards: CheckedShard[], merge: ShardMaker): void {
  const [first] = shards;
  const fields: [keyof ShardMaker | 'input', string][] = [['version', 'gazette version'], ['pipeline', 'pipeline'], ['taxonomy', 'taxonomy'], ['input', 'input']];
  const value = (shard: CheckedShard, field: keyof ShardMaker | 'input') => (field === 'input' ? shard.end['input'] : shard.header[field]);
  for (const shard of shards.slice(1)) {
    for (const [field, what] of fields) {
      if (value(shard, field) !== value(first!, field)) {
        throw new Error(`${shard.path} was made from a different ${what} than ${first!.path}; run every shard on the same input, pipeline and taxonomy`);
      }
    }
  }
  for (const [field, what] of fields.slice(0, 3) as [keyof ShardMaker, string][]) {
    if (first!.header[field] !== merge[field]) {
      throw new Error(`${first!.path} was made from a different ${what} than this merge uses; merge with the pipeline and taxonomy the shards ran`);
    }
  }
}

/** Yields a shard file's outcomes in order (its header and end record are checked already). */
async function* readShard(path: string): AsyncGenerator<Outcome> {
  let first = true;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    if (first || line.startsWith('{"end"')) {
      first = false;
      continue;
    }
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
  await refuseInputsInside(options.inputs, [{ dir: options.outputDir, what: 'output directory', advice: 'write the output elsewhere' }]);
  const shards = findShardFiles(options.inputs);
  const checked = await Promise.all(shards.map(({ path, k, n }) => checkShard(path, k, n)));
  const resources = loadResources(options.pipelinePath, options.taxonomyPath);
  checkSameMaker(checked, shardMaker(resources, options.taxonomyPath));
  return writeRun(mergeBySeq(shards.map((s) => s.path)), resources, options);
}
