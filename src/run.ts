/** What a run takes and gives (types only): its options, a shard of it, its summary, where it writes, and each input segment's outcome. */
import type { OutputDir } from './io/output.js';
import type { InputFormat } from './io/read.js';
import type { ArticleResult, InputError } from './model/index.js';

export interface RunOptions {
  inputs: string[];
  outputDir: string;
  pipelinePath: string;
  taxonomyPath?: string;
  stdinFormat?: InputFormat;
  /** Start each CSV with a UTF-8 BOM so Excel reads it as UTF-8. */
  excel?: boolean;
  /** Also write every table as `<table>.parquet` (same columns and types; held in memory until written). */
  parquet?: boolean;
  /** Write report.html, a self-contained page of the run (the first 500 articles, the top 2,000 entities). */
  report?: boolean;
  /** Called for every rejected piece of input, as it happens. */
  onError?: (error: InputError) => void;
  /** Largest article text accepted, in UTF-8 bytes; a larger one becomes an `article-too-large` error. */
  maxArticleBytes?: number;
  /** Stops the run between articles; nothing is written under a final name. */
  signal?: AbortSignal;
  /** Worker threads for the per-article phase (default 1: this thread). Output does not depend on it. */
  workers?: number;
  /** Process only this shard and write `shard-K-of-N.jsonl` (see `mergeShards`). */
  shard?: Shard;
  /** Remember per-article results here and reuse them in the next run (incremental refresh). */
  stateDir?: string;
  /**
   * With more than one worker, a spill of at least this many bytes is resolved in two ranges at once
   * (default PARALLEL_PASS2_BYTES in pipeline.ts; tests set it low). The output does not depend on it.
   */
  parallelPass2Bytes?: number;
  /** Called after each article of pass 1 with the articles done and the bytes of text they held. */
  onProgress?: (progress: { articles: number; textBytes: number }) => void;
}

/** Shard K of N (1-based): the segments whose place in input order is K modulo N. */
export interface Shard {
  k: number;
  n: number;
}

export interface RunSummary {
  articles: number;
  /** Articles whose results came from `--state` instead of being processed again. */
  reused?: number;
  mentions: number;
  entities: number;
  errors: number;
  outputDir: string;
}

/** Where a run's phase writes, when its caller has opened it already, and what `--state` found damaged. */
export interface RunIo {
  out?: OutputDir;
  /** `state-damaged` rows: reported first, not part of input order. */
  stateDamage?: InputError[] | undefined;
  /** Runs when every file is written, before the commit (saving `--state`), so that its failure leaves the previous output. */
  beforeCommit?: (() => Promise<void>) | undefined;
}

/** What one input segment became: a processed article or an error row, with its place in input order. */
export type Outcome = { seq: number; result: ArticleResult } | { seq: number; error: InputError };
