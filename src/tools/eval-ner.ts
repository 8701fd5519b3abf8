/**
 * NER eval on CoNLL-2003 and OntoNotes 5.0: exact span + exact type, micro-averaged over PER, ORG,
 * LOC, MISC (conlleval). OntoNotes is scored under our convention (a leading "the" and a trailing
 * possessive are not part of a name; both sides lose them, so "The Hague" and "Hague" are one span) and per genre.
 */
import { join } from 'node:path';
import { inOurConvention } from '../train/corpus.js';
import { z } from 'zod';
import type { EntityType } from '../model/index.js';
import { processArticle, type Resources } from '../pipeline.js';
import {
  countCells, emptyCounts, evalArticle, integer, markdownTable, percent, readJsonl, scoreCells, scoresOf, secondsSince,
  sumCounts, type Counts,
} from './eval-score.js';

export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

/** Our types in CoNLL terms; laws are MISC in CoNLL (e.g. "Maastricht Treaty"). */
export const CONLL_TYPE_OF: Record<EntityType, ConllType> = {
  person: 'PER', organization: 'ORG', place: 'LOC', law: 'MISC', other: 'MISC',
};

const conllDocSchema = z.object({
  id: z.string(),
  genre: z.string().optional(),
  text: z.string(),
  tokens: z.array(z.tuple([z.number(), z.number()])),
  entities: z.array(z.object({ start: z.number(), end: z.number(), type: z.enum(CONLL_TYPES), text: z.string() })),
});
type ConllDoc = z.output<typeof conllDocSchema>;

interface Span {
  start: number;
  end: number;
  type: ConllType;
  text: string;
  /** What found a predicted span (`compromise`, `rule:…`); empty for gold. */
  method: string;
}

const ERROR_CLASSES = ['wrong type', 'wrong boundary', 'wrong boundary and type', 'spurious', 'missed'] as const;
type ErrorClass = (typeof ERROR_CLASSES)[number];

/** Per error class, how often each example (rendered text) occurred. */
type ErrorTally = Record<ErrorClass, Map<string, number>>;

interface MethodTally {
  predicted: number;
  correct: number;
}

export interface NerReport {
  split: string;
  documents: number;
  tokens: number;
  gold: number;
  predicted: number;
  counts: Record<ConllType, Counts>;
  errors: ErrorTally;
  methods: Map<string, MethodTally>;
  seconds: number;
}

/** Returns a span's identity for exact matching: offsets and type. */
function spanKey(span: Span): string {
  return `${span.start}:${span.end}:${span.type}`;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function countExample(tally: ErrorTally, errorClass: ErrorClass, example: string): void {
  const examples = tally[errorClass];
  examples.set(example, (examples.get(example) ?? 0) + 1);
}

/** Returns the pipeline's mentions of one document as CoNLL-typed spans (code points = indices: the data is ASCII). */
function predictedSpans(doc: ConllDoc, resources: Resources): Span[] {
  const result = processArticle(evalArticle(doc.id, 'conll2003', doc.text), resources);
  // Nominal mentions ("the US president") are not names; CoNLL does not annotate them.
  const spans = result.mentions.filter((m) => m.kind !== 'nominal').map((m): Span => ({
    start: m.start, end: m.end, type: CONLL_TYPE_OF[m.type], text: m.text, method: m.method,
  }));
  const unique = new Map<string, Span>();
  for (const span of spans) if (!unique.has(spanKey(span))) unique.set(spanKey(span), span);
  return [...unique.values()];
}

/** Classifies one wrong prediction against the document's gold spans; returns its class and example text. */
function classifyFalsePositive(predicted: Span, gold: Span[]): [ErrorClass, string] {
  const sameSpan = gold.find((g) => g.start === predicted.start && g.end === predicted.end);
  if (sameSpan) return ['wrong type', `"${predicted.text}" ${sameSpan.type}→${predicted.type}`];
  const overlapping = gold.filter((g) => overlaps(g, predicted));
  const sameType = overlapping.find((g) => g.type === predicted.type);
  if (sameType) return ['wrong boundary', `"${sameType.text}"→"${predicted.text}"`];
  const first = overlapping[0];
  if (first) return ['wrong boundary and type', `"${first.text}" ${first.type}→"${predicted.text}" ${predicted.type}`];
  return ['spurious', `"${predicted.text}" ${predicted.type}`];
}

/** Adds one document's TP/FP/FN (per type), error classes and per-method precision to the report. */
function tallyDocument(gold: Span[], predicted: Span[], report: NerReport): void {
  const goldKeys = new Set(gold.map(spanKey));
  const predictedKeys = new Set(predicted.map(spanKey));
  for (const p of predicted) {
    const correct = goldKeys.has(spanKey(p));
    const method = report.methods.get(p.method) ?? { predicted: 0, correct: 0 };
    method.predicted++;
    if (correct) method.correct++;
    report.methods.set(p.method, method);
    if (correct) report.counts[p.type].tp++;
    else {
      report.counts[p.type].fp++;
      countExample(report.errors, ...classifyFalsePositive(p, gold));
    }
  }
  for (const g of gold) {
    if (predictedKeys.has(spanKey(g))) continue;
    report.counts[g.type].fn++;
    if (!predicted.some((p) => overlaps(p, g))) countExample(report.errors, 'missed', `"${g.text}" ${g.type}`);
  }
}

function emptyReport(split: string): NerReport {
  const counts = Object.fromEntries(CONLL_TYPES.map((t) => [t, emptyCounts()])) as Record<ConllType, Counts>;
  const errors = Object.fromEntries(ERROR_CLASSES.map((c) => [c, new Map<string, number>()])) as ErrorTally;
  return { split, documents: 0, tokens: 0, gold: 0, predicted: 0, counts, errors, methods: new Map(), seconds: 0 };
}

/** Runs the pipeline over `conll2003/<split>.jsonl` under `dataDir`; returns the counts, error classes and timing. */
export function evaluateNer(dataDir: string, split: string, resources: Resources): NerReport {
  const docs = readJsonl(join(dataDir, 'conll2003', `${split}.jsonl`), conllDocSchema);
  const report = emptyReport(split);
  const started = performance.now();
  for (const doc of docs) {
    const gold = doc.entities.map((e): Span => ({ ...e, method: '' }));
    const predicted = predictedSpans(doc, resources);
    tallyDocument(gold, predicted, report);
    report.documents++;
    report.tokens += doc.tokens.length;
    report.gold += gold.length;
    report.predicted += predicted.length;
  }
  report.seconds = secondsSince(started);
  return report;
}

/** Returns the most frequent examples of one error class, ties broken by text, as `text ×n` items. */
function topExamples(examples: Map<string, number>, limit: number): string {
  return [...examples]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([text, n]) => (n > 1 ? `${text} ×${n}` : text))
    .join(', ');
}

function sumValues(map: Map<string, number>): number {
  return [...map.values()].reduce((a, b) => a + b, 0);
}

/** Returns the P/R/F1 table: one row per CoNLL type, then the micro average over all four. */
function scoreTable(report: NerReport): string {
  const header = ['type', 'P', 'R', 'F1', 'TP', 'FP', 'FN'];
  const rows = CONLL_TYPES.map((t) => [t, ...scoreCells(scoresOf(report.counts[t])), ...countCells(report.counts[t])]);
  const micro = sumCounts(CONLL_TYPES.map((t) => report.counts[t]));
  rows.push(['**micro (all 4)**', ...scoreCells(scoresOf(micro)), ...countCells(micro)]);
  return markdownTable(header, rows);
}

/** Returns the error-class table: wrong predictions by class, and gold entities no prediction touched. */
function errorTable(report: NerReport): string {
  const rows = ERROR_CLASSES.map((c) => [c, integer(sumValues(report.errors[c])), topExamples(report.errors[c], 6)]);
  return markdownTable(['error class', 'count', 'most frequent'], rows);
}

/** Returns the per-method table: how many spans each extractor proposed and how many were exactly right. */
function methodTable(report: NerReport): string {
  const rows = [...report.methods]
    .sort(([a, m], [b, n]) => n.predicted - m.predicted || (a < b ? -1 : 1))
    .map(([method, t]) => [method, integer(t.predicted), integer(t.correct), percent(t.correct / t.predicted)]);
  return markdownTable(['method', 'predicted', 'exact match', 'precision'], rows);
}

/** Returns the NER section of the eval output as markdown. */
export function formatNerReport(report: NerReport): string {
  const micro = scoresOf(sumCounts(CONLL_TYPES.map((t) => report.counts[t])));
  const splitNote = report.split === 'test' ? '' : ` (published numbers are for test; run \`--split test\` to compare, once settled on dev)`;
  return [
    `## NER — CoNLL-2003 ${report.split} (exact span + type, conlleval micro F1)`,
    '',
    `${integer(report.documents)} documents, ${integer(report.tokens)} tokens, ${integer(report.gold)} gold entities, ` +
      `${integer(report.predicted)} predicted mentions; ${report.seconds.toFixed(1)} s, ` +
      `${integer(report.tokens / report.seconds)} tokens/s. Mapping: person→PER, organization→ORG, place→LOC, law and other→MISC.`,
    '',
    scoreTable(report),
    '',
    `Micro F1 **${percent(micro.f1)}** vs. published CoNLL-2003 test F1: Stanford CRF (Finkel et al. 2005) 86.9, ` +
      `Ratinov & Roth 2009 90.8${splitNote}.`,
    '',
    'Error classes (each wrong prediction counted once; "missed" = gold entities no prediction overlaps):',
    '',
    errorTable(report),
    '',
    'Predictions by method:',
    '',
    methodTable(report),
  ].join('\n');
}

/** Returns a table of per-type and micro F1 of the pipeline next to the compromise baseline, from the same run. */
export function formatBaselineComparison(report: NerReport, baseline: NerReport): string {
  const f1 = (r: NerReport, type?: ConllType) => percent(scoresOf(type ? r.counts[type] : sumCounts(CONLL_TYPES.map((t) => r.counts[t]))).f1);
  const rows = [
    ['gazette (trained model + rules)', ...CONLL_TYPES.map((t) => f1(report, t)), `**${f1(report)}**`],
    ['baseline (compromise + rules, pipelines/baseline.json)', ...CONLL_TYPES.map((t) => f1(baseline, t)), `**${f1(baseline)}**`],
  ];
  return [
    `### Against the foundation baseline (${report.split}, F1)`,
    '',
    markdownTable(['extractor', ...CONLL_TYPES, 'micro'], rows),
  ].join('\n');
}

/** OntoNotes scored per genre; `all` sums the genres. */
export interface OntoNotesReport {
  split: string;
  genres: Map<string, NerReport>;
  all: NerReport;
  seconds: number;
}

/** Returns the span without quotation marks around it, a leading "the" or a trailing possessive, with its text. */
function spanInOurConvention(text: string, span: Span): Span {
  const { start, end } = inOurConvention(text, span);
  return { ...span, start, end, text: text.slice(start, end) };
}

/** Runs the pipeline over `ontonotes/<split>.jsonl`; gold spans lose quotes, a leading "the" and a possessive (our convention). */
export function evaluateOntoNotes(dataDir: string, split: string, resources: Resources): OntoNotesReport {
  const docs = readJsonl(join(dataDir, 'ontonotes', `${split}.jsonl`), conllDocSchema);
  const started = performance.now();
  const genres = new Map<string, NerReport>();
  const all = emptyReport(split);
  for (const doc of docs) {
    const genre = doc.genre ?? 'unknown';
    let report = genres.get(genre);
    if (!report) genres.set(genre, (report = emptyReport(split)));
    // Quotation marks, a leading "the" and a possessive are left out on both sides: OntoNotes writes
    // "Moody 's" and "Hong Kong 's" alike and quotes a title ("`` USS Cole ''"), and we keep the
    // article of "The Hague" but not of "the Senate", and quotes outside a name (news rule 10).
    const gold = doc.entities.map((e) => spanInOurConvention(doc.text, { ...e, text: '', method: '' }));
    const predicted = predictedSpans(doc, resources).map((p) => spanInOurConvention(doc.text, p));
    for (const target of [report, all]) {
      tallyDocument(gold, predicted, target);
      target.documents++;
      target.tokens += doc.tokens.length;
      target.gold += gold.length;
      target.predicted += predicted.length;
    }
  }
  const seconds = secondsSince(started);
  all.seconds = seconds;
  return { split, genres: new Map([...genres].sort(([a], [b]) => (a < b ? -1 : 1))), all, seconds };
}

/** Returns the OntoNotes section: F1 per type, PER/ORG/LOC and all four, per genre and overall. */
export function formatOntoNotesReport(report: OntoNotesReport): string {
  const f1 = (r: NerReport, types: readonly ConllType[]) => percent(scoresOf(sumCounts(types.map((t) => r.counts[t]))).f1);
  const row = (name: string, r: NerReport) => [
    name, integer(r.tokens), ...CONLL_TYPES.map((t) => f1(r, [t])), `**${f1(r, ['PER', 'ORG', 'LOC'])}**`, f1(r, CONLL_TYPES),
  ];
  const rows = [...report.genres].map(([genre, r]) => row(genre, r));
  rows.push(row('**all**', report.all));
  return [
    `## NER — OntoNotes 5.0 ${report.split} (exact span + type; gold spans without a leading "the" or a possessive, our convention)`,
    '',
    `${integer(report.all.documents)} document parts, ${integer(report.all.gold)} gold entities; ${report.seconds.toFixed(1)} s. ` +
      'OntoNotes GPE, LOC and FAC are LOC; NORP, WORK_OF_ART, EVENT, PRODUCT, LAW and LANGUAGE are MISC.',
    '',
    markdownTable(['genre', 'tokens', 'PER', 'ORG', 'LOC', 'MISC', 'PER/ORG/LOC', 'all 4'], rows),
    '',
    'Error classes, all genres:',
    '',
    errorTable(report.all),
  ].join('\n');
}
