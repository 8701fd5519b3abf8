/**
 * `gazette merge`: the shard files of a run (written by shard.ts) checked and combined into one
 * dataset, the same bytes as a single run over the whole input.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadResources } from './article.js';
import { ioFailure } from './io/failure.js';
import { refuseInputsInside } from './io/inputs.js';
import { parseJsonObject } from './io/validation.js';
import { writeRun } from './pipeline.js';
import type { Outcome, RunOptions, RunSummary } from './run.js';
import { SHARD_FILE, shardMaker, type ShardMaker } from './shard.js';

/** Returns the shard files under the given files and directories, checked to be shards 1..N of one N, in order. */
export function findShardFiles(inputs: string[]): { path: string; k: number; n: number }[] {
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
export async function* readShard(path: string): AsyncGenerator<Outcome> {
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
