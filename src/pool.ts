import { Worker, type ResourceLimits } from 'node:worker_threads';
import { bundled } from './bundle.mjs';
import type { Article, ArticleResult, InputError } from './model/index.js';
import { processArticleSafely, type Resources } from './article.js';
import type { SharedNerModel } from './ner/index.js';

/** Articles handed to a worker in one message. */
export interface PoolRequest {
  batch: { seq: number; article: Article }[];
}

/** What a pool worker starts with: the pipeline to load, and the NER model this thread loaded (shared, not copied). */
export interface PoolWorkerData {
  pipelinePath: string;
  taxonomyPath?: string | undefined;
  model?: SharedNerModel | undefined;
}

/** A worker's answer to one request: each result comes back without its article, which this thread still has. */
export interface PoolResponse {
  outcomes: { seq: number; outcome: Omit<ArticleResult, 'article'> | InputError }[];
}

/** Runs the per-article phase, in this thread or spread over worker threads. */
export interface ArticlePool {
  process(article: Article): Promise<ArticleResult | InputError>;
  /** Where the articles so far were processed (here, by workers, here after their worker died), and messages sent to workers. */
  stats(): { inThread: number; inWorkers: number; recovered: number; messages: number };
  close(): Promise<void>;
}

// Small runs never pay for starting workers: the first articles are processed in this thread.
const IN_THREAD_ARTICLES = 16;

// Articles travel to and from workers this many to a message. One article a message, each worker
// spent 8% of its time in postMessage (100k one-paragraph articles, two workers); batched, 4–6%, and
// the run took 34.7 s instead of 41.0 s. What is left is cloning the results themselves.
export const POOL_BATCH = 16;

// A worker's old-generation heap limit. The model and code take ≈ 60 MB and a 1 MB article about 150 MB
// more; V8 lets garbage grow toward its limit before collecting, so a tight one bounds each worker
// (with memory.ts's heap check: 2 workers, 100k articles, 548 MB peak for the whole process). An
// article that does not fit kills only its worker and is processed in the main thread instead.
export const WORKER_HEAP_MB = 256;

// A worker's young generation, where an article's short-lived objects are made and die. V8 sizes it
// from the machine's memory and grows it as it sees fit; a worker's heap holds little that lives
// (≈ 50 MB after a collection), so a small one bounds the process (100k articles, 2 workers: peak
// RSS ≈ 505–570 MB against 576–614 MB left to V8). It collects more often: about 2% more of a
// worker's time (CPU profile), within the noise of the run time.
export const WORKER_YOUNG_MB = 12;

const LOADER_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

// Node's own flags a worker accepts and may need (a module loader's conditions, warnings, source maps).
// V8's (--max-semi-space-size, which the command runs with, --max-old-space-size, --expose-gc, …) make
// new Worker() throw "invalid execArgv flags"; a worker's heap is set by its resourceLimits instead.
const WORKER_FLAG = /^(?:-C|--conditions|--experimental-[\w-]+|--no-experimental-[\w-]+|--no-warnings|--no-deprecation|--trace-warnings|--enable-source-maps|--input-type)$/u;

/**
 * Node's flags of this process a worker may take: without those that load tsx (`--import tsx`, as the
 * bench and the tests run, or what the tsx command adds), which in a worker that runs a bundle would only
 * start tsx again (its hooks, ≈ 90 ms, in every worker), and without V8's, which a worker refuses.
 */
export function flagsWithoutTsx(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!;
    const equals = flag.indexOf('=');
    const name = equals === -1 ? flag : flag.slice(0, equals);
    if (!LOADER_FLAGS.has(name)) {
      if (!WORKER_FLAG.test(name)) continue;
      // A flag's value given apart ("--conditions development") goes with it.
      kept.push(flag);
      if (equals === -1 && (name === '-C' || name === '--conditions' || name === '--input-type') && execArgv[i + 1] !== undefined) kept.push(execArgv[++i]!);
      continue;
    }
    const value = equals === -1 ? execArgv[++i] : flag.slice(equals + 1);
    if (value === undefined) kept.push(flag);
    else if (!/(?:^|[/\\])tsx(?:$|[/\\])/u.test(value)) kept.push(...(equals === -1 ? [name, value] : [flag]));
  }
  return kept;
}

/**
 * Starts a worker thread running `entry` (a TypeScript file in src/) with `workerData`: its bundle
 * (bundle.mjs; packages stay imports), so no worker starts tsx's loader thread, a second V8 isolate
 * (≈ 30 MB) each, nor tsx's flags; when it cannot be bundled, through pool-boot.mjs, which registers
 * tsx in the worker first.
 */
export function startWorker(entry: string, workerData: object, resourceLimits?: ResourceLimits): Worker {
  const bundle = bundled(entry);
  const script = bundle ?? new URL('./pool-boot.mjs', import.meta.url);
  return new Worker(script, {
    ...(resourceLimits && { resourceLimits }),
    ...(bundle && { execArgv: flagsWithoutTsx(process.execArgv) }),
    workerData: { ...workerData, entry: new URL(`./${entry}`, import.meta.url).href },
  });
}

/** An article handed to a worker, and how to settle it. */
interface Pending {
  article: Article;
  resolve: (outcome: ArticleResult | InputError) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  /** It has loaded the pipeline and takes articles. */
  ready: boolean;
  /** It died; it gets no more articles. */
  failed: boolean;
}

/**
 * Returns a pool of `workers` threads, each loading the pipeline once. With one worker, articles are
 * processed in this thread with `resources`. With more, the first 16 are too (a small run starts no
 * thread); then the threads start, and this thread goes on processing articles itself until one of
 * them has loaded the pipeline, so their start-up is hidden. The per-article phase is pure, so results
 * do not depend on which thread ran them.
 */
export function createArticlePool(
  workers: number, resources: Resources, pipelinePath: string, taxonomyPath?: string, workerHeapMb = WORKER_HEAP_MB,
): ArticlePool {
  const threads: PoolWorker[] = [];
  const counts = { inThread: 0, inWorkers: 0, recovered: 0, messages: 0 };
  const here = (article: Article) => {
    counts.inThread++;
    return Promise.resolve(processArticleSafely(article, resources));
  };
  // Articles meant for a worker that died: processed here instead, so the run loses nothing.
  const recover = (articles: Iterable<Pending>) => {
    for (const { article, resolve } of articles) {
      counts.recovered++;
      resolve(processArticleSafely(article, resources));
    }
  };
  let seq = 0;
  const start = (): PoolWorker => {
    const data: PoolWorkerData = { pipelinePath, taxonomyPath, model: resources.sharedModel() };
    const worker = startWorker('pool-worker.ts', data, { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB });
    const thread: PoolWorker = { worker, pending: new Map(), ready: false, failed: false };
    worker.on('message', (message: PoolResponse | { ready: true }) => {
      if ('ready' in message) {
        // From now on articles go to the workers: this thread's copy of the model can go.
        if (!threads.some((t) => t.ready)) resources.release();
        thread.ready = true;
        return;
      }
      for (const { seq, outcome } of message.outcomes) {
        const pending = thread.pending.get(seq);
        thread.pending.delete(seq);
        counts.inWorkers++;
        pending?.resolve('words' in outcome ? { article: pending.article, ...outcome } : outcome);
      }
    });
    // A worker that dies (out of its heap on a huge article, say) takes no more articles, and what it
    // held is processed here instead: the run loses nothing and its output stays the same.
    const fail = () => {
      thread.failed = true;
      recover(thread.pending.values());
      thread.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    threads.push(thread);
    return thread;
  };
  // Articles waiting for the next message to a worker: sent when POOL_BATCH have gathered, or once
  // this turn of the event loop is over (so the last few of a run do not wait).
  let queued: (Pending & { seq: number })[] = [];
  let scheduled = false;
  const send = () => {
    const batch = queued;
    queued = [];
    const ready = threads.filter((t) => t.ready && !t.failed);
    if (ready.length === 0) {
      // Every worker died after these were queued: they are processed here, as a dead worker's are.
      recover(batch);
      return;
    }
    const thread = ready.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    for (const { seq: n, article, resolve } of batch) thread.pending.set(n, { article, resolve });
    counts.messages++;
    thread.worker.postMessage({ batch: batch.map(({ seq: n, article }) => ({ seq: n, article })) } satisfies PoolRequest);
  };
  return {
    process(article) {
      seq++;
      if (workers <= 1 || seq <= IN_THREAD_ARTICLES) return here(article);
      while (threads.length < workers) start();
      if (!threads.some((t) => t.ready && !t.failed)) return here(article);
      const n = seq;
      return new Promise((resolve) => {
        queued.push({ seq: n, article, resolve });
        if (queued.length >= POOL_BATCH) send();
        else if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            if (queued.length > 0) send();
          });
        }
      });
    },
    stats: () => ({ ...counts }),
    async close() {
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
