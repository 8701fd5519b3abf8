/**
 * Feature augmentation for training on corpora with different conventions (Daumé III 2007,
 * "Frustratingly easy domain adaptation"). Every local and label-evidence feature of a training
 * document fires twice: once in the shared table, once in a copy of its corpus. The shared weights
 * learn what the corpora agree on; a corpus's copy learns where its annotation differs (CoNLL-2003
 * tags "Bergamo-based" MISC, OntoNotes does not; OntoNotes leaves many names unmarked).
 *
 * The copies live in a second half of the training table (buckets 2^bits … 2^(bits+1) − 1), so they
 * never collide with shared features. The saved model is one ordinary table: shared + the copy of a
 * chosen corpus (`projectDomain`), so tagging costs nothing more.
 */
import { finalize } from '../ner/hashing.js';
import { LABEL_COUNT } from '../ner/labels.js';
import type { StaticRows } from '../ner/stage.js';

/** Corpus ids of the copies; 0 is the shared table alone. */
export const DOMAINS = { shared: 0, conll2003: 1, ontonotes: 2 } as const;

/** Returns the bucket of `bucket`'s copy for a corpus, in the second half of a 2^(bits+1) table. */
export function domainBucket(bucket: number, domain: number, bits: number): number {
  const mask = (1 << bits) - 1;
  return (1 << bits) + (finalize(Math.imul(bucket, 0x9e3779b1) ^ Math.imul(domain, 0x85ebca6b)) & mask);
}

/** Returns rows where each token's buckets are followed by their copies for `domain`. */
export function withDomainCopies(rows: StaticRows, domain: number, bits: number): StaticRows {
  const count = rows.start.length - 1;
  const out = new Uint32Array(rows.rows.length * 2);
  const start = new Int32Array(count + 1);
  let used = 0;
  for (let i = 0; i < count; i++) {
    start[i] = used;
    const from = rows.start[i]!;
    const to = rows.start[i + 1]!;
    for (let k = from; k < to; k++) out[used++] = rows.rows[k]!;
    for (let k = from; k < to; k++) out[used++] = domainBucket(rows.rows[k]!, domain, bits);
  }
  start[count] = used;
  return { rows: out, start };
}

/**
 * Returns the ordinary 2^bits table of a stage trained with copies: each bucket's shared weights plus
 * those of its copy for `domain` (the shared weights alone for `DOMAINS.shared`).
 */
export function projectDomain(weights: Float64Array, bits: number, domain: number): Float64Array {
  const buckets = 1 << bits;
  const projected = weights.slice(0, buckets * LABEL_COUNT);
  if (domain === DOMAINS.shared) return projected;
  for (let b = 0; b < buckets; b++) {
    const copy = domainBucket(b, domain, bits) * LABEL_COUNT;
    const row = b * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) projected[row + l]! += weights[copy + l]!;
  }
  return projected;
}
