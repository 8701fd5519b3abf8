#!/usr/bin/env -S npx tsx
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_ARTICLE_BYTES, runPipeline, VERSION } from './pipeline.js';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

const program = new Command('gazette')
  .description('Turn raw English-language news into linked datasets: articles, mentions, entities, aliases, topics.')
  .version(VERSION)
  .option('-i, --input <paths...>', 'input .txt/.jsonl/.ndjson files, directories, or - for stdin', ['seeds'])
  .option('-o, --output <dir>', 'output directory', 'output')
  .option('-p, --pipeline <file>', 'pipeline definition', 'pipelines/news.json')
  .option('--taxonomy <file>', 'topic taxonomy (overrides the pipeline\'s)')
  .addOption(new Option('--format <format>', 'format of standard input').choices(['txt', 'jsonl']).default('txt'))
  .option('-w, --workers <n>', 'worker threads for the per-article phase (output is the same for any number)', positiveInteger, availableParallelism())
  .option('--excel', 'start each CSV with a UTF-8 BOM so Excel shows non-ASCII names', false)
  .option('--max-article-bytes <n>', 'largest article text accepted (UTF-8 bytes); larger ones become error rows', positiveInteger, DEFAULT_MAX_ARTICLE_BYTES)
  .option('--strict', 'exit with status 1 when any input was rejected', false)
  .option('-q, --quiet', 'print only the summary line', false)
  .showHelpAfterError();

program.parse();
const options = program.opts<{
  input: string[]; output: string; pipeline: string; taxonomy?: string; format: 'txt' | 'jsonl';
  workers: number; maxArticleBytes: number; excel: boolean; strict: boolean; quiet: boolean;
}>();

// Ctrl-C stops between articles; the output directory keeps its previous files.
const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());

const started = performance.now();
try {
  const summary = await runPipeline({
    inputs: options.input, outputDir: options.output, pipelinePath: options.pipeline,
    ...(options.taxonomy ? { taxonomyPath: options.taxonomy } : {}),
    stdinFormat: options.format, excel: options.excel, maxArticleBytes: options.maxArticleBytes, signal: interrupt.signal,
    workers: options.workers,
    onError: (error) => {
      if (!options.quiet) process.stderr.write(`gazette: ${error.message}\n`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stderr.write(
    `${summary.articles} articles, ${summary.mentions} mentions, ${summary.entities} entities, ` +
      `${summary.errors} errors → ${summary.outputDir}/ (${seconds}s)\n`,
  );
  process.exitCode = options.strict && summary.errors > 0 ? 1 : 0;
} catch (error) {
  if (interrupt.signal.aborted) {
    process.stderr.write(`gazette: interrupted; nothing written, ${options.output}/ keeps its previous files\n`);
    process.exitCode = 130;
  } else {
    process.stderr.write(`gazette: ${(error as Error).message}\n`);
    process.exitCode = 2;
  }
}
