/**
 * Gazetteer lists mined from the training set's own entities ("train-PER" …). While training, a
 * document must not see phrases that only its own annotation put in the lists, or the feature would
 * simply copy the gold label; `ownPhraseExclusions` gives, per document, the list bits to hide.
 */
import type { CorpusDocument } from './corpus.js';
import { combine, finalize, hashString } from '../ner/hashing.js';
import type { GazetteerExclusions } from '../ner/lexicon.js';
import type { PhraseList } from './gazetteer-sources.js';
import { ENTITY_TYPES } from '../ner/types.js';
import { canonicalForm } from '../ner/word-form.js';

/** Returns the lower-cased phrase of an entity's tokens, joined by single spaces. */
function entityPhrase(document: CorpusDocument, start: number, end: number): string {
  return document.sentences
    .flat()
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => canonicalForm(t.text).toLowerCase())
    .join(' ');
}

/** Returns, per document, the set of `type\tphrase` keys of its entities. */
function documentPhrases(documents: readonly CorpusDocument[]): Set<string>[] {
  return documents.map((d) => new Set(d.entities.map((e) => `${e.type}\t${entityPhrase(d, e.start, e.end)}`)));
}

/** Returns one list per entity type of the phrases annotated in the documents, sorted. */
export function trainingEntityLists(documents: readonly CorpusDocument[]): PhraseList[] {
  const keys = new Set(documentPhrases(documents).flatMap((s) => [...s]));
  return ENTITY_TYPES.map((type) => ({
    name: `train-${type}`,
    phrases: [...keys].filter((k) => k.startsWith(`${type}\t`)).map((k) => k.slice(type.length + 1)).sort(),
  }));
}

/**
 * Returns, per document, phrase hash → gazetteer bits to switch off: the train-TYPE lists whose phrase
 * occurs as that type in this document only, plus about `dropRate` of its other entity phrases (chosen
 * by a hash of document and phrase), so that training also sees known names without list support, as
 * new text mostly brings. `firstListIndex` is the index of train-PER in the gazetteer.
 */
export function ownPhraseExclusions(documents: readonly CorpusDocument[], firstListIndex: number, dropRate = 0): GazetteerExclusions[] {
  const perDocument = documentPhrases(documents);
  const documentCount = new Map<string, number>();
  for (const keys of perDocument) for (const key of keys) documentCount.set(key, (documentCount.get(key) ?? 0) + 1);
  return perDocument.map((keys, documentIndex) => {
    const exclusions = new Map<number, number>();
    for (const key of keys) {
      const [type, phrase] = key.split('\t') as [string, string];
      const hash = hashString(phrase);
      const dropped = dropRate > 0 && finalize(combine(documentIndex, hash)) / 4294967296 < dropRate;
      if (documentCount.get(key) !== 1 && !dropped) continue;
      const bit = 1 << (firstListIndex + ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]));
      exclusions.set(hash, (exclusions.get(hash) ?? 0) | bit);
    }
    return exclusions;
  });
}
