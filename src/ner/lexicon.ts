/**
 * Word-level resources the features consult: word clusters and gazetteers (name lists). Words and
 * phrases are keyed by the 32-bit FNV-1a hash of their lower-case form, so a model loads as flat arrays.
 */
import { memoizeByName } from '../text/name-memo.js';
import type { HashMapView, HashSetView } from './hash-table.js';
import { extendHash, hashString } from './hashing.js';

/** Word → cluster ids at several granularities (e.g. k = 100, 300, 1000), keyed by lower-case form. */
export interface ClusterTable {
  granularities: number[];
  /** Row of each word (by hash of its lower-case form); row r's ids are `ids[r * granularities.length + g]`. */
  rows: HashMapView;
  ids: Uint16Array;
}

/** Named lists of lower-case phrases (tokens joined by one space), keyed by phrase hash; bit `l` of a mask means list `l`. */
export interface Gazetteer {
  lists: string[];
  entries: HashMapView;
  /**
   * Hashes of every proper prefix (first word, first two words, …) of multi-token entries: a match is
   * extended by another token only while what it covers so far begins some entry.
   */
  phrasePrefixes: HashSetView;
  maxTokens: number;
}

/**
 * Quantised word vectors (GloVe, unit length times a feature norm) of the first `rows` rows of the cluster
 * table (the most frequent words): real-valued features of a token and its ±`window` neighbours.
 */
export interface EmbeddingTable {
  rows: number;
  dimensions: number;
  window: number;
  /** Feature value of dimension d of row r: `values[r * dimensions + d] * scale`. */
  scale: number;
  values: Int8Array;
}

/** Everything besides the weights that feature extraction needs. */
export interface Lexicon {
  clusters: ClusterTable;
  gazetteer: Gazetteer;
  embeddings?: EmbeddingTable;
}

/** A gazetteer match over tokens `[start, end)` of one sentence, with the lists it is in. */
export interface GazetteerMatch {
  start: number;
  end: number;
  mask: number;
}

/** Returns an empty cluster table (for models trained without clusters). */
export function emptyClusterTable(): ClusterTable {
  return { granularities: [], rows: new Map(), ids: new Uint16Array(0) };
}

/** Returns a gazetteer built from named lists of phrases (lower-cased, whitespace-normalised). */
export function buildGazetteer(lists: ReadonlyArray<{ name: string; phrases: Iterable<string> }>): Gazetteer {
  if (lists.length > 31) throw new Error(`a gazetteer holds at most 31 lists, got ${lists.length}`);
  const entries = new Map<number, number>();
  const phrasePrefixes = new Set<number>();
  let maxTokens = 1;
  lists.forEach((list, index) => {
    for (const phrase of list.phrases) {
      const words = phrase.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
      if (words.length === 0) continue;
      let prefix = hashString(words[0]!);
      for (let k = 1; k < words.length; k++) {
        phrasePrefixes.add(prefix);
        prefix = extendHash(prefix, words[k]!);
      }
      entries.set(prefix, (entries.get(prefix) ?? 0) | (1 << index));
      maxTokens = Math.max(maxTokens, words.length);
    }
  });
  return { lists: lists.map((l) => l.name), entries, phrasePrefixes, maxTokens };
}

/** Lists to switch off for some phrase hashes (training only: hides a document's own entities from it). */
export type GazetteerExclusions = ReadonlyMap<number, number>;

/** Returns every gazetteer match in a sentence given its lower-cased canonical token forms (and optionally their hashes). */
export function matchGazetteer(gazetteer: Gazetteer, lowerForms: readonly string[], exclusions?: GazetteerExclusions, formHashes?: readonly number[]): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  const push = (start: number, end: number, key: number, mask: number): void => {
    const kept = exclusions === undefined ? mask : mask & ~(exclusions.get(key) ?? 0);
    if (kept !== 0) matches.push({ start, end, mask: kept });
  };
  for (let start = 0; start < lowerForms.length; start++) {
    const firstHash = formHashes?.[start] ?? hashString(lowerForms[start]!);
    const single = gazetteer.entries.get(firstHash);
    if (single !== undefined) push(start, start + 1, firstHash, single);
    let key = firstHash;
    const limit = Math.min(lowerForms.length, start + gazetteer.maxTokens);
    for (let end = start + 2; end <= limit && gazetteer.phrasePrefixes.has(key); end++) {
      key = extendHash(key, lowerForms[end - 1]!);
      const mask = gazetteer.entries.get(key);
      if (mask !== undefined) push(start, end, key, mask);
    }
  }
  return matches;
}

// A phrase already in its key's form: words separated by one space, none before or after.
const SINGLE_SPACED = /^\S+(?: \S+)*$/u;
// Each gazetteer's `phraseLists`, kept by phrase: the rules ask for a phrase's lists many times an article.
const memos = new WeakMap<Gazetteer, (phrase: string) => readonly string[]>();

/** Returns the names of the gazetteer lists that hold a phrase (any case; words separated by whitespace); the array is shared, never to be changed. */
export function phraseLists(gazetteer: Gazetteer, phrase: string): readonly string[] {
  let lists = memos.get(gazetteer);
  if (lists === undefined) memos.set(gazetteer, lists = memoizeByName(listsOfPhrase(gazetteer)));
  return lists(phrase);
}

/** `phraseLists` of one gazetteer, worked out: one frozen array per combination of lists. */
function listsOfPhrase(gazetteer: Gazetteer): (phrase: string) => readonly string[] {
  const byMask = new Map<number, readonly string[]>();
  return (phrase) => {
    const lower = phrase.toLowerCase();
    const key = SINGLE_SPACED.test(lower) ? lower : lower.split(/\s+/u).filter((w) => w.length > 0).join(' ');
    const mask = key === '' ? 0 : gazetteer.entries.get(hashString(key)) ?? 0;
    let lists = byMask.get(mask);
    if (lists === undefined) byMask.set(mask, lists = Object.freeze(gazetteer.lists.filter((_, index) => (mask & (1 << index)) !== 0)));
    return lists;
  };
}
