/**
 * Benchmarks the whole gazette pipeline against two baselines on real news text repeated to at least
 * --mb MB: (a) wink-nlp readDoc alone, the floor of our cost; (b) compromise people/places/organizations,
 * what a user would try instead. Each runs in its own child process (own peak RSS). Prints markdown.
 *
 *   npm run bench [-- --mb 5]      or      npm run bench -- --scale 1000,10000,100000 [--repeat 3]
 *
 * The corpus is the seed articles, CoNLL-2003 dev and topic dev texts (../shared/eval), cycled; it is
 * written to a temporary JSONL file and removed afterwards. MB = 10^6 bytes of UTF-8 article text.
 *
 *   npm run bench -- --pathological [--mb 1]    texts that once cost the square of their length (bench-pathological.ts)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { segmentLines } from '../stages/segment.js';
import { runPathological, type BenchInput } from './bench-pathological.js';
import { commandNodeFlags, measureWorkload, WORKLOADS, type Measurement, type Workload } from './bench-workloads.js';
import { integer, markdownTable, readJsonl } from './eval-score.js';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const dataDir = resolve(projectRoot, '..', 'shared', 'eval');
const seedPath = join(projectRoot, 'seeds', 'news-sample.txt');
const pipelinePath = join(projectRoot, 'pipelines', 'news.json');
const USAGE = 'usage: npm run bench [-- --mb 5] | [-- --scale 1000,10000,100000 [--repeat 3]] | [-- --pathological [--mb 1]]';

interface CorpusText {
  id: string;
  text: string;
}

interface Corpus {
  path: string;
  articles: number;
  /** UTF-8 bytes of the article texts (what MB/s divides). */
  textBytes: number;
  /** How many texts one pass over the sources has, by source. */
  sources: { name: string; texts: number }[];
  /** Passes over the sources, the last one possibly partial. */
  rounds: number;
}

/** Returns the seed file's articles, split the way the pipeline's segmenter splits a .txt input. */
function seedTexts(): CorpusText[] {
  const lines = readFileSync(seedPath, 'utf8').split(/\r?\n/u).map((text, i) => ({ text, line: i + 1 }));
  return [...segmentLines(lines, 'news-sample.txt')].flatMap((s) => ('article' in s ? [{ id: s.article.id, text: s.article.text }] : []));
}

/** Returns the `id` and `text` of every record of one eval JSONL file. */
function evalTexts(relativePath: string): CorpusText[] {
  return readJsonl(join(dataDir, relativePath), z.object({ id: z.string(), text: z.string() }));
}

/** Writes the source texts, cycled with per-round ids, until at least `minBytes` of text; returns what was written. */
function writeCorpus(path: string, minBytes: number): Corpus {
  const sources = [
    { name: 'seeds/news-sample.txt', texts: seedTexts() },
    { name: 'conll2003/dev', texts: evalTexts('conll2003/dev.jsonl') },
    { name: 'topics/dev', texts: evalTexts('topics/dev.jsonl') },
  ];
  const pass = sources.flatMap((s) => s.texts);
  const lines: string[] = [];
  let textBytes = 0;
  let rounds = 0;
  while (textBytes < minBytes) {
    rounds++;
    for (const { id, text } of pass) {
      lines.push(JSON.stringify({ id: `r${rounds}-${id}`, text }));
      textBytes += Buffer.byteLength(text);
      if (textBytes >= minBytes) break;
    }
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return { path, articles: lines.length, textBytes, rounds, sources: sources.map((s) => ({ name: s.name, texts: s.texts.length })) };
}

/** The arguments of a child `node --import tsx` process that measures one workload. */
function childArgs(workload: Workload, corpus: BenchInput, outputDir: string, workers: number): string[] {
  const flags = workload === 'gazette' || workload === 'extract' ? commandNodeFlags() : [];
  return [...flags, '--import', 'tsx', import.meta.filename, '--child', workload, corpus.path, outputDir, pipelinePath, String(workers)];
}

/** The measurement a child printed last (after its exit status was checked), checked against its corpus. */
function childMeasurement(workload: Workload, corpus: BenchInput, status: number | null, signal: string | null, stdout: string): Measurement {
  if (status !== 0) throw new Error(`the ${workload} child exited with status ${status ?? signal}`);
  const measurement = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Measurement;
  if (workload !== 'idle' && measurement.articles !== corpus.articles) {
    throw new Error(`the ${workload} child processed ${measurement.articles} articles, expected ${corpus.articles}`);
  }
  return measurement;
}

/** Runs one workload in a child `node --import tsx` process; returns the JSON line it printed. */
function spawnWorkload(workload: Workload, corpus: BenchInput, outputDir: string, workers = 1): Measurement {
  const child = spawnSync(process.execPath, childArgs(workload, corpus, outputDir, workers), {
    cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20,
  });
  if (child.error) throw new Error(`cannot start the ${workload} child: ${child.error.message}`);
  return childMeasurement(workload, corpus, child.status, child.signal, child.stdout);
}

/** Measures `workload` on each corpus at once, one child process each (1 worker): what 2 cores give to work that shares nothing. */
async function spawnTogether(workload: Workload, corpora: Corpus[], outputDir: string): Promise<Measurement[]> {
  return Promise.all(corpora.map((corpus, i) => new Promise<Measurement>((resolve, reject) => {
    const child = spawn(process.execPath, childArgs(workload, corpus, `${outputDir}-${i}`, 1), { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.on('error', (error) => reject(new Error(`cannot start the ${workload} child: ${error.message}`)));
    child.on('close', (status, signal) => {
      try {
        resolve(childMeasurement(workload, corpus, status, signal, stdout));
      } catch (error) {
        reject(error as Error);
      }
    });
  })));
}

/** Returns the machine description line: CPU model, cores, memory, OS and Node version. */
function machineLine(): string {
  const cores = cpus();
  return `Machine: ${cores[0]?.model ?? 'unknown CPU'}, ${cores.length} cores, ${(totalmem() / 1e9).toFixed(1)} GB RAM, ` +
    `${type()} ${release()}, Node ${process.version}.`;
}

/** Returns the corpus description line. */
function corpusLine(corpus: Corpus, tokens: number): string {
  const parts = corpus.sources.map((s) => `${integer(s.texts)} ${s.name}`).join(' + ');
  const perPass = corpus.sources.reduce((n, s) => n + s.texts, 0);
  const passes = corpus.articles % perPass === 0 ? `${corpus.articles / perPass} full` : `${corpus.rounds} (the last one partial)`;
  return `Corpus: ${integer(corpus.articles)} articles, ${(corpus.textBytes / 1e6).toFixed(2)} MB of text, ` +
    `${integer(tokens)} wink-nlp tokens; passes over ${parts} texts, in that order: ${passes}; ids made unique per pass.`;
}

const LABELS: Record<Exclude<Workload, 'idle'>, string> = {
  wink: 'a. wink-nlp `readDoc` + token count (floor)',
  compromise: 'b. compromise `people()/places()/organizations()`',
  extract: 'c. gazette extract stage alone (model + rules; texts analyzed outside the clock)',
  gazette: 'd. gazette `runPipeline`, end to end',
};

/** Returns the results table: one row per workload, throughputs over the same corpus and token count. */
function resultTable(runs: Measurement[], corpus: Corpus, tokens: number): string {
  const rows = runs.map((m) => [
    LABELS[m.workload as Exclude<Workload, 'idle'>], integer(m.articles), m.seconds.toFixed(2), integer(tokens / m.seconds),
    integer(corpus.articles / m.seconds), (corpus.textBytes / 1e6 / m.seconds).toFixed(2), m.peakRssMb.toFixed(0),
  ]);
  return markdownTable(['run', 'articles', 'seconds', 'tokens/s', 'articles/s', 'MB/s', 'peak RSS (MB)'], rows);
}

// spaCy's published CPU speed for its en_core_web_lg pipeline (tokenizer, tagger, parser, NER, …),
// "End-to-end processing speed on raw unannotated text", 10,000 Reddit comments, their machine.
const SPACY_ANCHOR = { pipeline: 'en_core_web_lg', wordsPerSecond: 10_014, source: 'https://spacy.io/usage/facts-figures#benchmarks-speed' };

/** Returns our end-to-end tokens/s (one thread) next to spaCy's published CPU words/s, with the caveat. */
function anchorLine(tokensPerSecond: number): string {
  return `Anchor: spaCy ${SPACY_ANCHOR.pipeline} publishes ${integer(SPACY_ANCHOR.wordsPerSecond)} words/s on CPU ` +
    `(${SPACY_ANCHOR.source}); gazette end to end on one thread here: ${integer(tokensPerSecond)} tokens/s = ` +
    `${(tokensPerSecond / SPACY_ANCHOR.wordsPerSecond).toFixed(1)}× (not the same machine, text or pipeline: ` +
    'theirs also tags and parses, and their words exclude punctuation our tokens include).';
}

/** Returns gazette's throughput as a multiple of each baseline's, e.g. "0.35× wink readDoc". */
function ratioLine(byWorkload: Map<Workload, Measurement>): string {
  const gazette = byWorkload.get('gazette')!.seconds;
  const times = (baseline: Workload) => {
    const ratio = byWorkload.get(baseline)!.seconds / gazette;
    return ratio < 1 ? `${ratio.toFixed(2)}× (1/${(1 / ratio).toFixed(1)})` : `${ratio.toFixed(2)}×`;
  };
  const extract = byWorkload.get('extract')!.seconds;
  return `Throughput: gazette = **${times('wink')} wink readDoc**, **${times('compromise')} compromise** ` +
    '(same corpus and token count, so every ratio of tokens/s, articles/s and MB/s is the same). ' +
    `The extract stage alone runs at **${(byWorkload.get('wink')!.seconds / extract).toFixed(2)}× wink readDoc**.`;
}

/** Wall seconds of one command run to completion in the project root; throws when it fails. */
function wallSeconds(command: string, args: string[]): number {
  const started = performance.now();
  const child = spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - started) / 1000;
  if (child.error || child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${child.error?.message ?? child.stderr}`);
  return seconds;
}

const COLD_RUNS = 5;

/**
 * Cold start: the seed through `npm run pipeline` (what a user types), through `node src/launch.mjs`
 * (the same without npm) and, as the floor, `node -e 0`, each a fresh process, interleaved run by run
 * so drift hits all three alike. One run first makes sure the CLI's bundle is built (the first run
 * after an install or an edit builds it, ≈ 0.3 s more); the report is the median and range of the rest.
 */
function coldStartLine(outputDir: string): string {
  const commands: [string, string, string[]][] = [
    ['`npm run pipeline`', 'npm', ['run', '-s', 'pipeline', '--', '--output', outputDir]],
    ['`node src/launch.mjs`', process.execPath, [join('src', 'launch.mjs'), '--output', outputDir]],
    ['`node -e 0`', process.execPath, ['-e', '0']],
  ];
  wallSeconds(commands[0]![1], commands[0]![2]);
  const times = commands.map(() => [] as number[]);
  for (let run = 0; run < COLD_RUNS; run++) commands.forEach(([, command, args], i) => times[i]!.push(wallSeconds(command, args)));
  const parts = commands.map(([label], i) => {
    const sorted = [...times[i]!].sort((a, b) => a - b);
    return `${label} ${median(sorted).toFixed(2)} s (${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)})`;
  });
  return `Cold start on the seed (${COLD_RUNS} runs each, median and range, wall): ${parts.join('; ')}.`;
}

/** Builds the corpus, measures every workload in its own child process, prints the report. */
function runBench(megabytes: number): void {
  const workDir = mkdtempSync(join(tmpdir(), 'gazette-bench-'));
  try {
    const corpus = writeCorpus(join(workDir, 'corpus.jsonl'), megabytes * 1e6);
    const byWorkload = new Map<Workload, Measurement>();
    for (const workload of WORKLOADS) {
      console.error(`bench: running ${workload} …`);
      byWorkload.set(workload, spawnWorkload(workload, corpus, join(workDir, 'out')));
    }
    console.error('bench: cold start …');
    const coldStart = coldStartLine(join(workDir, 'cold'));
    const tokens = byWorkload.get('wink')!.tokens ?? 0;
    const runs = (['wink', 'compromise', 'extract', 'gazette'] as const).map((w) => byWorkload.get(w)!);
    console.log([
      `# gazette bench — ${megabytes} MB`, '', machineLine(), '', corpusLine(corpus, tokens), '',
      resultTable(runs, corpus, tokens), '', ratioLine(byWorkload), '', anchorLine(tokens / byWorkload.get('gazette')!.seconds), '',
      coldStart, '',
      'Each run is one child process (`node --import tsx`), one pass, no warm-up. Seconds cover reading the corpus, ' +
        'setting up the library and processing every article (gazette: also every stage after extraction and writing ' +
        'all outputs); module loading is excluded. Tokens/s divide the one wink token count of the corpus for all runs. ' +
        `Peak RSS includes Node + tsx: an idle child peaks at ${byWorkload.get('idle')!.peakRssMb.toFixed(0)} MB.`,
    ].join('\n'));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Prints the pathological-article report (see bench-pathological.ts). */
function benchPathological(megabytes: number): void {
  const workDir = mkdtempSync(join(tmpdir(), 'gazette-pathological-'));
  try {
    const report = runPathological(megabytes, workDir, join(dataDir, 'news'), (input) => spawnWorkload('gazette', input, join(workDir, 'out')));
    console.log([report, '', machineLine()].join('\n'));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Child mode: measures one workload and prints its JSON line. */
async function runChild(positionals: string[]): Promise<void> {
  const [workload, corpusPath, outputDir, pipeline, workers] = positionals;
  if (!WORKLOADS.includes(workload as Workload) || !corpusPath || !outputDir || !pipeline) {
    throw new Error(`child mode needs: --child ${WORKLOADS.join('|')} <corpus.jsonl> <output dir> <pipeline.json> [workers]`);
  }
  console.log(JSON.stringify(await measureWorkload(workload as Workload, corpusPath, outputDir, pipeline, Number(workers ?? 1))));
}

/** Returns the --mb option as a positive number; throws naming the option otherwise. */
function megabytesOption(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new Error(`--mb must be a positive number, got ${JSON.stringify(value)}`);
  return megabytes;
}

/** Returns the median of a non-empty list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The runs of one corpus size: the measurements of its 1-worker and 2-worker runs, `one[r]` and `two[r]`
 * a pair, and `halves[r]`: two 1-worker processes at once, each on half the articles.
 */
interface ScaleRuns {
  tokens: number;
  one: Measurement[];
  two: Measurement[];
  halves: Measurement[][];
}

/**
 * The scale table: corpora of `sizes` short articles (the paragraphs of the seed and of the topic
 * dev texts, cycled with fresh ids), each run end to end with 1 and with 2 workers, `repeat` times.
 * The machine is shared and its speed drifts by 20% within minutes, so the 1- and 2-worker runs are
 * made in adjacent pairs (order alternating) and the speed-up is the median of the pairs' ratios.
 * Beside each pair, the halves of the corpus run as two 1-worker processes at once: work that shares
 * nothing, whose speed-up over the 1-worker run is what this machine's two cores give at best.
 */
async function runScale(sizes: number[], repeat: number): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'gazette-scale-'));
  try {
    const paragraphs = [...seedTexts(), ...evalTexts('topics/dev.jsonl')]
      .flatMap((t) => t.text.split('\n'))
      .filter((p) => p.split(' ').length >= 12);
    const bySize = new Map<number, ScaleRuns>();
    for (const size of sizes) {
      const path = join(workDir, `scale-${size}.jsonl`);
      const lines = Array.from({ length: size }, (_, i) => JSON.stringify({ id: `s${i}`, text: paragraphs[i % paragraphs.length] }));
      const corpusOf = (file: string, part: string[]): Corpus => {
        writeFileSync(file, part.join('\n') + '\n');
        return { path: file, articles: part.length, textBytes: part.reduce((n, l) => n + Buffer.byteLength(l), 0), rounds: 1, sources: [] };
      };
      const corpus = corpusOf(path, lines);
      const middle = Math.ceil(size / 2);
      const halves = [corpusOf(join(workDir, `scale-${size}-half-1.jsonl`), lines.slice(0, middle)), corpusOf(join(workDir, `scale-${size}-half-2.jsonl`), lines.slice(middle))];
      console.error(`bench: ${size} articles, tokens …`);
      const runs: ScaleRuns = { tokens: spawnWorkload('wink', corpus, join(workDir, 'out')).tokens ?? 0, one: [], two: [], halves: [] };
      for (let r = 0; r < repeat; r++) {
        for (const workers of r % 2 === 0 ? [1, 2] : [2, 1]) {
          console.error(`bench: ${size} articles, ${workers} worker(s), run ${r + 1} of ${repeat} …`);
          (workers === 1 ? runs.one : runs.two).push(spawnWorkload('gazette', corpus, join(workDir, 'out'), workers));
        }
        console.error(`bench: ${size} articles, two 1-worker processes on halves, run ${r + 1} of ${repeat} …`);
        runs.halves.push(await spawnTogether('gazette', halves, join(workDir, 'out')));
      }
      bySize.set(size, runs);
    }
    console.log(scaleReport(sizes, bySize, repeat));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Returns the scale report: the table (median seconds, largest peak RSS), speed-ups, memory growth and the anchor. */
function scaleReport(sizes: number[], bySize: Map<number, ScaleRuns>, repeat: number): string {
  const rows: string[][] = [];
  for (const size of sizes) {
    const { tokens, one, two } = bySize.get(size)!;
    for (const [workers, runs] of [[1, one], [2, two]] as const) {
      const seconds = median(runs.map((m) => m.seconds));
      const rss = Math.max(...runs.map((m) => m.peakRssMb));
      const cpu = median(runs.map((m) => m.cpuSeconds));
      rows.push([integer(size), String(workers), integer(tokens), seconds.toFixed(2), integer(tokens / seconds),
        integer(tokens / seconds / workers), integer(size / seconds), rss.toFixed(0), cpu.toFixed(1),
        median(runs.map((m) => m.cpuSeconds / m.seconds)).toFixed(2)]);
    }
  }
  const pairRatios = (size: number, ratio: (one: Measurement, two: Measurement) => number) => {
    const { one, two } = bySize.get(size)!;
    return one.map((m, r) => ratio(m, two[r]!));
  };
  // Each pair's speed-up from 1 to 2 workers.
  const speedUps = (size: number) => pairRatios(size, (one, two) => one.seconds / two.seconds);
  const speedUp = (size: number) => {
    const ratios = speedUps(size);
    const spread = ratios.length > 1 ? ` (pairs ${ratios.map((x) => x.toFixed(2)).join(', ')})` : '';
    return `${integer(size)}: **${median(ratios).toFixed(2)}×**${spread}`;
  };
  // A 2-worker run on 2 cores takes at least half its CPU time: its pair's speed-up is at most wall(1) / (CPU(2) / 2).
  const ceiling = (size: number) => `${integer(size)}: ${median(pairRatios(size, (one, two) => one.seconds / (two.cpuSeconds / 2))).toFixed(2)}×`;
  // Two processes on the halves are done when the slower is: the 1-worker run over that is the machine's own speed-up.
  const machine = (size: number) => {
    const { one, halves } = bySize.get(size)!;
    const ratios = one.map((m, r) => m.seconds / Math.max(...halves[r]!.map((h) => h.seconds)));
    const ours = speedUps(size);
    return `${integer(size)}: ${median(ratios).toFixed(2)}× (runs ${ratios.map((x) => x.toFixed(2)).join(', ')}; ` +
      `2 workers reach ${(median(ours) / median(ratios) * 100).toFixed(0)}% of it)`;
  };
  const largest = sizes[sizes.length - 1]!;
  const previous = sizes[sizes.length - 2];
  const peak = (size: number) => Math.max(...bySize.get(size)!.one.map((m) => m.peakRssMb));
  const rss = previous === undefined ? '' : ` Peak RSS ${integer(largest)} vs ${integer(previous)} articles (1 worker): ` +
    `${(peak(largest) / peak(previous)).toFixed(2)}×.`;
  const { tokens, one } = bySize.get(largest)!;
  return [
    '# gazette bench — scale', '', machineLine(), '',
    markdownTable(['articles', 'workers', 'tokens', 'seconds', 'tokens/s', 'tokens/s per worker', 'articles/s', 'peak RSS (MB)', 'CPU seconds', 'cores busy'], rows), '',
    `Each row: the median of ${repeat} run(s) (peak RSS: the largest); CPU seconds count every thread of the run ` +
      '(workers, helpers, V8\'s own), cores busy = CPU / wall. Speed-up from 1 to 2 workers, the median of the ' +
      `adjacent pairs' ratios: ${sizes.map(speedUp).join('; ')}.${rss}`, '',
    'On 2 cores a 2-worker run takes at least half its CPU seconds, so a pair\'s speed-up is at most ' +
      `wall(1 worker) / (CPU(2 workers) / 2); median of the pairs: ${sizes.map(ceiling).join('; ')}. ` +
      'A measured speed-up above it means the machine ran faster during the 2-worker run than during the 1-worker run.', '',
    'What the machine gives: the same articles as two 1-worker processes at once, each on one half, done when the slower ' +
      `is (its in-process seconds); the 1-worker run's time over that: ${sizes.map(machine).join('; ')}. ` +
      'Such processes share nothing but the machine (cores, caches, memory bandwidth): that is what a second core gives ' +
      'here. Each also pays its own start-up and run-level phase, which 2 workers pay once, so they can pass it a little.', '',
    anchorLine(tokens / median(one.map((m) => m.seconds))),
  ].join('\n');
}

/** Returns a positive integer option; throws naming the option otherwise. */
function countOption(name: string, value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count <= 0) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return count;
}

async function main(): Promise<void> {
  try {
    const { values, positionals } = parseArgs({
      options: {
        mb: { type: 'string' }, child: { type: 'boolean', default: false }, scale: { type: 'string' }, repeat: { type: 'string', default: '3' },
        pathological: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    if (values.child) await runChild(positionals);
    else if (values.scale) await runScale(values.scale.split(',').map((size) => countOption('--scale', size)), countOption('--repeat', values.repeat));
    else if (values.pathological) benchPathological(megabytesOption(values.mb ?? '1'));
    else runBench(megabytesOption(values.mb ?? '5'));
  } catch (error) {
    console.error(`bench failed: ${(error as Error).message}\n${USAGE}`);
    process.exit(1);
  }
}

await main();
