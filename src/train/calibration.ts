/** Fits the softmax temperature behind span confidences on held-out documents. */
import { bestAllowedLabel, labelProbability } from '../ner/decode.js';
import { OUTSIDE } from '../ner/labels.js';
import { scoreToken, type StageRows } from '../ner/stage.js';
import type { EncodedDocument } from '../ner/encoded-document.js';

/** A document prepared for the last stage, with its gold labels. */
export interface CalibrationDocument {
  doc: EncodedDocument;
  rows: StageRows;
  gold: Uint8Array;
}

const TEMPERATURES = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

/**
 * Returns the temperature (in units of the given weights) under which the chosen label's probability
 * best predicts whether it is correct (highest Bernoulli log-likelihood over all tokens).
 */
export function fitTemperature(values: Float64Array, bits: number, documents: readonly CalibrationDocument[]): number {
  const logLikelihood = new Float64Array(TEMPERATURES.length);
  for (const { doc, rows, gold } of documents) {
    let previous = OUTSIDE;
    let beforePrevious = OUTSIDE;
    for (let i = 0; i < doc.length; i++) {
      if (i === doc.sentenceStart[i]) previous = beforePrevious = OUTSIDE;
      const last = i + 1 === doc.sentenceEnd[i];
      const scores = scoreToken({ values }, bits, doc, rows, i, previous, beforePrevious);
      const label = bestAllowedLabel(scores, previous, last);
      TEMPERATURES.forEach((t, k) => {
        const p = Math.min(Math.max(labelProbability(scores, previous, last, label, t), 1e-9), 1 - 1e-9);
        logLikelihood[k]! += Math.log(label === gold[i] ? p : 1 - p);
      });
      beforePrevious = previous;
      previous = label;
    }
  }
  let best = 0;
  for (let k = 1; k < TEMPERATURES.length; k++) if (logLikelihood[k]! > logLikelihood[best]!) best = k;
  return TEMPERATURES[best]!;
}
