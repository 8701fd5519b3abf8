/**
 * Document-level evidence: how the same word is capitalised elsewhere in the document, and (for the
 * second stage) how the first stage labelled its other occurrences.
 */
import { addToSlot, DROPPED_WORD, type EncodedDocument } from './encoded-document.js';
import { combine, extendHash } from './hashing.js';
import { decodeBilou, LABEL_COUNT, OUTSIDE, positionOf, typeIndexOf } from './labels.js';
import { buildGazetteer } from './lexicon.js';
import { ENTITY_TYPES } from './types.js';
import { CaseClass } from './word-form.js';

/** Per-token document evidence consumed by `staticFeatures`. */
export interface DocumentEvidence {
  /** Bit 0: word seen lower-case mid-sentence; bit 1: seen capitalised mid-sentence; bit 2: occurs more than once. */
  caseFlags: Uint8Array;
  /**
   * With context aggregation only: codes (see `aggregateContexts`) of the words around the other occurrences
   * of token i's word type are `contextCodes[contextStart[i] .. contextStart[i + 1])`.
   */
  contextStart?: Int32Array;
  contextCodes?: Uint32Array;
  /** Second stage only: label codes of token i are `labelCodes[labelStart[i] .. labelStart[i + 1])`. */
  labelStart?: Int32Array;
  labelCodes?: Uint32Array;
}

/** Code kinds of label evidence (code = kind · 64 + value). */
const enum EvidenceKind {
  Majority = 1,
  TypeSeen = 2,
  EntityPosition = 3,
  BodyMajority = 4,
  OwnLabel = 5,
  PreviousLabel = 6,
  NextLabel = 7,
  PhraseMatch = 8,
}

/** Returns the case evidence of a document (no label evidence); with `aggregate`, also its aggregated contexts. */
export function caseEvidence(doc: EncodedDocument, aggregate = false): DocumentEvidence {
  // Per form: its flags, and bit 3 once seen.
  if (formFlags.length < doc.formCount) formFlags = new Uint8Array(Math.max(doc.formCount, formFlags.length * 2));
  const seen = formFlags;
  seen.fill(0, 0, doc.formCount);
  const { forms } = doc;
  for (let i = 0; i < doc.length; i++) {
    const form = forms[i]!;
    const state = seen[form]!;
    let flags = state & 8 ? (state & 7) | 4 : 0;
    const midSentence = i !== doc.sentenceStart[i] && doc.headline[i] === 0;
    const cls = doc.caseClass[i]!;
    if (midSentence && cls === CaseClass.Lower) flags |= 1;
    if (midSentence && (cls === CaseClass.Title || cls === CaseClass.Mixed)) flags |= 2;
    seen[form] = flags | 8;
  }
  const caseFlags = new Uint8Array(doc.length);
  for (let i = 0; i < doc.length; i++) caseFlags[i] = seen[forms[i]!]! & 7;
  return aggregate ? { caseFlags, ...aggregateContexts(doc) } : { caseFlags };
}

/** Scratch of `caseEvidence`, reused from document to document. */
let formFlags = new Uint8Array(1024);

/** Caps of context aggregation per token: other occurrences read, codes kept (the feature buffer is shared). */
const MAX_OTHER_OCCURRENCES = 10;
const MAX_CONTEXT_CODES = 20;
/** Offsets of the aggregated words around each other occurrence (the occurrence itself excluded). */
const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * Returns the context aggregation of Ratinov & Roth (2009): for each capitalised token (any case but
 * lower and no letters) whose lower-cased form occurs more than once in the document, the distinct codes
 * combine(offset, lower-case word hash) of the words at offsets −2, −1, +1, +2 (within their sentence)
 * around its other occurrences, the first 10 in document order, at most 20 codes. A name's other mentions
 * ("X said", "in X") then inform every mention. Lower-case tokens are left out: they are rarely names and
 * would add many features.
 */
function aggregateContexts(doc: EncodedDocument): { contextStart: Int32Array; contextCodes: Uint32Array } {
  const occurrences = new Map<string, number[]>();
  for (let i = 0; i < doc.length; i++) {
    const key = doc.lowerForms[i]!;
    const list = occurrences.get(key);
    if (list === undefined) occurrences.set(key, [i]);
    else list.push(i);
  }
  const contextStart = new Int32Array(doc.length + 1);
  const codes: number[] = [];
  const distinct = new Set<number>();
  for (let i = 0; i < doc.length; i++) {
    contextStart[i] = codes.length;
    const cls = doc.caseClass[i]!;
    const others = occurrences.get(doc.lowerForms[i]!)!;
    if (cls === CaseClass.Lower || cls === CaseClass.NoLetters || others.length < 2) continue;
    distinct.clear();
    let seenOthers = 0;
    for (const j of others) {
      if (j === i) continue;
      if (++seenOthers > MAX_OTHER_OCCURRENCES || distinct.size >= MAX_CONTEXT_CODES) break;
      for (const o of CONTEXT_OFFSETS) {
        const k = j + o;
        if (k < doc.sentenceStart[j]! || k >= doc.sentenceEnd[j]! || doc.lower[k] === DROPPED_WORD) continue;
        const code = combine(o, doc.lower[k]!);
        if (distinct.size < MAX_CONTEXT_CODES && !distinct.has(code)) {
          distinct.add(code);
          codes.push(code);
        }
      }
    }
  }
  contextStart[doc.length] = codes.length;
  return { contextStart, contextCodes: Uint32Array.from(codes) };
}

/**
 * Label statistics of a document's word forms, in flat arrays reused from call to call (the second
 * stage runs once per document; per-form objects were a sixth of the tagger's allocation). Form f
 * (a lower-cased form with a letter or digit) has label-type counts (index 0 = O) over all its
 * occurrences at `all[f · 5 ..]` and over body sentences at `body[f · 5 ..]`, and the distinct entity
 * positions (type · 4 + BILOU position) it was labelled with at `positions[f · 16 ..]`, in the order
 * first seen, `positionCount[f]` of them; token i is form `formOf[i]` (−1: none).
 */
interface FormStatistics {
  formOf: Int32Array;
  all: Int32Array;
  body: Int32Array;
  positions: Uint8Array;
  positionCount: Uint8Array;
}

const TYPE_SLOTS = 5;
const POSITION_SLOTS = 16;
/** Forms some token with letters has (scratch of `formStatistics`). */
let lettered = new Uint8Array(1024);
let statistics: FormStatistics = emptyStatistics(0);
let codeBuffer = new Uint32Array(1024);

/** Returns zeroed statistics arrays for documents of up to `tokens` tokens (so as many forms). */
function emptyStatistics(tokens: number): FormStatistics {
  return {
    formOf: new Int32Array(tokens), all: new Int32Array(tokens * TYPE_SLOTS), body: new Int32Array(tokens * TYPE_SLOTS),
    positions: new Uint8Array(tokens * POSITION_SLOTS), positionCount: new Uint8Array(tokens),
  };
}

/** Returns the second stage's evidence: the first stage's case evidence plus label evidence from its labels. */
export function labelEvidence(doc: EncodedDocument, caseFlags: Uint8Array, firstStageLabels: Uint8Array): DocumentEvidence {
  const stats = formStatistics(doc, firstStageLabels);
  const phraseCodes = documentPhraseCodes(doc, firstStageLabels);
  const labelStart = new Int32Array(doc.length + 1);
  let n = 0;
  for (let i = 0; i < doc.length; i++) {
    labelStart[i] = n;
    // A token has at most 3 + 2 + 4 + 16 codes of its own, and 4 · 4 phrase codes per matching phrase.
    const phrase = phraseCodes[i];
    const room = n + 25 + (phrase?.length ?? 0);
    if (room > codeBuffer.length) {
      const bigger = new Uint32Array(Math.max(room, codeBuffer.length * 2));
      bigger.set(codeBuffer.subarray(0, n));
      codeBuffer = bigger;
    }
    n = appendTokenCodes(doc, firstStageLabels, stats, i, codeBuffer, n);
    if (phrase !== undefined) for (const code of phrase) codeBuffer[n++] = EvidenceKind.PhraseMatch * 64 + code;
  }
  labelStart[doc.length] = n;
  return { caseFlags, labelStart, labelCodes: codeBuffer.slice(0, n) };
}

// Matching looks as far ahead as the longest phrase: a span of a whole 11,000-token run of one repeated
// name made every match quadratic. 64 is past any name and past the spans the model tags over the
// tables of Reuters texts (at 16, some of those changed).
const MAX_PHRASE_TOKENS = 64;

/**
 * Returns, per token, codes (type · 4 + BILOU position) of every place where a phrase the first stage
 * tagged as an entity somewhere in the document occurs again, so repeated names get consistent spans;
 * undefined for the many tokens without any.
 */
function documentPhraseCodes(doc: EncodedDocument, labels: Uint8Array): (number[] | undefined)[] {
  const byType: string[][] = [[], [], [], []];
  for (const span of decodeBilou(labels)) {
    if (span.tokenEnd - span.tokenStart > MAX_PHRASE_TOKENS) continue;
    byType[ENTITY_TYPES.indexOf(span.type)]!.push(doc.lowerForms.slice(span.tokenStart, span.tokenEnd).join(' '));
  }
  const gazetteer = buildGazetteer(byType.map((phrases, t) => ({ name: ENTITY_TYPES[t]!, phrases })));
  const codes = new Array<number[] | undefined>(doc.length).fill(undefined);
  if (gazetteer.entries.size === 0) return codes;
  const { entries, phrasePrefixes, maxTokens } = gazetteer;
  // matchGazetteer over each sentence, in the same order, with each token's form hash from its analysis.
  for (let start = 0; start < doc.length; start = doc.sentenceEnd[start]!) {
    const end = doc.sentenceEnd[start]!;
    for (let first = start; first < end; first++) {
      let key = doc.infos[first]!.formHash;
      const single = entries.get(key);
      if (single !== undefined && single !== 0) addPhraseCodes(codes, first, first + 1, single);
      const limit = Math.min(end, first + maxTokens);
      for (let last = first + 2; last <= limit && phrasePrefixes.has(key); last++) {
        key = extendHash(key, doc.lowerForms[last - 1]!);
        const mask = entries.get(key);
        if (mask !== undefined && mask !== 0) addPhraseCodes(codes, first, last, mask);
      }
    }
  }
  return codes;
}

/** Appends to the codes of tokens [start, end) those of a phrase match in the entity types of `mask`. */
function addPhraseCodes(codes: (number[] | undefined)[], start: number, end: number, mask: number): void {
  for (let t = 0; t < 4; t++) {
    if ((mask & (1 << t)) === 0) continue;
    for (let k = start; k < end; k++) {
      const position = end - start === 1 ? 3 : k === start ? 0 : k === end - 1 ? 2 : 1;
      (codes[k] ??= []).push(t * 4 + position);
    }
  }
}

/** Returns the label statistics of every lower-cased word form that contains a letter or digit (see FormStatistics). */
function formStatistics(doc: EncodedDocument, labels: Uint8Array): FormStatistics {
  if (statistics.formOf.length < doc.length) statistics = emptyStatistics(Math.max(doc.length, statistics.formOf.length * 2));
  else {
    statistics.all.fill(0, 0, doc.formCount * TYPE_SLOTS);
    statistics.body.fill(0, 0, doc.formCount * TYPE_SLOTS);
    statistics.positionCount.fill(0, 0, doc.formCount);
  }
  if (lettered.length < doc.formCount) lettered = new Uint8Array(Math.max(doc.formCount, lettered.length * 2));
  lettered.fill(0, 0, doc.formCount);
  const { formOf, all, body, positions, positionCount } = statistics;
  for (let i = 0; i < doc.length; i++) {
    if (doc.caseClass[i] === CaseClass.NoLetters) {
      formOf[i] = -1;
      continue;
    }
    const form = doc.forms[i]!;
    lettered[form] = 1;
    formOf[i] = form;
    const label = labels[i]!;
    const type = typeIndexOf(label) + 1;
    all[form * TYPE_SLOTS + type]!++;
    if (doc.headline[i] === 0) body[form * TYPE_SLOTS + type]!++;
    if (label === OUTSIDE) continue;
    addToSlot(positions, positionCount, form, POSITION_SLOTS, (type - 1) * 4 + positionOf(label));
  }
  // A token without letters has statistics only if a token with letters has the same form.
  for (let i = 0; i < doc.length; i++) if (formOf[i] === -1 && lettered[doc.forms[i]!] === 1) formOf[i] = doc.forms[i]!;
  return statistics;
}

/** Returns the index of the largest of the 5 counts at `counts[from..]` after removing `own` from slot `ownType`, or -1 when all are zero. */
function majority(counts: Int32Array, from: number, ownType: number, own: number): number {
  let best = -1;
  let bestCount = 0;
  for (let t = 0; t < TYPE_SLOTS; t++) {
    const count = counts[from + t]! - (t === ownType ? own : 0);
    if (count > bestCount) {
      best = t;
      bestCount = count;
    }
  }
  return best;
}

/** Writes the label-evidence codes of token i at `codes[n..]`; returns the index after the last one. */
function appendTokenCodes(doc: EncodedDocument, labels: Uint8Array, stats: FormStatistics, i: number, codes: Uint32Array, n: number): number {
  const label = labels[i]!;
  codes[n++] = EvidenceKind.OwnLabel * 64 + label;
  const previous = i > doc.sentenceStart[i]! ? labels[i - 1]! : LABEL_COUNT;
  const next = i + 1 < doc.sentenceEnd[i]! ? labels[i + 1]! : LABEL_COUNT;
  codes[n++] = EvidenceKind.PreviousLabel * 64 + previous;
  codes[n++] = EvidenceKind.NextLabel * 64 + next;
  const form = stats.formOf[i]!;
  if (form === -1) return n;
  const { all, body } = stats;
  const from = form * TYPE_SLOTS;
  const ownType = typeIndexOf(label) + 1;
  let others = -1;
  for (let t = 0; t < TYPE_SLOTS; t++) others += all[from + t]!;
  if (others <= 0) return n;
  codes[n++] = EvidenceKind.Majority * 64 + majority(all, from, ownType, 1) + 1;
  const inBody = doc.headline[i] === 0 ? 1 : 0;
  codes[n++] = EvidenceKind.BodyMajority * 64 + majority(body, from, ownType, inBody) + 1;
  for (let t = 1; t < TYPE_SLOTS; t++) {
    const count = all[from + t]! - (t === ownType ? 1 : 0);
    if (count > 0) codes[n++] = EvidenceKind.TypeSeen * 64 + t;
  }
  const first = form * POSITION_SLOTS;
  for (let k = 0; k < stats.positionCount[form]!; k++) codes[n++] = EvidenceKind.EntityPosition * 64 + stats.positions[first + k]!;
  return n;
}
