/**
 * Real-valued word-vector features (see `EmbeddingTable`): token i's score for label l gains
 * Σ_o Σ_d x_{i+o,d} · W[o, d, l] over the neighbours o in ±window. In a float weight table of 2^bits
 * hashed rows these weights follow the hashed part, at `denseOffset(bits)`; a loaded stage keeps them
 * as `StageTable.dense`, and tagging projects each vocabulary word once (cached) to its 17 scores per
 * window position, so the per-token cost is a few short additions.
 */
import type { EncodedDocument } from './encoded-document.js';
import { LABEL_COUNT } from './labels.js';
import type { EmbeddingTable } from './lexicon.js';

const LABELS = LABEL_COUNT;

/** Returns the index of the first dense weight in a float table of 2^bits hashed rows. */
export function denseOffset(bits: number): number {
  return (1 << bits) * LABELS;
}

/** Returns the number of dense weights the embeddings need (0 without embeddings). */
export function denseWeightCount(embeddings: EmbeddingTable | undefined): number {
  return embeddings === undefined ? 0 : (2 * embeddings.window + 1) * embeddings.dimensions * LABELS;
}

// Neighbours of one token that have a vector: their vector's start in the table and their weights'
// start, in pairs (at most 2 · window + 1 of them; grown for a wider window).
let inputs = new Int32Array(2 * 8);

/**
 * Writes into `inputs` the dense inputs of token i: for each neighbour i + o (o in ±window, same sentence)
 * with a vector, its vector's start and its weights' start (`offset` + the position's block); returns how many.
 */
function denseInputs(e: EmbeddingTable, offset: number, doc: EncodedDocument, i: number): number {
  if (inputs.length < 2 * (2 * e.window + 1)) inputs = new Int32Array(2 * (2 * e.window + 1));
  let count = 0;
  for (let o = -e.window; o <= e.window; o++) {
    const j = i + o;
    if (j < doc.sentenceStart[i]! || j >= doc.sentenceEnd[i]!) continue;
    const row = doc.vectorRow[j]!;
    if (row < 0) continue;
    inputs[2 * count] = row * e.dimensions;
    inputs[2 * count + 1] = offset + (o + e.window) * e.dimensions * LABELS;
    count++;
  }
  return count;
}

/** Adds the dense scores of token i (weights at `values[offset …]`) to `scores`. */
export function addDenseScores(values: Float64Array, offset: number, doc: EncodedDocument, i: number, scores: Float64Array): void {
  const e = doc.embeddings;
  if (e === undefined || values.length <= offset) return;
  const { dimensions, scale } = e;
  const q = e.values;
  for (let k = 0, count = denseInputs(e, offset, doc, i); k < count; k++) {
    const v = inputs[2 * k]!;
    const base = inputs[2 * k + 1]!;
    for (let d = 0; d < dimensions; d++) {
      const x = q[v + d]! * scale;
      if (x === 0) continue;
      const b = base + d * LABELS;
      for (let l = 0; l < LABELS; l++) scores[l]! += x * values[b + l]!;
    }
  }
}

/** Perceptron update of the dense weights of token i: towards `correct`, away from `rival` (lazy-averaging totals). */
export function updateDense(weights: Float64Array, totals: Float64Array, step: number, offset: number, doc: EncodedDocument, i: number, correct: number, rival: number): void {
  const e = doc.embeddings;
  if (e === undefined || weights.length <= offset) return;
  const { dimensions, scale } = e;
  const q = e.values;
  for (let k = 0, count = denseInputs(e, offset, doc, i); k < count; k++) {
    const v = inputs[2 * k]!;
    const base = inputs[2 * k + 1]!;
    for (let d = 0; d < dimensions; d++) {
      const x = q[v + d]! * scale;
      const b = base + d * LABELS;
      weights[b + correct]! += x;
      totals[b + correct]! += step * x;
      weights[b + rival]! -= x;
      totals[b + rival]! -= step * x;
    }
  }
}

/** Returns the dense scores of every token (17 per token) of a float table, or undefined when it has none. */
export function documentDenseScores(values: Float64Array, bits: number, doc: EncodedDocument): Float64Array | undefined {
  const offset = denseOffset(bits);
  if (doc.embeddings === undefined || values.length <= offset) return undefined;
  const out = new Float64Array(doc.length * LABELS);
  const scores = new Float64Array(LABELS);
  for (let i = 0; i < doc.length; i++) {
    scores.fill(0);
    addDenseScores(values, offset, doc, i, scores);
    out.set(scores, i * LABELS);
  }
  return out;
}

/**
 * Returns, per stage, the dense scores of every token (17 per token, in the stage's int16 units) from
 * the stages' dense weights; `projection(row)` gives a word's scores per stage and window position.
 */
export function projectedDenseScores(doc: EncodedDocument, stages: number, projection: (row: number) => Float32Array): Float64Array[] | undefined {
  const e = doc.embeddings;
  if (e === undefined) return undefined;
  const width = 2 * e.window + 1;
  const out = Array.from({ length: stages }, () => new Float64Array(doc.length * LABELS));
  for (let j = 0; j < doc.length; j++) {
    const row = doc.vectorRow[j]!;
    if (row < 0) continue;
    const p = projection(row);
    for (let o = -e.window; o <= e.window; o++) {
      const i = j - o;
      if (i < doc.sentenceStart[j]! || i >= doc.sentenceEnd[j]!) continue;
      for (let s = 0; s < stages; s++) {
        const target = out[s]!;
        const from = (s * width + o + e.window) * LABELS;
        const to = i * LABELS;
        for (let l = 0; l < LABELS; l++) target[to + l]! += p[from + l]!;
      }
    }
  }
  return out;
}

/** Returns a word's dense scores per stage and window position: `[(stage · width + position) · 17 + label]`. */
export function projectRow(embeddings: EmbeddingTable, dense: readonly Float32Array[], row: number): Float32Array {
  const { dimensions, window, scale, values } = embeddings;
  const width = 2 * window + 1;
  const out = new Float32Array(dense.length * width * LABELS);
  const v = row * dimensions;
  dense.forEach((weights, s) => {
    for (let position = 0; position < width; position++) {
      const target = (s * width + position) * LABELS;
      for (let d = 0; d < dimensions; d++) {
        const x = values[v + d]! * scale;
        if (x === 0) continue;
        const b = (position * dimensions + d) * LABELS;
        for (let l = 0; l < LABELS; l++) out[target + l]! += x * weights[b + l]!;
      }
    }
  });
  return out;
}
