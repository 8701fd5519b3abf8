/** Hashed weight tables: row = feature hash bucket, one column per label. */
import { LABEL_COUNT } from './labels.js';

/**
 * Weights of one stage. Dense: `values[bucket * LABEL_COUNT + label]`. Compact (as loaded from disk):
 * `rowOf[bucket]` is 0 for an all-zero bucket, else r with the bucket's weights at `values[r * rowStride …]`;
 * the compact form keeps only the few non-zero rows, so lookups stay in cache.
 */
export interface WeightTable {
  values: Int16Array | Float64Array;
  rowOf?: Uint32Array;
  /** Distance between a compact table's rows: LABEL_COUNT (the default), or more when stages interleave their rows (weight-packing.ts `compactTables`). */
  rowStride?: number;
}

/** Returns the distance between the rows of a table's `values`. */
export function rowStrideOf(table: WeightTable): number {
  return table.rowStride ?? LABEL_COUNT;
}

/** Replaces every feature hash in `hashes[0..count)` by its bucket in a table of 2^bits rows, in place. */
export function toBuckets(hashes: Uint32Array, count: number, bits: number): void {
  const shift = 32 - bits;
  for (let k = 0; k < count; k++) hashes[k] = hashes[k]! >>> shift;
}

if (LABEL_COUNT !== 17) throw new Error('accumulateScores is unrolled for 17 labels');

/** Adds the weights of the buckets `buckets[from..to)` to `scores` (one slot per label). */
export function accumulateScores(table: WeightTable, buckets: Uint32Array, from: number, to: number, scores: Float64Array): void {
  const { values, rowOf } = table;
  const stride = rowStrideOf(table);
  // Unrolled into locals: twice as fast as a label loop in V8, and this is the tagger's hot path.
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  let s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0;
  for (let k = from; k < to; k++) {
    const bucket = buckets[k]!;
    const row = rowOf === undefined ? bucket : rowOf[bucket]!;
    if (rowOf !== undefined && row === 0) continue;
    const b = row * stride;
    s0 += values[b]!; s1 += values[b + 1]!; s2 += values[b + 2]!; s3 += values[b + 3]!;
    s4 += values[b + 4]!; s5 += values[b + 5]!; s6 += values[b + 6]!; s7 += values[b + 7]!;
    s8 += values[b + 8]!; s9 += values[b + 9]!; s10 += values[b + 10]!; s11 += values[b + 11]!;
    s12 += values[b + 12]!; s13 += values[b + 13]!; s14 += values[b + 14]!; s15 += values[b + 15]!;
    s16 += values[b + 16]!;
  }
  scores[0]! += s0; scores[1]! += s1; scores[2]! += s2; scores[3]! += s3; scores[4]! += s4; scores[5]! += s5;
  scores[6]! += s6; scores[7]! += s7; scores[8]! += s8; scores[9]! += s9; scores[10]! += s10; scores[11]! += s11;
  scores[12]! += s12; scores[13]! += s13; scores[14]! += s14; scores[15]! += s15; scores[16]! += s16;
}

/** Per-token value offsets (row · row stride) of features in one table: token i owns `offsets[start[i] .. start[i + 1])`. */
export interface ResolvedRows {
  offsets: Int32Array;
  start: Int32Array;
}

/**
 * Returns the value offsets of per-token buckets (`buckets[start[i] .. start[i + 1])` for token i) in a table.
 * Buckets whose compact row is all zero are dropped: they add nothing, and skipping them here keeps the
 * bucket → row lookup out of the scoring loop (tables that share `rowOf` can share the result).
 */
export function resolveRows(table: WeightTable, buckets: Uint32Array, start: Int32Array): ResolvedRows {
  const { rowOf } = table;
  const stride = rowStrideOf(table);
  const tokens = start.length - 1;
  const offsets = new Int32Array(buckets.length);
  const resolvedStart = new Int32Array(start.length);
  let used = 0;
  for (let i = 0; i < tokens; i++) {
    resolvedStart[i] = used;
    const to = start[i + 1]!;
    for (let k = start[i]!; k < to; k++) {
      const row = rowOf === undefined ? buckets[k]! : rowOf[buckets[k]!]!;
      if (rowOf !== undefined && row === 0) continue;
      offsets[used++] = row * stride;
    }
  }
  resolvedStart[tokens] = used;
  return { offsets: offsets.subarray(0, used), start: resolvedStart };
}

/**
 * Adds the table rows at value offsets `offsets[from..to)` to `scores` (one slot per label). The rows lie
 * at random in tables larger than the processor's caches, so most first reads of a row wait for memory.
 * A first short loop reads each row's first and last value (the row's one or two cache lines): its few
 * instructions a row let the processor wait for many rows at once, where behind the long loop's 17 adds
 * a row it waited for them one or two at a time. Each label's sum still adds the rows in their order.
 */
export function accumulateOffsets(values: Int16Array | Float64Array, offsets: Int32Array, from: number, to: number, scores: Float64Array): void {
  let s0 = 0, s16 = 0;
  for (let k = from; k < to; k++) {
    const b = offsets[k]!;
    s0 += values[b]!; s16 += values[b + 16]!;
  }
  let s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  let s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0;
  for (let k = from; k < to; k++) {
    const b = offsets[k]!;
    s1 += values[b + 1]!; s2 += values[b + 2]!; s3 += values[b + 3]!;
    s4 += values[b + 4]!; s5 += values[b + 5]!; s6 += values[b + 6]!; s7 += values[b + 7]!;
    s8 += values[b + 8]!; s9 += values[b + 9]!; s10 += values[b + 10]!; s11 += values[b + 11]!;
    s12 += values[b + 12]!; s13 += values[b + 13]!; s14 += values[b + 14]!; s15 += values[b + 15]!;
  }
  scores[0]! += s0; scores[1]! += s1; scores[2]! += s2; scores[3]! += s3; scores[4]! += s4; scores[5]! += s5;
  scores[6]! += s6; scores[7]! += s7; scores[8]! += s8; scores[9]! += s9; scores[10]! += s10; scores[11]! += s11;
  scores[12]! += s12; scores[13]! += s13; scores[14]! += s14; scores[15]! += s15; scores[16]! += s16;
}
