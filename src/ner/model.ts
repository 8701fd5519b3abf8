/** What a trained recogniser is in memory: its stages' weight tables and the resources they read. */
import type { Lexicon } from './lexicon.js';
import type { WeightTable } from './weights.js';

/** Weights of one stage (see WeightTable); `values` times `scale` are the real perceptron weights. */
export interface StageTable extends WeightTable {
  bits: number;
  scale: number;
  /** Word-vector weights `[(position · dimensions + d) · 17 + label]` in the units of `values` (see dense.ts). */
  dense?: Float32Array;
}

/** A trained recogniser: resources, one or two stages (sharing one hash size), and the softmax temperature of confidences. */
export interface NerModel {
  lexicon: Lexicon;
  stages: StageTable[];
  /** Temperature (in real weight units) of the per-token softmax behind `NerSpan.confidence`. */
  temperature: number;
  /** True when the features include context aggregation (document-evidence.ts `aggregateContexts`). */
  contextAggregation?: boolean;
}
