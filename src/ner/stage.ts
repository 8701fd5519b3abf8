/** One tagging stage: static feature rows of a document and greedy tagging with one weight table. */
import { bestAllowedLabel, labelProbability } from './decode.js';
import type { DocumentEvidence } from './document-evidence.js';
import type { EncodedDocument } from './encoded-document.js';
import { HISTORY_FEATURE_COUNT, historyFeatures, historyWordFeatures, labelEvidenceFeatures, MAX_FEATURES, previousLabelFeature, previousTwoLabelsFeature, staticFeatures } from './features.js';
import { LABEL_COUNT, OUTSIDE } from './labels.js';
import { addDenseScores, denseOffset } from './dense.js';
import { accumulateOffsets, accumulateScores, resolveRows, rowStrideOf, toBuckets, type ResolvedRows, type WeightTable } from './weights.js';

/** Weight buckets of every token's label-independent features: token i owns `rows[start[i] .. start[i + 1])`. */
export interface StaticRows {
  rows: Uint32Array;
  start: Int32Array;
}

/** Label-independent rows a stage scores: the local rows and, for the second stage, label-evidence rows. */
export interface StageRows {
  local: StaticRows;
  evidence?: StaticRows;
}

/** Writes token i's features at `out[from..]`; returns the index after the last one. */
type FeatureWriter = (doc: EncodedDocument, evidence: DocumentEvidence, i: number, out: Uint32Array, from: number) => number;

/** Returns the local (and case-evidence) feature rows of every token of a document for a table of 2^bits buckets. */
export function computeStaticRows(doc: EncodedDocument, evidence: DocumentEvidence, bits: number): StaticRows {
  return computeRows(doc, evidence, bits, staticFeatures);
}

/** Returns the second-stage label-evidence rows of every token. */
export function computeEvidenceRows(doc: EncodedDocument, evidence: DocumentEvidence, bits: number): StaticRows {
  return computeRows(doc, evidence, bits, labelEvidenceFeatures);
}

/**
 * Returns the rows of the features `write` produces for every token. With `skip`, token i's features
 * are written after `skip[i]` slots left for features scored elsewhere (so caps that count written
 * features see the same count); only the written ones become rows.
 */
export function computeRows(doc: EncodedDocument, evidence: DocumentEvidence, bits: number, write: FeatureWriter, skip?: Int32Array): StaticRows {
  const scratch = new Uint32Array(MAX_FEATURES);
  let rows: Uint32Array = new Uint32Array(Math.max(64, doc.length * 80));
  const start = new Int32Array(doc.length + 1);
  let used = 0;
  const shift = 32 - bits;
  for (let i = 0; i < doc.length; i++) {
    const from = skip === undefined ? 0 : skip[i]!;
    const to = write(doc, evidence, i, scratch, from);
    if (used + to - from > rows.length) rows = grow(rows, used + to - from);
    start[i] = used;
    // Buckets as toBuckets computes them, copied without a view per token (views are objects to collect).
    for (let k = from; k < to; k++) rows[used++] = scratch[k]! >>> shift;
  }
  start[doc.length] = used;
  return { rows: rows.slice(0, used), start };
}

/** Returns a copy of `array` with room for at least `needed` values. */
function grow(array: Uint32Array, needed: number): Uint32Array {
  const bigger = new Uint32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Scratch buffers reused across calls so that tagging allocates nothing per token. */
const scores = new Float64Array(LABEL_COUNT);
const historyRows = new Uint32Array(HISTORY_FEATURE_COUNT);
let historyCount = 0;
// Module-local copies: tsx compiles imported bindings to getter calls, which add up in the per-token loop.
const OUTSIDE_LABEL = OUTSIDE;

/** Returns the scores of every label at token i given the two previous labels (in a shared buffer). */
export function scoreToken(table: WeightTable, bits: number, doc: EncodedDocument, rows: StageRows, i: number, previous: number, beforePrevious: number): Float64Array {
  scores.fill(0);
  accumulateScores(table, rows.local.rows, rows.local.start[i]!, rows.local.start[i + 1]!, scores);
  if (rows.evidence) accumulateScores(table, rows.evidence.rows, rows.evidence.start[i]!, rows.evidence.start[i + 1]!, scores);
  historyCount = historyFeatures(doc, i, previous, beforePrevious, historyRows, 0);
  toBuckets(historyRows, historyCount, bits);
  accumulateScores(table, historyRows, 0, historyCount, scores);
  if (doc.embeddings !== undefined && table.rowOf === undefined) addDenseScores(table.values as Float64Array, denseOffset(bits), doc, i, scores);
  return scores;
}

/** Returns the history rows computed by the last `scoreToken` call (valid until the next call). */
export function lastHistoryRows(): Uint32Array {
  return historyRows.subarray(0, historyCount);
}

/** A stage's rows resolved against its weight table (see `resolveRows`). */
export interface ResolvedStageRows {
  local: ResolvedRows;
  evidence?: ResolvedRows;
  /** Word-vector scores of every token (17 per token, in the table's units), when the model has embeddings. */
  dense?: Float64Array;
}

/** Returns the rows of a stage resolved against a table; `local` reuses local rows already resolved against the same `rowOf`. */
export function resolveStageRows(table: WeightTable, rows: StageRows, local?: ResolvedRows): ResolvedStageRows {
  return {
    local: local ?? resolveRows(table, rows.local.rows, rows.local.start),
    ...(rows.evidence && { evidence: resolveRows(table, rows.evidence.rows, rows.evidence.start) }),
  };
}

/** Value offsets (row · row stride) of the label-only history features of a compact table: by previous label, and by the two previous labels. */
interface LabelHistoryRows {
  previous: Int32Array;
  two: Int32Array;
}

const labelHistoryCaches = new WeakMap<Uint32Array, Map<number, LabelHistoryRows>>();
/** Value offsets of a token's rows in the scoring loops: label evidence (up to MAX_FEATURES) and history. */
const historyOffsets = new Int32Array(MAX_FEATURES + HISTORY_FEATURE_COUNT);

/**
 * Returns the rows of the history features that depend only on the previous labels, for a compact
 * table's `rowOf` of 2^bits buckets (row 0, all zero, for a bucket without weights) and its row stride,
 * computed once.
 */
function labelHistoryRows(rowOf: Uint32Array, bits: number, stride: number): LabelHistoryRows {
  let byBits = labelHistoryCaches.get(rowOf);
  if (byBits === undefined) {
    byBits = new Map();
    labelHistoryCaches.set(rowOf, byBits);
  }
  const key = bits * 65536 + stride;
  let rows = byBits.get(key);
  if (rows === undefined) {
    const shift = 32 - bits;
    const previous = new Int32Array(LABEL_COUNT);
    const two = new Int32Array(LABEL_COUNT * LABEL_COUNT);
    for (let p = 0; p < LABEL_COUNT; p++) {
      previous[p] = rowOf[previousLabelFeature(p) >>> shift]! * stride;
      for (let b = 0; b < LABEL_COUNT; b++) two[b * LABEL_COUNT + p] = rowOf[previousTwoLabelsFeature(b, p) >>> shift]! * stride;
    }
    rows = { previous, two };
    byBits.set(key, rows);
  }
  return rows;
}

/**
 * Tags every token of the document greedily, writing labels into `labels`; when `probabilities` is
 * given also writes each chosen label's probability (see `labelProbability`). Scores are those of `scoreToken`.
 */
export function tagWithStage(table: WeightTable, bits: number, doc: EncodedDocument, rows: ResolvedStageRows, labels: Uint8Array, probabilities?: Float32Array, temperature = 1): void {
  const { values, rowOf } = table;
  const { local, evidence, dense } = rows;
  const stride = rowStrideOf(table);
  const labelRows = rowOf !== undefined ? labelHistoryRows(rowOf, bits, stride) : undefined;
  const shift = 32 - bits;
  decodeGreedily(doc, (i, previous, beforePrevious) => {
    scores.fill(0);
    accumulateOffsets(values, local.offsets, local.start[i]!, local.start[i + 1]!, scores);
    if (evidence) accumulateOffsets(values, evidence.offsets, evidence.start[i]!, evidence.start[i + 1]!, scores);
    if (labelRows !== undefined) {
      const used = appendHistoryOffsets(labelRows, rowOf!, shift, stride, doc, i, previous, beforePrevious, historyOffsets, 0);
      accumulateOffsets(values, historyOffsets, 0, used, scores);
    } else {
      const count = historyFeatures(doc, i, previous, beforePrevious, historyRows, 0);
      toBuckets(historyRows, count, bits);
      accumulateScores(table, historyRows, 0, count, scores);
    }
    if (dense !== undefined) for (let l = 0, b = i * 17; l < 17; l++) scores[l]! += dense[b + l]!;
  }, labels, probabilities, temperature);
}

/**
 * Greedy left-to-right decoding: `score` fills the shared `scores` of token i given the two previous
 * labels (both Outside at a sentence's start); the token takes the best label allowed after the previous
 * one, and its probability when `probabilities` is given (see `labelProbability`) and the label is not Outside.
 */
function decodeGreedily(doc: EncodedDocument, score: (i: number, previous: number, beforePrevious: number) => void, labels: Uint8Array, probabilities: Float32Array | undefined, temperature: number): void {
  let previous = OUTSIDE_LABEL;
  let beforePrevious = OUTSIDE_LABEL;
  for (let i = 0; i < doc.length; i++) {
    if (i === doc.sentenceStart[i]) {
      previous = OUTSIDE_LABEL;
      beforePrevious = OUTSIDE_LABEL;
    }
    const last = i + 1 === doc.sentenceEnd[i];
    score(i, previous, beforePrevious);
    const label = bestAllowedLabel(scores, previous, last);
    labels[i] = label;
    // Only a span's tokens need one (its confidence is their least); most tokens are Outside, and each costs a softmax.
    if (probabilities && label !== OUTSIDE_LABEL) probabilities[i] = labelProbability(scores, previous, last, label, temperature);
    beforePrevious = previous;
    previous = label;
  }
}

/**
 * Writes at `offsets[used..]` the value offsets of token i's history rows with a compact table (the label-only
 * ones looked up once per model; all-zero rows left out); returns the new count.
 */
function appendHistoryOffsets(labelRows: LabelHistoryRows, rowOf: Uint32Array, shift: number, stride: number, doc: EncodedDocument, i: number, previous: number, beforePrevious: number, offsets: Int32Array, used: number): number {
  const byLast = labelRows.previous[previous]!;
  if (byLast !== 0) offsets[used++] = byLast;
  const byLastTwo = labelRows.two[beforePrevious * LABEL_COUNT + previous]!;
  if (byLastTwo !== 0) offsets[used++] = byLastTwo;
  const count = historyWordFeatures(doc, i, previous, historyRows, 0);
  for (let k = 0; k < count; k++) {
    const row = rowOf[historyRows[k]! >>> shift]!;
    if (row !== 0) offsets[used++] = row * stride;
  }
  return used;
}

const evidenceFeatures = new Uint32Array(MAX_FEATURES);

/**
 * Tags like `tagWithStage` with a compact table (`rowOf` set) whose label-independent local sums are given:
 * `local` holds every token's 17 (window.ts `localScores`). A token adds its label-evidence rows (second
 * stage: `evidence` from `labelEvidence`) and history rows to them, in one pass over its few rows.
 */
export function tagWithLocalScores(table: WeightTable, bits: number, doc: EncodedDocument, local: Float32Array, evidence: DocumentEvidence | undefined, labels: Uint8Array, probabilities?: Float32Array, temperature = 1): void {
  const values = table.values;
  const rowOf = table.rowOf!;
  const stride = rowStrideOf(table);
  const labelRows = labelHistoryRows(rowOf, bits, stride);
  const shift = 32 - bits;
  decodeGreedily(doc, (i, previous, beforePrevious) => {
    let used = 0;
    if (evidence !== undefined) {
      const count = labelEvidenceFeatures(doc, evidence, i, evidenceFeatures);
      for (let k = 0; k < count; k++) {
        const row = rowOf[evidenceFeatures[k]! >>> shift]!;
        if (row !== 0) historyOffsets[used++] = row * stride;
      }
    }
    used = appendHistoryOffsets(labelRows, rowOf, shift, stride, doc, i, previous, beforePrevious, historyOffsets, used);
    for (let l = 0, t = i * LABEL_COUNT; l < LABEL_COUNT; l++) scores[l] = local[t + l]!;
    accumulateOffsets(values, historyOffsets, 0, used, scores);
  }, labels, probabilities, temperature);
}
