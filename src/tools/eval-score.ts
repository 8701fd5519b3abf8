/**
 * What the eval tasks share: TP/FP/FN counts and the scores they give, markdown tables,
 * reading the eval JSONL files with a schema, and wrapping an eval text as an Article.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type { Article } from '../model/index.js';

/** True positives, false positives and false negatives of one class. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** Returns zeroed counts. */
export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Returns the element-wise sum of the counts (micro-averaging sums before scoring). */
export function sumCounts(list: Counts[]): Counts {
  const total = emptyCounts();
  for (const c of list) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

/** Returns `part / whole`, or 0 when `whole` is 0 (the conlleval convention). */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Returns precision, recall and F1 of one set of counts. */
export function scoresOf(counts: Counts): Scores {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Returns the unweighted mean of each class's precision, recall and F1 (macro average). */
export function macroScores(list: Counts[]): Scores {
  const scores = list.map(scoresOf);
  const mean = (pick: (s: Scores) => number) => ratio(scores.reduce((sum, s) => sum + pick(s), 0), scores.length);
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) };
}

/** Returns a 0..1 ratio as a percentage with one decimal, e.g. `86.9`. */
export function percent(value: number): string {
  return (value * 100).toFixed(1);
}

/** Returns an integer with thousands separators, e.g. `51,362`. */
export function integer(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Returns the P, R, F1 cells of some scores. */
export function scoreCells(scores: Scores): string[] {
  return [percent(scores.precision), percent(scores.recall), percent(scores.f1)];
}

/** Returns the TP, FP, FN cells of some counts. */
export function countCells(counts: Counts): string[] {
  return [integer(counts.tp), integer(counts.fp), integer(counts.fn)];
}

const NUMBER = /^-?[\d,]+(?:\.\d+)?$/;

/** True when every non-empty cell of column `i` is a number (such columns are right-aligned). */
function isNumberColumn(rows: string[][], i: number): boolean {
  const cells = rows.map((row) => row[i] ?? '').filter((cell) => cell !== '');
  return cells.length > 0 && cells.every((cell) => NUMBER.test(cell));
}

/** Returns a markdown table; number columns are right-aligned, the others left-aligned. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (isNumberColumn(rows, i) ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/**
 * Returns the records of a JSONL file, each checked against `schema`.
 * Throws an Error naming the file, line and problem when a line is not JSON or does not fit.
 */
export function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: cannot read eval data (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const records: T[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}:${i + 1}: unexpected record (${issue?.path.join('.') || 'record'}: ${issue?.message})`);
    }
    records.push(parsed.data);
  });
  return records;
}

/** Returns an eval text wrapped as a one-article input, the way the JSONL reader would build it. */
export function evalArticle(id: string, source: string, text: string): Article {
  return { id, source, index: 1, text, credits: [], truncated: false, line: 1 };
}

/** Returns seconds elapsed since a `performance.now()` reading. */
export function secondsSince(startedMs: number): number {
  return (performance.now() - startedMs) / 1000;
}
