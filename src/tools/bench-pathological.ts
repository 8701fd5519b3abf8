/**
 * `npm run bench -- --pathological [--mb 1]`: each family of src/tools/pathological.ts as one article of
 * --mb MB through the whole pipeline, next to one article of as much ordinary news (the eval news texts,
 * repeated) run just before it, each run in its own child process; prints the cost ratios (issue 19 asks
 * at most 5× at 1 MB).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measurement } from './bench-workloads.js';
import { integer, markdownTable } from './eval-score.js';
import { PATHOLOGICAL_FAMILIES, repeatToBytes } from './pathological.js';

/** A JSONL input of the bench and how many articles it holds. */
export interface BenchInput {
  path: string;
  articles: number;
}

/** Runs the whole pipeline on an input in a child process; returns what the child measured. */
export type MeasureInput = (input: BenchInput) => Measurement;

/** Writes `text` as the one article of a JSONL file; returns the input. */
function writeArticle(path: string, text: string): BenchInput {
  writeFileSync(path, JSON.stringify({ id: 'article', text }) + '\n');
  return { path, articles: 1 };
}

/** The eval news texts (../shared/eval/news/*.txt) joined, in file order. */
function newsText(newsDir: string): string {
  return readdirSync(newsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(newsDir, f), 'utf8')).join('\n');
}

/**
 * Measures a setup run (one short article: loading the model and writing the outputs, paid by every
 * run), then each family right after a run of ordinary news of the same size; returns the report.
 * Ratios are of CPU seconds (all threads) less the setup run's, so a busy machine and the fixed cost
 * of a run blur them least.
 */
export function runPathological(megabytes: number, workDir: string, newsDir: string, measure: MeasureInput): string {
  const bytes = Math.round(megabytes * 1e6);
  const news = repeatToBytes(newsText(newsDir), bytes);
  console.error('bench: setup run …');
  const setup = measure(writeArticle(join(workDir, 'setup.jsonl'), news.slice(0, news.indexOf('\n'))));
  const rows: string[][] = [];
  const ratios: number[] = [];
  for (const family of PATHOLOGICAL_FAMILIES) {
    console.error(`bench: ordinary news, then ${family.name} …`);
    const ordinary = measure(writeArticle(join(workDir, 'news.jsonl'), news));
    const text = family.text(bytes);
    const measured = measure(writeArticle(join(workDir, `${family.name}.jsonl`), text));
    const perByte = (m: Measurement, size: number) => Math.max(m.cpuSeconds - setup.cpuSeconds, 1e-3) / size;
    const ratio = perByte(measured, Buffer.byteLength(text)) / perByte(ordinary, Buffer.byteLength(news));
    ratios.push(ratio);
    rows.push([
      family.name, family.description, integer(Buffer.byteLength(text)), ordinary.cpuSeconds.toFixed(2), measured.cpuSeconds.toFixed(2),
      ratio < 0.01 ? '< 0.01×' : `**${ratio.toFixed(2)}×**`, (measured.seconds / ordinary.seconds).toFixed(2) + '×',
    ]);
  }
  return [
    `# gazette bench — pathological articles, ${megabytes} MB each`, '',
    markdownTable(['family', 'text', 'bytes', 'news CPU s', 'family CPU s', 'cost ratio', 'wall ratio'], rows), '',
    `Each row: one ${megabytes} MB article of ordinary news (the eval news texts, repeated) through \`runPipeline\`, then one ` +
      'of the family, each in its own child process. Cost ratio: CPU seconds per byte of the family over those of the news, ' +
      `each less the ${setup.cpuSeconds.toFixed(2)} CPU s of a run on one short article (loading the model, writing the outputs). ` +
      `Wall ratio: plain wall seconds, for a machine that is not shared. Largest cost ratio: ${Math.max(...ratios).toFixed(2)}× (the bound is 5×).`,
  ].join('\n');
}
