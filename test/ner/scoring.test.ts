import { describe, expect, it } from 'vitest';
import { bestAllowedLabel, labelProbability } from '../../src/ner/decode.js';
import { LABEL_COUNT } from '../../src/ner/labels.js';
import { compactTables, sparseRows } from '../../src/ner/weight-packing.js';
import { accumulateOffsets, accumulateScores, resolveRows } from '../../src/ner/weights.js';

/** Returns a dense int16 table of 2^bits rows with the given (bucket, label, value) entries. */
function denseTable(bits: number, entries: [number, number, number][]): Int16Array {
  const values = new Int16Array((1 << bits) * LABEL_COUNT);
  for (const [bucket, label, value] of entries) values[bucket * LABEL_COUNT + label] = value;
  return values;
}

describe('greedy decoding', () => {
  it('picks the best allowed label, the lowest on ties', () => {
    const scores = new Float64Array(LABEL_COUNT);
    expect(bestAllowedLabel(scores, 0, false)).toBe(0);
    scores[2] = 5; // I-PER is not allowed after O
    scores[1] = 3; // B-PER
    scores[4] = 3; // U-PER, tied with B-PER
    expect(bestAllowedLabel(scores, 0, false)).toBe(1);
    // After B-PER at the sentence end only L-PER may follow.
    expect(bestAllowedLabel(new Float64Array(LABEL_COUNT), 1, true)).toBe(3);
  });

  it('normalises over the allowed labels only', () => {
    const scores = new Float64Array(LABEL_COUNT);
    // After O: O, B-* and U-* of 4 types = 9 labels; at the sentence end: O and U-* = 5.
    expect(labelProbability(scores, 0, false, 0, 1)).toBeCloseTo(1 / 9, 12);
    expect(labelProbability(scores, 0, true, 0, 1)).toBeCloseTo(1 / 5, 12);
  });
});

describe('weight tables', () => {
  const bits = 4;
  const first = denseTable(bits, [[2, 0, 7], [2, 16, -3], [5, 4, 9]]);
  const second = denseTable(bits, [[5, 1, 2], [9, 0, 1]]);
  const compact = compactTables(bits, [sparseRows(first), sparseRows(second)]);

  it('builds one row map over the union of non-zero rows', () => {
    expect([...compact.rowOf].map((row, bucket) => [bucket, row]).filter(([, row]) => row !== 0)).toEqual([[2, 1], [5, 2], [9, 3]]);
    // The two stages' rows interleaved: row r of stage s at values[s][r · 34 ..], views of one array.
    expect(compact.rowStride).toBe(2 * LABEL_COUNT);
    expect(compact.values[0]!.length).toBe(4 * 2 * LABEL_COUNT);
    expect(compact.values[1]!.buffer).toBe(compact.values[0]!.buffer);
    expect(compact.values[1]!.byteOffset).toBe(LABEL_COUNT * 2);
    expect(compact.values[0]![1 * compact.rowStride + 16]).toBe(-3);
    expect(compact.values[0]![2 * compact.rowStride + 4]).toBe(9);
    expect(compact.values[1]![2 * compact.rowStride + 1]).toBe(2);
    expect(compact.values[1]![3 * compact.rowStride]).toBe(1);
    expect(compact.values[1]![1 * compact.rowStride]).toBe(0);
  });

  it('resolves buckets to value offsets, dropping all-zero rows, and scores like the bucket path', () => {
    const buckets = Uint32Array.of(2, 3, 5, 9, 3, 2);
    const start = Int32Array.of(0, 3, 6);
    const table = { rowOf: compact.rowOf, values: compact.values[0]!, rowStride: compact.rowStride };
    const resolved = resolveRows(table, buckets, start);
    expect([...resolved.offsets]).toEqual([1, 2, 3, 1].map((r) => r * compact.rowStride));
    expect([...resolved.start]).toEqual([0, 2, 4]);
    for (let i = 0; i < 2; i++) {
      const byOffsets = new Float64Array(LABEL_COUNT);
      accumulateOffsets(table.values, resolved.offsets, resolved.start[i]!, resolved.start[i + 1]!, byOffsets);
      const byBuckets = new Float64Array(LABEL_COUNT);
      accumulateScores({ values: first }, buckets, start[i]!, start[i + 1]!, byBuckets);
      expect([...byOffsets]).toEqual([...byBuckets]);
    }
    expect(resolveRows({ values: first }, buckets, start).offsets[1]).toBe(3 * LABEL_COUNT);
  });
});
