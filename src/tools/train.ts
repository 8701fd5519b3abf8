/**
 * Trains the named-entity recogniser on the train split of CoNLL-2003 and/or OntoNotes 5.0 (and, for
 * the shipped model once every choice is settled, their dev splits too), reports dev F1 per epoch, and
 * writes pipelines/models/ner.*. Deterministic: the same data and options give the same bytes.
 *
 *   npx tsx src/tools/train.ts [--corpora conll2003,ontonotes] [--train-splits train[,dev]] [--repeat conll2003=2] [--domain-adapt conll2003[,ontonotes,shared]] [--possessive strip|keep] [--epochs 10] [--second-epochs 8] [--margin 150] [--word-dropout 0] [--min-count 1] [--train-gazetteer-dropout 0] [--average-seeds 1] [--embeddings 0] [--embedding-window 0] [--embedding-norm 1] [--stages 2] [--folds 10] [--bits 20] [--out pipelines/models]
 *                              [--context-aggregation] [--clusters FILE] [--rebuild-clusters] [--no-clusters] [--no-gazetteer] [--no-train-gazetteer] [--extra-gazetteers]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildClusterFile } from '../train/cluster-build.js';
import { buildEmbeddingTable } from '../train/embedding-build.js';
import { readCorpus, type CorpusDocument } from '../train/corpus.js';
import { ownPhraseExclusions, trainingEntityLists } from '../train/training-gazetteer.js';
import { compromiseLists, type PhraseList } from '../train/gazetteer-sources.js';
import { externalLists, extraLists } from '../train/external-gazetteers.js';
import { buildGazetteer, emptyClusterTable, type Lexicon } from '../ner/lexicon.js';
import { CLUSTERS_FILE, loadNerModel, parseClusterTable, saveNerModel } from '../ner/model-files.js';
import { tagDocument } from '../ner/tagger.js';
import { prepareDocuments, trainModel } from '../train/train-pipeline.js';
import { DOMAINS } from '../train/domain-adaptation.js';
import { emptyTallies, formatScoreTable, tallyDocument } from '../train/evaluation.js';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const evalDir = resolve(projectRoot, '..', 'shared', 'eval');
const CORPORA = ['conll2003', 'ontonotes'] as const;

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    'second-epochs': { type: 'string', default: '8' },
    stages: { type: 'string', default: '2' },
    folds: { type: 'string', default: '10' },
    bits: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    corpora: { type: 'string', default: 'conll2003,ontonotes' },
    'train-splits': { type: 'string', default: 'train,dev' },
    repeat: { type: 'string', default: '' },
    'domain-adapt': { type: 'string', default: '' },
    possessive: { type: 'string', default: 'strip' },
    margin: { type: 'string', default: '150' },
    'word-dropout': { type: 'string', default: '0' },
    'min-count': { type: 'string', default: '1' },
    'train-gazetteer-dropout': { type: 'string', default: '0' },
    'average-seeds': { type: 'string', default: '1' },
    embeddings: { type: 'string', default: '0' },
    'embedding-window': { type: 'string', default: '0' },
    'embedding-norm': { type: 'string', default: '1' },
    out: { type: 'string', default: join(projectRoot, 'pipelines', 'models') },
    'context-aggregation': { type: 'boolean', default: false },
    'rebuild-clusters': { type: 'boolean', default: false },
    'no-clusters': { type: 'boolean', default: false },
    'no-gazetteer': { type: 'boolean', default: false },
    'no-train-gazetteer': { type: 'boolean', default: false },
    'no-external-gazetteer': { type: 'boolean', default: false },
    'extra-gazetteers': { type: 'boolean', default: false },
    clusters: { type: 'string', default: join(projectRoot, 'pipelines', 'models', CLUSTERS_FILE) },
  },
});

/** Returns a positive integer option or exits with a message naming it. */
function intOption(name: string, value: string | undefined): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    console.error(`--${name} must be a positive integer, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return parsed;
}

/** Returns a rate in [0, 1) or exits with a message naming the option. */
function rateOption(name: string, value: string | undefined): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed >= 1) {
    console.error(`--${name} must be a number in [0, 1), got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return parsed;
}

/** Returns the named corpora (comma-separated) or exits with a message naming the option. */
function corporaOption(value: string | undefined): (typeof CORPORA)[number][] {
  const names = (value ?? '').split(',').filter(Boolean);
  const unknown = names.find((n) => !(CORPORA as readonly string[]).includes(n));
  if (unknown !== undefined || names.length === 0) {
    console.error(`--corpora must be a comma-separated list of ${CORPORA.join(', ')}, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return names as (typeof CORPORA)[number][];
}

/** Returns the corpora of `--domain-adapt a,b` (corpus names or `shared`), undefined when empty; exits on an unknown one. */
function domainTargets(value: string | undefined): (keyof typeof DOMAINS)[] | undefined {
  if (!value) return undefined;
  const names = value.split(',');
  if (names.some((n) => !Object.hasOwn(DOMAINS, n))) {
    console.error(`--domain-adapt must be a comma-separated list of ${Object.keys(DOMAINS).join(', ')}, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return names as (keyof typeof DOMAINS)[];
}

/** Returns `--repeat corpus=N,…` as a map, or exits with a message naming the option. */
function repeatOption(value: string | undefined): Map<string, number> {
  const repeats = new Map<string, number>();
  for (const item of (value ?? '').split(',').filter(Boolean)) {
    const [corpus, times] = item.split('=');
    if (!CORPORA.includes(corpus as (typeof CORPORA)[number]) || !/^[1-9]\d*$/u.test(times ?? '')) {
      console.error(`--repeat must be corpus=N items (corpus one of ${CORPORA.join(', ')}), got ${JSON.stringify(value)}`);
      process.exit(2);
    }
    repeats.set(corpus!, Number(times));
  }
  return repeats;
}

/**
 * Returns the documents of the given splits of every corpus, in a fixed order. OntoNotes spans lose
 * their leading "the" and (unless `--possessive keep`) a trailing possessive, our convention;
 * CoNLL-2003 has almost none of either. `repeat` says how often training visits a corpus's
 * documents per epoch.
 */
function readSplits(corpora: readonly (typeof CORPORA)[number][], splits: readonly string[], repeat = new Map<string, number>()): CorpusDocument[] {
  const possessive = args.possessive === 'keep' ? 'keep' : 'strip';
  return corpora.flatMap((corpus) => splits.flatMap((split) =>
    readCorpus(join(evalDir, corpus, `${split}.jsonl`), {
      ...(corpus === 'ontonotes' ? { leadingArticle: 'strip', possessive } : { leadingArticle: 'keep' }),
      repeat: repeat.get(corpus) ?? 1,
      ...(args['domain-adapt'] ? { domain: DOMAINS[corpus] } : {}),
    })));
}

/** Returns the text of the clusters file, building it from the GloVe embeddings when missing or asked to. */
function clusterText(): string {
  const path = resolve(args.clusters!);
  if (args['no-clusters']) return '#granularities\n';
  if (args['rebuild-clusters'] || !existsSync(path)) return buildClusterFile(projectRoot, (line) => console.log(line));
  return readFileSync(path, 'utf8');
}

/** Returns the gazetteer lists to snapshot into the model: compromise's lexicon, then the training entities. */
function gazetteerLists(trainDocuments: readonly CorpusDocument[]): PhraseList[] {
  const log = (line: string): void => console.log(line);
  const external = args['no-gazetteer'] ? [] : [...compromiseLists(), ...(args['no-external-gazetteer'] ? [] : externalLists(projectRoot, log)), ...(args['extra-gazetteers'] ? extraLists(projectRoot, log) : [])];
  return args['no-train-gazetteer'] ? external : [...external, ...trainingEntityLists(trainDocuments)];
}

/** Trains, saves, reloads and re-scores the saved model on dev. */
function main(): void {
  const started = Date.now();
  const outDir = resolve(args.out!);
  const clusters = clusterText();
  const corpora = corporaOption(args.corpora);
  const trainSplits = (args['train-splits'] ?? '').split(',').filter(Boolean);
  if (trainSplits.some((s) => s !== 'train' && s !== 'dev') || !trainSplits.includes('train')) {
    console.error(`--train-splits must be train or train,dev, got ${JSON.stringify(args['train-splits'])}`);
    process.exit(2);
  }
  if (args.possessive !== 'keep' && args.possessive !== 'strip') {
    console.error(`--possessive must be keep or strip, got ${JSON.stringify(args.possessive)}`);
    process.exit(2);
  }
  const trainDocuments = readSplits(corpora, trainSplits, repeatOption(args.repeat));
  const lists = gazetteerLists(trainDocuments);
  const lexicon: Lexicon = {
    clusters: clusters.includes('\t') ? parseClusterTable(clusters) : emptyClusterTable(),
    gazetteer: buildGazetteer(lists),
  };
  const embeddingRows = Number(args.embeddings);
  if (embeddingRows > 0 && args['domain-adapt']) {
    console.error('--domain-adapt and --embeddings cannot be combined (the word-vector weights follow the hashed table)');
    process.exit(2);
  }
  if (embeddingRows > 0 && clusters.includes('\t')) {
    lexicon.embeddings = buildEmbeddingTable(projectRoot, clusters, embeddingRows, Number(args['embedding-window']), Number(args['embedding-norm']), (line) => console.log(line));
  }
  const epochs = intOption('epochs', args.epochs);
  const options = {
    bits: intOption('bits', args.bits),
    epochs,
    secondStageEpochs: intOption('second-epochs', args['second-epochs'] ?? String(epochs)),
    stages: intOption('stages', args.stages) === 1 ? (1 as const) : (2 as const),
    folds: intOption('folds', args.folds),
    seed: intOption('seed', args.seed),
    margin: Number(args.margin),
    wordDropout: rateOption('word-dropout', args['word-dropout']),
    minFeatureCount: intOption('min-count', args['min-count']),
    averageSeeds: intOption('average-seeds', args['average-seeds']),
    contextAggregation: args['context-aggregation'],
    log: (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`),
  };
  const trainListIndex = lists.findIndex((l) => l.name === 'train-PER');
  const exclusions = trainListIndex < 0 ? undefined : ownPhraseExclusions(trainDocuments, trainListIndex, rateOption('train-gazetteer-dropout', args['train-gazetteer-dropout']));
  const train = prepareDocuments(lexicon, trainDocuments, exclusions);
  const dev = prepareDocuments(lexicon, readSplits(corpora, ['dev']));
  options.log(`prepared ${train.length} train and ${dev.length} dev documents`);
  const targets = domainTargets(args['domain-adapt']);
  const models = trainModel(lexicon, train, dev, targets === undefined ? options : { ...options, domainTargets: targets.map((t) => DOMAINS[t]) });
  // With several targets, the first is saved in --out and each other one in --out-<target>.
  models.forEach((m, k) => {
    const dir = k === 0 ? outDir : `${outDir}-${targets![k]}`;
    saveNerModel(m, dir);
    if (!args['no-clusters']) writeFileSync(join(dir, CLUSTERS_FILE), clusters);
  });
  const reloaded = loadNerModel(outDir);
  const tallies = emptyTallies();
  const unseenTallies = emptyTallies();
  const seen = new Set(trainDocuments.flatMap((d) => d.entities.map((e) => d.text.slice(e.start, e.end).toLowerCase())));
  for (const p of dev) {
    const predicted = tagDocument(reloaded, p.source.sentences);
    tallyDocument(tallies, p.source.entities, predicted);
    const unseen = (e: { start: number; end: number }): boolean => !seen.has(p.source.text.slice(e.start, e.end).toLowerCase());
    tallyDocument(unseenTallies, p.source.entities.filter(unseen), predicted.filter(unseen));
  }
  options.log(`saved model in ${outDir}; dev with the saved (quantised) model:\n${formatScoreTable(tallies)}\nnames unseen in training:\n${formatScoreTable(unseenTallies)}`);
}

main();
