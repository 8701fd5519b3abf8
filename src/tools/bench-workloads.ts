/**
 * The timed work of `npm run bench`, one workload per child process so each peak RSS is its own.
 * Libraries are imported inside each workload, before the clock starts, so a child loads only what it uses.
 * The clock covers reading the corpus, setting up the library and processing every article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORKLOADS = ['idle', 'wink', 'compromise', 'extract', 'gazette'] as const;
export type Workload = (typeof WORKLOADS)[number];

/**
 * The node flags the gazette command runs with (`npm run pipeline` in package.json: `node <flags>
 * src/launch.mjs`), so the bench times gazette as a user runs it; the baselines run with node's defaults.
 */
export function commandNodeFlags(): string[] {
  const packageJson = join(import.meta.dirname, '..', '..', 'package.json');
  const words = ((JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts: Record<string, string> }).scripts.pipeline ?? '').split(/\s+/u);
  return words[0] === 'node' ? words.slice(1, words.indexOf('src/launch.mjs')) : [];
}

/** What a child prints as its one JSON line on stdout. */
export interface Measurement {
  workload: Workload;
  seconds: number;
  articles: number;
  /** wink-nlp tokens over all texts; only the `wink` workload counts them. */
  tokens?: number;
  /** Peak resident set size of the child, in MB (10^6 bytes). */
  peakRssMb: number;
  /** CPU seconds (user + system) of every thread of the child over the timed work, threads that ended included. */
  cpuSeconds: number;
}

/** Returns the texts of a bench corpus JSONL file (one `{id, text}` object a line). */
function readCorpusTexts(corpusPath: string): string[] {
  return readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** Returns the child's peak RSS so far in MB (`maxRSS` is in KiB). */
function peakRssMb(): number {
  return (process.resourceUsage().maxRSS * 1024) / 1e6;
}

/** Baseline a: wink-nlp `readDoc` over every text, counting tokens; returns articles, tokens and seconds. */
async function runWink(corpusPath: string): Promise<Run> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  return timed(() => {
    const nlp = winkNLP(model);
    const texts = readCorpusTexts(corpusPath);
    let tokens = 0;
    for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
    return { articles: texts.length, tokens };
  });
}

/** Baseline b: compromise people, places and organizations of every text; returns articles and seconds. */
async function runCompromise(corpusPath: string): Promise<Run> {
  const { default: nlp } = await import('compromise');
  return timed(() => {
    const texts = readCorpusTexts(corpusPath);
    let names = 0;
    for (const text of texts) {
      const doc = nlp(text);
      names += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    }
    return { articles: texts.length, names };
  });
}

/**
 * The extract stage alone (trained model + rules) on texts analyzed beforehand, outside the clock:
 * the cost the model adds on top of tokenization.
 */
async function runExtract(corpusPath: string, pipelinePath: string): Promise<Run> {
  const { loadResources, analyzeText, extractMentions } = await library();
  const resources = loadResources(pipelinePath);
  const texts = readCorpusTexts(corpusPath);
  const analyses = texts.map((text) => analyzeText(text));
  return timed(() => {
    let mentions = 0;
    texts.forEach((text, i) => {
      const article = { id: String(i), source: 'bench', index: i, text, credits: [], truncated: false, line: 1 };
      mentions += extractMentions(article, analyses[i]!, resources.lexicon, resources.model).mentions.length;
    });
    return { articles: texts.length, mentions };
  });
}

/** The whole pipeline end to end: read the JSONL, every stage, every output file; returns articles and seconds. */
async function runGazette(corpusPath: string, outputDir: string, pipelinePath: string, workers: number): Promise<Run> {
  const { runPipeline } = await library();
  return timed(async () => {
    const summary = await runPipeline({ inputs: [corpusPath], outputDir, pipelinePath, workers });
    // A note row (credits cut at their cap, an id made unique) loses nothing; a fatal row means the corpus lost an article.
    const fatal = summary.errors === 0 ? 0 : readFileSync(join(outputDir, 'errors.jsonl'), 'utf8').split('\n').filter((line) => line !== '' && (JSON.parse(line) as { fatal?: boolean }).fatal !== false).length;
    if (fatal > 0) throw new Error(`gazette reported ${fatal} input errors on the bench corpus (see ${outputDir}/errors.jsonl)`);
    return { articles: summary.articles };
  });
}

/**
 * gazette's functions as the command line runs them: bundled by src/bundle.mjs into plain JavaScript (through
 * tsx only when it cannot be bundled, as the command line does). The bench's own process runs under tsx, whose
 * compiled code wraps every arrow function it creates in a naming call (≈ 2% of an article's time).
 */
async function library(): Promise<typeof import('../bench-library.js')> {
  // V8's optimization set as the command line sets it (tiering.mjs), before gazette's code loads.
  (await import('../tiering.mjs')).delayOptimization();
  const { bundled } = await import('../bundle.mjs');
  const url = bundled('bench-library.ts');
  return url === undefined ? import('../bench-library.js') : (import(url.href) as Promise<typeof import('../bench-library.js')>);
}

/** Runs `work` and returns its result with the wall time and the CPU time (all threads) it took, in seconds. */
async function timed<T extends object>(work: () => T | Promise<T>): Promise<T & { seconds: number; cpuSeconds: number }> {
  const started = performance.now();
  // getrusage(RUSAGE_SELF): every thread of the process, worker threads that have exited included.
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { ...result, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

interface Run {
  articles: number;
  seconds: number;
  cpuSeconds: number;
  tokens?: number;
}

/** Runs one workload in this process; returns its measurement. `idle` measures a child that does nothing. */
export async function measureWorkload(
  workload: Workload, corpusPath: string, outputDir: string, pipelinePath: string, workers = 1,
): Promise<Measurement> {
  let run: Run = { articles: 0, seconds: 0, cpuSeconds: 0 };
  if (workload === 'wink') run = await runWink(corpusPath);
  else if (workload === 'compromise') run = await runCompromise(corpusPath);
  else if (workload === 'extract') run = await runExtract(corpusPath, pipelinePath);
  else if (workload === 'gazette') run = await runGazette(corpusPath, outputDir, pipelinePath, workers);
  const measurement: Measurement = { workload, seconds: run.seconds, articles: run.articles, peakRssMb: peakRssMb(), cpuSeconds: run.cpuSeconds };
  if (run.tokens !== undefined) measurement.tokens = run.tokens;
  return measurement;
}
