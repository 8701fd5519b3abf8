import type { Article, TopicEvidence, TopicScore } from '../model/index.js';
import { offsetMap } from '../text/codepoints.js';
import type { Analysis, Token } from './analyze.js';
import type { CompiledTerm, Taxonomy } from './taxonomy.js';

/** Returns true when `term` matches the tokens starting at `i`. */
function matchesAt(tokens: Token[], i: number, term: CompiledTerm): boolean {
  if (i + term.keys.length > tokens.length) return false;
  for (let k = 0; k < term.keys.length; k++) {
    const token = tokens[i + k]!;
    if ((term.exact ? token.text : token.stem) !== term.keys[k]) return false;
  }
  return true;
}

/** Returns the longest of `terms` (sorted longest first) that matches at token `i`. */
function longestMatch(tokens: Token[], i: number, terms: CompiledTerm[] | undefined): CompiledTerm | undefined {
  return terms?.find((term) => matchesAt(tokens, i, term));
}

/** Marks the tokens covered by any exclusion phrase ("trade union" is not trade policy). */
function excludedTokens(tokens: Token[], exclude: Map<string, CompiledTerm[]>): Uint8Array {
  const excluded = new Uint8Array(tokens.length);
  if (exclude.size === 0) return excluded;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    for (const phrase of [...(exclude.get(token.stem) ?? []), ...(exclude.get(token.text) ?? [])]) {
      if (matchesAt(tokens, i, phrase)) excluded.fill(1, i, i + phrase.keys.length);
    }
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
  const offsets = offsetMap(article.text);
  const scores: TopicScore[] = [];
  for (const topic of taxonomy.topics) {
    const excluded = excludedTokens(tokens, topic.excludeByFirstKey);
    const evidence: TopicEvidence[] = [];
    const counts = new Map<CompiledTerm, number>();
    for (let i = 0; i < tokens.length; i++) {
      if (excluded[i]) continue;
      const token = tokens[i]!;
      const best = longestMatch(tokens, i, topic.termsByFirstKey.get(token.stem)) ??
        longestMatch(tokens, i, topic.termsByFirstKey.get(token.text));
      if (!best) continue;
      const last = tokens[i + best.keys.length - 1]!;
      const start = tokens[i]!.start;
      evidence.push({
        term: best.term, text: article.text.slice(start, last.end), weight: best.weight,
        start: offsets.toCodePoint(start), end: offsets.toCodePoint(last.end),
      });
      counts.set(best, (counts.get(best) ?? 0) + 1);
      i += best.keys.length - 1;
    }
    let sum = 0;
    for (const [term, count] of counts) sum += term.weight * (1 + Math.log(count));
    const score = topicScore(sum, analysis.words, taxonomy.file.scoring);
    if (score >= topic.threshold && evidence.length > 0) {
      scores.push({ articleId: article.id, topic: topic.id, label: topic.label, score, evidence });
    }
  }
  return scores.sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}
