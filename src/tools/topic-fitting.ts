/**
 * What `fit-topics` learns, as pure functions: each term's specificity for its topic (from train text)
 * and each topic's threshold (from dev text). See docs/topics.md for why these and not others.
 */
import type { Article } from '../model/index.js';
import { analyzeText } from '../stages/analyze.js';
import type { Taxonomy, TopicCalibration } from '../stages/taxonomy.js';
import { matchTopics, selectTopics, type TopicMatch } from '../stages/topics.js';
import { emptyCounts, evalArticle, scoresOf, sumCounts, type Counts } from './eval-score.js';
import type { LabelledText } from './topic-corpora.js';

export const SPECIFICITY = {
  /** Pseudo-count that pulls a rarely seen term toward full weight (trust the hand weight until data says otherwise). */
  prior: 5,
  /** Unlabelled topics: the rest of the topic's evidence (raw weights) that counts as "the article is about it". */
  core: 5,
  /** The rate of the topic's terms at this quantile counts as fully specific. */
  quantile: 0.75,
  /** A term keeps at least this share of its weight. */
  floor: 0.1,
  /** Terms seen in fewer texts than this do not set the reference rate. */
  minTexts: 5,
};

/** Returns an eval or train text wrapped as an article. */
function textArticle(text: LabelledText): Article {
  return evalArticle(text.id, text.source, text.text);
}

/** Per (topic, term): in how many texts the term fired, and in how many of those the topic held. */
type TermTally = Map<string, Map<string, { texts: number; hits: number }>>;

function tally(tallies: TermTally, topic: string, term: string, hit: boolean): void {
  let terms = tallies.get(topic);
  if (!terms) tallies.set(topic, (terms = new Map()));
  const t = terms.get(term) ?? { texts: 0, hits: 0 };
  t.texts++;
  if (hit) t.hits++;
  terms.set(term, t);
}

/** Returns the `source\ttopic` pairs whose texts have the topic in scope both with and without the label (the others cannot tell terms apart). */
export function informativeSources(texts: LabelledText[]): Set<string> {
  const seen = new Map<string, { positive: boolean; negative: boolean }>();
  for (const text of texts) {
    for (const topic of text.scope) {
      const key = `${text.source}\t${topic}`;
      const s = seen.get(key) ?? { positive: false, negative: false };
      if (text.labels.includes(topic)) s.positive = true;
      else s.negative = true;
      seen.set(key, s);
    }
  }
  return new Set([...seen].filter(([, s]) => s.positive && s.negative).map(([key]) => key));
}

/**
 * Learns how specific each term is for its topic, 0..1, from train texts matched with an uncalibrated taxonomy.
 * A topic some train text has in scope learns from labels: the share of in-scope texts the term fires in that
 * carry the topic, counting only sources that have the topic both with and without the label (every Reuters
 * story is economy, so Reuters cannot say which economy terms are specific; BBC can). Any other topic learns from co-occurrence in all texts: the share of texts the term fires in
 * where the topic's other terms add up to `core` (its own strong evidence). Each rate is smoothed toward the
 * topic's reference rate (its terms' rate at `quantile`) and divided by it, capped at 1, floored at `floor`.
 */
export function learnSpecificity(texts: LabelledText[], taxonomy: Taxonomy): TopicCalibration['specificity'] {
  const informative = informativeSources(texts);
  const labelled = new Set(texts.flatMap((t) => t.scope));
  const rawWeight = new Map(taxonomy.file.topics.map((t) => [t.id, t.terms]));
  const tallies: TermTally = new Map();
  for (const text of texts) {
    for (const match of matchTopics(textArticle(text), analyzeText(text.text), taxonomy)) {
      const topic = taxonomy.topics[match.topic]!.id;
      const terms = [...new Set(match.evidence.map((e) => e.term))];
      if (labelled.has(topic)) {
        if (!text.scope.includes(topic) || !informative.has(`${text.source}\t${topic}`)) continue;
        for (const term of terms) tally(tallies, topic, term, text.labels.includes(topic));
      } else {
        const weights = rawWeight.get(topic)!;
        const total = terms.reduce((sum, term) => sum + weights[term]!, 0);
        for (const term of terms) tally(tallies, topic, term, total - weights[term]! >= SPECIFICITY.core);
      }
    }
  }
  const specificity: TopicCalibration['specificity'] = {};
  for (const topic of taxonomy.file.topics) {
    const terms = tallies.get(topic.id) ?? new Map<string, { texts: number; hits: number }>();
    const rates = [...terms.values()].filter((t) => t.texts >= SPECIFICITY.minTexts).map((t) => t.hits / t.texts).sort((a, b) => a - b);
    const reference = rates.length === 0 ? 0.5 : rates[Math.floor(SPECIFICITY.quantile * (rates.length - 1))]!;
    const learned: Record<string, number> = {};
    for (const term of Object.keys(topic.terms)) {
      const seen = terms.get(term);
      if (!seen || reference === 0) continue;
      const rate = (seen.hits + SPECIFICITY.prior * reference) / (seen.texts + SPECIFICITY.prior);
      const value = Math.max(SPECIFICITY.floor, Math.min(1, rate / reference));
      if (value < 1) learned[term] = Math.round(value * 1000) / 1000;
    }
    if (Object.keys(learned).length > 0) specificity[topic.id] = learned;
  }
  return specificity;
}

/** A dev text with its topic matches (scored once; thresholds are applied many times while fitting). */
export interface ScoredText {
  text: LabelledText;
  matches: TopicMatch[];
}

/** Returns dev texts matched with a calibrated taxonomy. */
export function scoreTexts(texts: LabelledText[], taxonomy: Taxonomy): ScoredText[] {
  return texts.map((text) => ({ text, matches: matchTopics(textArticle(text), analyzeText(text.text), taxonomy) }));
}

/** Returns TP/FP/FN over the (text, topic in scope) pairs, only `topics` when given, with `thresholds` by topic index. */
export function countTopics(scored: ScoredText[], taxonomy: Taxonomy, thresholds: number[], topics?: Set<string>): Counts {
  const counts = emptyCounts();
  for (const { text, matches } of scored) {
    const kept = new Set(selectTopics(matches, taxonomy, thresholds).filter((m) => taxonomy.topics[m.topic]!.report).map((m) => taxonomy.topics[m.topic]!.id));
    for (const topic of text.scope) {
      if (topics && !topics.has(topic)) continue;
      const gold = text.labels.includes(topic);
      if (gold && kept.has(topic)) counts.tp++;
      else if (kept.has(topic)) counts.fp++;
      else if (gold) counts.fn++;
    }
  }
  return counts;
}

export const THRESHOLD_GRID = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);
/** Thresholds within this much F1 of the best count as equally good (a plateau). */
const F1_TOLERANCE = 0.005;

/**
 * Returns the middle of the plateau: of the grid thresholds whose F1 is within `F1_TOLERANCE` of the best, the
 * upper median. A plateau's edge moves when one dev article flips; its middle moves least (energy: 0.05–0.25).
 */
export function pickThreshold(f1At: (threshold: number) => number): number {
  const f1s = THRESHOLD_GRID.map(f1At);
  const best = Math.max(...f1s);
  const plateau = THRESHOLD_GRID.filter((_, i) => f1s[i]! >= best - F1_TOLERANCE);
  return plateau[Math.floor(plateau.length / 2)]!;
}

/**
 * Fits thresholds on dev: a topic that the labelled eval texts (`labelled`) have in scope gets its own, fitted
 * on its F1 over those texts plus the news texts (the F1 the eval reports: for economy that includes Reuters,
 * where it is recall only); every other topic shares one, fitted on the news texts' micro
 * F1 (a topic with two or three dev articles would only memorise them). Returns thresholds by topic id.
 */
export function fitThresholds(labelled: ScoredText[], news: ScoredText[], taxonomy: Taxonomy): Record<string, number> {
  const ids = taxonomy.topics.map((t) => t.id);
  const own = new Set(labelled.flatMap((s) => s.text.scope).filter((t) => ids.includes(t)));
  const fitted = new Map<string, number>();
  for (const topic of own) {
    const only = new Set([topic]);
    fitted.set(topic, pickThreshold((threshold) => {
      const thresholds = ids.map((id) => (id === topic ? threshold : 2));
      return scoresOf(sumCounts([countTopics(labelled, taxonomy, thresholds, only), countTopics(news, taxonomy, thresholds, only)])).f1;
    }));
  }
  const shared = pickThreshold((threshold) => scoresOf(countTopics(news, taxonomy, ids.map((id) => fitted.get(id) ?? threshold))).f1);
  return Object.fromEntries(ids.map((id) => [id, fitted.get(id) ?? shared]));
}
