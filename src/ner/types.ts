/** Entity types of the CoNLL-2003 scheme, in label-index order. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** One token of the document: its surface text and UTF-16 offsets `[start, end)` into the document text. */
export interface NerToken {
  text: string;
  start: number;
  end: number;
}

/**
 * One recognised entity. `start`/`end` are the UTF-16 offsets of its first and last token;
 * `tokenStart`/`tokenEnd` index the document's tokens, counted across sentences, end-exclusive.
 * `confidence` is the lowest per-token label probability inside the span (see decode.ts).
 */
export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  tokenStart: number;
  tokenEnd: number;
}
