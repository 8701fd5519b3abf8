/**
 * Scores the saved recogniser on CoNLL-2003 dev (default) or test: once on the gold CoNLL tokens, and
 * once on the same sentences rewritten as natural text (curly quotes, attached punctuation, ’s) and
 * re-tokenized by wink-nlp, as the analyze stage would. Prints P/R/F1 per type (also restricted to names
 * unseen in training), load time and tokens/s.
 *
 *   npx tsx src/tools/ner-eval.ts [--split dev|test] [--model pipelines/models]
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { goldTokenSpans, readCorpus, type CorpusDocument } from '../train/corpus.js';
import { emptyTallies, formatScoreTable, tallyDocument, type ScoredEntity } from '../train/evaluation.js';
import { loadNerModel } from '../ner/model-files.js';
import { naturalSentence } from '../train/natural-text.js';
import type { NerModel } from '../ner/model.js';
import { tagDocument } from '../ner/tagger.js';
import type { NerToken } from '../ner/types.js';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    model: { type: 'string', default: join(projectRoot, 'pipelines', 'models') },
  },
});
if (args.split !== 'dev' && args.split !== 'test') {
  console.error(`--split must be dev or test, got ${JSON.stringify(args.split)}`);
  process.exit(2);
}

/** Returns entity tallies of the model on documents given as gold-tokenized sentences. */
function scoreGoldTokens(model: NerModel, documents: readonly CorpusDocument[]): string {
  const tallies = emptyTallies();
  for (const d of documents) tallyDocument(tallies, d.entities, tagDocument(model, d.sentences));
  return formatScoreTable(tallies);
}

/** Returns the lower-cased texts of every entity of the training set. */
function trainingEntityTexts(): Set<string> {
  const texts = new Set<string>();
  for (const d of readCorpus(join(projectRoot, '..', 'shared', 'eval', 'conll2003', 'train.jsonl'))) {
    for (const e of d.entities) texts.add(d.text.slice(e.start, e.end).toLowerCase());
  }
  return texts;
}

/**
 * Returns tallies restricted to names whose text never occurs as an entity in the training set: recall
 * over unseen gold entities, precision over predicted spans with unseen text. This is the part of the
 * score that says how the model does on new names (what real news brings), not on memorised ones.
 */
function scoreUnseenNames(model: NerModel, documents: readonly CorpusDocument[], seen: ReadonlySet<string>): string {
  const tallies = emptyTallies();
  for (const d of documents) {
    const unseen = (e: ScoredEntity): boolean => !seen.has(d.text.slice(e.start, e.end).toLowerCase());
    tallyDocument(tallies, d.entities.filter(unseen), tagDocument(model, d.sentences).filter(unseen));
  }
  return formatScoreTable(tallies);
}

/** Returns tokens per second of `tagDocument` over the documents (best of three passes after a warm-up). */
function measureSpeed(model: NerModel, documents: readonly CorpusDocument[]): number {
  const tokens = documents.reduce((sum, d) => sum + d.sentences.reduce((s, x) => s + x.length, 0), 0);
  for (const d of documents) tagDocument(model, d.sentences);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const started = process.hrtime.bigint();
    for (const d of documents) tagDocument(model, d.sentences);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return tokens / best;
}

const nlp = winkNLP(winkModel);

/** Returns wink-nlp's tokens of a text with offsets shifted by `base` (whitespace tokens dropped). */
function winkTokens(text: string, base: number): NerToken[] {
  const values = nlp.readDoc(text).tokens().out(nlp.its.value) as string[];
  const tokens: NerToken[] = [];
  let cursor = 0;
  for (const value of values) {
    if (value.trim() === '') continue;
    const found = text.indexOf(value, cursor);
    const start = found < 0 ? cursor : found;
    cursor = start + value.length;
    tokens.push({ text: value, start: base + start, end: base + cursor });
  }
  return tokens;
}

/** Returns the document as natural text tokenized by wink-nlp, with gold entities moved to the new offsets. */
function naturalDocument(document: CorpusDocument): { sentences: NerToken[][]; gold: ScoredEntity[] } {
  const tokenPlaces: [number, number][] = [];
  const sentences: NerToken[][] = [];
  let base = 0;
  for (const sentence of document.sentences) {
    const natural = naturalSentence(sentence);
    for (const [s, e] of natural.tokenOffsets) tokenPlaces.push([base + s, base + e]);
    sentences.push(winkTokens(natural.text, base));
    base += natural.text.length + 1;
  }
  const gold = goldTokenSpans(document).map((span) => ({
    start: tokenPlaces[span.tokenStart]![0],
    end: tokenPlaces[span.tokenEnd - 1]![1],
    type: span.type,
  }));
  return { sentences, gold };
}

/** Returns entity tallies of the model on natural-text versions of the documents, re-tokenized by wink-nlp. */
function scoreNaturalText(model: NerModel, documents: readonly CorpusDocument[]): string {
  const tallies = emptyTallies();
  for (const document of documents) {
    const { sentences, gold } = naturalDocument(document);
    tallyDocument(tallies, gold, tagDocument(model, sentences));
  }
  return formatScoreTable(tallies);
}

/** Loads the model, scores it both ways and prints the report. */
function main(): void {
  const loadStarted = process.hrtime.bigint();
  const model = loadNerModel(resolve(args.model!));
  const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;
  const documents = readCorpus(join(projectRoot, '..', 'shared', 'eval', 'conll2003', `${args.split}.jsonl`));
  console.log(`model ${args.model} loaded in ${loadMs.toFixed(0)} ms; split ${args.split}: ${documents.length} documents`);
  console.log(`\ngold CoNLL tokens:\n${scoreGoldTokens(model, documents)}`);
  console.log(`\ngold CoNLL tokens, names unseen in training (text never a training entity):\n${scoreUnseenNames(model, documents, trainingEntityTexts())}`);
  console.log(`\nnatural text re-tokenized by wink-nlp:\n${scoreNaturalText(model, documents)}`);
  console.log(`\nspeed: ${Math.round(measureSpeed(model, documents)).toLocaleString('en-US')} tokens/s (one core, gold tokens, tagDocument end to end)`);
}

main();
