/** Tagging: encode a document, run the stages (first local, then with document label evidence), read spans. */
import { INVISIBLE_IN_WORD } from '../text/codepoints.js';
import { projectedDenseScores, projectRow } from './dense.js';
import { caseEvidence, labelEvidence } from './document-evidence.js';
import { encodeDocument, type EncodedDocument } from './encoded-document.js';
import { internalTokens, type InternalToken } from './internal-tokens.js';
import { decodeBilou } from './labels.js';
import type { NerModel, StageTable } from './model.js';
import { computeEvidenceRows, computeStaticRows, resolveStageRows, tagWithLocalScores, tagWithStage, type ResolvedStageRows, type StageRows, type StaticRows } from './stage.js';
import type { NerSpan, NerToken } from './types.js';
import { localScores, usesWindowCache } from './window.js';

/** Labels and per-token label probabilities of a document. */
export interface DocumentLabels {
  labels: Uint8Array;
  /** The chosen label's probability at each token in a span; 0 at an Outside token (no span's confidence reads it). */
  probabilities: Float32Array;
}

/** The rows every stage shares: local features and case evidence, for a table of 2^bits buckets. */
export interface LocalRows {
  local: StaticRows;
  caseFlags: Uint8Array;
}

/** Returns the local rows of a document (computed once, shared by all stages); `aggregate`: with context aggregation. */
export function localRows(doc: EncodedDocument, bits: number, aggregate: boolean): LocalRows {
  const evidence = caseEvidence(doc, aggregate);
  return { local: computeStaticRows(doc, evidence, bits), caseFlags: evidence.caseFlags };
}

/** Returns the rows a stage scores: the local rows, plus label evidence when there is a previous stage. */
export function stageRows(doc: EncodedDocument, shared: LocalRows, previousLabels: Uint8Array | undefined, bits: number): StageRows {
  if (previousLabels === undefined) return { local: shared.local };
  return { local: shared.local, evidence: computeEvidenceRows(doc, labelEvidence(doc, shared.caseFlags, previousLabels), bits) };
}

const PROJECTION_CACHE_LIMIT = 200_000;
const projectionCaches = new WeakMap<NerModel, Map<number, Float32Array>>();

/** Returns the word-vector scores of every token per stage, projecting each vocabulary word once per model (cached). */
function denseScores(model: NerModel, doc: EncodedDocument): Float64Array[] | undefined {
  const embeddings = model.lexicon.embeddings;
  if (embeddings === undefined || doc.embeddings === undefined || model.stages.some((s) => s.dense === undefined)) return undefined;
  let cache = projectionCaches.get(model);
  if (cache === undefined) {
    cache = new Map();
    projectionCaches.set(model, cache);
  }
  const rows = cache;
  const dense = model.stages.map((s) => s.dense!);
  return projectedDenseScores(doc, model.stages.length, (row) => {
    let projected = rows.get(row);
    if (projected === undefined) {
      projected = projectRow(embeddings, dense, row);
      if (rows.size >= PROJECTION_CACHE_LIMIT) rows.clear();
      rows.set(row, projected);
    }
    return projected;
  });
}

/** Returns the final-stage labels of an encoded document, running every stage in turn. */
export function labelDocument(model: NerModel, doc: EncodedDocument): DocumentLabels {
  // A loaded model without word vectors sums the label-independent weights once for all stages (window.ts).
  const dense = denseScores(model, doc);
  if (dense === undefined && usesWindowCache(model)) return labelWithLocalScores(model, doc);
  let labels: Uint8Array | undefined;
  const probabilities = new Float32Array(doc.length);
  const bits = model.stages[0]?.bits ?? 1;
  const shared = localRows(doc, bits, model.contextAggregation === true);
  let previous: { stage: StageTable; rows: ResolvedStageRows } | undefined;
  model.stages.forEach((stage, index) => {
    // Stages loaded from one file share `rowOf`, so the local rows are resolved once for all of them.
    const sameRows = previous !== undefined && previous.stage.rowOf !== undefined && previous.stage.rowOf === stage.rowOf;
    const resolved = resolveStageRows(stage, stageRows(doc, shared, labels, bits), sameRows ? previous!.rows.local : undefined);
    const rows = dense === undefined ? resolved : { ...resolved, dense: dense[index]! };
    const next = new Uint8Array(doc.length);
    const isLast = index === model.stages.length - 1;
    tagWithStage(stage, stage.bits, doc, rows, next, isLast ? probabilities : undefined, model.temperature / stage.scale);
    labels = next;
    previous = { stage, rows };
  });
  return { labels: labels ?? new Uint8Array(doc.length), probabilities };
}

/** `labelDocument` for a model `usesWindowCache` accepts: the same labels and probabilities from precomputed local sums. */
function labelWithLocalScores(model: NerModel, doc: EncodedDocument): DocumentLabels {
  const evidence = caseEvidence(doc, model.contextAggregation === true);
  const local = localScores(model, doc, evidence);
  const probabilities = new Float32Array(doc.length);
  let labels = new Uint8Array(doc.length);
  model.stages.forEach((stage, index) => {
    const next = index === 0 ? labels : new Uint8Array(doc.length);
    const labelled = index === 0 ? undefined : labelEvidence(doc, evidence.caseFlags, labels);
    const isLast = index === model.stages.length - 1;
    tagWithLocalScores(stage, stage.bits, doc, local[index]!, labelled, next, isLast ? probabilities : undefined, model.temperature / stage.scale);
    labels = next;
  });
  return { labels, probabilities };
}

// Characters a word may hold that no one sees (a soft hyphen or a zero-width space from a web page): the
// model reads "Fran\u200Bcois" as "Francois".
const INVISIBLE = new RegExp(`[${INVISIBLE_IN_WORD}\\u2060]`, 'u');
const INVISIBLE_ALL = new RegExp(`[${INVISIBLE_IN_WORD}\\u2060]`, 'gu');

/**
 * Tags one document given as sentences of tokens (document-level evidence sees all sentences).
 * Returns the entity spans in document order; `confidence` is the lowest label probability of the span's tokens.
 * Hyphen-joined input tokens are tagged as one token and a trailing ’s is split off (see internal-tokens.ts),
 * so a span's `tokenStart`/`tokenEnd` cover whole input tokens while `start`/`end` are exact.
 */
export function tagDocument(model: NerModel, sentences: readonly (readonly NerToken[])[]): NerSpan[] {
  let inputBase = 0;
  const tokens: InternalToken[] = [];
  const texts = sentences.map((sentence) => {
    const internal = internalTokens(sentence, inputBase);
    inputBase += sentence.length;
    const words = new Array<string>(internal.length);
    for (let k = 0; k < internal.length; k++) {
      const text = internal[k]!.text;
      words[k] = INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
      tokens.push(internal[k]!);
    }
    return words;
  });
  const doc = encodeDocument(model.lexicon, texts);
  const { labels, probabilities } = labelDocument(model, doc);
  return decodeBilou(labels).map((span) => {
    let confidence = 1;
    for (let i = span.tokenStart; i < span.tokenEnd; i++) confidence = Math.min(confidence, probabilities[i]!);
    const first = tokens[span.tokenStart]!;
    const last = tokens[span.tokenEnd - 1]!;
    return { start: first.start, end: last.end, type: span.type, confidence, tokenStart: first.firstInput, tokenEnd: last.lastInput + 1 };
  });
}
