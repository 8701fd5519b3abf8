/**
 * Named-entity recognition (PER, ORG, LOC, MISC): a two-stage averaged-perceptron BILOU tagger
 * trained on CoNLL-2003 by src/tools/train.ts. Load once with `loadNerModel`, then `tagDocument`.
 */
export { loadNerModel, readNerModel, saveNerModel, viewNerModel, type SharedNerModel } from './model-files.js';
export type { NerModel } from './model.js';
export { tagDocument } from './tagger.js';
export { ENTITY_TYPES, type EntityType, type NerSpan, type NerToken } from './types.js';
export { phraseLists } from './lexicon.js';
