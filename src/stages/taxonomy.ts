import { z } from 'zod';
import { readJsonFile } from '../io/validation.js';
import { analyzeText, type Token } from './analyze.js';

const topicSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a topic id is lower-case letters, digits and dashes'),
  label: z.string().min(1),
  description: z.string().min(1),
  parent: z.string().optional(),
  /** Overrides the taxonomy's threshold for this topic. */
  threshold: z.number().min(0).max(1).optional(),
  // A term without a letter or a digit ("!!!", " ") could never match a token.
  terms: z.record(z.string().regex(/[\p{L}\p{N}]/u, 'a term needs a letter or a digit'), z.number().positive()).refine((t) => Object.keys(t).length > 0, 'a topic needs at least one term'),
  exclude: z.array(z.string().min(1)).default([]),
  /**
   * Kept beside another topic whatever its share, when its evidence holds a term of each group: a
   * labelling rule such as "spying for China by Taiwanese is espionage and cross-strait".
   */
  alongside: z.array(z.object({
    topic: z.string(),
    requires: z.array(z.array(z.string().min(1)).min(1)).min(1),
    /** The least score it needs there (0: any): a passing mention's one term is no second topic. */
    minScore: z.number().min(0).max(1).default(0),
  })).default([]),
  /**
   * Topics this one's evidence speaks the language of without being about them: kept after this one, they are
   * dropped ("investors", "profit" and "stocks" in a scam are its bait, not economic news).
   */
  absorbs: z.array(z.string()).default([]),
  /**
   * False for a topic that is never written: it reads what kind of story an article is (a match report, a film review) only
   * to drop the topics it absorbs ("trade" of a player, "rally" of a team). Its own evidence is no row of topics.csv.
   */
  report: z.boolean().default(true),
});

export const taxonomySchema = z.object({
  $comment: z.string().optional(),
  version: z.number().int().positive(),
  threshold: z.number().min(0).max(1),
  scoring: z.object({
    scale: z.number().positive(),
    referenceWords: z.number().int().positive(),
    /** Extra weight of evidence at the start of the article, falling linearly to none at the end. */
    lead: z.number().min(0).default(0),
    /** Extra weight of evidence on the first line (the headline, or the first paragraph). */
    firstLine: z.number().min(0).default(0),
    /** How hard a topic's share of the best topic's evidence pulls its score down (0 = not at all). */
    shareExponent: z.number().min(0).default(0),
    /** A topic whose strength (evidence alone, before its share) is below this is not kept, whatever its score. */
    minStrength: z.number().min(0).max(1).default(0),
    /** A topic after the main one needs at least this score, whatever its own threshold, unless the main topic is in `secondFloorExempt`. */
    secondFloor: z.number().min(0).max(1).default(0),
    /** Main topics beside which the topics' own thresholds hold for the second topic (the business topics Reuters labels together). */
    secondFloorExempt: z.array(z.string()).default([]),
    /**
     * The floor of a topic after a main topic in `secondFloorExempt` (0: the topics' own thresholds alone), unless its evidence
     * holds `exemptSecondTerms` distinct terms.
     */
    exemptSecondFloor: z.number().min(0).max(1).default(0),
    exemptSecondTerms: z.number().int().min(1).default(1),
    /**
     * A topic outside `secondFloorExempt` that its threshold drops is still kept beside the main topic, up to three topics,
     * when its strength is at least `secondStrength`, its evidence at least `secondShare` of the best topic's and its terms
     * `secondTerms` distinct ones: a war story's diplomacy with its own mediators, envoys and talks (`secondStrength` 0: off).
     */
    secondStrength: z.number().min(0).max(1).default(0),
    secondShare: z.number().min(0).max(1).default(0),
    secondTerms: z.number().int().min(1).default(1),
    /**
     * Pieces of evidence a topic outside `secondFloorExempt` needs to be kept at all: one word said once is no story's topic
     * (a film set after an earthquake; 1: off).
     */
    minEvidence: z.number().int().min(1).default(1),
    /**
     * Such a strong second topic that absorbs a topic kept on its own score (a war beside a defense story) needs at least
     * `absorbShare` of the best topic's evidence, or it would take the story over on borrowed words: a missile test's
     * "invasion" and "forces" under war's threshold (0: any `secondShare` will do).
     */
    absorbShare: z.number().min(0).max(1).default(0),
    /**
     * A child topic its threshold drops stands in for its kept parent when its score is at least `childScore` and its terms
     * `secondTerms` distinct ones: an economic-espionage indictment is espionage, not crime alone (0: off).
     */
    childScore: z.number().min(0).max(1).default(0),
    /**
     * What a term counts inside a body's name of several words that it does not end: "Economic" of "the Department of Economic
     * Development" says less of a food festival's story than the word in its prose, where "Prosecutors Office" says what the body
     * is (1: as anywhere).
     */
    inBody: z.number().min(0).max(1).default(1),
  }),
  topics: z.array(topicSchema).min(1),
}).superRefine((taxonomy, ctx) => {
  const ids = new Set<string>();
  taxonomy.topics.forEach((topic, i) => {
    if (ids.has(topic.id)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `duplicate topic id "${topic.id}"` });
    ids.add(topic.id);
  });
  taxonomy.topics.forEach((topic, i) => {
    if (topic.parent !== undefined && !ids.has(topic.parent)) {
      ctx.addIssue({ code: 'custom', path: ['topics', i, 'parent'], message: `unknown parent topic "${topic.parent}"` });
    }
    topic.absorbs.forEach((id, j) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'absorbs', j], message: `unknown topic "${id}"` });
    });
    topic.alongside.forEach((rule, j) => {
      if (!ids.has(rule.topic)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'alongside', j, 'topic'], message: `unknown topic "${rule.topic}"` });
      for (const term of rule.requires.flat()) {
        if (!Object.hasOwn(topic.terms, term)) ctx.addIssue({ code: 'custom', path: ['topics', i, 'alongside', j, 'requires'], message: `"${term}" is not a term of topic "${topic.id}"` });
      }
    });
  });
});

export type TaxonomyFile = z.output<typeof taxonomySchema>;

/**
 * What `npm run fit-topics` learns from labelled text: how specific each term is for its topic
 * (a factor 0..1 on its weight) and each topic's threshold. Generated; edit topics.json instead.
 */
export const calibrationSchema = z.object({
  $comment: z.string().optional(),
  version: z.number().int().positive(),
  specificity: z.record(z.string(), z.record(z.string(), z.number().min(0).max(1))),
  thresholds: z.record(z.string(), z.number().min(0).max(1)),
});

export type TopicCalibration = z.output<typeof calibrationSchema>;

/** A term compiled to the token keys it matches: stems, or the exact text for acronyms ("AI", "TSMC"). */
export interface CompiledTerm {
  term: string;
  /** The taxonomy weight times the learned specificity (1 where nothing was learned). */
  weight: number;
  keys: string[];
  exact: boolean;
  /**
   * Exclusion phrases only: each word lower-cased as written. A token is inside the phrase when it has the word's
   * key and its own lower-cased text starts with the word, so "rallied" does not exclude "rally" (one Porter stem).
   */
  words?: string[];
  /** Terms: the words as written, lower-cased and joined by spaces ("protesters"), for `writtenAt`. */
  written?: string;
}

export interface CompiledTopic {
  id: string;
  label: string;
  threshold: number;
  /** Index of the parent topic in `Taxonomy.topics`, if it has one. */
  parent?: number;
  terms: CompiledTerm[];
  exclude: CompiledTerm[];
  /** Topics beside which this one is kept when its evidence holds a term of each group (`alongside` in the file). */
  alongside: { topic: number; requires: string[][]; minScore: number }[];
  /** Topics dropped when they rank after this one (`absorbs` in the file). */
  absorbs: number[];
  /** False for a topic that only absorbs others and is never written (`report` in the file). */
  report: boolean;
}

/** Returns terms by their first key (a stem, or the exact text for acronyms), longest first. */
function indexByFirstKey(terms: CompiledTerm[]): Map<string, CompiledTerm[]> {
  const index = new Map<string, CompiledTerm[]>();
  for (const term of terms) {
    const key = term.keys[0];
    if (key === undefined) continue;
    index.set(key, [...(index.get(key) ?? []), term].sort((a, b) => b.keys.length - a.keys.length));
  }
  return index;
}

/** The terms of one topic that start with a given key (longest first). */
export interface TopicTerms {
  /** Index into `Taxonomy.topics`. */
  topic: number;
  terms: CompiledTerm[];
}

export interface Taxonomy {
  file: TaxonomyFile;
  threshold: number;
  topics: CompiledTopic[];
  /**
   * Every topic's terms and exclusion phrases by first key, topics in taxonomy order: one lookup per token
   * and key serves all topics and both kinds (two maps had cost each token four lookups).
   */
  byFirstKey: Map<string, FirstKeyEntries>;
}

/** What starts with one key: the topics' terms, their exclusion phrases, either absent when none does. */
export interface FirstKeyEntries {
  terms?: TopicTerms[];
  exclude?: TopicTerms[];
}

/** Merges the terms index and the exclusions index (`indexTopics`) into one map by first key. */
function indexFirstKeys(terms: Map<string, TopicTerms[]>, exclude: Map<string, TopicTerms[]>): Map<string, FirstKeyEntries> {
  const merged = new Map<string, FirstKeyEntries>();
  for (const [key, entries] of terms) merged.set(key, { terms: entries });
  for (const [key, entries] of exclude) {
    const entry = merged.get(key);
    if (entry) entry.exclude = entries;
    else merged.set(key, { exclude: entries });
  }
  return merged;
}

/** Indexes every topic's terms (or exclusion phrases) by first key in one map, taxonomy order within a key. */
function indexTopics(termLists: CompiledTerm[][]): Map<string, TopicTerms[]> {
  const merged = new Map<string, TopicTerms[]>();
  termLists.forEach((list, topic) => {
    for (const [key, terms] of indexByFirstKey(list)) {
      const entry = merged.get(key);
      if (entry) entry.push({ topic, terms });
      else merged.set(key, [{ topic, terms }]);
    }
  });
  return merged;
}

/**
 * Each phrase's tokens, by the same analyzer the articles go through, so both sides tokenize alike. The
 * phrases are analyzed as one text, a line each (a token never runs across a line break): one pass
 * instead of one per phrase, which had cost 0.4 s of every start for about 1,000 terms.
 */
function phraseTokens(phrases: readonly string[]): Token[][] {
  const starts: number[] = [];
  let at = 0;
  for (const phrase of phrases) {
    starts.push(at);
    at += phrase.length + 1;
  }
  const tokens = phrases.map((): Token[] => []);
  let phrase = 0;
  for (const token of analyzeText(phrases.join('\n')).tokens) {
    while (phrase + 1 < starts.length && token.start >= starts[phrase + 1]!) phrase++;
    tokens[phrase]!.push(token);
  }
  return tokens;
}

function compileTokens(term: string, weight: number, tokens: Token[]): CompiledTerm {
  const exact = tokens.some((t) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t.text));
  return { term, weight, exact, keys: tokens.map((t) => (exact ? t.text : t.stem)) };
}

/** Compiles terms and their weights. */
export function compileTerms(terms: readonly (readonly [string, number])[]): CompiledTerm[] {
  const tokens = phraseTokens(terms.map(([term]) => term));
  return terms.map(([term, weight], i) => ({ ...compileTokens(term, weight, tokens[i]!), written: tokens[i]!.map((t) => t.text.toLowerCase()).join(' ') }));
}

/** Compiles exclusion phrases: their keys and their words as written (see `CompiledTerm.words`). */
export function compileExcludes(phrases: readonly string[]): CompiledTerm[] {
  const tokens = phraseTokens(phrases);
  return phrases.map((phrase, i) => ({ ...compileTokens(phrase, 0, tokens[i]!), words: tokens[i]!.map((t) => t.text.toLowerCase()) }));
}

/**
 * Compiles a validated taxonomy file for matching, with the learned specificities and thresholds of
 * `calibration` where it has them; a threshold set in the taxonomy itself wins over a fitted one.
 */
export function compileTaxonomy(file: TaxonomyFile, calibration?: TopicCalibration): Taxonomy {
  const ids = file.topics.map((t) => t.id);
  const topics = file.topics.map((topic): CompiledTopic => {
    const specificity = calibration?.specificity[topic.id] ?? {};
    const terms = compileTerms(Object.entries(topic.terms).map(([term, weight]) => [term, weight * (specificity[term] ?? 1)] as const));
    const exclude = compileExcludes(topic.exclude);
    const threshold = topic.threshold ?? calibration?.thresholds[topic.id] ?? file.threshold;
    const alongside = topic.alongside.map((rule) => ({ topic: ids.indexOf(rule.topic), requires: rule.requires, minScore: rule.minScore }));
    const compiled: CompiledTopic = { id: topic.id, label: topic.label, threshold, terms, exclude, alongside, absorbs: topic.absorbs.map((id) => ids.indexOf(id)), report: topic.report };
    if (topic.parent !== undefined) compiled.parent = ids.indexOf(topic.parent);
    return compiled;
  });
  return {
    file, threshold: file.threshold, topics,
    byFirstKey: indexFirstKeys(indexTopics(topics.map((t) => t.terms)), indexTopics(topics.map((t) => t.exclude))),
  };
}

/**
 * Reads, validates and compiles a taxonomy file and, when given, the calibration fitted for it;
 * throws an Error naming the file and the bad field.
 */
export function loadTaxonomy(path: string, calibrationPath?: string): Taxonomy {
  const calibration = calibrationPath === undefined ? undefined : readJsonFile(calibrationPath, calibrationSchema);
  return compileTaxonomy(readJsonFile(path, taxonomySchema), calibration);
}
