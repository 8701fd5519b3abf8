import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, loadTaxonomy } from '../src/stages/taxonomy.js';
import type { LabelledText } from '../src/tools/topic-corpora.js';
import { countTopics, fitThresholds, informativeSources, learnSpecificity, pickThreshold, scoreTexts } from '../src/tools/topic-fitting.js';
import { root } from './helpers.js';

const taxonomy = loadTaxonomy(join(root, 'test', 'fixtures', 'topics', 'taxonomy.json'));
const text = (id: string, body: string, labels: string[], source = 'wire', scope = ['trade']): LabelledText => ({ id, source, text: body, labels, scope });
const times = (n: number, make: (i: number) => LabelledText) => Array.from({ length: n }, (_, i) => make(i));

const train = [
  ...times(6, (i) => text(`t${i}`, `A tariff in the trade war and more export curbs (${i}).`, ['trade'])),
  ...times(6, (i) => text(`n${i}`, `Grain export volumes rose (${i}).`, [])),
  ...times(6, (i) => text(`i${i}`, `Oil import bills rose (${i}).`, [])),
  text('all1', 'Tariff news.', ['trade'], 'all-positive'),
  ...times(6, (i) => text(`g${i}`, `Prosecutors indicted the officer, who was arrested and taken to court (${i}).`, [], 'general', [])),
  ...times(6, (i) => text(`h${i}`, `The court heard a dispute (${i}).`, [], 'general', [])),
];

describe('topic fitting', () => {
  it('learns only from sources that have a topic both with and without its label', () => {
    expect([...informativeSources(train)]).toEqual(['wire\ttrade']);
  });

  it('learns specificity from labels where a topic has them, else from co-occurrence with the topic\'s other terms', () => {
    // trade: "export" fires in 6 trade and 6 other texts, "import" in 6 others: (hits + 5·1) / (texts + 5), reference rate 1.
    // crime (no labels): "court" comes with 7 weight of other crime terms in 6 of its 12 texts.
    expect(learnSpecificity(train, taxonomy)).toEqual({ crime: { court: 0.647 }, trade: { export: 0.647, import: 0.455 } });
  });

  it('fits a labelled topic\'s own threshold and one shared threshold for the others, the middle of the plateau within half an F1 point', () => {
    const calibrated = compileTaxonomy(taxonomy.file, { version: 1, specificity: learnSpecificity(train, taxonomy), thresholds: {} });
    const labelled = scoreTexts(train.filter((t) => t.source === 'wire'), calibrated);
    const news = scoreTexts([
      text('a', 'Spy ring exposed\nThe spy passed classified papers; prosecutors said he was arrested.', ['espionage'], 'news', ['espionage', 'crime', 'trade', 'health']),
      text('b', 'Hospital strike\nNurses at the hospital walked out; one was arrested.', ['health'], 'news', ['espionage', 'crime', 'trade', 'health']),
    ], calibrated);
    const thresholds = fitThresholds(labelled, news, calibrated);
    // Every threshold of the grid scores the news texts alike (plateau 0.05–0.95: 0.5); trade's plateau is 0.55–0.95.
    expect(thresholds).toEqual({ crime: 0.5, espionage: 0.5, trade: 0.75, health: 0.5 });
    expect(countTopics(news, calibrated, calibrated.topics.map((t) => thresholds[t.id]!))).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('picks the upper median of the thresholds within half an F1 point of the best, not the plateau\'s edge', () => {
    const f1 = (plateau: number[]) => (threshold: number) => (plateau.includes(threshold) ? 0.9 : 0.5);
    expect(pickThreshold(f1([0.05, 0.1, 0.2, 0.25]))).toBe(0.2);
    expect(pickThreshold(f1([0.6, 0.65, 0.7]))).toBe(0.65);
    expect(pickThreshold((threshold) => (threshold === 0.3 ? 0.9 : 0.896))).toBe(0.5);
    expect(pickThreshold((threshold) => (threshold === 0.3 ? 0.9 : 0.8))).toBe(0.3);
  });
});
