/**
 * Document-level evidence: how the same word is capitalised elsewhere in the document, and (for the
 * second stage) how the first stage labelled its other occurrences.
 */
import type { EncodedDocument } from './encoded-document.js';
import { DROPPED_WORD } from './features.js';
import { combine } from './hashing.js';
import { decodeBilou, LABEL_COUNT, OUTSIDE, positionOf, typeIndexOf } from './labels.js';
import { buildGazetteer, matchGazetteer } from './lexicon.js';
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
  const seen = new Map<string, number>();
  for (let i = 0; i < doc.length; i++) {
    const key = doc.lowerForms[i]!;
    let flags = seen.has(key) ? (seen.get(key)! | 4) : 0;
    const midSentence = i !== doc.sentenceStart[i] && doc.headline[i] === 0;
    const cls = doc.caseClass[i]!;
    if (midSentence && cls === CaseClass.Lower) flags |= 1;
    if (midSentence && (cls === CaseClass.Title || cls === CaseClass.Mixed)) flags |= 2;
    seen.set(key, flags);
  }
  const caseFlags = new Uint8Array(doc.length);
  for (let i = 0; i < doc.length; i++) caseFlags[i] = seen.get(doc.lowerForms[i]!)!;
  return aggregate ? { caseFlags, ...aggregateContexts(doc) } : { caseFlags };
}

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

/** Per word form: label-type counts (index 0 = O) over all its occurrences, overall and in body sentences. */
interface FormStatistics {
  all: Int32Array;
  body: Int32Array;
  positions: Set<number>;
}

/** Returns the second stage's evidence: the first stage's case evidence plus label evidence from its labels. */
export function labelEvidence(doc: EncodedDocument, caseFlags: Uint8Array, firstStageLabels: Uint8Array): DocumentEvidence {
  const statistics = formStatistics(doc, firstStageLabels);
  const phraseCodes = documentPhraseCodes(doc, firstStageLabels);
  const labelStart = new Int32Array(doc.length + 1);
  const codes: number[] = [];
  for (let i = 0; i < doc.length; i++) {
    labelStart[i] = codes.length;
    appendTokenCodes(doc, firstStageLabels, statistics, i, codes);
    const phrase = phraseCodes[i];
    if (phrase !== undefined) for (const code of phrase) codes.push(EvidenceKind.PhraseMatch * 64 + code);
  }
  labelStart[doc.length] = codes.length;
  return { caseFlags, labelStart, labelCodes: Uint32Array.from(codes) };
}

/**
 * Returns, per token, codes (type · 4 + BILOU position) of every place where a phrase the first stage
 * tagged as an entity somewhere in the document occurs again, so repeated names get consistent spans;
 * undefined for the many tokens without any.
 */
function documentPhraseCodes(doc: EncodedDocument, labels: Uint8Array): (number[] | undefined)[] {
  const byType: string[][] = [[], [], [], []];
  for (const span of decodeBilou(labels)) {
    byType[ENTITY_TYPES.indexOf(span.type)]!.push(doc.lowerForms.slice(span.tokenStart, span.tokenEnd).join(' '));
  }
  const gazetteer = buildGazetteer(byType.map((phrases, t) => ({ name: ENTITY_TYPES[t]!, phrases })));
  const codes = new Array<number[] | undefined>(doc.length).fill(undefined);
  for (let start = 0; start < doc.length; start = doc.sentenceEnd[start]!) {
    const end = doc.sentenceEnd[start]!;
    for (const match of matchGazetteer(gazetteer, doc.lowerForms.slice(start, end))) {
      for (let t = 0; t < 4; t++) {
        if ((match.mask & (1 << t)) === 0) continue;
        for (let k = match.start; k < match.end; k++) {
          const position = match.end - match.start === 1 ? 3 : k === match.start ? 0 : k === match.end - 1 ? 2 : 1;
          (codes[start + k] ??= []).push(t * 4 + position);
        }
      }
    }
  }
  return codes;
}

/** Returns label statistics per lower-cased word form that contains a letter or digit. */
function formStatistics(doc: EncodedDocument, labels: Uint8Array): Map<string, FormStatistics> {
  const statistics = new Map<string, FormStatistics>();
  for (let i = 0; i < doc.length; i++) {
    if (doc.caseClass[i] === CaseClass.NoLetters) continue;
    const key = doc.lowerForms[i]!;
    let entry = statistics.get(key);
    if (entry === undefined) {
      entry = { all: new Int32Array(5), body: new Int32Array(5), positions: new Set() };
      statistics.set(key, entry);
    }
    const label = labels[i]!;
    const type = typeIndexOf(label) + 1;
    entry.all[type]!++;
    if (doc.headline[i] === 0) entry.body[type]!++;
    if (label !== OUTSIDE) entry.positions.add((type - 1) * 4 + positionOf(label));
  }
  return statistics;
}

/** Returns the index of the largest count after removing `own` from slot `ownType`, or -1 when all are zero. */
function majority(counts: Int32Array, ownType: number, own: number): number {
  let best = -1;
  let bestCount = 0;
  for (let t = 0; t < counts.length; t++) {
    const count = counts[t]! - (t === ownType ? own : 0);
    if (count > bestCount) {
      best = t;
      bestCount = count;
    }
  }
  return best;
}

/** Appends the label-evidence codes of token i. */
function appendTokenCodes(doc: EncodedDocument, labels: Uint8Array, statistics: Map<string, FormStatistics>, i: number, codes: number[]): void {
  const label = labels[i]!;
  codes.push(EvidenceKind.OwnLabel * 64 + label);
  const previous = i > doc.sentenceStart[i]! ? labels[i - 1]! : LABEL_COUNT;
  const next = i + 1 < doc.sentenceEnd[i]! ? labels[i + 1]! : LABEL_COUNT;
  codes.push(EvidenceKind.PreviousLabel * 64 + previous, EvidenceKind.NextLabel * 64 + next);
  const entry = statistics.get(doc.lowerForms[i]!);
  if (entry === undefined) return;
  const ownType = typeIndexOf(label) + 1;
  const others = entry.all.reduce((a, b) => a + b, 0) - 1;
  if (others <= 0) return;
  codes.push(EvidenceKind.Majority * 64 + majority(entry.all, ownType, 1) + 1);
  const inBody = doc.headline[i] === 0 ? 1 : 0;
  codes.push(EvidenceKind.BodyMajority * 64 + majority(entry.body, ownType, inBody) + 1);
  for (let t = 1; t < 5; t++) {
    const count = entry.all[t]! - (t === ownType ? 1 : 0);
    if (count > 0) codes.push(EvidenceKind.TypeSeen * 64 + t);
  }
  for (const position of entry.positions) codes.push(EvidenceKind.EntityPosition * 64 + position);
}
