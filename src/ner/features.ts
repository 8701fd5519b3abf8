/** Feature templates: each feature is a 32-bit hash of (template id, integer value); no strings are built. */
import { combineBits } from './hashing.js';
import { AFFIX_COUNT as AFFIXES, DROPPED_WORD, type EncodedDocument } from './encoded-document.js';
import type { DocumentEvidence } from './document-evidence.js';

// Module-local copies: tsx compiles imported bindings to getter calls, a few percent of tagging time here.
// Every feature hash is written to a Uint32Array, so the signed form of combine gives the same bits.
const combine = combineBits;
const AFFIX_COUNT = AFFIXES;
const DROPPED = DROPPED_WORD;

/** Template ids. Window templates add the offset (−2..2) to their base id. */
const T = {
  bias: 1,
  word: 10,
  lower: 20,
  longShape: 30,
  shortShape: 40,
  affix: 50,
  caseWindow: 70,
  wordBigram: 80,
  cluster: 100,
  gazetteer: 200,
  topicGazetteer: 203,
  topicCluster: 204,
  headlineCase: 210,
  headlineLower: 211,
  sentencePosition: 212,
  caseEvidence: 213,
  caseEvidenceWord: 214,
  contextAggregation: 215,
  labelEvidence: 220,
  previousLabel: 240,
  previousTwoLabels: 241,
  previousLabelWord: 242,
  previousLabelShape: 243,
} as const;

/** Upper bound on the number of features one token can produce (with room for gazetteer and evidence codes). */
export const MAX_FEATURES = 256;

const BEFORE_SENTENCE = 0x5ea5b0;
const AFTER_SENTENCE = 0x5ea5e0;

/** Returns column[i + offset] if that token is inside the sentence of token i, else a boundary marker. */
function at(doc: EncodedDocument, column: Uint32Array, i: number, offset: number): number {
  const j = i + offset;
  if (j < doc.sentenceStart[i]!) return BEFORE_SENTENCE;
  if (j >= doc.sentenceEnd[i]!) return AFTER_SENTENCE;
  return column[j]!;
}

/** Returns the case class of token i + offset, or 7/8 beyond the sentence start/end. */
function caseAt(doc: EncodedDocument, i: number, offset: number): number {
  const j = i + offset;
  if (j < doc.sentenceStart[i]!) return 7;
  if (j >= doc.sentenceEnd[i]!) return 8;
  return doc.caseClass[j]!;
}

/**
 * Writes the label-independent local and case-evidence features of token i into `out` from index 0;
 * returns how many. They are the window features of the tokens i−2..i+2 (see `windowFeatures`) and
 * then the context features (see `contextFeatures`).
 */
export function staticFeatures(doc: EncodedDocument, evidence: DocumentEvidence, i: number, out: Uint32Array): number {
  let n = 0;
  for (let o = -2; o <= 2; o++) {
    const j = i + o;
    if (j < doc.sentenceStart[i]!) n = boundaryFeatures(doc, o, BEFORE_SENTENCE, out, n);
    else if (j >= doc.sentenceEnd[i]!) n = boundaryFeatures(doc, o, AFTER_SENTENCE, out, n);
    else n = windowFeatures(doc, j, o, out, n);
  }
  return contextFeatures(doc, evidence, i, out, n);
}

/**
 * Appends the features token j contributes to the token at j − o (o = −2..2): its word, short shape,
 * lower-case form (|o| ≤ 1) and clusters with the offset, and at o = 0 its long shape and affixes.
 * They depend only on the token's text, so a tagger may sum their weights once per word (window.ts).
 */
export function windowFeatures(doc: EncodedDocument, j: number, o: number, out: Uint32Array, n: number): number {
  const word = doc.word[j]!;
  if (word !== DROPPED) out[n++] = combine(T.word + o, word);
  out[n++] = combine(T.shortShape + o, doc.shortShape[j]!);
  if (o >= -1 && o <= 1) {
    const lower = doc.lower[j]!;
    if (lower !== DROPPED) out[n++] = combine(T.lower + o, lower);
  }
  const g = doc.clusterGranularities;
  for (let k = 0; k < g; k++) out[n++] = combine(T.cluster + (o + 2) * 8 + k, doc.clusters[j * g + k]!);
  if (o === 0) {
    out[n++] = combine(T.longShape, doc.longShape[j]!);
    const affixes = doc.infos[j]!.affixes;
    for (let k = 0; k < AFFIX_COUNT; k++) {
      const affix = affixes[k]!;
      if (affix !== 0) out[n++] = combine(T.affix + k, affix);
    }
  }
  return n;
}

/** Appends the window features of a position `o` beyond the sentence (`marker`: before or after it). */
export function boundaryFeatures(doc: EncodedDocument, o: number, marker: number, out: Uint32Array, n: number): number {
  out[n++] = combine(T.word + o, marker);
  out[n++] = combine(T.shortShape + o, marker);
  if (o >= -1 && o <= 1) out[n++] = combine(T.lower + o, marker);
  for (let k = 0; k < doc.clusterGranularities; k++) out[n++] = combine(T.cluster + (o + 2) * 8 + k, 0xffff);
  return n;
}

export { BEFORE_SENTENCE, AFTER_SENTENCE };

/**
 * Appends the features of token i that read more than one token's text or the document: bias, case
 * window, word bigrams, gazetteer matches, topic, sentence place, case evidence and (when the evidence
 * has them) aggregated contexts of the word's other occurrences. `n` counts the
 * features already written (the gazetteer cap counts them). With `fixed` false, the features of
 * `fixedContextFeatures` are left out, but counted as written for the caps, so the rest are the same.
 */
export function contextFeatures(doc: EncodedDocument, evidence: DocumentEvidence, i: number, out: Uint32Array, n: number, fixed = true): number {
  const c0 = caseAt(doc, i, 0);
  // Features counted for the caps but not written (the fixed ones, when `fixed` is false).
  let skipped = 0;
  if (fixed) n = caseWindowFeatures(caseAt(doc, i, -1), c0, caseAt(doc, i, 1), out, n);
  else skipped = CASE_WINDOW_FEATURES;
  const before = at(doc, doc.word, i, -1);
  const word = doc.word[i]!;
  const after = at(doc, doc.word, i, 1);
  if (before !== DROPPED && word !== DROPPED) out[n++] = combine(T.wordBigram, combine(before, word));
  if (word !== DROPPED && after !== DROPPED) out[n++] = combine(T.wordBigram + 1, combine(word, after));
  n = gazetteerFeatures(doc, i, out, n, MAX_FEATURES - 40 - skipped);
  n = topicFeatures(doc, i, out, n, MAX_FEATURES - 40 - skipped);
  if (fixed) n = sentenceFeatures(doc, i, c0, out, n);
  else skipped += SENTENCE_FEATURES;
  if (doc.headline[i] === 1 && doc.lower[i] !== DROPPED) out[n++] = combine(T.headlineLower, doc.lower[i]!);
  const flags = evidence.caseFlags[i]!;
  if (fixed) out[n++] = caseEvidenceFeature(doc, i, c0, flags);
  else skipped += 1;
  if (doc.lower[i] !== DROPPED) out[n++] = combine(T.caseEvidenceWord, combine(flags, doc.lower[i]!));
  return aggregationFeatures(evidence, i, out, n, MAX_FEATURES - 8 - skipped);
}

/** How many features `caseWindowFeatures` and `sentenceFeatures` write, and `fixedContextFeatures` in all (with case evidence). */
const CASE_WINDOW_FEATURES = 4;
const SENTENCE_FEATURES = 2;
export const FIXED_CONTEXT_FEATURES = CASE_WINDOW_FEATURES + SENTENCE_FEATURES + 1;

/**
 * Writes at `out[0..FIXED_CONTEXT_FEATURES)` the context features of token i that depend only on `fixedContextKey(doc,
 * evidence, i)`: the bias, the case window, the token's place in its sentence and its case evidence. Returns how many.
 */
export function fixedContextFeatures(doc: EncodedDocument, evidence: DocumentEvidence, i: number, out: Uint32Array): number {
  const c0 = caseAt(doc, i, 0);
  let n = caseWindowFeatures(caseAt(doc, i, -1), c0, caseAt(doc, i, 1), out, 0);
  n = sentenceFeatures(doc, i, c0, out, n);
  out[n++] = caseEvidenceFeature(doc, i, c0, evidence.caseFlags[i]!);
  return n;
}

/** How many values `fixedContextKey` takes: 9 case classes (CaseClass, and 7 and 8 beyond the sentence) of three tokens, first or not, 7 lengths, headline or not, 8 case flags. */
export const FIXED_CONTEXT_KEYS = 9 * 9 * 9 * 2 * 7 * 2 * 8;

/**
 * Returns an integer below FIXED_CONTEXT_KEYS that determines token i's `fixedContextFeatures` (equal keys, equal features):
 * the case classes of the tokens i−1..i+1, whether i starts its sentence, the sentence's length up to 6, its headline flag
 * and i's case flags (3 bits, document-evidence.ts).
 */
export function fixedContextKey(doc: EncodedDocument, evidence: DocumentEvidence, i: number): number {
  const first = i === doc.sentenceStart[i] ? 1 : 0;
  const length = Math.min(doc.sentenceEnd[i]! - doc.sentenceStart[i]!, 6);
  const cases = (caseAt(doc, i, -1) * 9 + caseAt(doc, i, 0)) * 9 + caseAt(doc, i, 1);
  return (((cases * 2 + first) * 7 + length) * 2 + doc.headline[i]!) * 8 + evidence.caseFlags[i]!;
}

/** Appends the bias and the case-window features of a token of case class c0 between classes cm and cp. */
function caseWindowFeatures(cm: number, c0: number, cp: number, out: Uint32Array, n: number): number {
  out[n++] = combine(T.bias, 0);
  out[n++] = combine(T.caseWindow, cm * 16 + c0);
  out[n++] = combine(T.caseWindow + 1, c0 * 16 + cp);
  out[n++] = combine(T.caseWindow + 2, (cm * 16 + c0) * 16 + cp);
  return n;
}

/** Appends gazetteer codes of tokens i−1, i, i+1 while fewer than `limit` features are written; returns the new count. */
function gazetteerFeatures(doc: EncodedDocument, i: number, out: Uint32Array, n: number, limit: number): number {
  for (let o = -1; o <= 1; o++) {
    const j = i + o;
    if (j < doc.sentenceStart[i]! || j >= doc.sentenceEnd[i]!) continue;
    for (let k = doc.gazetteerStart[j]!; k < doc.gazetteerStart[j + 1]!; k++) {
      if (n >= limit) return n;
      out[n++] = combine(T.gazetteer + o + 1, doc.gazetteerCodes[k]!);
    }
  }
  return n;
}

/**
 * Appends the document's first word (in news, often a topic slug such as "SOCCER") conjoined with the
 * token's gazetteer codes (while fewer than `limit` features are written) and coarsest cluster: city names
 * are teams in sports results, places elsewhere.
 */
function topicFeatures(doc: EncodedDocument, i: number, out: Uint32Array, n: number, limit: number): number {
  if (doc.length === 0) return n;
  const topic = doc.lower[0]!;
  if (doc.clusterGranularities > 0) out[n++] = combine(T.topicCluster, combine(topic, doc.clusters[i * doc.clusterGranularities]!));
  for (let k = doc.gazetteerStart[i]!; k < doc.gazetteerStart[i + 1]! && n < limit; k++) {
    out[n++] = combine(T.topicGazetteer, combine(topic, doc.gazetteerCodes[k]!));
  }
  return n;
}

/** Appends the features of the token's place in its sentence and of headline (all-caps) sentences. */
function sentenceFeatures(doc: EncodedDocument, i: number, c0: number, out: Uint32Array, n: number): number {
  const first = i === doc.sentenceStart[i] ? 1 : 0;
  const length = Math.min(doc.sentenceEnd[i]! - doc.sentenceStart[i]!, 6);
  const headline = doc.headline[i]!;
  out[n++] = combine(T.sentencePosition, (first * 8 + length) * 2 + headline);
  out[n++] = combine(T.headlineCase, (headline * 2 + first) * 16 + c0);
  return n;
}

/** The document-level case evidence feature: how the word is capitalised elsewhere in the document (`flags`). */
function caseEvidenceFeature(doc: EncodedDocument, i: number, c0: number, flags: number): number {
  const first = i === doc.sentenceStart[i] ? 1 : 0;
  return combine(T.caseEvidence, ((flags * 16 + c0) * 2 + first) * 2 + doc.headline[i]!);
}

/** Appends the aggregated context codes of token i (document-evidence.ts `aggregateContexts`), if any, while fewer than `limit` features are written. */
function aggregationFeatures(evidence: DocumentEvidence, i: number, out: Uint32Array, n: number, limit: number): number {
  const codes = evidence.contextCodes;
  if (codes === undefined) return n;
  for (let k = evidence.contextStart![i]!; k < evidence.contextStart![i + 1]! && n < limit; k++) {
    out[n++] = combine(T.contextAggregation, codes[k]!);
  }
  return n;
}

/** Writes the second-stage label-evidence features of token i into `out` from index 0; returns how many. */
export function labelEvidenceFeatures(doc: EncodedDocument, evidence: DocumentEvidence, i: number, out: Uint32Array): number {
  const codes = evidence.labelCodes;
  if (codes === undefined) return 0;
  const c0 = doc.caseClass[i]!;
  let n = 0;
  for (let k = evidence.labelStart![i]!; k < evidence.labelStart![i + 1]! && n < MAX_FEATURES - 1; k++) {
    out[n++] = combine(T.labelEvidence, codes[k]!);
    out[n++] = combine(T.labelEvidence + 1, codes[k]! * 16 + c0);
  }
  return n;
}

/** Largest number of features `historyFeatures` writes. */
export const HISTORY_FEATURE_COUNT = 4;

/** Writes the features that depend on the two previous labels at `out[from..]`; returns the new count. */
export function historyFeatures(doc: EncodedDocument, i: number, previous: number, beforePrevious: number, out: Uint32Array, from: number): number {
  let n = from;
  out[n++] = previousLabelFeature(previous);
  out[n++] = previousTwoLabelsFeature(beforePrevious, previous);
  return historyWordFeatures(doc, i, previous, out, n);
}

/** The history feature of the previous label alone (the first `historyFeatures` writes). */
export function previousLabelFeature(previous: number): number {
  return combine(T.previousLabel, previous);
}

/** The history feature of the two previous labels (the second `historyFeatures` writes). */
export function previousTwoLabelsFeature(beforePrevious: number, previous: number): number {
  return combine(T.previousTwoLabels, beforePrevious * 32 + previous);
}

/** Writes the history features that also read token i (the rest of `historyFeatures`) at `out[n..]`; returns the new count. */
export function historyWordFeatures(doc: EncodedDocument, i: number, previous: number, out: Uint32Array, n: number): number {
  if (doc.word[i] !== DROPPED) out[n++] = combine(T.previousLabelWord, combine(previous, doc.word[i]!));
  out[n++] = combine(T.previousLabelShape, combine(previous, doc.shortShape[i]!));
  return n;
}
