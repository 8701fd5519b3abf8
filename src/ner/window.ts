/**
 * Window scores for tagging with a loaded model. The window features of a token (features.ts
 * `windowFeatures`: word, shapes, lower-case form, clusters, affixes, each with its offset −2..2) depend
 * only on the token's text, so their weights are summed once per word type and offset and cached; a
 * token then adds five cached vectors instead of about 45 weight rows. The result is exact: a loaded
 * model's weights are integers (int16), so the sums do not depend on the order of addition.
 */
import type { DocumentEvidence } from './document-evidence.js';
import type { EncodedDocument } from './encoded-document.js';
import { AFTER_SENTENCE, BEFORE_SENTENCE, boundaryFeatures, contextFeatures, MAX_FEATURES, windowFeatures } from './features.js';
import type { NerModel } from './model.js';
import { computeRows, type StaticRows } from './stage.js';
import { toBuckets } from './weights.js';

const LABELS = 17;
const OFFSETS = 5;

/** Summed weights (per stage and offset slot, 17 each) and how many features each slot summed. */
export interface WindowVector {
  vector: Float32Array;
  counts: Uint8Array;
}

/** Vectors of positions beyond the sentence, by offset and side; word types keep theirs on their WordInfo. */
interface WindowCache {
  boundary: Map<number, WindowVector>;
}

const caches = new WeakMap<NerModel, WindowCache>();
const scratch = new Uint32Array(MAX_FEATURES);

/** True when every stage is a loaded (compact, int16) table, whose sums are exact and never change. */
export function usesWindowCache(model: NerModel): boolean {
  return model.stages.length > 0 && model.stages.every((s) => s.rowOf !== undefined && s.values instanceof Int16Array);
}

/** Adds to `window` (per stage, in offset slot `slot`) the weights of the `count` features in `scratch`. */
function addRows(model: NerModel, slot: number, count: number, window: WindowVector): void {
  const { vector } = window;
  window.counts[slot] = count;
  const stages = model.stages;
  toBuckets(scratch, count, stages[0]!.bits);
  const rowOf = stages[0]!.rowOf!;
  for (let s = 0; s < stages.length; s++) {
    const values = stages[s]!.values;
    const base = (s * OFFSETS + slot) * LABELS;
    for (let k = 0; k < count; k++) {
      const row = rowOf[scratch[k]!]!;
      if (row === 0) continue;
      const b = row * LABELS;
      for (let l = 0; l < LABELS; l++) vector[base + l]! += values[b + l]!;
    }
  }
}

/** Returns an empty window vector for the model's stages. */
function emptyWindow(model: NerModel): WindowVector {
  return { vector: new Float32Array(model.stages.length * OFFSETS * LABELS), counts: new Uint8Array(OFFSETS) };
}

/**
 * Returns the window vector of token j's word type (per stage and offset, 17 summed weights), kept on
 * the type's WordInfo: it lives as long as the word cache keeps the type (encoded-document.ts bounds
 * it), at 680 bytes a type for two stages. It is tagged with its model, in case two models share a lexicon.
 */
function tokenVector(model: NerModel, doc: EncodedDocument, j: number): WindowVector {
  const info = doc.infos[j]!;
  if (info.window !== undefined && info.window.model === model) return info.window;
  const window = { model, ...emptyWindow(model) };
  for (let o = -2; o <= 2; o++) addRows(model, o + 2, windowFeatures(doc, j, o, scratch, 0), window);
  info.window = window;
  return window;
}

/** Returns the cached vector of offset o beyond the sentence (`before`: before its start). */
function boundaryVector(model: NerModel, cache: WindowCache, doc: EncodedDocument, o: number, before: boolean): WindowVector {
  const key = (o + 2) * 2 + (before ? 0 : 1);
  let window = cache.boundary.get(key);
  if (window === undefined) {
    window = emptyWindow(model);
    addRows(model, o + 2, boundaryFeatures(doc, o, before ? BEFORE_SENTENCE : AFTER_SENTENCE, scratch, 0), window);
    cache.boundary.set(key, window);
  }
  return window;
}

/** Every token's window-feature weights per stage (17 per token) and how many window features it has. */
export interface WindowScores {
  scores: Float64Array[];
  /** Token i has `counts[i]` window features: where `staticFeatures` would start its context features. */
  counts: Int32Array;
}

/**
 * Returns, per stage, every token's summed window-feature weights (17 per token, in the table's units):
 * what the window features of `staticFeatures` would add to its scores; and their counts.
 */
export function windowScores(model: NerModel, doc: EncodedDocument): WindowScores {
  let cache = caches.get(model);
  if (cache === undefined) {
    cache = { boundary: new Map() };
    caches.set(model, cache);
  }
  const tokens = new Array<WindowVector>(doc.length);
  for (let j = 0; j < doc.length; j++) tokens[j] = tokenVector(model, doc, j);
  // Offset o beyond the sentence: index (o + 2) · 2 + side (0 before its start, 1 after its end).
  const boundary = new Array<WindowVector>(OFFSETS * 2);
  for (let o = -2; o <= 2; o++) {
    boundary[(o + 2) * 2] = boundaryVector(model, cache, doc, o, true);
    boundary[(o + 2) * 2 + 1] = boundaryVector(model, cache, doc, o, false);
  }
  // Token i's window at offset o, for each slot i · 5 + o + 2: token i + o's, or a boundary's beyond the sentence.
  const vectors = new Array<Float32Array>(doc.length * OFFSETS);
  const counts = new Int32Array(doc.length);
  for (let i = 0; i < doc.length; i++) {
    for (let o = -2; o <= 2; o++) {
      const j = i + o;
      const w = j < doc.sentenceStart[i]! ? boundary[(o + 2) * 2]! : j >= doc.sentenceEnd[i]! ? boundary[(o + 2) * 2 + 1]! : tokens[j]!;
      vectors[i * OFFSETS + o + 2] = w.vector;
      counts[i]! += w.counts[o + 2]!;
    }
  }
  const scores = model.stages.map((_, s) => {
    const out = new Float64Array(doc.length * LABELS);
    for (let i = 0; i < doc.length; i++) {
      // Unrolled into locals, as in weights.ts: this loop runs for every token and stage.
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      let s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0;
      for (let slot = 0; slot < OFFSETS; slot++) {
        const v = vectors[i * OFFSETS + slot]!;
        const b = (s * OFFSETS + slot) * LABELS;
        s0 += v[b]!; s1 += v[b + 1]!; s2 += v[b + 2]!; s3 += v[b + 3]!; s4 += v[b + 4]!; s5 += v[b + 5]!;
        s6 += v[b + 6]!; s7 += v[b + 7]!; s8 += v[b + 8]!; s9 += v[b + 9]!; s10 += v[b + 10]!; s11 += v[b + 11]!;
        s12 += v[b + 12]!; s13 += v[b + 13]!; s14 += v[b + 14]!; s15 += v[b + 15]!; s16 += v[b + 16]!;
      }
      const t = i * LABELS;
      out[t] = s0; out[t + 1] = s1; out[t + 2] = s2; out[t + 3] = s3; out[t + 4] = s4; out[t + 5] = s5;
      out[t + 6] = s6; out[t + 7] = s7; out[t + 8] = s8; out[t + 9] = s9; out[t + 10] = s10; out[t + 11] = s11;
      out[t + 12] = s12; out[t + 13] = s13; out[t + 14] = s14; out[t + 15] = s15; out[t + 16] = s16;
    }
    return out;
  });
  return { scores, counts };
}

/**
 * Returns the context-feature rows of every token (the static rows without the window features), for a
 * table of 2^bits buckets. Token i's features are written after its `windowCounts[i]` window features,
 * so the gazetteer cap sees the same count as in `staticFeatures`.
 */
export function computeContextRows(doc: EncodedDocument, evidence: DocumentEvidence, bits: number, windowCounts: Int32Array): StaticRows {
  return computeRows(doc, evidence, bits, contextFeatures, windowCounts);
}
