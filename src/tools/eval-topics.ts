/**
 * Topic eval on Reuters-21578 + BBC News (../shared/eval/topics) and on the hand-labelled news dev set
 * (../shared/eval/news): a topic is scored on a record only when the record's `scope` holds it (every
 * news article has all 15 news topics in scope); TP/FP/FN per (record, topic in scope) pair.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { TopicScore } from '../model/index.js';
import { processArticle, type Resources } from '../pipeline.js';
import { compareText } from '../text/codepoints.js';
import {
  countCells, emptyCounts, evalArticle, integer, macroScores, markdownTable, readJsonl, scoreCells, scoresOf, secondsSince,
  sumCounts, type Counts,
} from './eval-score.js';
import type { LabelledText } from './topic-corpora.js';

const topicRecordSchema = z.object({
  id: z.string(),
  source: z.string(),
  text: z.string(),
  labels: z.array(z.string()),
  scope: z.array(z.string()),
});

/** The pairs of one (source, topic) cell: its counts, how many records had the topic in scope, how many were positive. */
interface Cell {
  counts: Counts;
  inScope: number;
  positives: number;
}

export interface TopicReport {
  split: string;
  records: number;
  /** Sources in sorted order. */
  sources: string[];
  /** In-scope topics in taxonomy order; scope topics the taxonomy lacks come last, sorted. */
  topics: string[];
  /** Scope topics the taxonomy does not define (they can never be predicted). */
  unknownTopics: string[];
  /** Keyed by `cellKey(source, topic)`. */
  cells: Map<string, Cell>;
  seconds: number;
}

function cellKey(source: string, topic: string): string {
  return `${source}\t${topic}`;
}

/** Returns the cell of one (source, topic), creating it empty on first use. */
function cellOf(cells: Map<string, Cell>, source: string, topic: string): Cell {
  const key = cellKey(source, topic);
  let cell = cells.get(key);
  if (!cell) {
    cell = { counts: emptyCounts(), inScope: 0, positives: 0 };
    cells.set(key, cell);
  }
  return cell;
}

/** Returns the scope topics in taxonomy order, then the ones the taxonomy lacks (sorted). */
function orderTopics(scopeTopics: Set<string>, resources: Resources): { topics: string[]; unknownTopics: string[] } {
  const known = (resources.taxonomy?.topics ?? []).map((t) => t.id);
  const topics = known.filter((id) => scopeTopics.has(id));
  const unknownTopics = [...scopeTopics].filter((id) => !known.includes(id)).sort();
  return { topics: [...topics, ...unknownTopics], unknownTopics };
}

/** Runs the pipeline over `topics/<split>.jsonl` under `dataDir`; returns counts per (source, topic) and timing. */
export function evaluateTopics(dataDir: string, split: string, resources: Resources): TopicReport {
  const records = readJsonl(join(dataDir, 'topics', `${split}.jsonl`), topicRecordSchema);
  const cells = new Map<string, Cell>();
  const scopeTopics = new Set<string>();
  const started = performance.now();
  for (const record of records) {
    const result = processArticle(evalArticle(record.id, record.source, record.text), resources);
    const predicted = new Set(result.topics.map((t) => t.topic));
    for (const topic of record.scope) {
      scopeTopics.add(topic);
      const cell = cellOf(cells, record.source, topic);
      const gold = record.labels.includes(topic);
      cell.inScope++;
      if (gold) cell.positives++;
      if (gold && predicted.has(topic)) cell.counts.tp++;
      else if (predicted.has(topic)) cell.counts.fp++;
      else if (gold) cell.counts.fn++;
    }
  }
  const seconds = secondsSince(started);
  const sources = [...new Set(records.map((r) => r.source))].sort();
  return { split, records: records.length, sources, ...orderTopics(scopeTopics, resources), cells, seconds };
}

/** Returns the cells of one topic summed over the given sources, or undefined if none has the topic in scope. */
function mergedCell(report: TopicReport, sources: string[], topic: string): Cell | undefined {
  const cells = sources.flatMap((s) => report.cells.get(cellKey(s, topic)) ?? []);
  if (cells.length === 0) return undefined;
  return {
    counts: sumCounts(cells.map((c) => c.counts)),
    inScope: cells.reduce((n, c) => n + c.inScope, 0),
    positives: cells.reduce((n, c) => n + c.positives, 0),
  };
}

/** Returns table rows for the topics in scope of `sources`: one per topic, then micro and macro averages. */
function topicRows(report: TopicReport, sources: string[], label: (topic: string) => string[]): string[][] {
  const scored = report.topics.flatMap((topic) => {
    const cell = mergedCell(report, sources, topic);
    return cell ? [{ topic, cell }] : [];
  });
  const rows = scored.map(({ topic, cell }) => [
    ...label(topic), integer(cell.inScope), integer(cell.positives), ...scoreCells(scoresOf(cell.counts)), ...countCells(cell.counts),
  ]);
  const counts = scored.map((s) => s.cell.counts);
  const pairs = integer(scored.reduce((n, s) => n + s.cell.inScope, 0));
  const positives = integer(scored.reduce((n, s) => n + s.cell.positives, 0));
  const micro = sumCounts(counts);
  rows.push([...label('**micro**'), pairs, positives, ...scoreCells(scoresOf(micro)), ...countCells(micro)]);
  rows.push([...label('**macro**'), pairs, positives, ...scoreCells(macroScores(counts)), '', '', '']);
  return rows;
}

const COUNT_HEADER = ['in scope', 'positives', 'P', 'R', 'F1', 'TP', 'FP', 'FN'];

/** Returns the topics section of the eval output as markdown. */
export function formatTopicReport(report: TopicReport): string {
  const overall = topicRows(report, report.sources, (topic) => [topic]);
  const bySource = report.sources.flatMap((source) => topicRows(report, [source], (topic) => [source, topic]));
  const lines = [
    `## Topics — Reuters-21578 + BBC News ${report.split} (scored only where the record's scope holds the topic)`,
    '',
    `${integer(report.records)} records (${report.sources.join(', ')}); ${report.seconds.toFixed(1)} s, ` +
      `${integer(report.records / report.seconds)} records/s. Predicted = every topic the pipeline reports for the article.`,
    '',
    markdownTable(['topic', ...COUNT_HEADER], overall),
    '',
    'Per source:',
    '',
    markdownTable(['source', 'topic', ...COUNT_HEADER], bySource),
    '',
    'Notes: `economy` is positive on every Reuters record, so there it measures recall only; its false positives are ' +
      'measured on BBC. Macro = unweighted mean of the per-topic P, R and F1.',
  ];
  if (report.unknownTopics.length > 0) {
    lines.push('', `Warning: in scope but not in the taxonomy (never predicted): ${report.unknownTopics.join(', ')}.`);
  }
  return lines.join('\n');
}

/** The topic ids the news set labels with (../shared/eval/news/README.md, "Labelling conventions" 4). */
export const NEWS_TOPICS = [
  'trade', 'espionage', 'war', 'elections', 'fraud', 'crime', 'diplomacy', 'defense', 'economy', 'energy', 'technology',
  'cross-strait', 'health', 'disasters', 'protest',
];

const newsGoldSchema = z.object({ file: z.string(), topics: z.array(z.string()) });
const newsTextSchema = z.object({ id: z.string(), text: z.string() });

/** Returns the news dev articles (`spans.jsonl` texts) with their gold topics (`gold.jsonl`); every news topic is in scope. */
export function readNewsTopics(dataDir: string): LabelledText[] {
  const dir = join(dataDir, 'news');
  const texts = new Map(readJsonl(join(dir, 'spans.jsonl'), newsTextSchema).map((d) => [`${d.id}.txt`, d.text]));
  return readJsonl(join(dir, 'gold.jsonl'), newsGoldSchema).map((gold) => {
    const text = texts.get(gold.file);
    if (text === undefined) throw new Error(`${join(dir, 'spans.jsonl')}: no text for ${gold.file} of gold.jsonl`);
    return { id: `news-${gold.file.replace(/\.txt$/u, '')}`, source: 'news', text, labels: gold.topics, scope: NEWS_TOPICS };
  });
}

export interface NewsTopicReport {
  articles: number;
  /** News topics in taxonomy order, then the ones the taxonomy lacks (sorted). */
  topics: string[];
  unknownTopics: string[];
  counts: Map<string, Counts>;
  /** `gold → predicted` pairs of a wrong topic predicted beside a gold one, with how often. */
  confusion: Map<string, number>;
  /** Articles whose rank-1 topic is one of their gold topics. */
  mainCorrect: number;
  seconds: number;
}

/**
 * Runs the pipeline over the news dev set under `dataDir` and scores its topics (see `scoreNewsTopics`).
 */
export function evaluateNewsTopics(dataDir: string, resources: Resources): NewsTopicReport {
  const started = performance.now();
  const texts = readNewsTopics(dataDir);
  const articles = texts.map((text) => ({ labels: text.labels, predicted: processArticle(evalArticle(text.id, text.source, text.text), resources).topics }));
  return { ...scoreNewsTopics(articles, resources), seconds: secondsSince(started) };
}

/**
 * Scores the topics the pipeline gave news articles against their gold topics: per topic TP/FP/FN, how
 * often the main (rank 1) topic is a gold one, and which wrong topics come with which gold ones.
 */
export function scoreNewsTopics(articles: readonly { labels: string[]; predicted: TopicScore[] }[], resources: Resources): NewsTopicReport {
  const { topics, unknownTopics } = orderTopics(new Set(NEWS_TOPICS), resources);
  const counts = new Map(topics.map((t) => [t, emptyCounts()]));
  const confusion = new Map<string, number>();
  let mainCorrect = 0;
  for (const { labels, predicted } of articles) {
    const ids = new Set(predicted.map((t) => t.topic));
    if (predicted[0] && labels.includes(predicted[0].topic)) mainCorrect++;
    for (const topic of topics) {
      const c = counts.get(topic)!;
      const gold = labels.includes(topic);
      if (gold && ids.has(topic)) c.tp++;
      else if (ids.has(topic)) c.fp++;
      else if (gold) c.fn++;
    }
    for (const wrong of [...ids].filter((t) => !labels.includes(t))) {
      for (const gold of labels) confusion.set(`${gold} → ${wrong}`, (confusion.get(`${gold} → ${wrong}`) ?? 0) + 1);
    }
  }
  return { articles: articles.length, topics, unknownTopics, counts, confusion, mainCorrect, seconds: 0 };
}

/** Returns the news section of the topic eval as markdown: per-topic and micro/macro scores, then the top confusions. */
export function formatNewsTopicReport(report: NewsTopicReport): string {
  const scored = report.topics.map((topic) => ({ topic, counts: report.counts.get(topic)! }));
  const rows = scored.map(({ topic, counts }) => [topic, integer(counts.tp + counts.fn), ...scoreCells(scoresOf(counts)), ...countCells(counts)]);
  const all = scored.map((s) => s.counts);
  const micro = sumCounts(all);
  const positives = integer(micro.tp + micro.fn);
  rows.push(['**micro**', positives, ...scoreCells(scoresOf(micro)), ...countCells(micro)]);
  rows.push(['**macro**', positives, ...scoreCells(macroScores(all)), '', '', '']);
  const confusion = [...report.confusion].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 10);
  const lines = [
    `## Topics — news dev (${integer(report.articles)} hand-labelled modern articles, all ${NEWS_TOPICS.length} news topics in scope)`,
    '',
    `${report.seconds.toFixed(1)} s. Predicted = every topic the pipeline reports for the article. ` +
      `Main topic (rank 1) is a gold topic in ${report.mainCorrect} of ${report.articles} articles.`,
    '',
    markdownTable(['topic', 'positives', 'P', 'R', 'F1', 'TP', 'FP', 'FN'], rows),
    '',
    'Most frequent wrong topics (gold topic → wrong topic predicted in the same article):',
    '',
    confusion.length === 0 ? 'none' : markdownTable(['gold → predicted', 'articles'], confusion.map(([pair, n]) => [pair, integer(n)])),
  ];
  if (report.unknownTopics.length > 0) {
    lines.push('', `Warning: news topics not in the taxonomy (never predicted): ${report.unknownTopics.join(', ')}.`);
  }
  return lines.join('\n');
}
