/** Greedy left-to-right decoding under BILOU constraints, and label probabilities for confidences. */
import { ALLOWED_TRANSITIONS, CLOSED_LABELS, LABEL_COUNT, OUTSIDE } from './labels.js';

/** Returns true when `label` may stand after `previous`, closing any entity at a sentence end. */
function permitted(previous: number, label: number, lastInSentence: boolean): boolean {
  return ALLOWED_TRANSITIONS[previous * LABEL_COUNT + label] === 1 && (!lastInSentence || CLOSED_LABELS[label] === 1);
}

/** Returns the best-scoring label allowed after `previous`; at the sentence end open entities must close. */
export function bestAllowedLabel(scores: Float64Array, previous: number, lastInSentence: boolean): number {
  let best = OUTSIDE;
  let bestScore = -Infinity;
  for (let label = 0; label < LABEL_COUNT; label++) {
    if (!permitted(previous, label, lastInSentence)) continue;
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
  let sum = 0;
  for (let label = 0; label < LABEL_COUNT; label++) {
    if (permitted(previous, label, lastInSentence)) sum += Math.exp((scores[label]! - top) / temperature);
  }
  return 1 / sum;
}
