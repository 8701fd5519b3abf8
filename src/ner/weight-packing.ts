/** Quantisation of weight tables to int16 and their sparse (non-zero rows only) form on disk. */
import { LABEL_COUNT } from './labels.js';
import type { StageTable } from './model.js';

/** Returns the real-valued table quantised to int16 with one scale per stage (tiny weights become 0). */
export function quantizeStage(bits: number, all: Float64Array): StageTable {
  const hashed = (1 << bits) * LABEL_COUNT;
  const weights = all.subarray(0, hashed);
  let largest = 0;
  for (let k = 0; k < weights.length; k++) largest = Math.max(largest, Math.abs(weights[k]!));
  const scale = largest === 0 ? 1 : largest / 32767;
  const values = new Int16Array(weights.length);
  for (let k = 0; k < weights.length; k++) values[k] = Math.round(weights[k]! / scale);
  if (all.length <= hashed) return { bits, values, scale };
  // Word-vector weights (see dense.ts) stay real-valued, in the same units as the int16 values.
  const dense = Float32Array.from(all.subarray(hashed), (w) => w / scale);
  return { bits, values, scale, dense };
}

/** Returns the non-zero rows of a dense table: bucket ids, a bit mask of non-zero labels per row, and the values. */
export function sparseRows(values: Int16Array): SparseRows {
  const ids: number[] = [];
  const masks: number[] = [];
  const kept: number[] = [];
  for (let row = 0; row * LABEL_COUNT < values.length; row++) {
    let mask = 0;
    for (let l = 0; l < LABEL_COUNT; l++) {
      const v = values[row * LABEL_COUNT + l]!;
      if (v === 0) continue;
      mask |= 1 << l;
      kept.push(v);
    }
    if (mask === 0) continue;
    ids.push(row);
    masks.push(mask);
  }
  return { ids: Uint32Array.from(ids), masks: Uint32Array.from(masks), values: Int16Array.from(kept) };
}

/** Makes the zero-filled arrays of compact tables: plain ones, or over a SharedArrayBuffer (model-files.ts). */
export interface ArrayAllocator {
  uint32(length: number): Uint32Array;
  int16(length: number): Int16Array;
}

const plainArrays: ArrayAllocator = { uint32: (n) => new Uint32Array(n), int16: (n) => new Int16Array(n) };

/** Sparse rows of one stage as stored on disk (see `sparseRows`). */
export interface SparseRows {
  ids: Uint32Array;
  masks: Uint32Array;
  values: Int16Array;
}

/**
 * Returns compact tables of several stages over one shared `rowOf` (row index per bucket, row 0 all zero):
 * row r + 1 is the r-th bucket, in bucket order, that is non-zero in any stage. Sharing the row map lets
 * a document's feature rows be resolved once for every stage and halves the map's memory. The stages'
 * rows are interleaved in one array, row r of stage s at `values[s][r · rowStride ..]` (views at s · 17),
 * so a row read for one stage brings the next stage's into cache with it.
 */
export function compactTables(bits: number, stages: readonly SparseRows[], allocate: ArrayAllocator = plainArrays): { rowOf: Uint32Array; values: Int16Array[]; rowStride: number } {
  const rowOf = allocate.uint32(1 << bits);
  for (const { ids } of stages) for (let r = 0; r < ids.length; r++) rowOf[ids[r]!] = 1;
  let rows = 0;
  for (let bucket = 0; bucket < rowOf.length; bucket++) if (rowOf[bucket] !== 0) rowOf[bucket] = ++rows;
  const rowStride = Math.max(1, stages.length) * LABEL_COUNT;
  const all = allocate.int16((rows + 1) * rowStride);
  const values = stages.map((stage, s) => {
    const table = all.subarray(s * LABEL_COUNT);
    let k = 0;
    for (let r = 0; r < stage.ids.length; r++) {
      const base = rowOf[stage.ids[r]!]! * rowStride;
      const mask = stage.masks[r]!;
      for (let l = 0; l < LABEL_COUNT; l++) if (mask & (1 << l)) table[base + l] = stage.values[k++]!;
    }
    return table;
  });
  return { rowOf, values, rowStride };
}
