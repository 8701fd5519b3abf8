/** Averaged-perceptron training of one greedy BILOU stage. */
import { bestAllowedLabel } from '../ner/decode.js';
import type { EncodedDocument } from '../ner/encoded-document.js';
import { denseOffset, denseWeightCount, updateDense } from '../ner/dense.js';
import { seededRandom } from '../ner/hashing.js';
import { LABEL_COUNT, OUTSIDE } from '../ner/labels.js';
import { lastHistoryRows, scoreToken, type StageRows } from '../ner/stage.js';

/** A training document: its encoding, static feature rows and gold labels. */
export interface TrainingDocument {
  doc: EncodedDocument;
  rows: StageRows;
  gold: Uint8Array;
  /** How many times an epoch visits the document (absent: once). */
  repeat?: number;
}

/** Settings of one training run. */
export interface TrainingOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Also update when the gold label wins by less than this score margin (0 = plain perceptron). */
  margin?: number;
  /** The documents' rows hold corpus copies of their features (domain-adaptation.ts): the table has 2^(bits+1) buckets. */
  domainCopies?: boolean;
  /** Called after each epoch with the averaged weights so far; may evaluate them. */
  afterEpoch?: (epoch: number, averaged: Float64Array) => void;
}

/** Perceptron state with the lazy-averaging accumulator (averaged = weights − totals / step). */
interface PerceptronState {
  weights: Float64Array;
  totals: Float64Array;
  step: number;
}

/** Returns the averaged weights after training on the documents for the given number of epochs. */
export function trainStage(documents: readonly TrainingDocument[], options: TrainingOptions): Float64Array {
  const buckets = (1 << options.bits) * (options.domainCopies ? 2 : 1);
  const size = buckets * LABEL_COUNT + denseWeightCount(documents[0]?.doc.embeddings);
  const state: PerceptronState = { weights: new Float64Array(size), totals: new Float64Array(size), step: 1 };
  const random = seededRandom(options.seed);
  const order = documents.flatMap((d, index) => Array<number>(d.repeat ?? 1).fill(index));
  let averaged: Float64Array = new Float64Array(0);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) trainDocument(state, options.bits, options.margin ?? 0, documents[index]!);
    averaged = averageWeights(state);
    options.afterEpoch?.(epoch, averaged);
  }
  return averaged;
}

/** Shuffles an array in place (Fisher–Yates with the seeded generator). */
function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/** Runs greedy decoding over one document with the current weights, updating them at every mistake. */
function trainDocument(state: PerceptronState, bits: number, margin: number, training: TrainingDocument): void {
  const { doc, rows, gold } = training;
  let previous = OUTSIDE;
  let beforePrevious = OUTSIDE;
  for (let i = 0; i < doc.length; i++) {
    if (i === doc.sentenceStart[i]) {
      previous = OUTSIDE;
      beforePrevious = OUTSIDE;
    }
    const scores = scoreToken({ values: state.weights }, bits, doc, rows, i, previous, beforePrevious);
    const last = i + 1 === doc.sentenceEnd[i];
    const predicted = bestAllowedLabel(scores, previous, last);
    const correct = gold[i]!;
    const rival = predicted !== correct || margin === 0 ? predicted : runnerUp(scores, previous, last, correct);
    if (rival !== correct && (predicted !== correct || scores[correct]! - scores[rival]! < margin)) {
      updateRows(state, rows.local.rows, rows.local.start[i]!, rows.local.start[i + 1]!, correct, rival);
      if (rows.evidence) updateRows(state, rows.evidence.rows, rows.evidence.start[i]!, rows.evidence.start[i + 1]!, correct, rival);
      const history = lastHistoryRows();
      updateRows(state, history, 0, history.length, correct, rival);
      if (doc.embeddings !== undefined) updateDense(state.weights, state.totals, state.step, denseOffset(bits), doc, i, correct, rival);
    }
    state.step++;
    beforePrevious = previous;
    previous = predicted;
  }
}

/** Returns the best allowed label other than `excluded` (or `excluded` when no other is allowed). */
function runnerUp(scores: Float64Array, previous: number, last: boolean, excluded: number): number {
  const saved = scores[excluded]!;
  scores[excluded] = -Infinity;
  const label = bestAllowedLabel(scores, previous, last);
  scores[excluded] = saved;
  return Number.isFinite(scores[label]!) ? label : excluded;
}

/** Moves the weights of buckets `[from, to)` towards the correct label and away from the predicted one. */
function updateRows(state: PerceptronState, buckets: Uint32Array, from: number, to: number, correct: number, predicted: number): void {
  const { weights, totals, step } = state;
  for (let k = from; k < to; k++) {
    const row = buckets[k]! * LABEL_COUNT;
    weights[row + correct]! += 1;
    totals[row + correct]! += step;
    weights[row + predicted]! -= 1;
    totals[row + predicted]! -= step;
  }
}

/** Returns the averaged weights of the perceptron at its current step. */
function averageWeights(state: PerceptronState): Float64Array {
  const averaged = new Float64Array(state.weights.length);
  const { weights, totals, step } = state;
  for (let k = 0; k < weights.length; k++) averaged[k] = weights[k]! - totals[k]! / step;
  return averaged;
}
