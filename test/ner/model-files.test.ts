import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGazetteer, type Lexicon } from '../../src/ner/lexicon.js';
import { loadNerModel, readNerModel, saveNerModel, viewNerModel } from '../../src/ner/model-files.js';
import type { NerModel } from '../../src/ner/model.js';
import { tagDocument } from '../../src/ner/tagger.js';
import { prepareDocuments, trainModel } from '../../src/train/train-pipeline.js';
import type { CorpusDocument } from '../../src/train/corpus.js';

/** Returns a document of one sentence with the given tokens and entities as [first, end, type] token ranges. */
function corpusDocument(id: string, words: string[], entities: [number, number, 'PER' | 'LOC'][]): CorpusDocument {
  let cursor = 0;
  const tokens = words.map((text) => ({ text, start: cursor, end: (cursor += text.length + 1) - 1 }));
  return {
    id,
    text: words.join(' '),
    sentences: [tokens],
    entities: entities.map(([a, b, type]) => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end, type })),
  };
}

const documents = [
  corpusDocument('a', ['Anna', 'Berg', 'flew', 'to', 'Oslo', '.'], [[0, 2, 'PER'], [4, 5, 'LOC']]),
  corpusDocument('b', ['Carl', 'Dahl', 'lives', 'in', 'Rome', '.'], [[0, 2, 'PER'], [4, 5, 'LOC']]),
  corpusDocument('c', ['Eva', 'Holm', 'went', 'to', 'Lima', '.'], [[0, 2, 'PER'], [4, 5, 'LOC']]),
];
const lexicon: Lexicon = {
  clusters: { granularities: [], rows: new Map(), ids: new Uint16Array(0) },
  gazetteer: buildGazetteer([{ name: 'city', phrases: ['oslo', 'rome'] }]),
};
const prepared = prepareDocuments(lexicon, documents);
const options = { bits: 14, epochs: 3, secondStageEpochs: 2, stages: 2 as const, folds: 3, seed: 1, margin: 10, log: () => {} };
const directory = mkdtempSync(join(tmpdir(), 'gazette-ner-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('model files', () => {
  it('trains deterministically and saves identical bytes', () => {
    const first: NerModel = trainModel(lexicon, prepared, prepared, options)[0]!;
    const second: NerModel = trainModel(lexicon, prepared, prepared, options)[0]!;
    saveNerModel(first, join(directory, 'one'));
    saveNerModel(second, join(directory, 'two'));
    const bytes = readFileSync(join(directory, 'one', 'ner.bin'));
    expect(bytes.equals(readFileSync(join(directory, 'two', 'ner.bin')))).toBe(true);
    expect(bytes.toString('latin1', 0, 8)).toBe('GZNER003');
  });

  it('loads a model that tags like the one saved and re-saves to the same bytes', () => {
    const model = trainModel(lexicon, prepared, prepared, options)[0]!;
    saveNerModel(model, join(directory, 'three'));
    const loaded = loadNerModel(join(directory, 'three'));
    const sentence = documents[2]!.sentences;
    expect(tagDocument(loaded, sentence)).toEqual(tagDocument(model, sentence));
    const spans = tagDocument(loaded, sentence).map((s) => [s.start, s.end, s.type]);
    expect(spans).toEqual([[0, 8, 'PER'], [17, 21, 'LOC']]);
    saveNerModel(loaded, join(directory, 'four'));
    expect(readFileSync(join(directory, 'four', 'ner.bin')).equals(readFileSync(join(directory, 'three', 'ner.bin')))).toBe(true);
  });

  it('sends a read model to another thread as shared memory: the copy tags the same and its arrays are the sender\'s', () => {
    saveNerModel(trainModel(lexicon, prepared, prepared, options)[0]!, join(directory, 'five'));
    const shared = readNerModel(join(directory, 'five'));
    // structuredClone copies as postMessage and workerData do: an ArrayBuffer would arrive as a copy.
    const sent = structuredClone(shared);
    const arrays = [sent.body, sent.rowOf, ...sent.values, ...sent.indexes.map((i) => i.index)];
    expect(arrays.every((a) => a.buffer instanceof SharedArrayBuffer)).toBe(true);
    const sentence = documents[2]!.sentences;
    const expected = tagDocument(loadNerModel(join(directory, 'five')), sentence);
    expect(tagDocument(viewNerModel(sent), sentence)).toEqual(expected);
    const row = shared.rowOf.findIndex((r) => r !== 0);
    sent.rowOf[row] = 0;
    expect(shared.rowOf[row]).toBe(0);
  });
});
