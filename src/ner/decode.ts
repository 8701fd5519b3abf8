/** Greedy left-to-right decoding under BILOU constraints, and label probabilities for confidences. */
import { ALLOWED_TRANSITIONS, CLOSED_LABELS, LABEL_COUNT, OUTSIDE } from './labels.js';

const LABELS = LABEL_COUNT;
const OUTSIDE_LABEL = OUTSIDE;

/**
 * For each (previous label, last in sentence) context `c = previous · 2 + last`, the labels allowed there in
 * increasing order: `ALLOWED_LABELS[c · LABELS .. c · LABELS + ALLOWED_COUNT[c])`. Precomputed because the
 * transition test per label was a fifth of tagging time (tsx turns each imported constant into a getter call).
 */
const ALLOWED_LABELS = new Uint8Array(LABELS * 2 * LABELS);
const ALLOWED_COUNT = new Uint8Array(LABELS * 2);
for (let previous = 0; previous < LABELS; previous++) {
  for (let last = 0; last < 2; last++) {
    const context = previous * 2 + last;
    for (let label = 0; label < LABELS; label++) {
      const permitted = ALLOWED_TRANSITIONS[previous * LABELS + label] === 1 && (last === 0 || CLOSED_LABELS[label] === 1);
      if (permitted) ALLOWED_LABELS[context * LABELS + ALLOWED_COUNT[context]!++] = label;
    }
  }
}

/** Returns the best-scoring label allowed after `previous` (lowest label on ties); at the sentence end open entities must close. */
export function bestAllowedLabel(scores: Float64Array, previous: number, lastInSentence: boolean): number {
  const context = previous * 2 + (lastInSentence ? 1 : 0);
  const from = context * LABELS;
  const to = from + ALLOWED_COUNT[context]!;
  let best = OUTSIDE_LABEL;
  let bestScore = -Infinity;
  for (let k = from; k < to; k++) {
    const label = ALLOWED_LABELS[k]!;
    const score = scores[label]!;
    if (score > bestScore) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Returns the probability of `chosen` under a softmax (at `temperature`) over the labels allowed
 * in its position: near 1 when no other allowed label came close.
 */
export function labelProbability(scores: Float64Array, previous: number, lastInSentence: boolean, chosen: number, temperature: number): number {
  const top = scores[chosen]!;
  const context = previous * 2 + (lastInSentence ? 1 : 0);
  const from = context * LABELS;
  const to = from + ALLOWED_COUNT[context]!;
  let sum = 0;
  for (let k = from; k < to; k++) sum += Math.exp((scores[ALLOWED_LABELS[k]!]! - top) / temperature);
  return 1 / sum;
}
