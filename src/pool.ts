import { Worker } from 'node:worker_threads';
import type { Article, ArticleResult, InputError } from './model/index.js';
import { processArticleSafely, type Resources } from './pipeline.js';

export interface PoolRequest {
  seq: number;
  article: Article;
}

export interface PoolResponse {
  seq: number;
  outcome: ArticleResult | InputError;
}

/** Runs the per-article phase, in this thread or spread over worker threads. */
export interface ArticlePool {
  process(article: Article): Promise<ArticleResult | InputError>;
  close(): Promise<void>;
}

// Small runs never pay for starting workers: the first articles are processed in this thread.
const IN_THREAD_ARTICLES = 16;

interface PoolWorker {
  worker: Worker;
  pending: Map<number, (outcome: ArticleResult | InputError) => void>;
}

/**
 * Returns a pool of `workers` threads, each loading the pipeline once. With one worker (or for the
 * first 16 articles) articles are processed in this thread with `resources`. The per-article phase
 * is pure, so results do not depend on which thread ran them.
 */
export function createArticlePool(
  workers: number, resources: Resources, pipelinePath: string, taxonomyPath?: string,
): ArticlePool {
  const threads: PoolWorker[] = [];
  let seq = 0;
  const start = (): PoolWorker => {
    const worker = new Worker(new URL('./pool-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./pool-worker.ts', import.meta.url).href, pipelinePath, taxonomyPath },
    });
    const thread: PoolWorker = { worker, pending: new Map() };
    worker.on('message', ({ seq: done, outcome }: PoolResponse) => {
      thread.pending.get(done)?.(outcome);
      thread.pending.delete(done);
    });
    worker.on('error', (error: Error) => {
      for (const resolve of thread.pending.values()) {
        resolve({ file: 'worker', stage: 'extract', rule: 'worker-failed', fatal: true, message: `a worker thread failed: ${error.message}` });
      }
      thread.pending.clear();
    });
    threads.push(thread);
    return thread;
  };
  return {
    process(article) {
      seq++;
      if (workers <= 1 || seq <= IN_THREAD_ARTICLES) return Promise.resolve(processArticleSafely(article, resources));
      while (threads.length < workers) start();
      const thread = threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      return new Promise((resolve) => {
        thread.pending.set(seq, resolve);
        thread.worker.postMessage({ seq, article } satisfies PoolRequest);
      });
    },
    async close() {
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
