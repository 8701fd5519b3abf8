/** `gazette merge`: the shards of a run (shard.ts) combined into one dataset. */
import { loadResources } from './article.js';
import { writeRun } from './pipeline.js';
import type { Outcome, RunOptions, RunSummary } from './run.js';
import { findShardFiles, readShard } from './shard.js';

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
