/** Quantisation of weight tables to int16 and their sparse (non-zero rows only) form on disk. */
import { LABEL_COUNT } from './labels.js';
import type { StageTable } from './tagger.js';

/** Returns the real-valued table quantised to int16 with one scale per stage (tiny weights become 0). */
export function quantizeStage(bits: number, weights: Float64Array): StageTable {
  let largest = 0;
  for (let k = 0; k < weights.length; k++) largest = Math.max(largest, Math.abs(weights[k]!));
  const scale = largest === 0 ? 1 : largest / 32767;
  const values = new Int16Array(weights.length);
  for (let k = 0; k < weights.length; k++) values[k] = Math.round(weights[k]! / scale);
  return { bits, values, scale };
}

/** Returns the non-zero rows of a dense table: bucket ids, a bit mask of non-zero labels per row, and the values. */
export function sparseRows(values: Int16Array): { ids: Uint32Array; masks: Uint32Array; values: Int16Array } {
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

/** Returns the compact table (row index per bucket, row 0 unused) rebuilt from sparse rows. */
export function compactTable(bits: number, ids: Uint32Array, masks: Uint32Array, kept: Int16Array): { rowOf: Uint32Array; values: Int16Array } {
  const rowOf = new Uint32Array(1 << bits);
  const values = new Int16Array((ids.length + 1) * LABEL_COUNT);
  let k = 0;
  for (let r = 0; r < ids.length; r++) {
    rowOf[ids[r]!] = r + 1;
    const base = (r + 1) * LABEL_COUNT;
    const mask = masks[r]!;
    for (let l = 0; l < LABEL_COUNT; l++) if (mask & (1 << l)) values[base + l] = kept[k++]!;
  }
  return { rowOf, values };
}
