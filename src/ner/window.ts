/**
 * Window scores for tagging with a loaded model. The window features of a token (features.ts
 * `windowFeatures`: word, shapes, lower-case form, clusters, affixes, each with its offset −2..2) depend
 * only on the token's text, so their weights are summed once per word type and offset and cached; a
 * token then adds five cached vectors instead of about 45 weight rows. Its other label-independent rows
 * (context features) are summed here too, once for every stage. The result is exact: a loaded model's
 * weights are integers (int16), so the sums do not depend on the order of addition.
 */
import type { DocumentEvidence } from './document-evidence.js';
import type { EncodedDocument } from './encoded-document.js';
import { AFTER_SENTENCE, BEFORE_SENTENCE, boundaryFeatures, contextFeatures, FIXED_CONTEXT_KEYS, fixedContextFeatures, fixedContextKey, MAX_FEATURES, windowFeatures } from './features.js';
import type { NerModel } from './model.js';
import { accumulateOffsets, rowStrideOf } from './weights.js';

const LABELS = 17;
const OFFSETS = 5;

/**
 * Summed weights per stage and offset slot (17 each, at `(stage · 5 + slot) · 17`), then how many features
 * each slot summed (at `stages · 85 + slot`): one array, so a type costs one allocation and a token reads
 * one object per neighbour.
 */
export interface WindowVector {
  vector: Float32Array;
}

/**
 * Vectors of positions beyond the sentence, by offset and side (word types keep theirs on their WordInfo), and the
 * summed rows of the fixed context features per `fixedContextKey` (17 per stage): about a thousand keys over a run,
 * where each token had looked up and added their 7 rows for every stage.
 */
interface WindowCache {
  boundary: Map<number, WindowVector>;
  /** By key, the start of its sums in `fixedSums`, or −1 before the key's first token. */
  fixedAt: Int32Array;
  fixedSums: Float32Array;
  fixedCount: number;
}

const caches = new WeakMap<NerModel, WindowCache>();
const scratch = new Uint32Array(MAX_FEATURES);
/** Value offsets of the features in `scratch` (rows resolved once for every stage) and one slot's sums. */
const offsetScratch = new Int32Array(MAX_FEATURES);
const sums = new Float64Array(LABELS);
/** A block of the document's window vectors side by side (`sumBlock`), kept between documents and grown as needed. */
let vectors = new Float32Array(0);
/** Tokens whose window vectors `sumBlock` copies at a time (with the two on either side). */
const BLOCK_TOKENS = 4096;

/**
 * Every stage's per-token sums (`localScores`' result), kept between documents and grown as needed. Float32 is exact: a sum is of
 * at most MAX_FEATURES (256) int16 weights, under 2^23 (p132: 8 bytes a value had been 272 bytes a token).
 */
let stageSums: Float32Array[] = [];

/**
 * Returns `count` arrays of `size` values for `localScores` to fill, views of buffers reused from document to
 * document: a new 136 bytes a token and stage had been the tagger's largest allocation (its zeroing included).
 */
function stageScores(count: number, size: number): Float32Array[] {
  if (stageSums.length !== count || stageSums[0]!.length < size) {
    const length = Math.max(size, 2 * (stageSums[0]?.length ?? 0));
    stageSums = Array.from({ length: count }, () => new Float32Array(length));
  }
  return stageSums.map((sums) => sums.subarray(0, size));
}

/** Returns `vectors` with room for at least `size` values. */
function vectorBuffer(size: number): Float32Array {
  if (vectors.length < size) vectors = new Float32Array(Math.max(size, vectors.length * 2));
  return vectors;
}

/** True when every stage is a loaded (compact, int16) table over one row map, whose sums are exact and never change. */
export function usesWindowCache(model: NerModel): boolean {
  const first = model.stages[0];
  return first !== undefined && model.stages.every((s) => s.rowOf !== undefined && s.rowOf === first.rowOf && s.bits === first.bits && s.rowStride === first.rowStride && s.values instanceof Int16Array);
}

/**
 * Sets `window`'s slot `slot` (per stage) to the summed weights of the `count` features in `scratch`,
 * and its count. Each feature's row is looked up once for all stages (they share `rowOf`); the sums are
 * integers, exact in float64 and float32 whatever the order of addition.
 */
function addRows(model: NerModel, slot: number, count: number, window: WindowVector): void {
  const { vector } = window;
  const stages = model.stages;
  vector[stages.length * OFFSETS * LABELS + slot] = count;
  sumRows(model, count, vector, slot * LABELS, OFFSETS * LABELS);
}

/**
 * Writes, for each stage s, the summed weights of the `count` features in `scratch` to `into` at `base + s * step`. Each
 * feature's row is looked up once for all stages (they share `rowOf`).
 */
function sumRows(model: NerModel, count: number, into: Float32Array, base: number, step: number): void {
  const stages = model.stages;
  const shift = 32 - stages[0]!.bits;
  const rowOf = stages[0]!.rowOf!;
  const stride = rowStrideOf(stages[0]!);
  let used = 0;
  for (let k = 0; k < count; k++) {
    const row = rowOf[scratch[k]! >>> shift]!;
    if (row !== 0) offsetScratch[used++] = row * stride;
  }
  for (let s = 0; s < stages.length; s++) {
    sums.fill(0);
    accumulateOffsets(stages[s]!.values, offsetScratch, 0, used, sums);
    into.set(sums, base + s * step);
  }
}

/** Returns an empty window vector for the model's stages. */
function emptyWindow(model: NerModel): WindowVector {
  return { vector: new Float32Array(model.stages.length * OFFSETS * LABELS + OFFSETS) };
}

/**
 * Returns the window vector of token j's word type (per stage and offset, 17 summed weights), kept on
 * the type's WordInfo: it lives as long as the word cache keeps the type (encoded-document.ts bounds
 * it), at 700 bytes a type for two stages. It is tagged with its model, in case two models share a lexicon.
 */
function tokenVector(model: NerModel, doc: EncodedDocument, j: number): WindowVector {
  const info = doc.infos[j]!;
  if (info.window !== undefined && info.window.model === model) return info.window;
  const window = { model, vector: emptyWindow(model).vector };
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

/**
 * Returns where token i's fixed context features' summed rows (17 a stage) start in `cache.fixedSums`: summed once for
 * each key (`fixedContextKey`), at the key's first token.
 */
function fixedSumsAt(model: NerModel, cache: WindowCache, doc: EncodedDocument, evidence: DocumentEvidence, i: number): number {
  const key = fixedContextKey(doc, evidence, i);
  const at = cache.fixedAt[key]!;
  if (at >= 0) return at;
  const stages = model.stages;
  const width = stages.length * LABELS;
  const start = cache.fixedCount * width;
  if (cache.fixedSums.length < start + width) {
    const grown = new Float32Array(Math.max(start + width, cache.fixedSums.length * 2, 64 * width));
    grown.set(cache.fixedSums);
    cache.fixedSums = grown;
  }
  sumRows(model, fixedContextFeatures(doc, evidence, i, scratch), cache.fixedSums, start, LABELS);
  cache.fixedAt[key] = start;
  cache.fixedCount++;
  return start;
}

/**
 * Returns, per stage, every token's summed label-independent weights (17 per token, in the table's units):
 * what the rows of `staticFeatures` would add to its scores. The window features come from the per-type
 * vectors, the fixed context features' from the sums kept per key (`fixedSumsAt`); the other context features
 * (`contextFeatures`, written after the token's window-feature count so the gazetteer cap sees the same count) are
 * summed here, each row resolved once for every stage and summed for every stage while it is in cache, with no
 * per-document row arrays. The arrays are valid until the next call.
 */
export function localScores(model: NerModel, doc: EncodedDocument, evidence: DocumentEvidence): Float32Array[] {
  let cache = caches.get(model);
  if (cache === undefined) {
    cache = { boundary: new Map(), fixedAt: new Int32Array(FIXED_CONTEXT_KEYS).fill(-1), fixedSums: new Float32Array(0), fixedCount: 0 };
    caches.set(model, cache);
  }
  const stages = model.stages;
  const width = stages.length * OFFSETS * LABELS + OFFSETS;
  const scores = stageScores(stages.length, doc.length * LABELS);
  for (let from = 0; from < doc.length; from += BLOCK_TOKENS) sumBlock(model, cache, doc, evidence, from, Math.min(doc.length, from + BLOCK_TOKENS), width, scores);
  return scores;
}

/**
 * Sums the scores of tokens `from` to `to` (see `localScores`). Their vectors and their neighbours', and the boundary ones, are
 * copied side by side into one buffer: the loop then reads a token's five neighbours at fixed distances in memory it has just
 * read, where the vectors themselves lie scattered over the heap (a cache miss for most first reads, ≈ half of the time). A
 * block at a time, so the buffer is `BLOCK_TOKENS` tokens' whatever the document's length (p132: a whole document's had been
 * 700 bytes a token, 700 MB for 1 MB of brackets, each one a token).
 */
function sumBlock(model: NerModel, cache: WindowCache, doc: EncodedDocument, evidence: DocumentEvidence, from: number, to: number, width: number, scores: Float32Array[]): void {
  const stages = model.stages;
  // Tokens `base` to `last` (two on either side of the block) are at slots 0 to last − base; slot (last − base + (o + 2) · 2 + side)
  // holds offset o beyond the sentence (side 0 before its start, 1 after its end).
  const base = Math.max(0, from - 2);
  const last = Math.min(doc.length, to + 2);
  const boundaryBase = last - base;
  const buffer = vectorBuffer((boundaryBase + OFFSETS * 2) * width);
  for (let j = base; j < last; j++) buffer.set(tokenVector(model, doc, j).vector, (j - base) * width);
  for (let o = -2; o <= 2; o++) {
    buffer.set(boundaryVector(model, cache, doc, o, true).vector, (boundaryBase + (o + 2) * 2) * width);
    buffer.set(boundaryVector(model, cache, doc, o, false).vector, (boundaryBase + (o + 2) * 2 + 1) * width);
  }
  const stageCount = stages.length;
  const countBase = stageCount * OFFSETS * LABELS;
  const rowOf = stages[0]!.rowOf!;
  const shift = 32 - stages[0]!.bits;
  const stride = rowStrideOf(stages[0]!);
  const { sentenceStart, sentenceEnd } = doc;
  // Token i's window at offset o: token i + o's vector, or a boundary's beyond the sentence (start of each in `buffer`).
  for (let i = from; i < to; i++) {
    const first = sentenceStart[i]!;
    const end = sentenceEnd[i]!;
    const v0 = (i - 2 < first ? boundaryBase : i - 2 - base) * width;
    const v1 = (i - 1 < first ? boundaryBase + 2 : i - 1 - base) * width;
    const v2 = (i - base) * width;
    const v3 = (i + 1 >= end ? boundaryBase + 7 : i + 1 - base) * width;
    const v4 = (i + 2 >= end ? boundaryBase + 9 : i + 2 - base) * width;
    const count = buffer[v0 + countBase]! + buffer[v1 + countBase + 1]! + buffer[v2 + countBase + 2]! + buffer[v3 + countBase + 3]! + buffer[v4 + countBase + 4]!;
    // (The fixed context features' sums first: a first token of its key writes in `scratch`.)
    const fixedAt = fixedSumsAt(model, cache, doc, evidence, i);
    const fixed = cache.fixedSums;
    const written = contextFeatures(doc, evidence, i, scratch, count, false);
    let used = 0;
    for (let k = count; k < written; k++) {
      const row = rowOf[scratch[k]! >>> shift]!;
      if (row !== 0) offsetScratch[used++] = row * stride;
    }
    const t = i * LABELS;
    for (let s = 0; s < stageCount; s++) {
      sums.fill(0);
      accumulateOffsets(stages[s]!.values, offsetScratch, 0, used, sums);
      const out = scores[s]!;
      const b0 = v0 + s * OFFSETS * LABELS;
      const b1 = v1 + s * OFFSETS * LABELS + LABELS, b2 = v2 + s * OFFSETS * LABELS + 2 * LABELS;
      const b3 = v3 + s * OFFSETS * LABELS + 3 * LABELS, b4 = v4 + s * OFFSETS * LABELS + 4 * LABELS;
      const f = fixedAt + s * LABELS;
      for (let l = 0; l < LABELS; l++) out[t + l] = sums[l]! + fixed[f + l]! + buffer[b0 + l]! + buffer[b1 + l]! + buffer[b2 + l]! + buffer[b3 + l]! + buffer[b4 + l]!;
    }
  }
}
