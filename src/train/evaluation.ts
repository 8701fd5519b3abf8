/** Entity-level scoring: exact span and type, micro-averaged (the conlleval convention). */
import { ENTITY_TYPES, type EntityType } from '../ner/types.js';

/** An entity to score: character offsets and type. */
export interface ScoredEntity {
  start: number;
  end: number;
  type: EntityType;
}

/** Counts for one type (or all types). */
export interface Tally {
  truePositives: number;
  predicted: number;
  gold: number;
}

/** Precision, recall and F1 in percent. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
}

/** Per-type tallies plus the micro total under the key `ALL`. */
export type Tallies = Record<EntityType | 'ALL', Tally>;

/** Returns zeroed tallies. */
export function emptyTallies(): Tallies {
  const zero = (): Tally => ({ truePositives: 0, predicted: 0, gold: 0 });
  return { PER: zero(), ORG: zero(), LOC: zero(), MISC: zero(), ALL: zero() };
}

/** Adds one document's predictions against its gold entities to the tallies. */
export function tallyDocument(tallies: Tallies, gold: readonly ScoredEntity[], predicted: readonly ScoredEntity[]): void {
  const key = (e: ScoredEntity): string => `${e.start}:${e.end}:${e.type}`;
  const goldKeys = new Set(gold.map(key));
  for (const e of gold) {
    tallies[e.type].gold++;
    tallies.ALL.gold++;
  }
  for (const e of predicted) {
    tallies[e.type].predicted++;
    tallies.ALL.predicted++;
    if (goldKeys.has(key(e))) {
      tallies[e.type].truePositives++;
      tallies.ALL.truePositives++;
    }
  }
}

/** Returns precision, recall and F1 (percent) of a tally. */
export function scoreOf(tally: Tally): Score {
  const precision = tally.predicted === 0 ? 0 : (100 * tally.truePositives) / tally.predicted;
  const recall = tally.gold === 0 ? 0 : (100 * tally.truePositives) / tally.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold: tally.gold };
}

/** Returns a one-line summary such as `F1 90.12 | PER 95.1 ORG 85.0 LOC 92.3 MISC 80.2`. */
export function summarizeTallies(tallies: Tallies): string {
  const types = ENTITY_TYPES.map((t) => `${t} ${scoreOf(tallies[t]).f1.toFixed(2)}`).join(' ');
  const all = scoreOf(tallies.ALL);
  return `F1 ${all.f1.toFixed(2)} (P ${all.precision.toFixed(2)} R ${all.recall.toFixed(2)}) | ${types}`;
}

/** Returns a table of P/R/F1 per type and overall, one line each. */
export function formatScoreTable(tallies: Tallies): string {
  const rows = [...ENTITY_TYPES, 'ALL' as const].map((t) => {
    const s = scoreOf(tallies[t]);
    return `${t.padEnd(5)} P ${s.precision.toFixed(2).padStart(6)}  R ${s.recall.toFixed(2).padStart(6)}  F1 ${s.f1.toFixed(2).padStart(6)}  (gold ${s.gold})`;
  });
  return rows.join('\n');
}
