/**
 * Reads the CoNLL-2003 and OntoNotes JSONL documents (see shared/eval/README.md) into tokens and gold
 * spans. OntoNotes starts 18% of its ORG spans with "the" ("the White House"); our convention (and
 * CoNLL's) leaves the article out, so `leadingArticle: 'strip'` moves such a span past it. OntoNotes
 * also ends 2% of its spans with a possessive ("Hong Kong 's", "Commerce Department 's"); ours leaves
 * it out, so `possessive: 'strip'` ends such a span before it.
 */
import { readFileSync } from 'node:fs';
import type { TokenSpan } from '../ner/labels.js';
import type { EntityType, NerToken } from '../ner/types.js';

/** One gold entity: character offsets `[start, end)` and type. */
export interface GoldEntity {
  start: number;
  end: number;
  type: EntityType;
}

/** One document: its text, tokens grouped by sentence, and gold entities. */
export interface CorpusDocument {
  id: string;
  text: string;
  sentences: NerToken[][];
  entities: GoldEntity[];
  /** How many times training visits the document per epoch (absent: once). */
  repeat?: number;
  /** The corpus's feature copies (domain-adaptation.ts `DOMAINS`; absent: shared features only). */
  domain?: number;
}

interface RawDocument {
  id: string;
  text: string;
  sentences: [number, number][];
  tokens: [number, number][];
  entities: GoldEntity[];
}

export interface ReadCorpusOptions {
  /** `strip`: a gold span that starts with the word "the" starts after it. */
  leadingArticle?: 'keep' | 'strip';
  /** `strip`: a gold span that ends with a possessive token (`'s`, `'`) ends before it. */
  possessive?: 'keep' | 'strip';
  /** How many times each document is visited per training epoch (default 1). */
  repeat?: number;
  /** The corpus's feature copies (domain-adaptation.ts `DOMAINS`; absent: none). */
  domain?: number;
}

/** Returns the documents of one JSONL file; throws with the line number on a malformed line. */
export function readCorpus(path: string, options: ReadCorpusOptions = {}): CorpusDocument[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const documents: CorpusDocument[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let raw: RawDocument;
    try {
      raw = JSON.parse(line) as RawDocument;
    } catch (error) {
      throw new Error(`${path}:${index + 1}: not valid JSON (${(error as Error).message})`);
    }
    const document = toCorpusDocument(raw);
    if (options.leadingArticle === 'strip') document.entities = document.entities.map((e) => withoutLeadingArticle(document.text, e));
    if (options.possessive === 'strip') document.entities = document.entities.map((e) => withoutPossessive(document.text, e));
    if (options.repeat !== undefined && options.repeat !== 1) document.repeat = options.repeat;
    if (options.domain !== undefined) document.domain = options.domain;
    documents.push(document);
  });
  return documents;
}

/** Returns the entity without a leading "the " (kept whole when "the" is all there is). */
export function withoutLeadingArticle(text: string, entity: GoldEntity): GoldEntity {
  const match = /^the\s+/iu.exec(text.slice(entity.start, entity.end));
  if (!match || entity.start + match[0].length >= entity.end) return entity;
  return { ...entity, start: entity.start + match[0].length };
}

/** Returns the entity without a trailing possessive token (" 's", " '"), kept whole when that is all there is. */
export function withoutPossessive(text: string, entity: GoldEntity): GoldEntity {
  const match = /(?:\s+['’]s?|['’]s)$/u.exec(text.slice(entity.start, entity.end));
  if (!match || match.index === 0) return entity;
  return { ...entity, end: entity.end - match[0].length };
}

/** Returns the entity without quotation marks around it ("`` USS Cole \'\'" → "USS Cole"), kept whole when that is all there is. */
export function withoutQuotes(text: string, entity: GoldEntity): GoldEntity {
  const name = text.slice(entity.start, entity.end);
  const lead = /^(?:``|["“'‘])\s*/u.exec(name)?.[0].length ?? 0;
  const trail = /\s*(?:''|["”'’])$/u.exec(name.slice(lead))?.[0].length ?? 0;
  if (lead + trail === 0 || lead + trail >= name.length) return entity;
  return { ...entity, start: entity.start + lead, end: entity.end - trail };
}

/**
 * Returns an OntoNotes span in our convention: without quotation marks around it, a leading "the" or a
 * trailing possessive; quotes inside a leading "the" go too ("the `` USS Cole" → "USS Cole").
 */
export function inOurConvention(text: string, entity: GoldEntity): GoldEntity {
  return withoutPossessive(text, withoutQuotes(text, withoutLeadingArticle(text, withoutQuotes(text, entity))));
}

/** Returns the document with its tokens grouped into its sentences. */
function toCorpusDocument(raw: RawDocument): CorpusDocument {
  const sentences: NerToken[][] = raw.sentences.map(() => []);
  let s = 0;
  for (const [start, end] of raw.tokens) {
    while (s < raw.sentences.length - 1 && start >= raw.sentences[s]![1]) s++;
    sentences[s]!.push({ text: raw.text.slice(start, end), start, end });
  }
  const entities = raw.entities.map((e) => ({ start: e.start, end: e.end, type: e.type }));
  return { id: raw.id, text: raw.text, sentences: sentences.filter((x) => x.length > 0), entities };
}

/**
 * Returns the gold entities as token spans over the document's tokens (numbered across sentences).
 * Entities whose edges fall inside a token are widened to whole tokens.
 */
export function goldTokenSpans(document: CorpusDocument): TokenSpan[] {
  const tokens = document.sentences.flat();
  const spans: TokenSpan[] = [];
  for (const entity of document.entities) {
    const first = tokens.findIndex((t) => t.end > entity.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < entity.end) last++;
    if (first >= 0) spans.push({ tokenStart: first, tokenEnd: last + 1, type: entity.type });
  }
  return spans;
}
