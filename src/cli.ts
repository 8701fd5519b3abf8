#!/usr/bin/env -S npx tsx
import { availableParallelism } from 'node:os';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { failureMessage, isIoFailure } from './io/failure.js';
import { terminalText } from './io/terminal.js';
import { DEFAULT_MAX_ARTICLE_BYTES, NothingRead, runPipeline, VERSION, type RunSummary } from './pipeline.js';
import { createProgress } from './progress.js';
import { mergeShards } from './merge.js';
import { parseShard } from './shard.js';
import type { InputError } from './model/index.js';

// Each worker loads its own model (about 60 MB): more workers than twice the cores only cost memory (200 had taken 12 GB).
const MAX_WORKERS = Math.max(4, 2 * availableParallelism());

// The pipeline in the working directory, else the package's own: `gazette` run from elsewhere (npx, npm link) had
// failed with "pipelines/news.json: ENOENT". The package is the directory above this script's (src/launch.mjs).
const DEFAULT_PIPELINE = existsSync('pipelines/news.json') ? 'pipelines/news.json' : packagePipeline() ?? 'pipelines/news.json';

function packagePipeline(): string | undefined {
  try {
    const path = join(dirname(dirname(realpathSync(process.argv[1] ?? ''))), 'pipelines', 'news.json');
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A parser for an option that takes one value: naming it twice is a usage error (p98: `-o first -o second` had written to
 * the second alone, silently). One parser per option and command, so its count is its own.
 */
function once(): (value: string) => string {
  let seen = false;
  return (value: string) => {
    if (seen) throw new InvalidArgumentError('given twice; name it once');
    seen = true;
    return value;
  };
}

/** A whole number of at least 1 written in decimal digits: `Number` had taken "0x10", " 5" and "1e3" (p126). */
function positiveInteger(value: string): number {
  const n = /^\d+$/u.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of at least 1 in decimal digits, got "${value}"`);
  return n;
}

function shardOption(value: string) {
  try {
    return parseShard(value);
  } catch (error) {
    const usage = new InvalidArgumentError((error as Error).message);
    usage.exitCode = 2; // a usage error
    throw usage;
  }
}

// Ctrl-C stops between articles; the output directory keeps its previous files. A run waiting for more standard
// input (`tail -f feed | gazette -i -`) stops too: the read ends, and the next check sees the interrupt.
// SIGTERM (`timeout`, systemd, `docker stop`, a cancelled CI job) stops the same way, exit 143 (p120: it had killed the run
// with no line, leaving the staging folder and the lock for the next run to clear).
const interrupt = new AbortController();
const usesStdin = process.argv.includes('-');
let interruptCode = 130;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    if (!interrupt.signal.aborted) interruptCode = code;
    interrupt.abort();
    // Also before the run has started reading it (a Ctrl-C while the model loads had left the read waiting for ever).
    if (usesStdin) process.stdin.destroy();
  });
}
// stderr and stdout are diagnostics only: a reader that goes away (`2>&1 | head`, quitting `less`) must not stop
// the run. Without a listener, the next line's EPIPE was an uncaught exception: exit 1, nothing committed.
process.stderr.on('error', () => {});
process.stdout.on('error', () => {});

/** Writes one line to stderr with the input's text made safe for a terminal. */
function say(line: string): void {
  process.stderr.write(`${terminalText(line)}\n`);
}

/** Runs one command: prints each input error and the summary line; sets the exit code (EXIT_CODES). */
async function run(work: (onError: (e: InputError) => void) => Promise<RunSummary>, output: string, strict: boolean, quiet: boolean): Promise<void> {
  const started = performance.now();
  // --strict fails the run for an input rejected (a fatal row), not for a note on input that was kept (a guessed encoding).
  let rejected = 0;
  try {
    const summary = await work((error) => {
      if (error.fatal) rejected++;
      if (!quiet) say(`gazette: ${error.message}`);
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const reused = summary.reused === undefined ? '' : ` (${summary.reused} from --state)`;
    say(`${summary.articles} articles${reused}, ${summary.mentions} mentions, ${summary.entities} entities, ${summary.errors} errors → ${summary.outputDir}/ (${seconds}s)`);
    process.exitCode = strict && rejected > 0 ? 1 : 0;
  } catch (error) {
    if (interrupt.signal.aborted) {
      say(`gazette: ${interruptCode === 143 ? 'terminated' : 'interrupted'}; nothing written, ${output}/ keeps its previous files`);
      process.exitCode = interruptCode;
    } else {
      const kept = (isIoFailure(error) || error instanceof NothingRead) && existsSync(output) ? `; ${output}/ keeps its previous files` : '';
      const which = quiet && error instanceof NothingRead ? error.which : '';
      say(`gazette: ${failureMessage(error)}${which}${kept}`);
      process.exitCode = 2;
    }
  }
}

/** True for a path that does not exist and reads as an option ("-q", "--strict"): a value the shell left out. */
function isOptionLike(path: string): boolean {
  return /^-./u.test(path) && !existsSync(path);
}

/**
 * Why an output or --state path is an option, as a usage error, or undefined: `-o $OUT -q` with OUT unset
 * had written the dataset to ./-q, and `-o $OUT --strict` had dropped --strict.
 */
function optionAsPath(output: string, state: string | undefined): string | undefined {
  for (const [option, path] of [['--output', output], ['--state', state]] as const) {
    if (path !== undefined && isOptionLike(path)) return `gazette: ${option} "${path}" looks like an option: did ${option} lose its value?`;
  }
  return undefined;
}

/**
 * Why a run has nothing to read, as a usage error (exit 2, the output left as it was), or undefined: an input path
 * that is an option (`-i -o out` took "-o" and "out" as inputs) or, when every input is a named path, none of them
 * there (a mistyped folder had replaced a nightly dataset with an empty one).
 */
function nothingToRead(inputs: string[], output: string): string | undefined {
  // (Of an output folder that is not there yet, nothing is said to be kept: p86.)
  const kept = existsSync(output) ? `${output}/ keeps its previous files` : `nothing written to ${output}/`;
  const option = inputs.find(isOptionLike);
  if (option !== undefined) return `gazette: input "${option}" looks like an option: did --input lose its value? ${kept}`;
  if (inputs.length > 0 && inputs.every((path) => path !== '-' && !existsSync(path))) {
    // A name whose bytes are not UTF-8 reaches Node with U+FFFD in it, and no such path exists (p114: "no such file" of a file
    // that was there): say so, and how to read it.
    const why = (path: string) => (path.includes('\uFFFD') ? `${path}: the name is not UTF-8 (shown with U+FFFD), which gazette cannot open; rename it, or name its folder` : `${path}: no such file or directory`);
    return inputs.some((path) => path.includes('\uFFFD')) ? `gazette: no input found (${inputs.map(why).join('; ')}); ${kept}` : `gazette: no input found (${inputs.join(', ')}: no such file or directory); ${kept}`;
  }
  return undefined;
}

const EXIT_CODES = 'Exit codes: 0 ok, 1 input rejected under --strict, 2 usage or I/O failure, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM)';

const program = new Command('gazette')
  .description('Turn raw English-language news into linked datasets: articles, mentions, entities, aliases, topics.')
  .version(VERSION)
  .option('-i, --input <paths...>', 'input .txt/.jsonl/.ndjson/.json files, directories, or - for stdin', ['seeds'])
  .option('-o, --output <dir>', 'output directory', once(), 'output')
  .option('-p, --pipeline <file>', 'pipeline definition (default: pipelines/news.json here, else the package\'s)', once(), DEFAULT_PIPELINE)
  .option('--taxonomy <file>', 'topic taxonomy (overrides the pipeline\'s)')
  .addOption(new Option('--format <format>', 'format of standard input and of a named file without a .txt/.jsonl/.json extension').choices(['txt', 'jsonl']).default('txt'))
  .option('-w, --workers <n>', `worker threads for the per-article phase, at most ${MAX_WORKERS} here (twice the cores, or 4); with 2 or more, a large run also resolves entity ids in two threads (output is the same for any number)`, (value: string) => Math.min(positiveInteger(value), MAX_WORKERS), availableParallelism())
  .option('--shard <K/N|auto>', 'process only shard K of N and write shard-K-of-N.jsonl; combine the shards with `gazette merge`; auto: K = JOB_COMPLETION_INDEX + 1, N = GAZETTE_SHARDS (a Kubernetes Indexed Job)', shardOption)
  .option('--parquet', 'also write every table as <table>.parquet (same columns and types)', false)
  .option('--no-report', 'do not write report.html (written by default; it shows at most the first 500 articles)')
  .option('--state <dir>', 'remember per-article results here; the next run processes only new or changed articles', once())
  .option('--excel', 'start each CSV with a UTF-8 BOM so Excel shows non-ASCII names', false)
  .option('--max-article-bytes <n>', 'largest article text accepted (UTF-8 bytes); larger ones become error rows', positiveInteger, DEFAULT_MAX_ARTICLE_BYTES)
  .option('--strict', 'exit with status 1 when any input was rejected', false)
  .option('-q, --quiet', 'print only the summary line', false)
  .showHelpAfterError()
  .addHelpText('after', `\n${EXIT_CODES}`)
  // A usage error exits 2 (commander's own default, 1, is --strict's code); merge inherits this.
  .exitOverride()
  // Options after `merge` are the merge command's own (both have --input and --output).
  .enablePositionalOptions()
  .action(async (options) => {
    const nothing = optionAsPath(options.output, options.state) ?? nothingToRead(options.input, options.output);
    if (nothing !== undefined) {
      say(nothing);
      process.exitCode = 2;
      return;
    }
    const progress = await createProgress(options.input, !options.quiet);
    await run((onError) => runPipeline({
      inputs: options.input, outputDir: options.output, pipelinePath: options.pipeline,
      ...(options.taxonomy ? { taxonomyPath: options.taxonomy } : {}),
      ...(options.shard ? { shard: options.shard } : {}),
      ...(options.state ? { stateDir: options.state } : {}),
      stdinFormat: options.format, excel: options.excel, parquet: options.parquet, report: options.report, maxArticleBytes: options.maxArticleBytes, signal: interrupt.signal,
      workers: options.workers, onError, onProgress: (p) => progress.update(p),
    }).finally(() => progress.stop()), options.output, options.strict, options.quiet);
  });

program.command('merge')
  .description('combine shard-K-of-N.jsonl files (from --shard) into one dataset, the same as a single run')
  .requiredOption('-i, --input <paths...>', 'shard files or the directories holding them')
  .option('-o, --output <dir>', 'output directory', once(), 'output')
  .option('-p, --pipeline <file>', 'pipeline definition (the one the shards ran)', once(), DEFAULT_PIPELINE)
  .option('--taxonomy <file>', 'topic taxonomy (overrides the pipeline\'s)')
  .option('--excel', 'start each CSV with a UTF-8 BOM', false)
  .option('--parquet', 'also write every table as <table>.parquet', false)
  .option('--no-report', 'do not write report.html')
  .option('--strict', 'exit with status 1 when any input was rejected', false)
  .option('-q, --quiet', 'print only the summary line', false)
  .action(async (options) => {
    await run((onError) => mergeShards({
      inputs: options.input, outputDir: options.output, pipelinePath: options.pipeline,
      ...(options.taxonomy ? { taxonomyPath: options.taxonomy } : {}), excel: options.excel, parquet: options.parquet, report: options.report, signal: interrupt.signal, onError,
    }), options.output, options.strict, options.quiet);
  });

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exitCode = error.exitCode === 0 ? 0 : 2;
}
