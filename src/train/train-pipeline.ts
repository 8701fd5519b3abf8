/**
 * The whole training recipe: stage 1 (local + case evidence), jackknifed stage-1 labels on the
 * training set, stage 2 (adds label evidence from stage 1), temperature fitting, quantisation.
 */
import { fitTemperature } from './calibration.js';
import { goldTokenSpans, type CorpusDocument } from './corpus.js';
import { encodeDocument, type EncodedDocument } from '../ner/encoded-document.js';
import { emptyTallies, summarizeTallies, tallyDocument, type Tallies } from './evaluation.js';
import { decodeBilou, encodeBilou } from '../ner/labels.js';
import type { GazetteerExclusions, Lexicon } from '../ner/lexicon.js';
import { quantizeStage } from '../ner/weight-packing.js';
import { documentDenseScores } from '../ner/dense.js';
import { resolveStageRows, tagWithStage } from '../ner/stage.js';
import type { NerModel } from '../ner/model.js';
import { localRows, stageRows, type LocalRows } from '../ner/tagger.js';
import { trainStage, type TrainingDocument } from './training.js';
import { dropWords, pruneRareRows } from './regularization.js';
import { projectDomain, withDomainCopies } from './domain-adaptation.js';
import type { StaticRows } from '../ner/stage.js';

/** Settings of the recipe. */
export interface RecipeOptions {
  bits: number;
  epochs: number;
  secondStageEpochs: number;
  stages: 1 | 2;
  folds: number;
  seed: number;
  margin: number;
  /** Share of capitalised training tokens whose word identity is hidden (see `dropWords`); 0 = off. */
  wordDropout?: number;
  /** Local feature buckets seen in fewer training token positions than this are dropped (1 = keep all). */
  minFeatureCount?: number;
  /** Each stage is the mean of the averaged weights of this many runs with different shuffle seeds (1 = one run). */
  averageSeeds?: number;
  /** Adds context-aggregation features (document-evidence.ts `aggregateContexts`); saved with the model. */
  contextAggregation?: boolean;
  /**
   * Trains with corpus copies of the features (domain-adaptation.ts) and returns one model per entry:
   * the shared weights plus the copy of that corpus (`DOMAINS`). Absent: no copies, one model.
   */
  domainTargets?: readonly number[];
  log: (line: string) => void;
}

/** A corpus document encoded once, with its gold labels. */
export interface PreparedDocument {
  source: CorpusDocument;
  doc: EncodedDocument;
  gold: Uint8Array;
}

/** Returns the documents encoded with the lexicon, with BILOU gold labels. */
export function prepareDocuments(lexicon: Lexicon, documents: readonly CorpusDocument[], exclusions?: readonly GazetteerExclusions[]): PreparedDocument[] {
  return documents.map((source, k) => {
    const doc = encodeDocument(lexicon, source.sentences.map((s) => s.map((t) => t.text)), exclusions?.[k]);
    return { source, doc, gold: encodeBilou(doc.length, goldTokenSpans(source)) };
  });
}

const localRowCache = new WeakMap<PreparedDocument, LocalRows>();

/** Returns the local rows of a prepared document, computed once. */
function cachedLocalRows(p: PreparedDocument, options: RecipeOptions): LocalRows {
  let shared = localRowCache.get(p);
  if (shared === undefined) {
    shared = localRows(p.doc, options.bits, options.contextAggregation === true);
    localRowCache.set(p, shared);
  }
  return shared;
}

/** Returns the training documents with the recipe's regularisers applied (word dropout, rare-feature cutoff). */
function regularizedTraining(train: readonly PreparedDocument[], options: RecipeOptions): readonly PreparedDocument[] {
  const rate = options.wordDropout ?? 0;
  const minCount = options.minFeatureCount ?? 1;
  if (rate <= 0 && minCount <= 1) return train;
  // New document objects, so the pruned rows never leak into the row cache of the caller's documents.
  const documents = train.map((p, k) => ({ ...p, doc: dropWords(p.doc, rate, options.seed, k) }));
  if (minCount > 1) {
    const shared = documents.map((p) => cachedLocalRows(p, options));
    const pruned = pruneRareRows(shared.map((s) => s.local), options.bits, minCount);
    shared.forEach((s, k) => (s.local = pruned[k]!));
  }
  return documents;
}

const copiedRowCache = new WeakMap<PreparedDocument, StaticRows>();

/** Returns whether the recipe trains with corpus copies of the features. */
function adapts(options: RecipeOptions): boolean {
  return options.domainTargets !== undefined;
}

/**
 * Returns training documents for a stage: shared local rows plus label evidence from the previous stage's
 * labels; with domain adaptation (and `copies`), each feature is followed by its corpus copy.
 */
function stageDocuments(prepared: readonly PreparedDocument[], previousLabels: readonly Uint8Array[] | undefined, options: RecipeOptions, copies = adapts(options)): TrainingDocument[] {
  return prepared.map((p, k) => {
    const rows = stageRows(p.doc, cachedLocalRows(p, options), previousLabels?.[k], options.bits);
    const domain = p.source.domain;
    if (copies && domain !== undefined) {
      let local = copiedRowCache.get(p);
      if (local === undefined) {
        local = withDomainCopies(rows.local, domain, options.bits);
        copiedRowCache.set(p, local);
      }
      rows.local = local;
      if (rows.evidence) rows.evidence = withDomainCopies(rows.evidence, domain, options.bits);
    }
    return { doc: p.doc, gold: p.gold, rows, ...(p.source.repeat === undefined ? {} : { repeat: p.source.repeat }) };
  });
}

/** Returns the labels a weight table assigns to each prepared training document. */
function tagAll(values: Float64Array, bits: number, documents: readonly TrainingDocument[]): Uint8Array[] {
  return documents.map((d) => {
    const labels = new Uint8Array(d.doc.length);
    const table = { values };
    const dense = documentDenseScores(values, bits, d.doc);
    tagWithStage(table, bits, d.doc, { ...resolveStageRows(table, d.rows), ...(dense && { dense }) }, labels);
    return labels;
  });
}

/** Returns entity tallies of predicted labels against the gold labels (token spans mapped to characters). */
export function tallyLabels(prepared: readonly PreparedDocument[], labels: readonly Uint8Array[]): Tallies {
  const tallies = emptyTallies();
  prepared.forEach((p, k) => {
    const tokens = p.source.sentences.flat();
    const toEntity = (s: { tokenStart: number; tokenEnd: number; type: 'PER' | 'ORG' | 'LOC' | 'MISC' }) => ({
      start: tokens[s.tokenStart]!.start,
      end: tokens[s.tokenEnd - 1]!.end,
      type: s.type,
    });
    tallyDocument(tallies, decodeBilou(p.gold).map(toEntity), decodeBilou(labels[k]!).map(toEntity));
  });
  return tallies;
}

/** Returns stage-1 labels for every training document from models that did not see it (k-fold jackknife). */
function jackknifeLabels(train: readonly PreparedDocument[], options: RecipeOptions): Uint8Array[] {
  const documents = stageDocuments(train, undefined, options);
  const labels: Uint8Array[] = new Array(train.length);
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = (k: number): boolean => k % options.folds === fold;
    const trainingPart = documents.filter((_, k) => !inFold(k));
    const weights = trainStage(trainingPart, { bits: options.bits, epochs: options.epochs, seed: options.seed + fold, margin: options.margin, domainCopies: adapts(options) });
    const heldOut = documents.map((d, k) => ({ d, k })).filter(({ k }) => inFold(k));
    tagAll(weights, options.bits, heldOut.map(({ d }) => d)).forEach((l, n) => (labels[heldOut[n]!.k] = l));
    options.log(`  fold ${fold + 1}/${options.folds}: ${summarizeTallies(tallyLabels(heldOut.map(({ k }) => train[k]!), heldOut.map(({ k }) => labels[k]!)))}`);
  }
  return labels;
}

/**
 * Returns the weights of one stage trained on `train`: with `averageSeeds` K > 1 the mean of K runs whose
 * shuffle seeds differ (same table size, so tagging costs the same), logging dev F1 of each run and of the mean.
 */
function trainLoggedStage(name: string, train: readonly TrainingDocument[], dev: readonly TrainingDocument[], devPrepared: readonly PreparedDocument[], epochs: number, options: RecipeOptions): Float64Array {
  const runs = options.averageSeeds ?? 1;
  if (runs <= 1) return trainSingleStage(name, train, dev, devPrepared, epochs, options);
  let sum: Float64Array | undefined;
  for (let run = 0; run < runs; run++) {
    const weights = trainStage(train, { bits: options.bits, epochs, seed: options.seed + 1000 * run, margin: options.margin, domainCopies: adapts(options) });
    options.log(`${name} seed ${options.seed + 1000 * run}: dev ${summarizeTallies(tallyLabels(devPrepared, tagAll(weights, options.bits, dev)))}`);
    if (sum === undefined) sum = weights;
    else for (let k = 0; k < sum.length; k++) sum[k]! += weights[k]!;
  }
  for (let k = 0; k < sum!.length; k++) sum![k]! /= runs;
  options.log(`${name} mean of ${runs} seeds: dev ${summarizeTallies(tallyLabels(devPrepared, tagAll(sum!, options.bits, dev)))}`);
  return sum!;
}

/** Returns the averaged weights of one stage trained on `train`, logging dev F1 after every epoch. */
function trainSingleStage(name: string, train: readonly TrainingDocument[], dev: readonly TrainingDocument[], devPrepared: readonly PreparedDocument[], epochs: number, options: RecipeOptions): Float64Array {
  return trainStage(train, {
    bits: options.bits,
    epochs,
    seed: options.seed,
    margin: options.margin,
    domainCopies: adapts(options),
    afterEpoch: (epoch, averaged) => {
      const tallies = tallyLabels(devPrepared, tagAll(averaged, options.bits, dev));
      options.log(`${name} epoch ${epoch}: dev ${summarizeTallies(tallies)}`);
    },
  });
}

/**
 * Returns the trained models (quantised) given prepared train and dev documents: one, or with
 * `domainTargets` one per target corpus.
 */
export function trainModel(lexicon: Lexicon, preparedTrain: readonly PreparedDocument[], dev: readonly PreparedDocument[], options: RecipeOptions): NerModel[] {
  const { bits } = options;
  const train = regularizedTraining(preparedTrain, options);
  const trainFirst = stageDocuments(train, undefined, options);
  const devFirst = stageDocuments(dev, undefined, options);
  const first = trainLoggedStage('stage 1', trainFirst, devFirst, dev, options.epochs, options);
  let second: Float64Array | undefined;
  if (options.stages === 2) {
    options.log(`stage 1 jackknife (${options.folds} folds)`);
    const trainLabels = jackknifeLabels(train, options);
    const devLabels = tagAll(first, bits, devFirst);
    const trainSecond = stageDocuments(train, trainLabels, options);
    const devSecond = stageDocuments(dev, devLabels, options);
    second = trainLoggedStage('stage 2', trainSecond, devSecond, dev, options.secondStageEpochs, options);
    if (!adapts(options)) return [finishModel(lexicon, [first, second], devSecond, options)];
  } else if (!adapts(options)) {
    return [finishModel(lexicon, [first], devFirst, options)];
  }
  // Dev without corpus copies, as a saved model reads it.
  const plainFirst = stageDocuments(dev, undefined, options, false);
  return options.domainTargets!.map((target) => {
    const stages = [projectDomain(first, bits, target), ...(second ? [projectDomain(second, bits, target)] : [])];
    const plainLast = stages.length === 1 ? plainFirst : stageDocuments(dev, tagAll(stages[0]!, bits, plainFirst), options, false);
    options.log(`corpus ${target} model: dev ${summarizeTallies(tallyLabels(dev, tagAll(stages[stages.length - 1]!, bits, plainLast)))}`);
    return finishModel(lexicon, stages, plainLast, options);
  });
}

/** Returns the model with quantised stages and a temperature fitted on the last stage's dev documents. */
function finishModel(lexicon: Lexicon, stages: Float64Array[], devLast: readonly TrainingDocument[], options: RecipeOptions): NerModel {
  const temperature = fitTemperature(stages[stages.length - 1]!, options.bits, devLast);
  options.log(`confidence temperature ${temperature}`);
  const model: NerModel = { lexicon, stages: stages.map((w) => quantizeStage(options.bits, w)), temperature };
  if (options.contextAggregation) model.contextAggregation = true;
  return model;
}
