import { createHash, type Hash } from 'node:crypto';
import { createReadStream, realpathSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { stat } from 'node:fs/promises';
import type { ArticleResult, InputError } from './model/index.js';
import { loadResources, VERSION, type Resources } from './article.js';
import { aliasesTable, articlesTable, entitiesTable, mentionsTable, tables, topicsTable } from './io/schema.js';
import { parquetTables } from './io/parquet.js';
import { prettyJsonPieces } from './io/pretty-json.js';
import { reportPieces, REPORT_LIMITS } from './io/report.js';
import { csvHeader, csvRows, MAX_CELL_CHARS } from './io/csv.js';
import { dataPackage } from './io/datapackage.js';
import { openBatchedFile, openOutputDir, type OutputDir } from './io/output.js';
import { isGazetteDataset } from './io/staging.js';
import { pMapIterable } from 'p-map';
import { readError } from './io/input-error.js';
import { expandInputs, refuseInputsInside } from './io/inputs.js';
import { readInputFile, type InputFile, type InputFormat } from './io/read.js';
import { heapGuard } from './memory.js';
import {
  lineStartAfter, PASS2_FILES, rangeFilePaths, readSpill, resolveRange, type ArticleRows, type Pass2File, type Pass2Sinks, type RangeResult,
} from './pass2.js';
import type { Pass2Job } from './pass2-worker.js';
import { createArticlePool, POOL_BATCH, startWorker, WORKER_YOUNG_MB } from './pool.js';
import type { Outcome, RunIo, RunOptions, RunSummary } from './run.js';
import { shardMaker, writeShard } from './shard.js';
import { codeDigest, fingerprintFiles, openResultCache, type ResultCache } from './state.js';
import {
  aliasRow, entityJson, entityRow, errorJson,
} from './io/records.js';
import {
  collectEvidence, createEvidence, createTally, finishAliases, finishEntities, finishEvidence, mergeTally,
} from './stages/resolve.js';
import type { ResolveEvidence } from './stages/resolve-evidence.js';
import type { Segment } from './stages/segment.js';

export { VERSION, loadResources, processArticle, processArticleSafely, type Resources } from './article.js';
export type { Outcome, RunIo, RunOptions, RunSummary, Shard } from './run.js';

/** The input files of a run and the errors met finding them (read once per run). */
type ExpandedInputs = Awaited<ReturnType<typeof expandInputs>>;

export const DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;

/**
 * Runs the pipeline: reads the inputs, processes every article, spills results to a temporary file
 * while collecting run-wide evidence, then re-reads them to assign entity ids and write every output.
 * With `shard`, processes only its share and writes `shard-K-of-N.jsonl` for `mergeShards`.
 */
export async function runPipeline(options: RunOptions): Promise<RunSummary> {
  await refuseInputsInside(options.inputs, [
    { dir: options.outputDir, what: 'output directory', advice: 'write the output elsewhere' },
    ...(options.stateDir ? [{ dir: options.stateDir, what: 'state directory', advice: 'keep the state elsewhere' }] : []),
  ]);
  if (options.stateDir && overlaps(options.stateDir, options.outputDir)) {
    throw new Error(`--state ${options.stateDir} and --output ${options.outputDir} overlap; the output directory is replaced as a whole, so keep the state apart from it`);
  }
  // The lock first, so that a second run into the same output fails before loading anything.
  const out = openOutputDir(options.outputDir);
  let cache: ResultCache | undefined;
  try {
    const resources = loadResources(options.pipelinePath, options.taxonomyPath);
    void resources.gazetteer; // load it now, so a bad gazetteer file stops the run before any work
    cache = options.stateDir ? openResultCache(options.stateDir, resourceFingerprint(resources, options.taxonomyPath)) : undefined;
    const inputHash = options.shard ? createHash('sha256') : undefined;
    const outcomes = processInputs(options, resources, cache, inputHash);
    const io: RunIo = { out, stateDamage: cache?.damage, beforeCommit: cache?.save };
    const summary = options.shard
      ? await writeShard(outcomes, options.shard, { ...options, ...io, maker: shardMaker(resources, options.taxonomyPath), inputDigest: () => inputHash!.digest('hex') })
      : await writeRun(outcomes, resources, { ...options, ...io });
    if (cache) summary.reused = cache.reused();
    return summary;
  } catch (error) {
    await out.abort();
    throw error;
  } finally {
    await cache?.discard();
  }
}

/** True when one of two directories is the other or lies inside it. */
function overlaps(a: string, b: string): boolean {
  // By real path (of the nearest existing ancestor, the rest appended): a --state that is a symlink to the output, or
  // a path inside an output that is a symlink, overlaps it too.
  const real = (path: string): string => {
    const full = resolve(path);
    try {
      return realpathSync(full);
    } catch {
      const parent = dirname(full);
      return parent === full ? full : join(real(parent), basename(full));
    }
  };
  const [x, y] = [real(a), real(b)];
  return x === y || x.startsWith(y + sep) || y.startsWith(x + sep);
}

/**
 * A digest of everything the per-article phase reads, so a changed model, taxonomy, gazetteer or code invalidates `--state`
 * (p106: an edited gazetteer and an updated checkout had kept their old results).
 */
function resourceFingerprint(resources: Resources, taxonomyPath?: string): string {
  const { config } = resources;
  return fingerprintFiles(`${VERSION}\0${codeDigest()}`, [config.path, config.lexiconPath, config.modelPath ?? '', taxonomyPath ?? config.taxonomyPath ?? '', config.topicCalibrationPath ?? '', config.gazetteerPath]);
}

// Pass 2 takes a helper thread only for a spill this large (100k short articles spill ≈ 110 MB):
// below it, starting the thread and copying its files back would cost about what it saves.
const PARALLEL_PASS2_BYTES = 32e6;
// This thread's share of the spill: it also writes the outputs and copies the helper's range in.
const PASS2_MAIN_SHARE = 0.5;

/** A helper thread resolving the spill's second range; `result` is undefined when the thread failed. */
interface Pass2Helper {
  paths: Record<Pass2File, string>;
  result: Promise<RangeResult | undefined>;
  /** Stops the thread if it still runs and removes its files. */
  dispose(): Promise<void>;
}

/** Starts a pass-2 helper thread on spill bytes [start, end) (see pass2.ts). */
function startPass2Helper(job: Omit<Pass2Job, 'paths' | 'evidence'> & { evidence: ResolveEvidence; prefix: string }): Pass2Helper {
  // The gazetteer holds functions, which do not cross to a thread: the helper loads its own from the path.
  const { prefix, evidence: { gazetteer: _, ...evidence }, ...rest } = job;
  const paths = rangeFilePaths(prefix);
  // A small young generation, as the pool's workers have: left to V8, the helper's heap grew to 110–159 MB
  // in pass 2 of 100k articles, at the run's peak RSS (with it, 87–134 MB).
  const worker = startWorker('pass2-worker.ts', { ...rest, evidence, paths } satisfies Pass2Job, { maxYoungGenerationSizeMb: WORKER_YOUNG_MB });
  const result = new Promise<RangeResult | undefined>((resolve) => {
    worker.once('message', (range: RangeResult) => resolve(range));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return {
    paths,
    result,
    async dispose() {
      await worker.terminate();
      for (const path of Object.values(paths)) rmSync(path, { force: true });
    },
  };
}

/**
 * A run whose inputs gave no article and no row but "empty", "not there" or "not text" (an unmounted share, a
 * folder of .csv files, an empty export on stdin, a .gz file), or no article at all where a dataset is already
 * written (a JSONL export whose field was renamed, every record rejected): the previous dataset is kept and the run
 * exits 2, as when no named input exists (cli.ts). Written, it had replaced a nightly dataset with an empty one (exit
 * 0, or 1 under --strict). The rows are on stderr.
 */
export class NothingRead extends Error {
  /** The first rows' messages, which name the files, for a command line that printed no rows (-q; h140 F10): " (a.txt: …; 3 more)". */
  readonly which: string;

  constructor(rows: number, rejected = false, first: readonly string[] = []) {
    super(rows === 0 ? 'nothing to read: the input gave no article' : rejected ? `no article read: every input was rejected (${rows} ${rows === 1 ? 'row' : 'rows'} above)` : 'nothing to read: every input is empty, missing or not text');
    this.which = first.length === 0 ? '' : ` (${first.join('; ')}${rows > first.length ? `; ${rows - first.length} more` : ''})`;
    this.name = 'NothingRead';
  }
}

/**
 * True for a row that says only that an input held nothing (`empty-input`), was not there, or was no text gazette reads
 * (`binary-input`, `unsupported-format`: a run of saved web pages alone is a usage error, not an empty dataset).
 */
function isNothingRow(error: InputError): boolean {
  return error.rule === 'empty-input' || error.rule === 'binary-input' || error.rule === 'unsupported-format' || (error.rule === 'unreadable' && error.message.endsWith('cannot read input (ENOENT)'));
}

/** Writes a file's text through `write`, a megabyte at a time. */
async function appendFile(write: (chunk: string) => Promise<void>, path: string): Promise<void> {
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) await write(chunk as string);
}

/** The run-level phase over outcomes in input order: errors, evidence, spill, entity ids, every output file. */
export async function writeRun(
  outcomes: AsyncIterable<Outcome>, resources: Resources,
  options: Pick<RunOptions, 'outputDir' | 'excel' | 'parquet' | 'report' | 'onError' | 'signal' | 'onProgress' | 'workers' | 'parallelPass2Bytes'> & RunIo,
): Promise<RunSummary> {
  const out = options.out ?? openOutputDir(options.outputDir);
  const spillPath = out.scratch('spill.jsonl');
  try {
    const errorsFile = out.open('errors.jsonl');
    let errorCount = 0;
    // Whether every row so far says only that an input held nothing or was not there (see NothingRead).
    let onlyNothing = true;
    const nothingRows: string[] = [];
    const reportError = async (error: InputError) => {
      errorCount++;
      if (!isNothingRow(error)) onlyNothing = false;
      else if (nothingRows.length < 2) nothingRows.push(error.message);
      options.onError?.(error);
      await errorsFile.write(JSON.stringify(errorJson(error)) + '\n');
    };
    // Damage found in --state comes first, as errors found expanding the inputs do (outside input order: no seq).
    for (const error of options.stateDamage ?? []) await reportError(error);
    const evidence = createEvidence(resources.gazetteer, resources.lexicon);
    let textBytes = 0;
    const articleCount = await collectPass(outcomes, options.signal, spillPath, reportError, (result, count) => {
      collectEvidence(evidence, result);
      textBytes += Buffer.byteLength(result.article.text);
      options.onProgress?.({ articles: count, textBytes });
    });
    if (articleCount === 0 && (onlyNothing || isGazetteDataset(options.outputDir))) throw new NothingRead(errorCount, !onlyNothing, nothingRows);
    // Every article is processed: the model and the tokenizer are not needed for the rest of the run.
    resources.release();
    const bom = options.excel ? '\uFEFF' : '';
    const parquet = options.parquet ? await parquetTables(tables) : undefined;
    const files = {
      articles: out.open(articlesTable.file), mentions: out.open(mentionsTable.file), topics: out.open(topicsTable.file),
      jsonl: out.open('articles.jsonl'), aliases: out.open(aliasesTable.file),
    };
    for (const [file, table] of [[files.aliases, aliasesTable], [files.articles, articlesTable], [files.mentions, mentionsTable], [files.topics, topicsTable]] as const) {
      await file.write(bom + csvHeader(table));
    }
    const sinks: Pass2Sinks = { aliases: files.aliases.write, articles: files.articles.write, mentions: files.mentions.write, topics: files.topics.write, jsonl: files.jsonl.write };
    const names = finishEvidence(evidence);
    const tally = createTally();
    const spillBytes = statSync(spillPath).size;
    // A large spill is resolved in two ranges at once: the first here, the second by a helper thread.
    const split = (options.workers ?? 1) > 1 && !parquet && spillBytes >= (options.parallelPass2Bytes ?? PARALLEL_PASS2_BYTES)
      ? lineStartAfter(spillPath, Math.floor(spillBytes * PASS2_MAIN_SHARE), spillBytes) : spillBytes;
    const helper = split < spillBytes
      ? startPass2Helper({ spillPath, start: split, end: spillBytes, gazetteerPath: resources.config.gazetteerPath, evidence, names, report: options.report === true, prefix: out.scratch('pass2') })
      : undefined;
    const onRows = parquet && ((rows: ArticleRows) => { for (const [name, list] of Object.entries(rows)) parquet.get(name)!.add(list); });
    const ranges: RangeResult[] = [];
    try {
      ranges.push(await resolveRange(readSpill(spillPath, 0, split), evidence, names, tally, sinks, { report: options.report, signal: options.signal, ...(onRows && { onRows }) }));
      if (helper) {
        const theirs = await helper.result;
        if (theirs) {
          for (const file of PASS2_FILES) await appendFile(sinks[file], helper.paths[file]);
          mergeTally(tally, theirs.tally);
          ranges.push(theirs);
        } else {
          // The helper failed (out of memory, say): its range is resolved here, with the same result.
          const rest = await resolveRange(readSpill(spillPath, split, spillBytes), evidence, names, createTally(), sinks, { report: options.report, signal: options.signal });
          mergeTally(tally, rest.tally);
          ranges.push(rest);
        }
      }
    } finally {
      await helper?.dispose();
    }
    const aliasRowCount = ranges.reduce((n, r) => n + r.aliasRows, 0);
    const mentionCount = ranges.reduce((n, r) => n + r.mentions, 0);
    const reportArticles = ranges.flatMap((r) => r.reportArticles).slice(0, REPORT_LIMITS.articles);
    const entities = finishEntities(tally);
    const aliases = finishAliases(tally);
    // A batch of rows at a time, as dataset.json below: the whole table can be larger than a string.
    const entitiesFile = out.open(entitiesTable.file);
    await entitiesFile.write(bom + csvHeader(entitiesTable));
    const entityCuts = { cut: 0 };
    for (let i = 0; i < entities.length; i += 10_000) await entitiesFile.write(csvRows(entitiesTable, entities.slice(i, i + 10_000).map(entityRow), entityCuts));
    // A cell cut at a spreadsheet's limit is one note a table, after the input's rows (h140 F9).
    const cutCells = [aliasesTable, articlesTable, mentionsTable, topicsTable].map((table, k) =>
      [table.file, ranges.reduce((n, r) => n + r.cutCells[(['aliases', 'articles', 'mentions', 'topics'] as const)[k]!], 0)] as const);
    for (const [file, cut] of [...cutCells, [entitiesTable.file, entityCuts.cut] as const]) {
      if (cut === 0) continue;
      const message = `${file}: ${cut} ${cut === 1 ? 'cell is' : 'cells are'} over the ${MAX_CELL_CHARS} characters a spreadsheet's cell holds, cut there; articles.jsonl and dataset.json keep the whole value`;
      await reportError({ file, stage: 'write', rule: 'cell-too-long', fatal: false, message });
    }
    const dataset = {
      entities: entities.map(entityJson),
      aliases: aliases.map((a) => aliasRow(a)),
      taxonomy: resources.taxonomy?.file ?? null,
      run: {
        gazette: VERSION, pipeline: resources.config.name,
        counts: { articles: articleCount, mentions: mentionCount, entities: entities.length, aliases: aliasRowCount, errors: errorCount },
      },
    };
    const datasetFile = out.open('dataset.json');
    for (const piece of prettyJsonPieces(dataset)) await datasetFile.write(piece);
    await datasetFile.write('\n');
    await out.open('datapackage.json').write(JSON.stringify(dataPackage(resources.config.name, VERSION), null, 2) + '\n');
    if (options.report) {
      const report = out.open('report.html');
      for (const piece of reportPieces({ pipeline: resources.config.name, totalArticles: articleCount, articles: reportArticles, entities, aliases })) await report.write(piece);
    }
    if (parquet) {
      parquet.get('entities')!.add(entities.map(entityRow));
      for (const [name, table] of parquet) table.write(out.reserve(`${name}.parquet`));
    }
    await options.beforeCommit?.();
    await out.commit();
    return { articles: articleCount, mentions: mentionCount, entities: entities.length, errors: errorCount, outputDir: options.outputDir };
  } catch (error) {
    await out.abort();
    throw error;
  } finally {
    rmSync(spillPath, { force: true });
  }
}

/**
 * Every input as segments in input order, with the run-level checks applied: an article over the
 * size limit or with an id already used becomes an error segment.
 */
async function* checkedSegments(options: RunOptions, resources: Resources, inputs: ExpandedInputs): AsyncGenerator<Segment> {
  const seenIds = new Set<string>();
  // The ids gazette repaired, as first used: a later article meeting one keeps its own under "~2" (h140 F3).
  const repairedIds = new Set<string>();
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const { files, errors } = inputs;
  yield* errors;
  // Text files stop keeping an article's lines past the limit, so one huge article neither fills memory nor, past the
  // longest string V8 can make, loses the rest of its file.
  const segmentOptions = { ...resources.segment, maxArticleBytes: maxBytes };
  for (const file of files) {
    for await (const read of readInputFile(file, segmentOptions)) {
      options.signal?.throwIfAborted();
      if ('error' in read) {
        yield read;
        continue;
      }
      const { idRepaired, ...article } = read.article;
      const segment = idRepaired ? { ...read, article } : read;
      const place = { line: article.line, articleId: article.id };
      const bytes = Buffer.byteLength(article.text);
      if (bytes > maxBytes) {
        yield readError(file.source, 'article-too-large', `article ${article.id} has ${bytes} bytes of text, over the limit of ${maxBytes} (--max-article-bytes); skipped`, place);
      } else if (seenIds.has(article.id) && (article.id === `${file.source}#${article.index}` || idRepaired || repairedIds.has(article.id))) {
        // An id gazette made (the file's name and the article's place) gives way to the one used before: the article is kept under
        // the first free "~2", "~3" after it (h137 F5: a record with an empty id had been skipped as the duplicate of a record's own id).
        // So does one that meets an id gazette repaired, or was repaired itself ("a\ud800" and "a\udc00" both read "a\ufffd"; h140 F3).
        let k = 2;
        while (seenIds.has(`${article.id}~${k}`)) k++;
        const id = `${article.id}~${k}`;
        seenIds.add(id);
        const made = article.id === `${file.source}#${article.index}` ? 'made by gazette' : 'repaired by gazette here or where it was first used';
        yield readError(file.source, 'duplicate-id', `article id "${article.id}" was already used; this article's id, ${made}, is "${id}" instead`, { ...place, articleId: id }, false);
        yield { ...segment, article: { ...article, id } };
      } else if (seenIds.has(article.id)) {
        yield readError(file.source, 'duplicate-id', `article id "${article.id}" was already used; this article is skipped`, place);
      } else {
        seenIds.add(article.id);
        if (idRepaired) repairedIds.add(article.id);
        yield segment;
      }
    }
  }
}

// Below this much input, worker threads cost more to start than they save (bench: 1,000 short
// articles, 0.3 MB, ran at 0.61× with two workers); such a run stays in the main thread.
const SMALL_INPUT_BYTES = 2_000_000;

/** The worker count to use: as asked, or 1 when the input files hold less than SMALL_INPUT_BYTES. */
async function workersFor(options: RunOptions, files: InputFile[]): Promise<number> {
  const asked = Math.max(1, options.workers ?? 1);
  if (asked === 1) return 1;
  let bytes = 0;
  for (const file of files) {
    if (file.path === '-') return asked;
    bytes += await stat(file.path).then((info) => info.size, () => 0);
    if (bytes >= SMALL_INPUT_BYTES) return asked;
  }
  return 1;
}

/**
 * Every segment of the inputs as an outcome, in input order: articles processed (in worker threads
 * when asked), errors passed through. With a shard, only that shard's segments; `inputHash` sees
 * every segment of the input (a shard's record of what it was cut from).
 */
async function* processInputs(options: RunOptions, resources: Resources, cache?: ResultCache, inputHash?: Hash): AsyncGenerator<Outcome> {
  const exclude = [options.outputDir, ...(options.stateDir ? [options.stateDir] : [])];
  const inputs = await expandInputs(options.inputs, options.stdinFormat ?? 'txt', { exclude });
  const workers = await workersFor(options, inputs.files);
  const pool = createArticlePool(workers, resources, options.pipelinePath, options.taxonomyPath);
  const shard = options.shard;
  async function* numbered(): AsyncGenerator<{ seq: number; segment: Segment }> {
    let seq = 0;
    for await (const segment of checkedSegments(options, resources, inputs)) {
      seq++;
      inputHash?.update(JSON.stringify(segment)).update('\n');
      if (!shard || seq % shard.n === shard.k % shard.n) yield { seq, segment };
    }
  }
  try {
    const outcomes = pMapIterable(
      numbered(),
      async ({ seq, segment }): Promise<Outcome> => {
        if ('error' in segment) return { seq, error: segment.error };
        const outcome = cache?.get(segment.article) ?? await pool.process(segment.article);
        return 'article' in outcome ? { seq, result: outcome } : { seq, error: outcome };
      },
      // Enough in flight that each worker has a few batches queued while this thread reads and writes.
      { concurrency: workers * POOL_BATCH * 3 },
    );
    for await (const outcome of outcomes) {
      if ('result' in outcome) await cache?.put(outcome.result.article, outcome.result);
      yield outcome;
    }
  } finally {
    await pool.close();
  }
}

/** Pass 1: reports each error and spills each result, in input order; returns the article count. */
async function collectPass(
  outcomes: AsyncIterable<Outcome>,
  signal: AbortSignal | undefined,
  spillPath: string,
  reportError: (error: InputError) => Promise<void>,
  onResult: (result: ArticleResult, count: number) => void,
): Promise<number> {
  const spill = openBatchedFile(spillPath);
  const guard = heapGuard();
  let count = 0;
  try {
    for await (const outcome of outcomes) {
      signal?.throwIfAborted();
      if ('error' in outcome) {
        await reportError(outcome.error);
        continue;
      }
      count++;
      guard();
      onResult(outcome.result, count);
      await spill.write(JSON.stringify(outcome.result) + '\n');
    }
  } finally {
    await spill.close();
  }
  return count;
}
