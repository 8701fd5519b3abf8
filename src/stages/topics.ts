import type { Article, TopicEvidence, TopicScore } from '../model/index.js';
import { offsetMap } from '../text/codepoints.js';
import type { Analysis, Token } from './analyze.js';
import type { CompiledTerm, Taxonomy, TopicTerms } from './taxonomy.js';

/** Returns true when `term` matches the tokens starting at `i`. */
function matchesAt(tokens: Token[], i: number, term: CompiledTerm): boolean {
  if (i + term.keys.length > tokens.length) return false;
  for (let k = 0; k < term.keys.length; k++) {
    const token = tokens[i + k]!;
    if ((term.exact ? token.text : token.stem) !== term.keys[k]) return false;
  }
  return true;
}

/** Returns the first of `terms` (sorted longest first) that matches at token `i`. */
function longestMatch(tokens: Token[], i: number, terms: CompiledTerm[] | undefined): CompiledTerm | undefined {
  return terms?.find((term) => matchesAt(tokens, i, term));
}

/** The terms of topic `topic` in a merged-index entry, if it has any. */
function termsOf(entries: TopicTerms[] | undefined, topic: number): CompiledTerm[] | undefined {
  return entries?.find((e) => e.topic === topic)?.terms;
}

/**
 * Marks, per topic, the tokens covered by its exclusion phrases ("trade union" is not trade policy).
 * A topic with no exclusion matched has no array.
 */
function excludedTokens(tokens: Token[], exclude: Taxonomy['excludeByFirstKey'], topics: number): (Uint8Array | undefined)[] {
  const excluded: (Uint8Array | undefined)[] = new Array(topics);
  if (exclude.size === 0) return excluded;
  const mark = (entries: TopicTerms[] | undefined, i: number): void => {
    for (const { topic, terms } of entries ?? []) {
      for (const phrase of terms) {
        if (matchesAt(tokens, i, phrase)) (excluded[topic] ??= new Uint8Array(tokens.length)).fill(1, i, i + phrase.keys.length);
      }
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    mark(exclude.get(token.stem), i);
    if (token.text !== token.stem) mark(exclude.get(token.text), i);
  }
  return excluded;
}

/** Turns summed evidence into 0..1: saturating, and divided by √(length) so long articles need more evidence. */
export function topicScore(weightSum: number, words: number, scoring: Taxonomy['file']['scoring']): number {
  const norm = scoring.scale * Math.sqrt(Math.max(words, scoring.referenceWords) / scoring.referenceWords);
  return Math.round((1 - Math.exp(-weightSum / norm)) * 10000) / 10000;
}

/**
 * Scores every topic of the taxonomy against one article: longest term match at each token,
 * `weight × (1 + ln count)` per distinct term, length-normalized. Returns topics at or above the
 * threshold, best first, each with the evidence that fired.
 */
export function scoreTopics(article: Article, analysis: Analysis, taxonomy: Taxonomy): TopicScore[] {
  const { tokens } = analysis;
  const topicCount = taxonomy.topics.length;
  const excluded = excludedTokens(tokens, taxonomy.excludeByFirstKey, topicCount);
  const evidence: TopicEvidence[][] = Array.from({ length: topicCount }, () => []);
  const counts: Map<CompiledTerm, number>[] = Array.from({ length: topicCount }, () => new Map());
  // Each topic matches on its own: a term match skips that topic (only) past the matched tokens.
  const nextFree = new Int32Array(topicCount);
  let offsets: ReturnType<typeof offsetMap> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const byStem = taxonomy.termsByFirstKey.get(token.stem);
    const byText = token.text === token.stem ? undefined : taxonomy.termsByFirstKey.get(token.text);
    if (!byStem && !byText) continue;
    for (const { topic } of [...(byStem ?? []), ...(byText ?? [])]) {
      if (i < nextFree[topic]! || excluded[topic]?.[i]) continue;
      const best = longestMatch(tokens, i, termsOf(byStem, topic)) ?? longestMatch(tokens, i, termsOf(byText, topic));
      if (!best) continue;
      const last = tokens[i + best.keys.length - 1]!;
      offsets ??= offsetMap(article.text);
      evidence[topic]!.push({
        term: best.term, text: article.text.slice(token.start, last.end), weight: best.weight,
        start: offsets.toCodePoint(token.start), end: offsets.toCodePoint(last.end),
      });
      counts[topic]!.set(best, (counts[topic]!.get(best) ?? 0) + 1);
      nextFree[topic] = i + best.keys.length;
    }
  }
  const scores: TopicScore[] = [];
  taxonomy.topics.forEach((topic, t) => {
    if (evidence[t]!.length === 0) return;
    let sum = 0;
    for (const [term, count] of counts[t]!) sum += term.weight * (1 + Math.log(count));
    const score = topicScore(sum, analysis.words, taxonomy.file.scoring);
    if (score >= topic.threshold) scores.push({ articleId: article.id, topic: topic.id, label: topic.label, score, evidence: evidence[t]! });
  });
  return scores.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}
