/** Turns a document's tokens into per-token integer columns that feature templates read. */
import { extendHash, hashRange, hashString } from './hashing.js';
import { matchGazetteer, type EmbeddingTable, type Gazetteer, type GazetteerExclusions, type Lexicon } from './lexicon.js';
import { canonicalForm, caseClass, CaseClass, collapseDigits, longShape, shortShape } from './word-form.js';

export const PREFIX_LENGTHS = 4;
export const SUFFIX_LENGTHS = 5;
export const AFFIX_COUNT = PREFIX_LENGTHS + SUFFIX_LENGTHS;

/**
 * Word-column value of a token whose identity is hidden (training-time word dropout, src/train/regularization.ts
 * `dropWords`): templates that read the word or its lower-case form emit nothing for it, as for a word never seen.
 */
export const DROPPED_WORD = 0;

/** Per-token columns of one document; tokens are numbered across sentences. */
export interface EncodedDocument {
  length: number;
  /** Lower-cased canonical form of each token, the key for document-level statistics. */
  lowerForms: string[];
  /** Number of each token's lower-cased form: tokens share one when their `lowerForms` are equal (first seen first). */
  forms: Int32Array;
  /** How many distinct forms the document has. */
  formCount: number;
  /** Each token's word-type analysis (shared by equal texts while cached): a key for per-type caches. */
  infos: WordInfo[];
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  word: Uint32Array;
  lower: Uint32Array;
  longShape: Uint32Array;
  shortShape: Uint32Array;
  caseClass: Uint8Array;
  /** 1 when the token's sentence is a headline (every cased token is all capitals). */
  headline: Uint8Array;
  /** clusterGranularities values per token: cluster id + 1, or 0 for words without a cluster. */
  clusters: Uint16Array;
  clusterGranularities: number;
  /** Gazetteer codes of token i are `gazetteerCodes[gazetteerStart[i] .. gazetteerStart[i + 1])`. */
  gazetteerStart: Int32Array;
  gazetteerCodes: Uint32Array;
  /** Row of each token's vector in `embeddings`, or −1 (no vector, or a model without embeddings). */
  vectorRow: Int32Array;
  embeddings?: EmbeddingTable;
}

/** Cached per-word-type columns, so frequent words are analysed once. */
export interface WordInfo {
  lowerForm: string;
  /** hashString(lowerForm): the key of clusters and gazetteers. */
  formHash: number;
  word: number;
  lower: number;
  longShape: number;
  shortShape: number;
  caseClass: CaseClass;
  /** AFFIX_COUNT hashes: prefixes of length 1..4 then suffixes of length 1..5 (0 when the word is shorter); features read them here. */
  affixes: Uint32Array;
  clusterRow: number;
  /** Mask of the gazetteer lists that hold the word alone (0: none). */
  gazetteerMask: number;
  /** True when the word begins some multi-word gazetteer entry. */
  phrasePrefix: boolean;
  /** Summed window-feature weights of this type for a loaded model (window.ts), once computed. */
  window?: { model: object; vector: Float32Array };
}

// Word types kept analysed (with their window vectors, window.ts): ≈ 1.5 kB each (measured 2026-12-05: 0.8 kB
// of heap, 0.7 kB of array buffer), so at most ≈ 50 MB. Twice as many made the 5 MB bench corpus's extract
// stage ≈ 9% faster (its 30,600 types then fit), for ≈ 50 MB more per thread: not done.
export const WORD_CACHE_LIMIT = 32_768;

/**
 * Analysed word types in two generations of at most WORD_CACHE_LIMIT / 2 each. When the young one is
 * full it becomes the old one and the old one is dropped; a type found in the old generation moves
 * back to the young one. Frequent words so survive every turn, where clearing one full map made the
 * next articles analyse them (and sum their window vectors) again. Memory stays within the same limit.
 */
interface WordCache {
  young: Map<string, WordInfo>;
  old: Map<string, WordInfo>;
}

const wordCaches = new WeakMap<Lexicon, WordCache>();

/** Returns the word cache of a lexicon (made on first use). */
function wordCacheOf(lexicon: Lexicon): WordCache {
  let cache = wordCaches.get(lexicon);
  if (cache === undefined) {
    cache = { young: new Map(), old: new Map() };
    wordCaches.set(lexicon, cache);
  }
  return cache;
}

/**
 * Returns the analysis of one token text from the lexicon's word cache (`wordCacheOf`): the caller looks the cache
 * up once per document, as a WeakMap lookup for every token had cost about as much as the word's own.
 */
function wordInfo(lexicon: Lexicon, cache: WordCache, text: string): WordInfo {
  const cached = cache.young.get(text);
  if (cached !== undefined) return cached;
  const info = cache.old.get(text) ?? analyzeWord(lexicon, text);
  if (cache.young.size >= WORD_CACHE_LIMIT / 2) {
    cache.old = cache.young;
    cache.young = new Map();
  }
  cache.young.set(text, info);
  return info;
}

/** Returns the uncached analysis of one token text. */
function analyzeWord(lexicon: Lexicon, text: string): WordInfo {
  const canonical = canonicalForm(text);
  const lowerForm = canonical.toLowerCase();
  const lowerCollapsed = collapseDigits(lowerForm);
  const affixes = new Uint32Array(AFFIX_COUNT);
  const n = lowerCollapsed.length;
  for (let k = 1; k <= PREFIX_LENGTHS; k++) affixes[k - 1] = n >= k ? hashRange(lowerCollapsed, 0, k) : 0;
  for (let k = 1; k <= SUFFIX_LENGTHS; k++) affixes[PREFIX_LENGTHS + k - 1] = n >= k ? hashRange(lowerCollapsed, n - k, n) : 0;
  const formHash = hashString(lowerForm);
  return {
    lowerForm,
    formHash,
    word: hashString(collapseDigits(canonical)),
    lower: hashString(lowerCollapsed),
    longShape: hashString(longShape(canonical)),
    shortShape: hashString(shortShape(canonical)),
    caseClass: caseClass(canonical),
    affixes,
    clusterRow: lexicon.clusters.rows.get(formHash) ?? -1,
    gazetteerMask: lexicon.gazetteer.entries.get(formHash) ?? 0,
    phrasePrefix: lexicon.gazetteer.phrasePrefixes.has(formHash),
  };
}

/** Returns true when every cased token of the sentence is in capitals and at least one is longer than one letter. */
function isHeadline(infos: readonly WordInfo[], texts: readonly string[]): boolean {
  let longCaps = 0;
  for (let i = 0; i < infos.length; i++) {
    const cls = infos[i]!.caseClass;
    if (cls === CaseClass.Lower || cls === CaseClass.Mixed) return false;
    if (cls === CaseClass.Title && texts[i]!.length > 1) return false;
    if (cls === CaseClass.AllCaps) longCaps++;
  }
  return longCaps > 0;
}

/** Returns the encoded columns of a document given as sentences of token texts. */
export function encodeDocument(lexicon: Lexicon, sentences: readonly (readonly string[])[], exclusions?: GazetteerExclusions): EncodedDocument {
  const length = sentences.reduce((sum, s) => sum + s.length, 0);
  const g = lexicon.clusters.granularities.length;
  const doc: EncodedDocument = {
    length,
    lowerForms: new Array<string>(length),
    forms: new Int32Array(length),
    formCount: 0,
    infos: new Array<WordInfo>(length),
    sentenceStart: new Int32Array(length),
    sentenceEnd: new Int32Array(length),
    word: new Uint32Array(length),
    lower: new Uint32Array(length),
    longShape: new Uint32Array(length),
    shortShape: new Uint32Array(length),
    caseClass: new Uint8Array(length),
    headline: new Uint8Array(length),
    clusters: new Uint16Array(length * g),
    clusterGranularities: g,
    gazetteerStart: new Int32Array(length + 1),
    gazetteerCodes: new Uint32Array(0),
    vectorRow: new Int32Array(length).fill(-1),
    ...(lexicon.embeddings && { embeddings: lexicon.embeddings }),
  };
  const cache = wordCacheOf(lexicon);
  let codeCount = 0;
  let offset = 0;
  for (const sentence of sentences) {
    const infos: WordInfo[] = [];
    for (let k = 0; k < sentence.length; k++) infos.push(wordInfo(lexicon, cache, sentence[k]!));
    const headline = isHeadline(infos, sentence) ? 1 : 0;
    for (let k = 0; k < infos.length; k++) fillToken(doc, lexicon, offset + k, infos[k]!, offset, offset + sentence.length, headline);
    codeCount = appendGazetteerCodes(doc, lexicon, infos, offset, exclusions, codeCount);
    offset += sentence.length;
  }
  doc.formCount = numberForms(doc);
  doc.gazetteerStart[length] = codeCount;
  doc.gazetteerCodes = codeBuffer.slice(0, codeCount);
  return doc;
}

// Open addressing over the document's tokens by form hash: slot → 1 + the first token of a form (0: empty).
let formTable = new Int32Array(1024);

/**
 * Numbers the document's lower-cased forms into `doc.forms`, once for every per-form statistic; returns
 * how many. Forms are found by their cached hash, and equal only when their strings are.
 */
function numberForms(doc: EncodedDocument): number {
  let bits = 10;
  while (1 << bits < doc.length * 2) bits++;
  if (formTable.length < 1 << bits) formTable = new Int32Array(1 << bits);
  const table = formTable;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  table.fill(0, 0, 1 << bits);
  const { infos, lowerForms, forms } = doc;
  let count = 0;
  for (let i = 0; i < doc.length; i++) {
    const hash = infos[i]!.formHash;
    const form = lowerForms[i]!;
    for (let slot = Math.imul(hash, 0x9e3779b1) >>> shift; ; slot = (slot + 1) & mask) {
      const entry = table[slot]!;
      if (entry === 0) {
        table[slot] = i + 1;
        forms[i] = count++;
        break;
      }
      if (infos[entry - 1]!.formHash === hash && lowerForms[entry - 1] === form) {
        forms[i] = forms[entry - 1]!;
        break;
      }
    }
  }
  return count;
}

/** Writes one token's columns. */
function fillToken(doc: EncodedDocument, lexicon: Lexicon, i: number, info: WordInfo, start: number, end: number, headline: number): void {
  doc.lowerForms[i] = info.lowerForm;
  doc.infos[i] = info;
  doc.sentenceStart[i] = start;
  doc.sentenceEnd[i] = end;
  doc.word[i] = info.word;
  doc.lower[i] = info.lower;
  doc.longShape[i] = info.longShape;
  doc.shortShape[i] = info.shortShape;
  doc.caseClass[i] = info.caseClass;
  doc.headline[i] = headline;
  const g = doc.clusterGranularities;
  if (info.clusterRow < 0) return;
  if (lexicon.embeddings !== undefined && info.clusterRow < lexicon.embeddings.rows) doc.vectorRow[i] = info.clusterRow;
  for (let k = 0; k < g; k++) doc.clusters[i * g + k] = lexicon.clusters.ids[info.clusterRow * g + k]! + 1;
}

// Gazetteer codes are list index · 4 + BILOU position, so below 31 · 4: a token has at most that many
// distinct ones, and one byte holds each. Scratch arrays reused from sentence to sentence and document to
// document: per-token lists (and sorting them) were a tenth of the tagger's allocation.
const MAX_TOKEN_CODES = 31 * 4;
let sentenceCodes = new Uint8Array(64 * MAX_TOKEN_CODES);
let sentenceCodeCount = new Uint8Array(64);
let codeBuffer = new Uint32Array(4096);

/** Adds the codes of a match over tokens [start, end) of the sentence in lists `mask` to their scratch lists (once each). */
function addMatchCodes(start: number, end: number, mask: number): void {
  const counts = sentenceCodeCount;
  const codes = sentenceCodes;
  for (let list = 0; list < 31; list++) {
    if ((mask & (1 << list)) === 0) continue;
    for (let t = start; t < end; t++) {
      const position = end - start === 1 ? 3 : t === start ? 0 : t === end - 1 ? 2 : 1;
      addToSlot(codes, counts, t, MAX_TOKEN_CODES, list * 4 + position);
    }
  }
}

/**
 * Adds the codes of every gazetteer match of a sentence: `matchGazetteer` without exclusions, with each
 * word's own lookups (its lists, whether it begins a phrase) taken from its cached analysis.
 */
function matchWords(gazetteer: Gazetteer, infos: readonly WordInfo[]): void {
  const length = infos.length;
  for (let start = 0; start < length; start++) {
    const info = infos[start]!;
    if (info.gazetteerMask !== 0) addMatchCodes(start, start + 1, info.gazetteerMask);
    if (!info.phrasePrefix) continue;
    let key = info.formHash;
    const limit = Math.min(length, start + gazetteer.maxTokens);
    for (let end = start + 2; end <= limit && (end === start + 2 || gazetteer.phrasePrefixes.has(key)); end++) {
      key = extendHash(key, infos[end - 1]!.lowerForm);
      const mask = gazetteer.entries.get(key);
      if (mask !== undefined && mask !== 0) addMatchCodes(start, end, mask);
    }
  }
}

/**
 * Writes the gazetteer codes of a sentence's tokens (the sentence starts at token `offset`) at
 * `codeBuffer[n..]`, each token's distinct codes in ascending order, and their starts; returns the new end.
 */
function appendGazetteerCodes(doc: EncodedDocument, lexicon: Lexicon, infos: readonly WordInfo[], offset: number, exclusions: GazetteerExclusions | undefined, n: number): number {
  const length = infos.length;
  if (sentenceCodeCount.length < length) {
    sentenceCodeCount = new Uint8Array(Math.max(length, sentenceCodeCount.length * 2));
    sentenceCodes = new Uint8Array(sentenceCodeCount.length * MAX_TOKEN_CODES);
  }
  const counts = sentenceCodeCount;
  const codes = sentenceCodes;
  counts.fill(0, 0, length);
  if (exclusions === undefined) matchWords(lexicon.gazetteer, infos);
  else {
    for (const match of matchGazetteer(lexicon.gazetteer, infos.map((info) => info.lowerForm), exclusions, infos.map((info) => info.formHash))) {
      addMatchCodes(match.start, match.end, match.mask);
    }
  }
  let total = n;
  for (let t = 0; t < length; t++) total += counts[t]!;
  if (total > codeBuffer.length) {
    const bigger = new Uint32Array(Math.max(total, codeBuffer.length * 2));
    bigger.set(codeBuffer.subarray(0, n));
    codeBuffer = bigger;
  }
  for (let t = 0; t < length; t++) {
    doc.gazetteerStart[offset + t] = n;
    const from = t * MAX_TOKEN_CODES;
    const count = counts[t]!;
    // Insertion sort of a few small integers, in place in the output.
    for (let k = 0; k < count; k++) {
      const code = codes[from + k]!;
      let at = n + k;
      while (at > n && codeBuffer[at - 1]! > code) {
        codeBuffer[at] = codeBuffer[at - 1]!;
        at--;
      }
      codeBuffer[at] = code;
    }
    n += count;
  }
  return n;
}

/**
 * Adds `value` to the small set of slot `slot` — `values[slot · stride ..]`, `counts[slot]` of them,
 * in the order first added — unless it is there already.
 */
export function addToSlot(values: Uint8Array, counts: Uint8Array, slot: number, stride: number, value: number): void {
  const from = slot * stride;
  const count = counts[slot]!;
  for (let k = 0; k < count; k++) if (values[from + k] === value) return;
  values[from + count] = value;
  counts[slot] = count + 1;
}
