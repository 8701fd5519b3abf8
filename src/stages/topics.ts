import type { Article, TopicEvidence, TopicScore } from '../model/index.js';
import { compareText, offsetMap } from '../text/codepoints.js';
import type { Analysis, Token } from './analyze.js';
import type { CompiledTerm, FirstKeyEntries, Taxonomy, TopicTerms } from './taxonomy.js';

/** Returns true when `term` matches the tokens starting at `i`. */
function matchesAt(tokens: Token[], i: number, term: CompiledTerm): boolean {
  if (i + term.keys.length > tokens.length) return false;
  for (let k = 0; k < term.keys.length; k++) {
    const token = tokens[i + k]!;
    if ((term.exact ? token.text : token.stem) !== term.keys[k]) return false;
    // A month is no word of a term: "by March" is no protest march (p130: protest evidence "March").
    if (!term.exact && (token.text === 'March' || token.text === 'May')) return false;
    if (term.words && !token.text.toLowerCase().startsWith(term.words[k]!)) return false;
  }
  return true;
}

/** True when the tokens starting at `i` are `term` as written (lower case aside): "protesters", not "protest". */
function writtenAt(tokens: Token[], i: number, term: CompiledTerm): boolean {
  let at = 0;
  for (let k = 0; k < term.keys.length; k++) {
    const word = tokens[i + k]!.text.toLowerCase();
    if (!term.written!.startsWith(word, at)) return false;
    at += word.length + 1;
  }
  return at === term.written!.length + 1;
}

/**
 * Returns the longest of `terms` (sorted longest first) that matches at token `i`. Terms of one stem ("protest",
 * "protesters") are told apart by how the article writes it: the term written so wins, else the first listed.
 */
function longestMatch(tokens: Token[], i: number, terms: CompiledTerm[] | undefined): CompiledTerm | undefined {
  let found: CompiledTerm | undefined;
  for (const term of terms ?? []) {
    if (found && term.keys.length < found.keys.length) break;
    if (!matchesAt(tokens, i, term)) continue;
    if (term.written !== undefined && writtenAt(tokens, i, term)) return term;
    found ??= term;
  }
  return found;
}

/** The terms of topic `topic` in a merged-index entry, if it has any. */
function termsOf(entries: TopicTerms[] | undefined, topic: number): CompiledTerm[] | undefined {
  return entries?.find((e) => e.topic === topic)?.terms;
}

/** A token's entries in the taxonomy's first-key index: by its stem, and by its text when that differs. */
interface TokenEntries {
  byStem: (FirstKeyEntries | undefined)[];
  byText: (FirstKeyEntries | undefined)[];
}

/** Looks every token's stem and text up once (`TokenEntries`); exclusions and terms both read the answer. */
function tokenEntries(tokens: Token[], index: Taxonomy['byFirstKey']): TokenEntries {
  const byStem = new Array<FirstKeyEntries | undefined>(tokens.length);
  const byText = new Array<FirstKeyEntries | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    byStem[i] = index.get(token.stem);
    byText[i] = token.text === token.stem ? undefined : index.get(token.text);
  }
  return { byStem, byText };
}

/**
 * Marks, per topic, the tokens covered by its exclusion phrases ("trade union" is not trade policy).
 * A topic with no exclusion matched has no array.
 */
function excludedTokens(tokens: Token[], entries: TokenEntries, topics: number): (Uint8Array | undefined)[] {
  const excluded: (Uint8Array | undefined)[] = new Array(topics);
  for (let i = 0; i < tokens.length; i++) {
    markExcluded(excluded, tokens, i, entries.byStem[i]?.exclude);
    markExcluded(excluded, tokens, i, entries.byText[i]?.exclude);
  }
  return excluded;
}

/** Marks the tokens the exclusion phrases `entries` cover where they match at token i. */
function markExcluded(excluded: (Uint8Array | undefined)[], tokens: Token[], i: number, entries: TopicTerms[] | undefined): void {
  if (entries === undefined) return;
  for (const { topic, terms } of entries) {
    for (const phrase of terms) {
      if (matchesAt(tokens, i, phrase)) (excluded[topic] ??= new Uint8Array(tokens.length)).fill(1, i, i + phrase.keys.length);
    }
  }
}

type Scoring = Taxonomy['file']['scoring'];

// A concessive clause, up to its comma, stop or quotation mark: "…, even as Typhoon Fung-wong shut ports", "despite a magnitude 6.4 earthquake".
// What it concedes is beside the story's point, wherever it stands, so it earns no bonus for standing early.
const CONCESSIVE = /(?<![\p{L}-])(?:[Dd]espite|[Aa]lthough|[Tt]hough|[Ee]ven as|[Ee]ven though|[Ii]n spite of|[Nn]otwithstanding)(?![\p{L}-])[^,.;:!?"“”\n]*/gu;

/** The concessive clauses of a text, as [start, end) pairs of UTF-16 offsets in order (flat). */
function concessiveClauses(text: string): number[] {
  const clauses: number[] = [];
  for (const match of text.matchAll(CONCESSIVE)) clauses.push(match.index, match.index + match[0].length);
  return clauses;
}

/** Returns how much evidence at UTF-16 offset `at` counts: more at the start, more again on the first line. */
function positionWeight(at: number, length: number, firstLineEnd: number, scoring: Scoring): number {
  return 1 + scoring.lead * (1 - at / Math.max(length, 1)) + (at < firstLineEnd ? scoring.firstLine : 0);
}

/** Turns a topic's evidence into 0..1: saturating, and divided by √(length) so long articles need more evidence. */
export function topicStrength(evidence: number, words: number, scoring: Scoring): number {
  const norm = scoring.scale * Math.sqrt(Math.max(words, scoring.referenceWords) / scoring.referenceWords);
  return 1 - Math.exp(-evidence / norm);
}

/** Returns a topic's score: its strength times its share of the best topic's evidence, to the power `shareExponent`. */
export function topicScore(evidence: number, best: number, words: number, scoring: Scoring): number {
  const share = best > 0 ? evidence / best : 0;
  return Math.round(topicStrength(evidence, words, scoring) * share ** scoring.shareExponent * 10000) / 10000;
}

/** Sums one topic's evidence: per distinct term, weight × best position weight × (1 + ln count). */
function evidenceSum(terms: Map<CompiledTerm, { count: number; position: number }>): number {
  let sum = 0;
  for (const [term, { count, position }] of terms) sum += term.weight * position * (1 + Math.log(count));
  return sum;
}

/** One topic's matches in one article, before any threshold. */
export interface TopicMatch {
  /** Index into `Taxonomy.topics`. */
  topic: number;
  evidence: TopicEvidence[];
  /** The evidence summed (`evidenceSum`). */
  sum: number;
  /** 0..1 (`topicStrength`): the evidence alone, before its share of the best topic's. */
  strength: number;
  /** The evidence's share of the best other topic's (its parent's excepted), capped at 1 by the score only. */
  share: number;
  /** 0..1 (`topicScore`). */
  score: number;
}

/**
 * Matches every topic of the taxonomy against one article: longest term match at each token, each
 * match weighted by the term's weight (learned specificity included) and where it stands. Returns the
 * topics with any evidence, in taxonomy order, each scored against the best topic other than its parent
 * (a child topic is not outshone by the broader topic that always comes with it).
 */
export function matchTopics(article: Article, analysis: Analysis, taxonomy: Taxonomy, people: readonly Span[] = [], bodies: readonly Span[] = []): TopicMatch[] {
  const { tokens } = analysis;
  const inName = tokensInSpans(tokens, people);
  const inBody = taxonomy.file.scoring.inBody < 1 ? tokensInSpans(tokens, bodies) : undefined;
  const { scoring } = taxonomy.file;
  const topicCount = taxonomy.topics.length;
  const entries = tokenEntries(tokens, taxonomy.byFirstKey);
  const excluded = excludedTokens(tokens, entries, topicCount);
  const evidence: TopicEvidence[][] = Array.from({ length: topicCount }, () => []);
  const termStats: Map<CompiledTerm, { count: number; position: number }>[] = Array.from({ length: topicCount }, () => new Map());
  const newline = article.text.indexOf('\n');
  const firstLineEnd = newline < 0 ? article.text.length : newline;
  let clauses: number[] | undefined;
  let clause = 0;
  // Each topic matches on its own: a term match skips that topic (only) past the matched tokens.
  const nextFree = new Int32Array(topicCount);
  let offsets: ReturnType<typeof offsetMap> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const byStem = entries.byStem[i]?.terms;
    const byText = entries.byText[i]?.terms;
    if (!byStem && !byText) continue;
    for (const { topic } of [...(byStem ?? []), ...(byText ?? [])]) {
      if (i < nextFree[topic]! || excluded[topic]?.[i] || inName?.[i]) continue;
      const best = longestMatch(tokens, i, termsOf(byStem, topic)) ?? longestMatch(tokens, i, termsOf(byText, topic));
      if (!best) continue;
      const last = tokens[i + best.keys.length - 1]!;
      offsets ??= offsetMap(article.text);
      clauses ??= concessiveClauses(article.text);
      while (clause < clauses.length && clauses[clause + 1]! <= token.start) clause += 2;
      const conceded = clause < clauses.length && clauses[clause]! <= token.start;
      const placed = conceded ? 1 : positionWeight(token.start, article.text.length, firstLineEnd, scoring);
      // A word inside a body's name that is not its head: "Economic" of "Department of Economic Development" (p105); the
      // head says what the body is ("District Prosecutors Office" of "Taoyuan District Prosecutors Office").
      const position = inBody?.[i] && !endsBody(bodies, token.start, last.end) ? placed * scoring.inBody : placed;
      evidence[topic]!.push({
        term: best.term, text: article.text.slice(token.start, last.end), weight: Math.round(best.weight * position * 1000) / 1000,
        start: offsets.toCodePoint(token.start), end: offsets.toCodePoint(last.end),
      });
      const stats = termStats[topic]!.get(best);
      if (stats) {
        stats.count++;
        stats.position = Math.max(stats.position, position);
      } else termStats[topic]!.set(best, { count: 1, position });
      nextFree[topic] = i + best.keys.length;
    }
  }
  const sums = termStats.map(evidenceSum);
  const matches: TopicMatch[] = [];
  taxonomy.topics.forEach((topic, t) => {
    if (evidence[t]!.length === 0) return;
    // (A topic that is never written weighs on no other's share: it only absorbs. A rugby match's words leave the stadium's
    // technology its share, BBC tech-028.)
    const best = Math.max(...sums.filter((_, u) => u !== topic.parent && (u === t || taxonomy.topics[u]!.report)));
    const strength = Math.round(topicStrength(sums[t]!, analysis.words, scoring) * 10000) / 10000;
    const share = best > 0 ? Math.round((sums[t]! / best) * 10000) / 10000 : 0;
    matches.push({ topic: t, evidence: evidence[t]!, sum: sums[t]!, strength, share, score: topicScore(sums[t]!, best, analysis.words, scoring) });
  });
  return matches;
}

/** A span of the text in UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

/** True when `start..end` ends the span (of `spans`, sorted by start) it lies in. */
function endsBody(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (span.end <= start) low = middle + 1;
    else if (span.start > start) high = middle - 1;
    else return span.end === end;
  }
  return false;
}

/** Marks the tokens inside the spans (sorted by start): a person's name is no topic's evidence ("Yen" of Chen Yen-po). */
function tokensInSpans(tokens: Analysis['tokens'], spans: readonly Span[]): Uint8Array | undefined {
  if (spans.length === 0) return undefined;
  const marked = new Uint8Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (s < spans.length && spans[s]!.end <= token.start) s++;
    if (s < spans.length && spans[s]!.start <= token.start && token.end <= spans[s]!.end) marked[i] = 1;
  }
  return marked;
}

/**
 * Returns the matches a reader would call the article's topics: those at or above their topic's threshold
 * (`thresholds`, by topic index) with a strength of at least `scoring.minStrength` (a topic that merely has the
 * article to itself, with a word or two of evidence, is not what the article is about), less any topic one of
 * whose child topics is kept (the child is the more specific reading), and any topic after the first below
 * `scoring.secondFloor` when the first is not one of `scoring.secondFloorExempt`; the main topic first, then the others
 * by score (ties by topic id), those kept alongside another among them.
 */
export function selectTopics(matches: TopicMatch[], taxonomy: Taxonomy, thresholds = taxonomy.topics.map((t) => t.threshold)): TopicMatch[] {
  const { minStrength, minEvidence, secondFloorExempt } = taxonomy.file.scoring;
  // A news topic on one word said once is no story's topic (`minEvidence`): the earthquake a film is set after (p79). The
  // business topics, fitted on Reuters' short wire items, keep their one word.
  const evidenced = (m: TopicMatch) => m.evidence.length >= minEvidence || secondFloorExempt.includes(taxonomy.topics[m.topic]!.id);
  const kept = matches.filter((m) => m.score >= thresholds[m.topic]! && m.strength >= minStrength && evidenced(m));
  // A child with evidence of its own stands in for its kept parent (`childScore`): the spy case a prosecution's words made crime.
  const { childScore } = taxonomy.file.scoring;
  if (childScore > 0) {
    const keptTopics = new Set(kept.map((m) => m.topic));
    const children = matches.filter((m) => !kept.includes(m) && keptTopics.has(taxonomy.topics[m.topic]!.parent ?? -1) && m.score >= childScore &&
      new Set(m.evidence.map((e) => e.term)).size >= taxonomy.file.scoring.secondTerms && evidenced(m));
    kept.push(...children);
  }
  const parents = new Set(kept.flatMap((m) => taxonomy.topics[m.topic]!.parent ?? []));
  // Ties by id in code-unit order, never the machine's locale (p126: "justice" and "youth" swapped under lt_LT).
  const byScore = (a: TopicMatch, b: TopicMatch) => b.score - a.score || compareText(taxonomy.topics[a.topic]!.id, taxonomy.topics[b.topic]!.id);
  // A second topic beside a main topic outside the exempt ones needs `secondFloor`: the low thresholds of trade, economy
  // and energy were fitted on Reuters, which labels them together; beside a war or a court story they kept topics on two words.
  const { secondFloor, exemptSecondFloor, exemptSecondTerms } = taxonomy.file.scoring;
  const ranked = kept.filter((m) => !parents.has(m.topic)).sort(byScore);
  const exempt = ranked.length > 0 && secondFloorExempt.includes(taxonomy.topics[ranked[0]!.topic]!.id);
  // Beside a business main topic, a business second topic needs `exemptSecondFloor` or `exemptSecondTerms` distinct terms:
  // one tariff in a profit warning, "import duties" said once, is no trade story (p119; Reuters labels such items trade).
  const main = ranked.filter((m, i) => i === 0 || m.score >= (exempt ? exemptSecondFloor : secondFloor) ||
    (exempt && new Set(m.evidence.map((e) => e.term)).size >= exemptSecondTerms));
  // A strong second topic its threshold drops (`secondStrength`, `secondShare`): the threshold of the eleven topics
  // without labelled data (0.75) had wanted a second topic of nearly the main one's evidence.
  const { secondStrength, secondShare, secondTerms, absorbShare } = taxonomy.file.scoring;
  const distinctTerms = (m: TopicMatch) => new Set(m.evidence.map((e) => e.term)).size;
  if (main.length > 0 && secondStrength > 0) {
    const related = new Set(main.flatMap((m) => [m.topic, ...taxonomy.topics[m.topic]!.parent === undefined ? [] : [taxonomy.topics[m.topic]!.parent!]]));
    const strong = matches.filter((m) => !related.has(m.topic) && !main.includes(m) && !secondFloorExempt.includes(taxonomy.topics[m.topic]!.id) &&
      !(taxonomy.topics[m.topic]!.parent !== undefined && related.has(taxonomy.topics[m.topic]!.parent!)) &&
      m.strength >= secondStrength && m.share >= secondShare && distinctTerms(m) >= secondTerms &&
      // One that would absorb a topic kept on its own score needs `absorbShare`: a missile test's "invasion" and "forces"
      // under war's threshold (share 0.53) had taken the defense story it was added to (p79); a barrage that killed 11 (0.71) is war.
      (m.share >= absorbShare || !main.some((k) => taxonomy.topics[m.topic]!.absorbs.includes(k.topic)))).sort(byScore);
    main.push(...strong.slice(0, Math.max(0, 3 - main.length)));
  }
  // A topic another kept topic absorbs goes, before or after it: a scam's "investors" and "profit" make no economy,
  // a war's missiles no defense even where they outweigh the war's own words (`absorbs`). A business topic that
  // comes first stays: a markets story that names a fraud or a defence budget is news of both.
  const absorbed = main.filter((m, i) => !(i === 0 && secondFloorExempt.includes(taxonomy.topics[m.topic]!.id)) &&
    main.some((other) => other !== m && taxonomy.topics[other.topic]!.absorbs.includes(m.topic)));
  for (const m of absorbed) main.splice(main.indexOf(m), 1);
  // A topic kept alongside another (`alongside`) comes after the topics kept on their own score; also one its threshold
  // kept and `secondFloor` dropped (p89: a referendum on nuclear power's energy, 0.12 beside elections), not one a kept
  // topic absorbs or a parent of one.
  const keptTopics = new Set(main.map((m) => m.topic));
  const gone = new Set([...parents, ...absorbed.map((m) => m.topic)]);
  const companions = matches.filter((m) => !keptTopics.has(m.topic) && !gone.has(m.topic) && taxonomy.topics[m.topic]!.alongside.some((rule) => keptTopics.has(rule.topic) && m.score >= rule.minScore && holdsEach(m, rule.requires)));
  // The main topic first, then the others by score, companions among them: a rank that disagreed with the score (an
  // economy at 0.067 ranked above a companion cross-strait at 0.347, p97) had told a reader the weaker topic was the stronger.
  return [...main.slice(0, 1), ...[...main.slice(1), ...companions].sort(byScore)];
}

/** True when the match's evidence holds a term of each group. */
function holdsEach(match: TopicMatch, groups: string[][]): boolean {
  const terms = new Set(match.evidence.map((e) => e.term));
  return groups.every((group) => group.some((term) => terms.has(term)));
}

/**
 * Scores every topic of the taxonomy against one article (`matchTopics`) and returns the ones kept
 * (`selectTopics`), best first with `rank` 1, 2, …, each with the evidence that fired.
 */
export function scoreTopics(article: Article, analysis: Analysis, taxonomy: Taxonomy, people: readonly Span[] = [], bodies: readonly Span[] = []): TopicScore[] {
  // A topic that is never written (`report: false`) has done its work in `selectTopics`: the topics it absorbed are gone.
  return selectTopics(matchTopics(article, analysis, taxonomy, people, bodies), taxonomy).filter((m) => taxonomy.topics[m.topic]!.report).map((m, i) => {
    const topic = taxonomy.topics[m.topic]!;
    return { articleId: article.id, topic: topic.id, label: topic.label, rank: i + 1, score: m.score, evidence: m.evidence };
  });
}
