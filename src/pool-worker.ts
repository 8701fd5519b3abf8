import { parentPort, workerData } from 'node:worker_threads';
import { loadResources, processArticleSafely } from './article.js';
import { heapGuard } from './memory.js';
import type { ArticleResult } from './model/index.js';
import type { PoolRequest, PoolResponse, PoolWorkerData } from './pool.js';

function withoutArticle({ article: _, ...rest }: ArticleResult): Omit<ArticleResult, 'article'> {
  return rest;
}

// One worker: loads the pipeline's resources (lexicon, taxonomy; the model's arrays come shared) once, then processes articles as they come.
const { pipelinePath, taxonomyPath, model } = workerData as PoolWorkerData;
const resources = loadResources(pipelinePath, taxonomyPath, model);
parentPort!.postMessage({ ready: true });
const guard = heapGuard();
parentPort!.on('message', ({ batch }: PoolRequest) => {
  const response: PoolResponse = { outcomes: [] };
  for (const { seq, article } of batch) {
    guard();
    const outcome = processArticleSafely(article, resources);
    // The article goes back only as the sender's copy: cloning its text twice would be waste.
    response.outcomes.push({ seq, outcome: 'article' in outcome ? withoutArticle(outcome) : outcome });
  }
  parentPort!.postMessage(response);
});
