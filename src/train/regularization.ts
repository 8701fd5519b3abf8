/**
 * Training-time regularisers that push the model towards evidence that carries to unseen names
 * (shape, affixes, clusters, gazetteers) and away from memorised word identities.
 */
import { DROPPED_WORD, type EncodedDocument } from '../ner/encoded-document.js';
import { finalize } from '../ner/hashing.js';
import type { StaticRows } from '../ner/stage.js';
import { CaseClass } from '../ner/word-form.js';

/**
 * Returns the document with the word and lower-case columns of about `rate` of its capitalised tokens
 * (chosen by a hash of seed, document index and token) set to DROPPED_WORD, so templates reading the
 * word emit nothing there, as for a name never seen in training. Token 0 keeps its word (the topic slug).
 */
export function dropWords(doc: EncodedDocument, rate: number, seed: number, documentIndex: number): EncodedDocument {
  if (rate <= 0) return doc;
  const word = doc.word.slice();
  const lower = doc.lower.slice();
  const documentKey = finalize(Math.imul(seed, 0x9e3779b1) ^ documentIndex);
  for (let i = 1; i < doc.length; i++) {
    const cls = doc.caseClass[i];
    if (cls !== CaseClass.Title && cls !== CaseClass.AllCaps && cls !== CaseClass.Mixed) continue;
    if (finalize(documentKey ^ Math.imul(i + 1, 0x85ebca6b)) / 4294967296 >= rate) continue;
    word[i] = DROPPED_WORD;
    lower[i] = DROPPED_WORD;
  }
  return { ...doc, word, lower };
}

/**
 * Returns copies of the documents' rows without the buckets that occur in fewer than `minCount` token
 * positions over all of them (a feature-count cutoff: rare features are mostly memorised names).
 */
export function pruneRareRows(documents: readonly StaticRows[], bits: number, minCount: number): StaticRows[] {
  const counts = new Uint32Array(1 << bits);
  for (const { rows } of documents) for (let k = 0; k < rows.length; k++) counts[rows[k]!]!++;
  return documents.map(({ rows, start }) => {
    const kept = new Uint32Array(rows.length);
    const keptStart = new Int32Array(start.length);
    let used = 0;
    for (let i = 0; i + 1 < start.length; i++) {
      keptStart[i] = used;
      for (let k = start[i]!; k < start[i + 1]!; k++) if (counts[rows[k]!]! >= minCount) kept[used++] = rows[k]!;
    }
    keptStart[start.length - 1] = used;
    return { rows: kept.slice(0, used), start: keptStart };
  });
}
