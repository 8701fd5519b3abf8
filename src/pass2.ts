/**
 * Pass 2 of a run over one range of the spill: entity ids for each article's mentions, then its rows
 * for aliases.csv, articles.csv, mentions.csv, topics.csv and articles.jsonl. An article's rows depend
 * only on pass 1's evidence and on the article itself, never on the articles before it, so a run can
 * resolve two ranges at once (this thread and a helper thread) and write the second after the first:
 * the tallies the ranges keep (mention counts, aliases, roles) add up to what one pass would keep.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import type { ArticleResult } from './model/index.js';
import { csvWriter, type CellValue } from './io/csv.js';
import { openBatchedFile } from './io/output.js';
import { aliasRow, articleJson, articleRow, mentionRows, topicRows } from './io/records.js';
import { REPORT_LIMITS, reportArticle, type ReportArticle } from './io/report.js';
import { aliasesTable, articlesTable, mentionsTable, topicsTable } from './io/schema.js';
import { heapGuard } from './memory.js';
import { resolveArticle, type EntityTally } from './stages/resolve.js';
import type { ResolvedNames, ResolveEvidence } from './stages/resolve-evidence.js';

/** The files pass 2 writes rows to, in this order. */
export const PASS2_FILES = ['aliases', 'articles', 'mentions', 'topics', 'jsonl'] as const;
export type Pass2File = (typeof PASS2_FILES)[number];

/** Where one range's rows go: a write per file (the CSV files get rows without their header). */
export type Pass2Sinks = Record<Pass2File, (chunk: string) => Promise<void>>;

/** What resolving one range leaves for the run: its tally, row counts and the report's first articles. */
export interface RangeResult {
  tally: EntityTally;
  aliasRows: number;
  mentions: number;
  reportArticles: ReportArticle[];
  /** Cells cut at a spreadsheet's limit, by table (`MAX_CELL_CHARS`). */
  cutCells: Record<'aliases' | 'articles' | 'mentions' | 'topics', number>;
}

/** The tables' rows of one article, by table, for callers that keep them (Parquet). */
export type ArticleRows = Record<'aliases' | 'articles' | 'mentions' | 'topics', Record<string, CellValue>[]>;

/** The spilled results between two byte offsets (each at a line start), one per line, read a chunk at a time. */
export async function* readSpill(path: string, start = 0, end = Infinity): AsyncGenerator<ArticleResult> {
  if (end <= start) return;
  // The pieces of a line that runs over chunks, joined once its end is read: joining them again at
  // every chunk cost the square of its length (an article with 250k mentions spills a 40 MB line).
  let pieces: string[] = [];
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20, start, ...(Number.isFinite(end) && { end: end - 1 }) });
  for await (const chunk of stream as AsyncIterable<string>) {
    let from = 0;
    for (let newline = chunk.indexOf('\n'); newline !== -1; newline = chunk.indexOf('\n', from)) {
      pieces.push(chunk.slice(from, newline));
      const line = pieces.join('');
      pieces = [];
      if (line) yield JSON.parse(line) as ArticleResult;
      from = newline + 1;
    }
    if (from < chunk.length) pieces.push(chunk.slice(from));
  }
  const rest = pieces.join('');
  if (rest) yield JSON.parse(rest) as ArticleResult;
}

/** Returns the offset of the first line start at or after `offset` in a spill of `size` bytes (size when none). */
export function lineStartAfter(path: string, offset: number, size: number): number {
  if (offset <= 0) return 0;
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    for (let at = offset - 1; at < size; at += buffer.length) {
      const read = readSync(fd, buffer, 0, buffer.length, at);
      const newline = buffer.subarray(0, read).indexOf(10);
      if (newline !== -1) return Math.min(size, at + newline + 1);
      if (read === 0) break;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}

/**
 * Resolves every result of `results` against pass 1's evidence and writes its rows to `sinks` (the
 * CSV rows in batches); `tally` collects the range's entities and aliases. `onRows` sees every
 * article's rows (for Parquet); `report` keeps the first REPORT_LIMITS.articles articles for report.html.
 */
export async function resolveRange(
  results: AsyncIterable<ArticleResult>, evidence: ResolveEvidence, names: ResolvedNames, tally: EntityTally, sinks: Pass2Sinks,
  options: { report?: boolean; signal?: AbortSignal; onRows?: (rows: ArticleRows) => void } = {},
): Promise<RangeResult> {
  const cuts = { aliases: { cut: 0 }, articles: { cut: 0 }, mentions: { cut: 0 }, topics: { cut: 0 } };
  const csv = {
    aliases: csvWriter(aliasesTable, sinks.aliases, undefined, cuts.aliases), articles: csvWriter(articlesTable, sinks.articles, undefined, cuts.articles),
    mentions: csvWriter(mentionsTable, sinks.mentions, undefined, cuts.mentions), topics: csvWriter(topicsTable, sinks.topics, undefined, cuts.topics),
  };
  const range: RangeResult = { tally, aliasRows: 0, mentions: 0, reportArticles: [], cutCells: { aliases: 0, articles: 0, mentions: 0, topics: 0 } };
  const guard = heapGuard();
  for await (const result of results) {
    options.signal?.throwIfAborted();
    guard();
    const rows: ArticleRows = {
      aliases: resolveArticle(result, evidence, names, tally).map(aliasRow),
      articles: [articleRow(result)], mentions: mentionRows(result), topics: topicRows(result),
    };
    range.aliasRows += rows.aliases.length;
    range.mentions += result.mentions.length;
    if (options.report && range.reportArticles.length < REPORT_LIMITS.articles) range.reportArticles.push(reportArticle(result));
    options.onRows?.(rows);
    for (const name of ['aliases', 'articles', 'mentions', 'topics'] as const) await csv[name].add(rows[name]);
    await sinks.jsonl(JSON.stringify(articleJson(result)) + '\n');
  }
  for (const writer of Object.values(csv)) await writer.flush();
  for (const name of ['aliases', 'articles', 'mentions', 'topics'] as const) range.cutCells[name] = cuts[name].cut;
  return range;
}

/** Per-file temporary paths of a helper thread's range: `<prefix>.<file>.<pid>.tmp`, cleaned as stale temporaries are. */
export function rangeFilePaths(prefix: string): Record<Pass2File, string> {
  return Object.fromEntries(PASS2_FILES.map((file) => [file, `${prefix}.${file}.${process.pid}.tmp`])) as Record<Pass2File, string>;
}

/** Opens one batched file per path; `close` hands over what is left and waits for all of them. */
export function openRangeFiles(paths: Record<Pass2File, string>): { sinks: Pass2Sinks; close(): Promise<void> } {
  const files = PASS2_FILES.map((file) => openBatchedFile(paths[file]));
  const sinks = Object.fromEntries(PASS2_FILES.map((file, k) => [file, files[k]!.write])) as Pass2Sinks;
  return { sinks, close: async () => { await Promise.all(files.map((f) => f.close())); } };
}
